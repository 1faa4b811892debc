#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(101513), number the rows
h101-0501..., write unlabelled-b.jsonl and meanings-b.jsonl.

All files are read/written relative to this script's folder.
Group split (THEME): 6 Spanish, 3 Portuguese, 3 English groups.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_UNL = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_MEAN = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 6, "pt": 3, "en": 3}
FIRST = datetime.date(2026, 1, 5)
LAST = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
ID_START = 501


def fail(msg):
    sys.exit("INVALID: " + msg)


def parse_date(s, where):
    if not isinstance(s, str):
        fail("%s: date is not a string: %r" % (where, s))
    try:
        d = datetime.date.fromisoformat(s)
    except ValueError:
        fail("%s: bad ISO date %r" % (where, s))
    if d.isoformat() != s:
        fail("%s: date not in YYYY-MM-DD form %r" % (where, s))
    return d


def load():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            rows.append((n, obj))
    return drawn, rows


def validate(drawn, rows):
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))
    texts = {}
    group_lang = {}
    group_slots = collections.defaultdict(list)
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            fail("%s: keys/order %r" % (where, list(r.keys())))
        if r["lang"] not in LANG_GROUPS:
            fail("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("%s: group %r" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            fail("%s: slot %r" % (where, s))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("%s: group %s mixes languages" % (where, g))
        group_slots[g].append(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            fail("%s: empty text" % where)
        if t in texts:
            fail("%s: duplicate text of line %d" % (where, texts[t]))
        texts[t] = n
        rec = parse_date(r["received"], where + " received")
        if not (FIRST <= rec <= LAST):
            fail("%s: received %s out of range" % (where, rec))
        if rec.weekday() == 6:
            fail("%s: received %s is a Sunday" % (where, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("%s: received %s != drawn %s for %s"
                 % (where, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"], where + " meant")
            if md < rec:
                fail("%s: meant %s before received %s" % (where, md, rec))
    if len(group_lang) != 12:
        fail("expected 12 groups, got %d" % len(group_lang))
    for g, slots in group_slots.items():
        if sorted(slots) != list(range(1, 12)):
            fail("group %s slots %r" % (g, sorted(slots)))
    per_lang = collections.Counter(group_lang.values())
    if dict(per_lang) != LANG_GROUPS:
        fail("groups per language %r, expected %r" % (dict(per_lang), LANG_GROUPS))


def main():
    drawn, rows = load()
    validate(drawn, rows)
    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(101513).shuffle(ordered)
    with open(OUT_UNL, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_MEAN, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered):
            rid = "h101-%04d" % (ID_START + i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "b"),
                ("group", r["group"]), ("text", r["text"]),
                ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])]), ensure_ascii=False) + "\n")
    print("valid: %d rows; wrote %s (%s..%s) and %s"
          % (len(ordered), os.path.basename(OUT_UNL), "h101-%04d" % ID_START,
             "h101-%04d" % (ID_START + len(ordered) - 1), os.path.basename(OUT_MEAN)))


if __name__ == "__main__":
    main()
