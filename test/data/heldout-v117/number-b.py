#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h117-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant), both next to this script.
Only validates, orders and numbers rows: it never writes or changes a text.
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
FIRST_ID = 501


def fail(msg):
    sys.exit("INVALID: " + msg)


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
                fail("line %d: keys %s" % (n, list(r.keys())))
            rows.append(r)

    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    group_lang = {}
    slots = collections.defaultdict(list)
    texts = set()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in ("es", "pt", "en"):
            fail(where + ": lang " + repr(r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail(where + ": group")
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail(where + ": group has more than one language")
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail(where + ": slot")
        slots[g].append(r["slot"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail(where + ": empty text")
        if r["text"] in texts:
            fail(where + ": duplicate text")
        texts.add(r["text"])
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail(where + ": received not a date")
        if not START <= rec <= END or rec.weekday() == 6:
            fail(where + ": received out of range or Sunday")
        if r["received"] != drawn.get("%s#%d" % (g, r["slot"])):
            fail(where + ": received differs from drawn date")
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail(where + ": meaning must end with the stop sentence")
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail(where + ": meant not a date")
            if md < rec:
                fail(where + ": meant before received")

    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups must be g01..g12")
    for g, s in slots.items():
        if sorted(s) != list(range(1, 12)):
            fail(g + ": slots must be 1..11 once each")
    per_lang = collections.Counter(group_lang.values())
    if per_lang != {"es": 5, "pt": 4, "en": 3}:
        fail("groups per language: %s" % dict(per_lang))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(117513).shuffle(rows)

    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
         open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows):
            rid = "h117-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("OK: %d rows, ids h117-%04d..h117-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))


if __name__ == "__main__":
    main()
