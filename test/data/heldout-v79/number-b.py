#!/usr/bin/env python3
"""Validate raw-b.jsonl, then shuffle and number it.

Checks: key names and order, languages, 5 es / 4 pt / 3 en groups, 11 rows
with slots 1-11 per group, one language per group, received is a Monday to
Saturday date in 2026-01-05..2026-11-27 equal to the drawn date in
dates-b.json, meaning ends with the stop sentence, meant is null or a valid
ISO date on/after received, no duplicate texts.

Then sorts by (group, slot), shuffles with random.Random(79513), numbers the
rows h79-0501... in the shuffled order and writes unlabelled-b.jsonl and
meanings-b.jsonl next to this script. Text is never modified.
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
EXPECTED_GROUPS = {"es": 5, "pt": 4, "en": 3}


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def iso(s, where):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail("%s: not an ISO date: %r" % (where, s))
    if d.isoformat() != s:
        fail("%s: not canonical ISO: %r" % (where, s))
    return d


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            rows.append((n, json.loads(line)))
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    by_group = defaultdict(list)
    lang_of = {}
    texts = Counter()
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            fail("%s: keys %r" % (where, list(r.keys())))
        if r["lang"] not in EXPECTED_GROUPS:
            fail("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("%s: group %r" % (where, g))
        if lang_of.setdefault(g, r["lang"]) != r["lang"]:
            fail("%s: group %s mixes languages" % (where, g))
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail("%s: slot %r" % (where, r["slot"]))
        by_group[g].append(r["slot"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s: empty text" % where)
        texts[r["text"]] += 1
        rec = iso(r["received"], where + " received")
        if not START <= rec <= END:
            fail("%s: received out of range" % where)
        if rec.weekday() == 6:
            fail("%s: received on a Sunday" % where)
        key = "%s#%d" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            fail("%s: received %s != drawn %s for %s"
                 % (where, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            md = iso(r["meant"], where + " meant")
            if md < rec:
                fail("%s: meant before received" % where)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups present: %r" % sorted(by_group))
    for g, slots in by_group.items():
        if sorted(slots) != list(range(1, 12)):
            fail("group %s slots %r" % (g, sorted(slots)))
    per_lang = Counter(lang_of.values())
    if dict(per_lang) != EXPECTED_GROUPS:
        fail("groups per language %r" % dict(per_lang))
    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        fail("duplicate texts: %r" % dups)

    data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(79513).shuffle(data)
    unl_path = os.path.join(HERE, "unlabelled-b.jsonl")
    mea_path = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl_path, "w", encoding="utf-8", newline="\n") as fu, \
         open(mea_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(data):
            rid = "h79-%04d" % (501 + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("OK: %d rows, ids h79-0501..h79-%04d" % (len(data), 500 + len(data)))
    print("wrote", os.path.basename(unl_path), "and", os.path.basename(mea_path))


if __name__ == "__main__":
    main()
