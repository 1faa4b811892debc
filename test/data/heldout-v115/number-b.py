#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h115-0501...

Reads raw-b.jsonl and dates-b.json from this script's folder and writes
unlabelled-b.jsonl and meanings-b.jsonl there. Standard library only.
"""
import datetime
import hashlib
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 4, "pt": 4, "en": 4}   # THEME split: 4 es / 4 pt / 4 en
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msgs):
    for m in msgs:
        print("ERROR:", m, file=sys.stderr)
    sys.exit(1)


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    errors = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            if list(r.keys()) != KEYS:
                errors.append("line %d: keys %r" % (n, list(r.keys())))
                continue
            rows.append((n, r))
    if errors:
        fail(errors)

    group_lang = defaultdict(set)
    group_slots = defaultdict(list)
    texts = Counter()
    for n, r in rows:
        where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in LANG_GROUPS:
            errors.append("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append("%s: group %r" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("%s: slot %r" % (where, s))
        group_lang[g].add(r["lang"])
        group_slots[g].append(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append("%s: empty text" % where)
        texts[t] += 1
        rd = parse_date(r["received"])
        if rd is None:
            errors.append("%s: received %r not a date" % (where, r["received"]))
        else:
            if not (START <= rd <= END):
                errors.append("%s: received %s out of range" % (where, rd))
            if rd.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rd))
            key = "%s#%s" % (g, s)
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s != drawn %s"
                              % (where, r["received"], drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None:
                errors.append("%s: meant %r not a date" % (where, r["meant"]))
            elif rd is not None and md < rd:
                errors.append("%s: meant %s before received %s" % (where, md, rd))
    for g, langs in sorted(group_lang.items()):
        if len(langs) != 1:
            errors.append("group %s mixes languages %r" % (g, sorted(langs)))
    for g, slots in sorted(group_slots.items()):
        if sorted(slots) != list(range(1, 12)):
            errors.append("group %s slots %r (want 1..11 once each)" % (g, sorted(slots)))
    if len(group_slots) != 12:
        errors.append("%d groups, want 12" % len(group_slots))
    per_lang = Counter(next(iter(l)) for l in group_lang.values() if len(l) == 1)
    if dict(per_lang) != LANG_GROUPS:
        errors.append("groups per language %r, want %r" % (dict(per_lang), LANG_GROUPS))
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %r" % (c, t))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))
    if errors:
        fail(errors)

    recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(115513).shuffle(recs)
    unl_path = os.path.join(HERE, "unlabelled-b.jsonl")
    mea_path = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl_path, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(recs):
            rid = "h115-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h115-%04d..h115-%04d"
          % (len(recs), FIRST_ID, FIRST_ID + len(recs) - 1))
    for p in (unl_path, mea_path):
        with open(p, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))


if __name__ == "__main__":
    main()
