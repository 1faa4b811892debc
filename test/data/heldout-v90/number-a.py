#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it reproducibly and number the rows.

Reads raw-a.jsonl and dates-a.json next to this script; writes
unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Exits non-zero on any problem.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def path(name):
    return os.path.join(HERE, name)


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse_date(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


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
                obj = json.loads(line, object_pairs_hook=lambda p: p)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            keys = [k for k, _ in obj]
            if keys != KEYS:
                errors.append("line %d: keys %s" % (n, keys))
                continue
            rows.append((n, dict(obj)))

    by_group = collections.defaultdict(list)
    texts = collections.Counter()
    for n, r in rows:
        where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in WANT_GROUPS:
            errors.append("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append("%s: group %r" % (where, g))
        if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
                and 1 <= r["slot"] <= 11):
            errors.append("%s: slot %r" % (where, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("%s: empty text" % where)
        texts[r["text"]] += 1
        rec = parse_date(r["received"])
        if rec is None or rec.isoformat() != r["received"]:
            errors.append("%s: received %r not ISO" % (where, r["received"]))
        else:
            if rec.weekday() == 6:
                errors.append("%s: received on a Sunday" % where)
            if not START <= rec <= END:
                errors.append("%s: received out of range" % where)
            key = "%s#%s" % (g, r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s but drawn %s"
                              % (where, r["received"], drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None or md.isoformat() != r["meant"]:
                errors.append("%s: meant %r not ISO" % (where, r["meant"]))
            elif rec is not None and md < rec:
                errors.append("%s: meant before received" % where)
        by_group[g].append(r)

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %r" % (c, t))

    langs_per_group = {}
    for g, rs in sorted(by_group.items()):
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, slots))
        ls = {r["lang"] for r in rs}
        if len(ls) != 1:
            errors.append("%s: several languages %s" % (g, sorted(ls)))
        langs_per_group[g] = sorted(ls)[0]
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    count = collections.Counter(langs_per_group.values())
    if dict(count) != WANT_GROUPS:
        errors.append("groups per language %s, want %s" % (dict(count), WANT_GROUPS))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))
    if errors:
        fail(errors)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(90413).shuffle(ordered)

    with open(path("unlabelled-a.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
         open(path("meanings-a.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered, 1):
            rid = "h90-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows -> unlabelled-a.jsonl, meanings-a.jsonl" % len(ordered))


if __name__ == "__main__":
    main()
