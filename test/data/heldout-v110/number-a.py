#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number it.

Checks: keys and their order, langs, group split 6 es / 3 pt / 3 en (THEME),
11 rows with slots 1..11 per group, one language per group, received is a
Monday-Saturday date in 2026-01-05..2026-11-27 equal to the drawn date in
dates-a.json, meaning ends with the stop sentence, meant is null or a valid
ISO date >= received, no duplicate texts.

Then sorts by (group, slot), shuffles with random.Random(110413), numbers the
rows h110-0001... and writes unlabelled-a.jsonl and meanings-a.jsonl.
All paths are relative to this script's folder.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
SPLIT = {"es": 6, "pt": 3, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            if list(obj.keys()) != KEYS:
                fail("line %d: keys %r" % (n, list(obj.keys())))
            rows.append(obj)

    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    by_group = collections.defaultdict(list)
    texts = set()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in LANGS:
            fail(where + ": bad lang")
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail(where + ": bad group")
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool):
            fail(where + ": slot not int")
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail(where + ": empty text")
        if r["text"] in texts:
            fail(where + ": duplicate text")
        texts.add(r["text"])
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail(where + ": bad received")
        if rec.weekday() == 6 or not (START <= rec <= END):
            fail(where + ": received not Mon-Sat in range")
        if drawn.get("%s#%d" % (g, r["slot"])) != r["received"]:
            fail(where + ": received differs from drawn date")
        if not isinstance(r["meaning"], str) or not r["meaning"].endswith(ENDINGS):
            fail(where + ": meaning must end with the stop sentence")
        if r["meant"] is not None:
            try:
                m = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail(where + ": bad meant")
            if m < rec:
                fail(where + ": meant before received")
        by_group[g].append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups must be g01..g12")
    lang_count = collections.Counter()
    for g, rs in by_group.items():
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail(g + ": more than one language")
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail(g + ": slots must be 1..11")
        lang_count[langs.pop()] += 1
    if dict(lang_count) != SPLIT:
        fail("group split %r, expected %r" % (dict(lang_count), SPLIT))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(110413).shuffle(rows)

    out_u = os.path.join(HERE, "unlabelled-a.jsonl")
    out_m = os.path.join(HERE, "meanings-a.jsonl")
    with open(out_u, "w", encoding="utf-8") as fu, \
            open(out_m, "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h110-%04d" % i
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "a"),
                ("group", r["group"]), ("text", r["text"]),
                ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]),
                ("meaning", r["meaning"]), ("meant", r["meant"])]),
                ensure_ascii=False) + "\n")
    print("ok: %d rows, split %r, wrote unlabelled-a.jsonl and meanings-a.jsonl"
          % (len(rows), dict(lang_count)))


if __name__ == "__main__":
    main()
