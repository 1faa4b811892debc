#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number it h93-0001...

Reads  raw-a.jsonl, dates-a.json           (next to this script)
Writes unlabelled-a.jsonl, meanings-a.jsonl (next to this script)
Prints a table of every non-null meant date (received date and weekday,
meant date and weekday, gap in days, text) for the by-eye date check.

The script never writes, templates or alters any reply text: it only copies
the hand-typed rows.
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_UNL = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_MEAN = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
FIRST, LAST = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def fail(msg):
    sys.exit("INVALID: " + msg)


def parse_date(s, where):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail("%s: not an ISO date: %r" % (where, s))
    if d.isoformat() != s:
        fail("%s: not in YYYY-MM-DD form: %r" % (where, s))
    return d


def load():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            rows.append((n, json.loads(line)))
    return drawn, rows


def validate(drawn, rows):
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))
    texts = {}
    by_group = defaultdict(list)
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            fail("%s: keys %r, want %r" % (where, list(r.keys()), KEYS))
        if r["lang"] not in LANG_GROUPS:
            fail("%s: bad lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("%s: bad group %r" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            fail("%s: bad slot %r" % (where, s))
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            fail("%s: empty text" % where)
        if t in texts:
            fail("%s: duplicate text (also line %d): %r" % (where, texts[t], t))
        texts[t] = n
        rec = parse_date(r["received"], where + " received")
        if not (FIRST <= rec <= LAST):
            fail("%s: received %s out of range" % (where, rec))
        if rec.weekday() == 6:
            fail("%s: received %s is a Sunday" % (where, rec))
        slot_key = "%s#%d" % (g, s)
        if drawn.get(slot_key) != r["received"]:
            fail("%s: received %s != drawn %s for %s"
                 % (where, r["received"], drawn.get(slot_key), slot_key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning must end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"], where + " meant")
            if md < rec:
                fail("%s: meant %s before received %s" % (where, md, rec))
        by_group[g].append((s, r["lang"]))
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups present: %r" % sorted(by_group))
    lang_of = {}
    for g, items in by_group.items():
        slots = sorted(s for s, _ in items)
        if slots != list(range(1, 12)):
            fail("%s: slots %r, want 1..11 once each" % (g, slots))
        langs = {l for _, l in items}
        if len(langs) != 1:
            fail("%s: mixes languages %r" % (g, langs))
        lang_of[g] = langs.pop()
    counts = Counter(lang_of.values())
    if dict(counts) != LANG_GROUPS:
        fail("groups per language %r, want %r" % (dict(counts), LANG_GROUPS))


def write_jsonl(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    drawn, rows = load()
    validate(drawn, rows)
    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(93413).shuffle(ordered)
    unl, mean = [], []
    for i, r in enumerate(ordered, 1):
        rid = "h93-%04d" % i
        unl.append({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                    "text": r["text"], "received": r["received"]})
        mean.append({"id": rid, "group": r["group"], "meaning": r["meaning"],
                     "meant": r["meant"]})
    write_jsonl(OUT_UNL, unl)
    write_jsonl(OUT_MEAN, mean)
    print("valid: 132 rows; wrote %s and %s"
          % (os.path.basename(OUT_UNL), os.path.basename(OUT_MEAN)))
    print()
    print("meant dates (sorted by group, slot):")
    print("%-8s %-9s %-14s %-14s %4s  %s" % ("id", "slot", "received", "meant", "gap", "text"))
    ids = {(r["group"], r["slot"]): u["id"] for r, u in zip(ordered, unl)}
    for r in sorted(ordered, key=lambda r: (r["group"], r["slot"])):
        if r["meant"] is None:
            continue
        rec = dt.date.fromisoformat(r["received"])
        md = dt.date.fromisoformat(r["meant"])
        print("%-8s %-9s %s %s %s %s %4d  %s" % (
            ids[(r["group"], r["slot"])], "%s#%d" % (r["group"], r["slot"]),
            rec.isoformat(), rec.strftime("%a"), md.isoformat(), md.strftime("%a"),
            (md - rec).days, r["text"]))


if __name__ == "__main__":
    main()
