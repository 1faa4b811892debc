#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h94-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant) next to this script.
Exits non-zero on the first batch of validation errors.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def path(name):
    return os.path.join(HERE, name)


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def main():
    with open(path("dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows, errors = [], []
    with open(path("raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, obj))

    texts = collections.Counter()
    group_lang = {}
    group_slots = collections.defaultdict(list)
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s (want %s)" % (where, list(r.keys()), KEYS))
            continue
        if r["lang"] not in LANG_GROUPS:
            errors.append("%s: bad lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("%s: bad group %r" % (where, g))
            continue
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            errors.append("%s: group %s mixes languages" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("%s: bad slot %r" % (where, s))
            continue
        group_slots[g].append(s)
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("%s: empty text" % where)
        else:
            texts[r["text"].strip()] += 1
        rec = parse_date(r["received"])
        if rec is None:
            errors.append("%s: bad received %r" % (where, r["received"]))
        else:
            if rec.weekday() == 6:
                errors.append("%s: received on a Sunday" % where)
            if not START <= rec <= END:
                errors.append("%s: received out of range" % where)
            want = drawn.get("%s#%d" % (g, s))
            if r["received"] != want:
                errors.append("%s: received %s but drawn date for %s#%d is %s"
                              % (where, r["received"], g, s, want))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("%s: meaning must end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None or md.isoformat() != r["meant"]:
                errors.append("%s: bad meant %r" % (where, r["meant"]))
            elif rec is not None and md < rec:
                errors.append("%s: meant %s before received %s" % (where, md, rec))

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text (%dx): %r" % (c, t[:60]))
    groups = sorted(group_slots)
    if groups != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % groups)
    for g in groups:
        if sorted(group_slots[g]) != list(range(1, 12)):
            errors.append("group %s slots %s" % (g, sorted(group_slots[g])))
    per_lang = collections.Counter(group_lang.values())
    for lang, want in LANG_GROUPS.items():
        if per_lang.get(lang, 0) != want:
            errors.append("lang %s has %d groups (want %d)" % (lang, per_lang.get(lang, 0), want))

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(94513).shuffle(recs)
    with open(path("unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(path("meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(recs):
            rid = "h94-%04d" % (FIRST_ID + i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "b"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])]), ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h94-%04d..h94-%04d" % (len(recs), FIRST_ID, FIRST_ID + len(recs) - 1))


if __name__ == "__main__":
    main()
