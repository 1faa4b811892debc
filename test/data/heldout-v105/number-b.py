#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h105-0501..., write outputs.

Reads raw-b.jsonl and dates-b.json next to this script; writes
unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Exits non-zero on any
validation error. Texts are never changed, only copied.
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows, errors = [], []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            if list(r.keys()) != KEYS:
                errors.append("line %d: keys %s" % (n, list(r.keys())))
                continue
            r["_line"] = n
            rows.append(r)
    if errors:
        fail(errors)

    by_group = {}
    for r in rows:
        n = r["_line"]
        if r["lang"] not in ("es", "pt", "en"):
            errors.append("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("line %d: group %r" % (n, g))
        if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
            errors.append("line %d: slot %r" % (n, r["slot"]))
        t = r["text"]
        if not isinstance(t, str) or t != t.strip() or not (5 <= len(t) <= 400):
            errors.append("line %d: text empty/padded or length %d outside 5-400" % (n, len(t)))
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("line %d: received %r" % (n, r["received"]))
            rec = None
        if rec is not None:
            if not (START <= rec <= END) or rec.weekday() == 6:
                errors.append("line %d: received %s not Mon-Sat in range" % (n, rec))
            key = "%s#%d" % (g, r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append("line %d: received %s != drawn %s for %s"
                              % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        elif m.count("Asking us to stop writing:") != 1:
            errors.append("line %d: stop sentence appears more than once" % n)
        if r["meant"] is not None:
            try:
                md = dt.date.fromisoformat(r["meant"])
                if rec is not None and md < rec:
                    errors.append("line %d: meant %s before received %s" % (n, md, rec))
            except (TypeError, ValueError):
                errors.append("line %d: meant %r" % (n, r["meant"]))
        by_group.setdefault(g, []).append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    langs_per_group = {}
    for g, rs in sorted(by_group.items()):
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, slots))
        ls = {r["lang"] for r in rs}
        if len(ls) != 1:
            errors.append("%s: several languages %s" % (g, ls))
        langs_per_group[g] = ls.pop() if len(ls) == 1 else None
    count = {l: sum(1 for v in langs_per_group.values() if v == l) for l in ("es", "pt", "en")}
    if count != {"es": 5, "pt": 4, "en": 3}:
        errors.append("groups per language %s (want es 5, pt 4, en 3)" % count)
    seen = {}
    for r in rows:
        k = r["text"]
        if k in seen:
            errors.append("line %d: duplicate text of line %d" % (r["_line"], seen[k]))
        seen[k] = r["_line"]
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))
    if errors:
        fail(errors)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(105513).shuffle(rows)
    unl = os.path.join(HERE, "unlabelled-b.jsonl")
    mea = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows):
            rid = "h105-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                                 "meant": r["meant"]}, ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h105-%04d..h105-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))


if __name__ == "__main__":
    main()
