#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(106513), number h106-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant), both next to this script.
Exits non-zero (and writes nothing) if any check fails.
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
FIRST_ID = 501
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}


def p(name):
    return os.path.join(HERE, name)


def main():
    errors = []
    with open(p("dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(p("raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            if list(r.keys()) != KEYS:
                errors.append("line %d: keys %s" % (n, list(r.keys())))
                continue
            rows.append((n, r))

    seen_text = {}
    seen_slot = set()
    group_lang = defaultdict(set)
    group_slots = defaultdict(list)
    for n, r in rows:
        tag = "line %d (%s#%s)" % (n, r.get("group"), r.get("slot"))
        if r["lang"] not in ("es", "pt", "en"):
            errors.append("%s: lang %r" % (tag, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append("%s: group %r" % (tag, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("%s: slot %r" % (tag, s))
        group_lang[g].add(r["lang"])
        group_slots[g].append(s)
        if (g, s) in seen_slot:
            errors.append("%s: duplicate slot" % tag)
        seen_slot.add((g, s))
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            errors.append("%s: empty or untrimmed text" % tag)
        elif t in seen_text:
            errors.append("%s: duplicate text of line %d" % (tag, seen_text[t]))
        else:
            seen_text[t] = n
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("%s: bad received %r" % (tag, r["received"]))
            rec = None
        if rec is not None:
            if not (START <= rec <= END):
                errors.append("%s: received out of range" % tag)
            if rec.weekday() == 6:
                errors.append("%s: received on a Sunday" % tag)
            key = "%s#%s" % (g, s)
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s != drawn %s"
                              % (tag, r["received"], drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("%s: meaning does not end with the stop sentence" % tag)
        mt = r["meant"]
        if mt is not None:
            try:
                md = dt.date.fromisoformat(mt)
            except (TypeError, ValueError):
                errors.append("%s: bad meant %r" % (tag, mt))
                md = None
            if md is not None and rec is not None and md < rec:
                errors.append("%s: meant %s before received" % (tag, mt))

    for g in sorted(group_lang):
        if len(group_lang[g]) != 1:
            errors.append("%s: several languages %s" % (g, sorted(group_lang[g])))
        if sorted(group_slots[g]) != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, sorted(group_slots[g])))
    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(group_lang))
    per_lang = Counter(next(iter(v)) for v in group_lang.values() if len(v) == 1)
    if dict(per_lang) != WANT_GROUPS:
        errors.append("groups per language %s, want %s" % (dict(per_lang), WANT_GROUPS))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(106513).shuffle(ordered)
    with open(p("unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(p("meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(ordered):
            rid = "h106-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h106-%04d..h106-%04d"
          % (len(ordered), FIRST_ID, FIRST_ID + len(ordered) - 1))


if __name__ == "__main__":
    main()
