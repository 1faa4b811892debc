#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it (h82-0501...).

Writes unlabelled-b.jsonl and meanings-b.jsonl next to this script.
Only checks, reorders and numbers rows: it never writes or changes any text.
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if list(r.keys()) != KEYS:
                fail("line %d: keys %r" % (n, list(r.keys())))
            rows.append((n, r))

    by_group = defaultdict(list)
    texts = Counter()
    for n, r in rows:
        if r["lang"] not in LANG_GROUPS:
            fail("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("line %d: group %r" % (n, g))
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail("line %d: slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("line %d: empty text" % n)
        texts[r["text"]] += 1
        rec = dt.date.fromisoformat(r["received"])
        if rec.weekday() == 6 or not START <= rec <= END:
            fail("line %d: received %s not Mon-Sat in range" % (n, rec))
        slot_key = "%s#%d" % (g, r["slot"])
        if drawn.get(slot_key) != r["received"]:
            fail("line %d: received %s != drawn %s for %s"
                 % (n, r["received"], drawn.get(slot_key), slot_key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("line %d: meaning does not end with the stop sentence" % n)
        if r["meant"] is not None:
            md = dt.date.fromisoformat(r["meant"])
            if md.isoformat() != r["meant"]:
                fail("line %d: meant not ISO %r" % (n, r["meant"]))
            if md < rec:
                fail("line %d: meant %s before received %s" % (n, md, rec))
        by_group[g].append(r)

    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        fail("duplicate texts: %r" % dups)
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %r" % sorted(by_group))
    lang_count = Counter()
    for g, rs in by_group.items():
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s mixes languages %r" % (g, langs))
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s slots %r" % (g, sorted(r["slot"] for r in rs)))
        lang_count[langs.pop()] += 1
    if dict(lang_count) != LANG_GROUPS:
        fail("groups per language %r" % dict(lang_count))
    if len(rows) != 132:
        fail("%d rows, expected 132" % len(rows))

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(82513).shuffle(ordered)

    unl_path = os.path.join(HERE, "unlabelled-b.jsonl")
    mea_path = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl_path, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered):
            rid = "h82-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("OK: %d rows -> h82-%04d..h82-%04d"
          % (len(ordered), FIRST_ID, FIRST_ID + len(ordered) - 1))


if __name__ == "__main__":
    main()
