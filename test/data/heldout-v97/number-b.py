#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h97-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant) next to this script.
Reads and writes only relative to this script's folder. Standard library only.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msg):
    print("INVALID:", msg)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            rows.append((n, json.loads(line)))

    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    group_lang = {}
    group_slots = collections.defaultdict(list)
    texts = {}
    for n, r in rows:
        if list(r.keys()) != KEYS:
            fail("line %d: keys %s" % (n, list(r.keys())))
        if r["lang"] not in LANGS:
            fail("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("line %d: group %r" % (n, g))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("line %d: group %s mixes languages" % (n, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            fail("line %d: slot %r" % (n, s))
        group_slots[g].append(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            fail("line %d: empty text" % n)
        if t in texts:
            fail("line %d: duplicate text of line %d" % (n, texts[t]))
        texts[t] = n
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("line %d: received %r" % (n, r["received"]))
        if rec.isoformat() != r["received"]:
            fail("line %d: received not ISO" % n)
        if not (START <= rec <= END) or rec.weekday() == 6:
            fail("line %d: received %s out of range or Sunday" % (n, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("line %d: received %s != drawn %s for %s"
                 % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("line %d: meaning must end with the stop sentence" % n)
        if r["meant"] is not None:
            try:
                md = dt.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("line %d: meant %r" % (n, r["meant"]))
            if md.isoformat() != r["meant"]:
                fail("line %d: meant not ISO" % n)
            if md < rec:
                fail("line %d: meant %s before received %s" % (n, md, rec))

    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %s" % sorted(group_lang))
    per_lang = collections.Counter(group_lang.values())
    if dict(per_lang) != LANGS:
        fail("groups per language %s" % dict(per_lang))
    for g, sl in group_slots.items():
        if sorted(sl) != list(range(1, 12)):
            fail("group %s slots %s" % (g, sorted(sl)))

    data = [r for _, r in rows]
    data.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(97513).shuffle(data)

    unl = os.path.join(HERE, "unlabelled-b.jsonl")
    mea = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(data):
            rid = "h97-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("OK: %d rows valid; wrote %s (ids h97-%04d..h97-%04d) and %s"
          % (len(data), os.path.basename(unl), FIRST_ID,
             FIRST_ID + len(data) - 1, os.path.basename(mea)))


if __name__ == "__main__":
    main()
