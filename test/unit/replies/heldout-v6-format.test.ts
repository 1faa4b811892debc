import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TAXONOMY_LABELS } from "../../harness/reply-data";

// Held-out v6 is written first and labelled later by someone else (see its README); this test
// guards its format and that nothing in it carries a label before the labeller adds one.
// Label names are the taxonomy's (test/harness/reply-data.ts), not imported from lib/replies,
// so the set stays independent of the code it measures.
// `other` left out: the unlabelled stories use the word plainly.
const LABELS = TAXONOMY_LABELS.filter((label) => label !== "other");
const FIELDS = ["id", "lang", "context", "text", "received", "situation"];

const dir = join(__dirname, "../../data/heldout-v6");

interface Reply {
  id: string;
  lang: string;
  context: string;
  text: string;
  received: string;
  situation: string;
}

const rows: Reply[] = readFileSync(join(dir, "unlabelled.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Reply);
const situations = readFileSync(join(dir, "SITUATIONS.md"), "utf8");
const storyIds = new Set(
  [...situations.matchAll(/^- \*\*(s\d+) —/gm)].map((match) => match[1]),
);

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

describe("held-out v6 replies: format", () => {
  test("has between 480 and 560 replies with sequential ids", () => {
    expect(rows.length).toBeGreaterThanOrEqual(480);
    expect(rows.length).toBeLessThanOrEqual(560);
    rows.forEach((row, index) =>
      expect(row.id).toBe(`h6-${String(index + 1).padStart(4, "0")}`),
    );
  });

  test.each(rows.map((row) => [row.id, row] as const))(
    "%s is well formed and unlabelled",
    (_id, row) => {
      expect(Object.keys(row).sort()).toEqual([...FIELDS].sort());
      expect(["es", "pt", "en"]).toContain(row.lang);
      expect(row.context.trim().length).toBeGreaterThan(0);
      expect(row.text.trim().length).toBeGreaterThan(0);
      expect(isDate(row.received)).toBe(true);
      expect(row.received.startsWith("2026-")).toBe(true);
      expect(storyIds.has(row.situation)).toBe(true);
    },
  );

  // Replies may use words like "dispute" as people do; what must not exist yet is a label
  // field (checked above), a label-like situation tag, or a story that names a label.
  test("no situation tag or story names a label", () => {
    for (const row of rows) expect(row.situation).toMatch(/^s\d+$/);
    const named = LABELS.filter((label) =>
      new RegExp(`\\b${label}\\b`, "i").test(situations),
    );
    expect(named).toEqual([]);
  });

  test("every situation has 8 to 10 replies", () => {
    for (const id of storyIds) {
      const n = rows.filter((row) => row.situation === id).length;
      expect([id, n >= 8 && n <= 10]).toEqual([id, true]);
    }
  });

  test("no two replies are the same text", () => {
    const seen = new Map<string, string>();
    for (const row of rows) {
      // Emoji-only replies normalise to nothing; they are compared as written.
      const key = normalise(row.text) || row.text;
      expect([row.id, seen.get(key)]).toEqual([row.id, undefined]);
      seen.set(key, row.id);
    }
  });
});

// The labels, added by a separate labeller from the taxonomy alone (README "Labelling").
const LABELLED_FIELDS = [
  "id",
  "lang",
  "text",
  "label",
  "received",
  "promise_date",
  "context",
];
const OPTIONAL_FIELDS = ["also", "ambiguous"];

interface Labelled {
  id: string;
  lang: string;
  text: string;
  label: string;
  received: string;
  promise_date: string | null;
  context: string;
  also?: string[];
  ambiguous?: string;
}

const labelled: Labelled[] = readFileSync(join(dir, "replies.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Labelled);

describe("held-out v6 replies: labels", () => {
  test("one labelled line per reply, same ids in the same order", () => {
    expect(labelled.map((row) => row.id)).toEqual(rows.map((row) => row.id));
  });

  test.each(labelled.map((row, index) => [row.id, row, rows[index]] as const))(
    "%s keeps its reply and carries a taxonomy label",
    (_id, row, source) => {
      const keys = Object.keys(row);
      expect(
        keys.filter((key) => !OPTIONAL_FIELDS.includes(key)).sort(),
      ).toEqual([...LABELLED_FIELDS].sort());
      expect({
        lang: row.lang,
        text: row.text,
        received: row.received,
        context: row.context,
      }).toEqual({
        lang: source?.lang,
        text: source?.text,
        received: source?.received,
        context: source?.context,
      });
      expect(TAXONOMY_LABELS).toContain(row.label);
      if (row.promise_date !== null) {
        expect(row.label).toBe("promise_to_pay");
        expect(isDate(row.promise_date)).toBe(true);
        expect(row.promise_date >= row.received).toBe(true);
      }
      if (row.also !== undefined) {
        expect(row.also.length).toBeGreaterThan(0);
        for (const label of row.also)
          expect(TAXONOMY_LABELS.filter((l) => l !== row.label)).toContain(label);
      }
      if (row.ambiguous !== undefined) {
        expect(TAXONOMY_LABELS.filter((l) => l !== row.label)).toContain(
          row.ambiguous,
        );
      }
    },
  );

  // The taxonomy's priority order: a label listed under `also` ranks below the one chosen.
  test("secondary labels rank below the primary one", () => {
    for (const row of labelled) {
      for (const label of row.also ?? []) {
        expect([
          row.id,
          label,
          TAXONOMY_LABELS.indexOf(label) > TAXONOMY_LABELS.indexOf(row.label),
        ]).toEqual([row.id, label, true]);
      }
    }
  });
});
