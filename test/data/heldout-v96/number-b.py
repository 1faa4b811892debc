#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h96-0501..., write outputs.

Reads raw-b.jsonl and dates-b.json from this script's folder; writes
unlabelled-b.jsonl and meanings-b.jsonl there. Standard library only.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msg):
    print("ERROR: " + msg)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            r = json.loads(line)
            if list(r.keys()) != KEYS:
                fail("line %d: keys %r" % (n, list(r.keys())))
            rows.append(r)
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    by_group = defaultdict(list)
    texts = Counter()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in ("es", "pt", "en"):
            fail(where + ": lang")
        if not (isinstance(r["group"], str) and len(r["group"]) == 3
                and r["group"][0] == "g" and 1 <= int(r["group"][1:]) <= 12):
            fail(where + ": group")
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail(where + ": slot")
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail(where + ": empty text")
        rec = datetime.date.fromisoformat(r["received"])
        if not START <= rec <= END or rec.weekday() == 6:
            fail(where + ": received out of range or Sunday")
        if drawn.get(where) != r["received"]:
            fail(where + ": received %s != drawn %s" % (r["received"], drawn.get(where)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail(where + ": meaning must end with the stop sentence")
        if r["meant"] is not None:
            meant = datetime.date.fromisoformat(r["meant"])
            if meant < rec:
                fail(where + ": meant before received")
        texts[r["text"]] += 1
        by_group[r["group"]].append(r)

    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        fail("duplicate texts: %r" % dups)
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups must be g01..g12")
    lang_groups = Counter()
    for g, rs in by_group.items():
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail(g + ": slots must be 1..11 once each")
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail(g + ": more than one language")
        lang_groups[langs.pop()] += 1
    if lang_groups != Counter({"es": 5, "pt": 4, "en": 3}):
        fail("groups per language %r" % dict(lang_groups))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(96513).shuffle(rows)
    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows):
            rid = "h96-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h96-%04d..h96-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))


if __name__ == "__main__":
    main()
