/**
 * Format checks for the second, independent labelling of held-out v10
 * (test/data/heldout-v10/second-labeller.jsonl). Imports nothing from lib/.
 */
import * as fs from "fs";
import * as path from "path";

const DIR = path.join(__dirname, "..", "..", "data", "heldout-v10");

// The 14 labels of objection-taxonomy.md (the table docs/domain/reply-taxonomy.md holds), in priority order.
const LABELS = [
  "opt_out",
  "wrong_person",
  "dispute",
  "already_paid",
  "promise_to_pay",
  "payment_plan",
  "hardship",
  "not_received",
  "bill_late",
  "still_time",
  "refusal",
  "human_agent",
  "payment_info",
  "other",
];

const FIELDS = [
  "id",
  "lang",
  "part",
  "group",
  "text",
  "label",
  "received",
  "promise_date",
];
const OPTIONAL = ["also", "ambiguous"];

type Row = Record<string, unknown>;

function readJsonl(file: string): Row[] {
  return fs
    .readFileSync(path.join(DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
}

function isDate(s: unknown): s is string {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe("held-out v10, second labeller", () => {
  const rawLines = fs
    .readFileSync(path.join(DIR, "second-labeller.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const input = [
    ...readJsonl("unlabelled-a.jsonl"),
    ...readJsonl("unlabelled-b.jsonl"),
  ];

  it("every line parses as a JSON object", () => {
    for (const line of rawLines) {
      const o = JSON.parse(line);
      expect(typeof o).toBe("object");
      expect(Array.isArray(o)).toBe(false);
    }
  });

  const rows = rawLines.map((l) => JSON.parse(l) as Row);

  it("has one line per input line (a then b), same order and unchanged fields", () => {
    expect(input.length).toBe(535);
    expect(rows.length).toBe(input.length);
    rows.forEach((r, i) => {
      const src = input[i];
      expect(r.id).toBe(src.id);
      for (const k of ["lang", "part", "group", "text", "received"]) {
        expect([r.id, k, r[k]]).toEqual([src.id, k, src[k]]);
      }
    });
  });

  it("has exactly the expected fields", () => {
    for (const r of rows) {
      const keys = Object.keys(r);
      for (const f of FIELDS)
        expect([r.id, f, keys.includes(f)]).toEqual([r.id, f, true]);
      for (const k of keys) {
        expect([r.id, k, FIELDS.includes(k) || OPTIONAL.includes(k)]).toEqual([
          r.id,
          k,
          true,
        ]);
      }
    }
  });

  it("labels come from the taxonomy", () => {
    for (const r of rows)
      expect([r.id, LABELS.includes(r.label as string)]).toEqual([r.id, true]);
  });

  it("promise_date only on promise_to_pay, a valid date not before received", () => {
    for (const r of rows) {
      if (r.promise_date === null) continue;
      expect([r.id, r.label]).toEqual([r.id, "promise_to_pay"]);
      expect([r.id, isDate(r.promise_date)]).toEqual([r.id, true]);
      expect([
        r.id,
        (r.promise_date as string) >= (r.received as string),
      ]).toEqual([r.id, true]);
    }
  });

  it("also / ambiguous, when present, are other taxonomy labels", () => {
    for (const r of rows) {
      if ("also" in r) {
        expect(Array.isArray(r.also)).toBe(true);
        const also = r.also as unknown[];
        expect(also.length).toBeGreaterThan(0);
        for (const a of also) {
          expect([r.id, LABELS.includes(a as string), a !== r.label]).toEqual([
            r.id,
            true,
            true,
          ]);
        }
      }
      if ("ambiguous" in r) {
        expect([
          r.id,
          LABELS.includes(r.ambiguous as string),
          r.ambiguous !== r.label,
        ]).toEqual([r.id, true, true]);
      }
    }
  });

  it("marks under 10% of lines as ambiguous", () => {
    const n = rows.filter((r) => "ambiguous" in r).length;
    expect(n / rows.length).toBeLessThan(0.1);
  });
});
