#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(78513), number h78-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant) next to this script.
Never changes any text; it only checks, orders, shuffles and numbers rows.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
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
                fail("blank line %d" % n)
            r = json.loads(line)
            if list(r.keys()) != KEYS:
                fail("line %d keys/order %s" % (n, list(r.keys())))
            rows.append(r)

    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))
    group_lang = {}
    slots = {}
    texts = set()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in LANG_GROUPS:
            fail(where + " bad lang")
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail(where + " bad group")
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail(where + " group has more than one language")
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail(where + " bad slot")
        slots.setdefault(g, []).append(r["slot"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail(where + " empty text")
        if r["text"] in texts:
            fail(where + " duplicate text")
        texts.add(r["text"])
        rec = datetime.date.fromisoformat(r["received"])
        if rec.weekday() == 6 or not START <= rec <= END:
            fail(where + " received not Mon-Sat in range")
        if drawn.get("%s#%d" % (g, r["slot"])) != r["received"]:
            fail(where + " received differs from the drawn date")
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail(where + " meaning must end with the stop sentence")
        if r["meant"] is not None:
            md = datetime.date.fromisoformat(r["meant"])
            if md.isoformat() != r["meant"] or md < rec:
                fail(where + " meant not a valid date >= received")

    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups must be g01..g12")
    for g, s in slots.items():
        if sorted(s) != list(range(1, 12)):
            fail(g + " must have slots 1..11 exactly once")
    per_lang = {}
    for g, l in group_lang.items():
        per_lang[l] = per_lang.get(l, 0) + 1
    if per_lang != LANG_GROUPS:
        fail("groups per language %s" % per_lang)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(78513).shuffle(rows)

    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows):
            rid = "h78-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h78-%04d..h78-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))


if __name__ == "__main__":
    main()
