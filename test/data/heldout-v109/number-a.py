#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle and number it.

Checks: key order, languages, 5/4/3 es/pt/en groups, one language per group,
11 rows and slots 1..11 per group, received Mon-Sat in range and equal to the
drawn date in dates-a.json, meaning ending with the stop sentence, meant null
or a valid ISO date >= received, no duplicate texts, text length 250..900.

Then sorts by (group, slot), shuffles with random.Random(109413), numbers the
rows h109-0001... and writes unlabelled-a.jsonl and meanings-a.jsonl.
All paths are relative to this script's folder.
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def path(name):
    return os.path.join(HERE, name)


def fail(errors):
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)


def main():
    with open(path("dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows, errors = [], []
    with open(path("raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
    if errors:
        fail(errors)

    by_group = collections.defaultdict(list)
    texts = collections.Counter()
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s" % (where, list(r.keys())))
            continue
        if r["lang"] not in ("es", "pt", "en"):
            errors.append("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("%s: group %r" % (where, g))
        if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
            errors.append("%s: slot %r" % (where, r["slot"]))
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append("%s: empty text" % where)
        else:
            texts[t] += 1
            if not 250 <= len(t) <= 900:
                errors.append("%s: text length %d outside 250..900" % (where, len(t)))
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("%s: received %r" % (where, r["received"]))
            rec = None
        if rec is not None:
            if not (START <= rec <= END) or rec.weekday() == 6:
                errors.append("%s: received %s not Mon-Sat in range" % (where, rec))
            key = "%s#%s" % (g, r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s != drawn %s for %s"
                              % (where, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
            errors.append("%s: meaning must end with the stop sentence" % where)
        if r["meant"] is not None:
            try:
                md = dt.date.fromisoformat(r["meant"])
                if rec is not None and md < rec:
                    errors.append("%s: meant %s before received %s" % (where, md, rec))
            except (TypeError, ValueError):
                errors.append("%s: meant %r not an ISO date" % (where, r["meant"]))
        by_group[g].append(r)

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text (%d times): %r" % (c, t[:60]))
    langs_per_group = {}
    for g, rs in sorted(by_group.items()):
        ls = {r["lang"] for r in rs}
        if len(ls) != 1:
            errors.append("%s: several languages %s" % (g, sorted(ls)))
        langs_per_group[g] = ls.pop() if len(ls) == 1 else None
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, slots))
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups %s" % sorted(by_group))
    count = collections.Counter(langs_per_group.values())
    if (count["es"], count["pt"], count["en"]) != (5, 4, 3):
        errors.append("groups per language es/pt/en = %d/%d/%d, want 5/4/3"
                      % (count["es"], count["pt"], count["en"]))
    if errors:
        fail(errors)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(109413).shuffle(ordered)
    with open(path("unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
            open(path("meanings-a.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(ordered, 1):
            rid = "h109-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("OK: %d rows, %d groups (es/pt/en = %d/%d/%d)"
          % (len(ordered), len(by_group), count["es"], count["pt"], count["en"]))
    for name in ("unlabelled-a.jsonl", "meanings-a.jsonl"):
        with open(path(name), "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), name))


if __name__ == "__main__":
    main()
