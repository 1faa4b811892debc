#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it reproducibly and number the rows.

Reads  raw-a.jsonl, dates-a.json                  (next to this script)
Writes unlabelled-a.jsonl  (id, lang, part, group, text, received)
       meanings-a.jsonl    (id, group, meaning, meant)
Order: sort by (group, slot), shuffle with random.Random(78413), number
h78-0001 ... in the shuffled order. Prints the sha256 of both outputs.
"""
import collections
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def path(name):
    return os.path.join(HERE, name)


def parse_date(s, what, errors):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        errors.append("%s: not an ISO date: %r" % (what, s))
        return None
    if d.isoformat() != s:
        errors.append("%s: not canonical YYYY-MM-DD: %r" % (what, s))
    return d


def main():
    errors = []
    with open(path("dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(path("raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            rows.append((n, obj))

    seen_text = {}
    by_group = collections.defaultdict(list)
    group_lang = {}
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys/order %s" % (where, list(r.keys())))
            continue
        if r["lang"] not in LANGS:
            errors.append("%s: bad lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append("%s: bad group %r" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("%s: bad slot %r" % (where, s))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            errors.append("%s: group %s mixes languages" % (where, g))
        by_group[g].append(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append("%s: empty text" % where)
        elif t in seen_text:
            errors.append("%s: duplicate text of line %d" % (where, seen_text[t]))
        else:
            seen_text[t] = n
        rd = parse_date(r["received"], where + " received", errors)
        if rd is not None:
            if not (START <= rd <= END):
                errors.append("%s: received out of range %s" % (where, rd))
            if rd.weekday() == 6:
                errors.append("%s: received on a Sunday %s" % (where, rd))
            key = "%s#%s" % (g, s)
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s != drawn %s for %s"
                              % (where, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"], where + " meant", errors)
            if md is not None and rd is not None and md < rd:
                errors.append("%s: meant %s before received %s" % (where, md, rd))

    if len(rows) != 132:
        errors.append("expected 132 rows, got %d" % len(rows))
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups are %s" % sorted(by_group))
    for g, slots in sorted(by_group.items()):
        if sorted(slots) != list(range(1, 12)):
            errors.append("group %s slots %s" % (g, sorted(slots)))
    per_lang = collections.Counter(group_lang.values())
    if dict(per_lang) != WANT_GROUPS_PER_LANG:
        errors.append("groups per language %s" % dict(per_lang))

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(78413).shuffle(recs)
    unl, mea = [], []
    for i, r in enumerate(recs, 1):
        rid = "h78-%04d" % i
        unl.append(collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
            ("text", r["text"]), ("received", r["received"])]))
        mea.append(collections.OrderedDict([
            ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
            ("meant", r["meant"])]))
    for name, data in (("unlabelled-a.jsonl", unl), ("meanings-a.jsonl", mea)):
        with open(path(name), "w", encoding="utf-8", newline="\n") as f:
            for o in data:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("ok: %d rows, groups per language %s" % (len(recs), dict(per_lang)))
    for name in ("unlabelled-a.jsonl", "meanings-a.jsonl"):
        with open(path(name), "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), name))


if __name__ == "__main__":
    main()
