#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number the rows h86-0001...

Reads raw-a.jsonl and dates-a.json next to this script, checks every row,
sorts by (group, slot), shuffles with random.Random(86413), numbers the rows in
the shuffled order and writes unlabelled-a.jsonl and meanings-a.jsonl.
The script never writes, templates or changes any text; it only copies it.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            pairs = json.loads(line, object_pairs_hook=list)
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                fail("line %d: keys %r" % (n, keys))
            rows.append(dict(pairs))

    group_lang = {}
    slots = defaultdict(list)
    texts = Counter()
    for n, r in enumerate(rows, 1):
        if r["lang"] not in WANT_GROUPS_PER_LANG:
            fail("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail("line %d: group %r" % (n, g))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("line %d: group %s mixes languages" % (n, g))
        s = r["slot"]
        if not (isinstance(s, int) and 1 <= s <= 11):
            fail("line %d: slot %r" % (n, s))
        slots[g].append(s)
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("line %d: empty text" % n)
        texts[r["text"]] += 1
        rec = datetime.date.fromisoformat(r["received"])
        if not (START <= rec <= END) or rec.weekday() == 6:
            fail("line %d: received %s out of range or Sunday" % (n, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("line %d: received %s but drawn %s for %s" % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("line %d: meaning must end with the stop sentence" % n)
        if r["meant"] is not None:
            md = datetime.date.fromisoformat(r["meant"])
            if md < rec:
                fail("line %d: meant %s before received %s" % (n, md, rec))

    if sorted(slots) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %r" % sorted(slots))
    for g, ss in slots.items():
        if sorted(ss) != list(range(1, 12)):
            fail("group %s slots %r" % (g, sorted(ss)))
    per_lang = Counter(group_lang.values())
    if dict(per_lang) != WANT_GROUPS_PER_LANG:
        fail("groups per language %r" % dict(per_lang))
    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        fail("duplicate texts %r" % dups)
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(86413).shuffle(rows)
    with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h86-%04d" % i
            u = {"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                 "text": r["text"], "received": r["received"]}
            mm = {"id": rid, "group": r["group"], "meaning": r["meaning"], "meant": r["meant"]}
            fu.write(json.dumps(u, ensure_ascii=False) + "\n")
            fm.write(json.dumps(mm, ensure_ascii=False) + "\n")
    print("ok: %d rows, groups per language %s" % (len(rows), dict(per_lang)))
    print("wrote", os.path.basename(OUT_U), "and", os.path.basename(OUT_M))


if __name__ == "__main__":
    main()
