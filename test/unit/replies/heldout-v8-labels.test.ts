import { readFileSync } from "fs";
import { join } from "path";
import { TAXONOMY_LABELS as LABELS } from '../../harness/reply-data';

// Format checks for one labeller's blind labels of the v8 held-out set. The
// label list is the taxonomy doc's (test/harness/reply-data.ts) on purpose: this file must not
// import lib/, so a change of the taxonomy in code cannot silently re-shape
// a set labelled against the documented one.

const dir = join(__dirname, "../../data/heldout-v8");
const read = (name: string): Array<Record<string, unknown>> =>
  readFileSync(join(dir, name), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const source = read("unlabelled.jsonl");
const labelled = read("replies.jsonl");

const isValidDate = (s: unknown): s is string => {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

describe("held-out v8 labels (replies.jsonl)", () => {
  it("has one line per unlabelled line, same ids in the same order", () => {
    expect(labelled.map((r) => r.id)).toEqual(source.map((r) => r.id));
  });

  it("keeps text, lang, life and received unchanged", () => {
    labelled.forEach((r, i) => {
      for (const k of ["text", "lang", "life", "received"])
        expect(r[k]).toEqual(source[i][k]);
    });
  });

  it("has exactly the documented fields", () => {
    const required = [
      "id",
      "label",
      "lang",
      "life",
      "promise_date",
      "received",
      "text",
    ];
    for (const r of labelled) {
      const extra = Object.keys(r).filter((k) => !required.includes(k));
      for (const k of required) expect(r).toHaveProperty(k);
      for (const k of extra) expect(["also", "ambiguous"]).toContain(k);
    }
  });

  it("labels every line with a taxonomy label", () => {
    for (const r of labelled) expect(LABELS).toContain(r.label);
  });

  it("sets promise_date only on promise_to_pay, a real date not before received", () => {
    for (const r of labelled) {
      if (r.promise_date === null) continue;
      expect(r.label).toBe("promise_to_pay");
      expect(isValidDate(r.promise_date)).toBe(true);
      expect((r.promise_date as string) >= (r.received as string)).toBe(true);
    }
  });

  it("lists only other taxonomy labels in also and ambiguous", () => {
    for (const r of labelled) {
      if ("also" in r) {
        expect(Array.isArray(r.also)).toBe(true);
        const also = r.also as unknown[];
        expect(also.length).toBeGreaterThan(0);
        for (const a of also) {
          expect(LABELS).toContain(a);
          expect(a).not.toBe(r.label);
        }
      }
      if ("ambiguous" in r) {
        expect(LABELS).toContain(r.ambiguous);
        expect(r.ambiguous).not.toBe(r.label);
      }
    }
  });

  it("keeps the primary label first in priority order among the labels it also mentions", () => {
    for (const r of labelled) {
      for (const a of (r.also as string[] | undefined) ?? []) {
        expect(LABELS.indexOf(r.label as string)).toBeLessThan(
          LABELS.indexOf(a),
        );
      }
    }
  });
});
