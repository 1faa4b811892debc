import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TAXONOMY_LABELS as PRIORITY } from '../../harness/reply-data';

// Held-out v5 is only ever evaluated, never tuned on; this test guards its format, not the
// classifier. Labels and their priority are the taxonomy's (test/harness/reply-data.ts), not
// imported from lib/replies, so the set stays independent of the code it measures.
const TAGS = ["hard_negative_opt_out", "hard_negative_wrong_person"];
const FIELDS = [
  "id",
  "lang",
  "text",
  "label",
  "received",
  "promise_date",
  "card",
];
const OPTIONAL = ["also", "tags"];

const dir = join(__dirname, "../../data/heldout-v5");

interface Reply {
  id: string;
  lang: string;
  text: string;
  label: string;
  received: string;
  promise_date: string | null;
  card: string;
  also?: string[];
  tags?: string[];
}

interface Card {
  lang: string;
  label: string;
  received: string;
}

const rows: Reply[] = readFileSync(join(dir, "replies.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Reply);

// CARDS.md was drawn before any reply was written; each reply must follow its card.
const cards = new Map<string, Card>();
for (const line of readFileSync(join(dir, "CARDS.md"), "utf8").split("\n")) {
  const cells = line.split("|").map((cell) => cell.trim());
  if (!/^c\d{3}$/.test(cells[1] ?? "")) continue;
  cards.set(cells[1], { lang: cells[3], label: cells[4], received: cells[9] });
}

const isDate = (value: unknown): boolean =>
  typeof value === "string" &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

// Accents, case, punctuation and spacing do not make two replies different.
const normalise = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const count = (predicate: (row: Reply) => boolean): number =>
  rows.filter(predicate).length;

describe("held-out v5 replies: format", () => {
  test("has between 400 and 600 replies", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.length).toBeLessThanOrEqual(600);
  });

  test.each(rows.map((row) => [row.id, row] as const))(
    "%s is well formed",
    (_id, row) => {
      const keys = Object.keys(row);
      for (const field of FIELDS) expect(keys).toContain(field);
      for (const key of keys) expect([...FIELDS, ...OPTIONAL]).toContain(key);
      expect(row.id).toMatch(/^h5-\d{4}$/);
      expect(["es", "pt", "en"]).toContain(row.lang);
      expect(typeof row.text).toBe("string");
      expect(row.text.trim().length).toBeGreaterThan(0);
      expect(PRIORITY).toContain(row.label);
      expect(isDate(row.received)).toBe(true);
      expect(row.received.startsWith("2026-")).toBe(true);
      if (row.label !== "promise_to_pay") expect(row.promise_date).toBeNull();
      if (row.promise_date !== null) {
        expect(isDate(row.promise_date)).toBe(true);
        expect(row.promise_date >= row.received).toBe(true);
      }
      for (const also of row.also ?? []) {
        // A secondary label ranks below the primary one, or the primary would be wrong.
        expect(PRIORITY.indexOf(also)).toBeGreaterThan(
          PRIORITY.indexOf(row.label),
        );
      }
      for (const tag of row.tags ?? []) expect(TAGS).toContain(tag);
      if (row.tags?.includes("hard_negative_opt_out"))
        expect(row.label).not.toBe("opt_out");
      // The addressee denying the debt is a dispute, not a wrong person.
      if (row.tags?.includes("hard_negative_wrong_person"))
        expect(row.label).toBe("dispute");
    },
  );

  test("every reply follows the card it was written for", () => {
    for (const row of rows) {
      const card = cards.get(row.card);
      expect(card).toBeDefined();
      expect(row.id).toBe(`h5-${row.card.slice(1).padStart(4, "0")}`);
      expect(row.lang).toBe(card?.lang);
      expect(row.received).toBe(card?.received);
      if (card?.label.startsWith("hn_")) {
        expect(row.tags).toContain(`hard_negative_${card.label.slice(3)}`);
      } else {
        expect(row.label).toBe(card?.label);
      }
    }
  });

  test("ids and texts are unique", () => {
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const row of rows) {
      const key = normalise(row.text);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${first} = ${row.id}`);
      seen.set(key, row.id);
    }
    expect(duplicates).toEqual([]);
  });

  test("covers every label, with the safety labels and hard negatives in depth", () => {
    for (const label of PRIORITY)
      expect(count((row) => row.label === label)).toBeGreaterThanOrEqual(25);
    expect(count((row) => row.label === "opt_out")).toBeGreaterThanOrEqual(60);
    expect(count((row) => row.label === "wrong_person")).toBeGreaterThanOrEqual(
      60,
    );
    expect(
      count((row) => row.tags?.includes("hard_negative_opt_out") === true),
    ).toBeGreaterThanOrEqual(40);
    expect(
      count((row) => row.tags?.includes("hard_negative_wrong_person") === true),
    ).toBeGreaterThanOrEqual(25);
    for (const lang of ["es", "pt", "en"])
      expect(count((row) => row.lang === lang)).toBeGreaterThan(0);
  });

  test("most promises carry a date resolved from the text", () => {
    const promises = rows.filter((row) => row.label === "promise_to_pay");
    expect(
      promises.filter((row) => row.promise_date !== null).length,
    ).toBeGreaterThanOrEqual(promises.length * 0.8);
  });
});
