#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(77413), number h77-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Reads/writes next to this script.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def fail(msg):
    sys.exit("ERROR: " + msg)


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                fail("line %d keys %r" % (n, keys))
            rows.append(dict(pairs))
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    group_lang = {}
    slots = collections.defaultdict(list)
    texts = set()
    for r in rows:
        g, s = r["group"], r["slot"]
        tag = "%s#%s" % (g, s)
        if r["lang"] not in ("es", "pt", "en"):
            fail(tag + " bad lang")
        if g not in ["g%02d" % i for i in range(1, 13)]:
            fail(tag + " bad group")
        if not isinstance(s, int) or not 1 <= s <= 11:
            fail(tag + " bad slot")
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail(tag + " mixes languages in group")
        slots[g].append(s)
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail(tag + " empty text")
        if r["text"] in texts:
            fail(tag + " duplicate text")
        texts.add(r["text"])
        rec = datetime.date.fromisoformat(r["received"])
        if not START <= rec <= END or rec.weekday() == 6:
            fail(tag + " received out of range or Sunday")
        if drawn.get(tag) != r["received"]:
            fail(tag + " received %s != drawn %s" % (r["received"], drawn.get(tag)))
        m = r["meaning"]
        if not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail(tag + " meaning does not end with the stop sentence")
        if r["meant"] is not None:
            md = datetime.date.fromisoformat(r["meant"])
            if md < rec:
                fail(tag + " meant before received")
    for g in sorted(slots):
        if sorted(slots[g]) != list(range(1, 12)):
            fail(g + " slots %r" % sorted(slots[g]))
    langs = collections.Counter(group_lang.values())
    if len(group_lang) != 12 or langs != {"es": 5, "pt": 4, "en": 3}:
        fail("group languages %r" % langs)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(77413).shuffle(rows)
    un = os.path.join(HERE, "unlabelled-a.jsonl")
    me = os.path.join(HERE, "meanings-a.jsonl")
    with open(un, "w", encoding="utf-8") as fu, open(me, "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h77-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, languages %s" % (len(rows), dict(langs)))


if __name__ == "__main__":
    main()
