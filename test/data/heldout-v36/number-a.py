#!/usr/bin/env python3
"""Validate raw-a.jsonl, attach received dates, shuffle, number, and write
unlabelled-a.jsonl and meanings-a.jsonl.

Checks: 264 rows; keys lang, group, text, meaning, meant; 24 groups c01..c24
with 11 rows each; each group in one language; lang in es/pt/en; no repeated
text (after trimming and lower-casing); meaning ends with
'Asking us to stop writing: yes|no'; meant is null or a YYYY-MM-DD date not
before the received date.

The n-th row of group cNN in writing order gets slot cNN#n from
received-a.json. Rows are then shuffled with random.Random(36413) and numbered
h36-0001..h36-0264. Standard library only; deterministic, so running it again
rebuilds both outputs byte for byte.
"""
import datetime
import json
import random
import re
import sys

RAW = "raw-a.jsonl"
RECEIVED = "received-a.json"
OUT_UNLABELLED = "unlabelled-a.jsonl"
OUT_MEANINGS = "meanings-a.jsonl"
GROUPS = ["c%02d" % g for g in range(1, 25)]
PER_GROUP = 11
TOTAL = len(GROUPS) * PER_GROUP
LANGS = {"es", "pt", "en"}
KEYS = {"lang", "group", "text", "meaning", "meant"}
STOP_RE = re.compile(r"Asking us to stop writing: (yes|no)$")


def fail(msg):
    sys.exit("number-a.py: " + msg)


def main():
    with open(RECEIVED, encoding="utf-8") as f:
        received = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % lineno)
            row = json.loads(line)
            if set(row) != KEYS:
                fail("line %d: keys %s" % (lineno, sorted(row)))
            rows.append(row)
    if len(rows) != TOTAL:
        fail("expected %d rows, got %d" % (TOTAL, len(rows)))

    seen_text = {}
    group_lang = {}
    counter = {}
    for i, row in enumerate(rows, 1):
        g, lang, text = row["group"], row["lang"], row["text"]
        if g not in GROUPS:
            fail("row %d: bad group %r" % (i, g))
        if lang not in LANGS:
            fail("row %d: bad lang %r" % (i, lang))
        if group_lang.setdefault(g, lang) != lang:
            fail("row %d: group %s mixes languages" % (i, g))
        if not isinstance(text, str) or not text.strip():
            fail("row %d: empty text" % i)
        key = " ".join(text.lower().split())
        if key in seen_text:
            fail("row %d repeats the text of row %d" % (i, seen_text[key]))
        seen_text[key] = i
        if not STOP_RE.search(row["meaning"]):
            fail("row %d: meaning must end with the stop yes/no sentence" % i)
        counter[g] = counter.get(g, 0) + 1
        slot = "%s#%d" % (g, counter[g])
        if slot not in received:
            fail("row %d: no received date for slot %s" % (i, slot))
        rec = datetime.date.fromisoformat(received[slot])
        if rec.weekday() == 6:
            fail("row %d: received date %s is a Sunday" % (i, rec))
        meant = row["meant"]
        if meant is not None:
            if not isinstance(meant, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meant):
                fail("row %d: meant %r is not YYYY-MM-DD" % (i, meant))
            if datetime.date.fromisoformat(meant) < rec:
                fail("row %d: meant %s is before received %s" % (i, meant, rec))
        row["slot"] = slot
        row["received"] = rec.isoformat()
    for g in GROUPS:
        if counter.get(g) != PER_GROUP:
            fail("group %s has %s rows" % (g, counter.get(g)))

    order = list(range(len(rows)))
    random.Random(36413).shuffle(order)
    with open(OUT_UNLABELLED, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_MEANINGS, "w", encoding="utf-8", newline="\n") as fm:
        for n, idx in enumerate(order, 1):
            row = rows[idx]
            rid = "h36-%04d" % n
            fu.write(json.dumps({
                "id": rid,
                "lang": row["lang"],
                "part": "a",
                "group": row["group"],
                "text": row["text"],
                "received": row["received"],
            }, ensure_ascii=False) + "\n")
            fm.write(json.dumps({
                "id": rid,
                "meaning": row["meaning"],
                "meant": row["meant"],
            }, ensure_ascii=False) + "\n")
    print("ok: %d rows written to %s and %s" % (len(rows), OUT_UNLABELLED, OUT_MEANINGS))


if __name__ == "__main__":
    main()
