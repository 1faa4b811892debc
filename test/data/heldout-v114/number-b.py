#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h114-0501...

Reads raw-b.jsonl and dates-b.json next to this script, checks every row,
sorts by (group, slot), shuffles with random.Random(114513), numbers the
rows h114-0501.. in the shuffled order and writes unlabelled-b.jsonl and
meanings-b.jsonl next to this script.  Exits with status 1 (writing
nothing) if any check fails.  Text is never created or changed here.
"""
import datetime
import json
import os
import random
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not an ISO date: %r" % (s,))
    return datetime.date.fromisoformat(s)


def main():
    errors = []
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, row))

    seen_text = {}
    by_group = defaultdict(list)
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s, want %s" % (where, list(r.keys()), KEYS))
            continue
        if r["lang"] not in LANGS:
            errors.append("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append("%s: group %r" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("%s: slot %r" % (where, s))
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append("%s: empty text" % where)
        elif t in seen_text:
            errors.append("%s: duplicate text of line %d" % (where, seen_text[t]))
        else:
            seen_text[t] = n
        try:
            rec = parse_date(r["received"])
            if not (START <= rec <= END):
                errors.append("%s: received %s out of range" % (where, rec))
            if rec.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rec))
            key = "%s#%s" % (g, s)
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s but drawn %s for %s"
                              % (where, r["received"], drawn.get(key), key))
        except ValueError as e:
            errors.append("%s: received: %s" % (where, e))
            rec = None
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        elif m.count("Asking us to stop writing:") != 1:
            errors.append("%s: stop sentence appears more than once" % where)
        if r["meant"] is not None:
            try:
                md = parse_date(r["meant"])
                if rec is not None and md < rec:
                    errors.append("%s: meant %s before received %s" % (where, md, rec))
            except ValueError as e:
                errors.append("%s: meant: %s" % (where, e))
        by_group[g].append(r)

    lang_groups = defaultdict(set)
    for g, rs in by_group.items():
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: more than one language %s" % (g, sorted(langs)))
        for l in langs:
            lang_groups[l].add(g)
        slots = sorted(r["slot"] for r in rs if isinstance(r["slot"], int))
        if len(rs) != 11 or slots != list(range(1, 12)):
            errors.append("%s: %d rows, slots %s" % (g, len(rs), slots))
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    for l, want in LANGS.items():
        if len(lang_groups[l]) != want:
            errors.append("lang %s: %d groups, want %d" % (l, len(lang_groups[l]), want))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s); nothing written" % len(errors))
        sys.exit(1)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(114513).shuffle(ordered)
    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(ordered):
            rid = "h114-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows -> h114-%04d..h114-%04d" % (len(ordered), FIRST_ID,
                                                  FIRST_ID + len(ordered) - 1))


if __name__ == "__main__":
    main()
