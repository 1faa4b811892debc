#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number the rows h83-0501...

Reads raw-b.jsonl and dates-b.json next to this script; writes
unlabelled-b.jsonl and meanings-b.jsonl next to it. Exits non-zero on any
validation error. Deterministic: sort by (group, slot), then
random.Random(83513).shuffle.
"""
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
EXPECTED_GROUPS = {"es": 5, "pt": 4, "en": 3}
FIRST_ID = 501


def fail(msg):
    sys.stderr.write("ERROR: " + msg + "\n")
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            try:
                obj = json.loads(line)
            except ValueError as e:
                fail("line %d: bad JSON: %s" % (n, e))
            if list(obj.keys()) != KEYS:
                fail("line %d: keys %r, want %r" % (n, list(obj.keys()), KEYS))
            rows.append((n, obj))

    if len(rows) != 132:
        fail("want 132 rows, got %d" % len(rows))

    group_lang = {}
    group_slots = {}
    texts = {}
    for n, r in rows:
        if r["lang"] not in EXPECTED_GROUPS:
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
        if s in group_slots.setdefault(g, set()):
            fail("line %d: duplicate slot %s#%d" % (n, g, s))
        group_slots[g].add(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            fail("line %d: empty text" % n)
        if t in texts:
            fail("line %d: duplicate text of line %d" % (n, texts[t]))
        texts[t] = n
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("line %d: received %r" % (n, r["received"]))
        if not (START <= rec <= END):
            fail("line %d: received %s out of range" % (n, rec))
        if rec.weekday() == 6:
            fail("line %d: received %s is a Sunday" % (n, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("line %d: received %s but drawn date for %s is %s"
                 % (n, r["received"], key, drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("line %d: meaning does not end with the stop sentence" % n)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("line %d: meant %r" % (n, r["meant"]))
            if md < rec:
                fail("line %d: meant %s before received %s" % (n, md, rec))

    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %r" % sorted(group_lang))
    for g, sl in group_slots.items():
        if sl != set(range(1, 12)):
            fail("group %s slots %r" % (g, sorted(sl)))
    per_lang = {}
    for g, lang in group_lang.items():
        per_lang[lang] = per_lang.get(lang, 0) + 1
    if per_lang != EXPECTED_GROUPS:
        fail("groups per language %r, want %r" % (per_lang, EXPECTED_GROUPS))

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(83513).shuffle(ordered)

    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
         open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered):
            rid = "h83-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h83-%04d..h83-%04d"
          % (len(ordered), FIRST_ID, FIRST_ID + len(ordered) - 1))


if __name__ == "__main__":
    main()
