#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h84-0001.. and write the outputs.

Reads raw-a.jsonl and dates-a.json next to this script; writes
unlabelled-a.jsonl and meanings-a.jsonl next to it. Exits non-zero on any
validation error and then writes nothing.
"""
import datetime as dt
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
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    errors = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d is empty" % n)
                continue
            try:
                r = json.loads(line)
            except ValueError as exc:
                errors.append("line %d: bad JSON: %s" % (n, exc))
                continue
            if list(r.keys()) != KEYS:
                errors.append("line %d: keys %s" % (n, list(r.keys())))
                continue
            rows.append((n, r))
    if errors:
        fail(errors)

    group_lang = {}
    group_slots = {}
    texts = {}
    for n, r in rows:
        where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in WANT_GROUPS:
            errors.append("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("%s: group %r" % (where, g))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            errors.append("%s: group %s mixes languages" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("%s: slot %r" % (where, s))
        group_slots.setdefault(g, []).append(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append("%s: empty text" % where)
        elif t in texts:
            errors.append("%s: duplicate text of line %d" % (where, texts[t]))
        else:
            texts[t] = n
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("%s: received %r" % (where, r["received"]))
            rec = None
        if rec is not None:
            if rec.weekday() > 5:
                errors.append("%s: received on a Sunday" % where)
            if not START <= rec <= END:
                errors.append("%s: received out of range" % where)
            key = "%s#%s" % (g, s)
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s but drawn %s" % (where, r["received"], drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        mt = r["meant"]
        if mt is not None:
            try:
                md = dt.date.fromisoformat(mt)
            except (TypeError, ValueError):
                errors.append("%s: meant %r" % (where, mt))
                md = None
            if md is not None and rec is not None and md < rec:
                errors.append("%s: meant %s before received" % (where, mt))

    for g, slots in group_slots.items():
        if sorted(slots) != list(range(1, 12)):
            errors.append("group %s slots %s" % (g, sorted(slots)))
    if sorted(group_slots) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups %s" % sorted(group_slots))
    per_lang = {}
    for g, lang in group_lang.items():
        per_lang[lang] = per_lang.get(lang, 0) + 1
    if per_lang != WANT_GROUPS:
        errors.append("groups per language %s, want %s" % (per_lang, WANT_GROUPS))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))
    if errors:
        fail(errors)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(84413).shuffle(ordered)
    unl_path = os.path.join(HERE, "unlabelled-a.jsonl")
    mea_path = os.path.join(HERE, "meanings-a.jsonl")
    with open(unl_path, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered, 1):
            rid = "h84-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, groups per language %s" % (len(ordered), per_lang))
    print("wrote", os.path.basename(unl_path), "and", os.path.basename(mea_path))


if __name__ == "__main__":
    main()
