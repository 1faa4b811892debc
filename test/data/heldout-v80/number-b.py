#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number the rows h80-0501...

Reads (next to this script): raw-b.jsonl, dates-b.json
Writes (next to this script): unlabelled-b.jsonl, meanings-b.jsonl
Standard library only. Exits non-zero on any validation error.
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
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


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
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows, errors = [], []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                pairs = json.loads(line, object_pairs_hook=lambda p: p)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                errors.append("line %d: keys %s != %s" % (n, keys, KEYS))
                continue
            row = dict(pairs)
            row["_line"] = n
            rows.append(row)
    if errors:
        fail(errors)

    seen_texts = {}
    by_group = collections.defaultdict(list)
    for r in rows:
        n = r["_line"]
        if r["lang"] not in LANG_GROUPS:
            errors.append("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("line %d: group %r" % (n, g))
        if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
                and 1 <= r["slot"] <= 11):
            errors.append("line %d: slot %r" % (n, r["slot"]))
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            errors.append("line %d: empty or padded text" % n)
        else:
            norm = " ".join(t.lower().split())
            if norm in seen_texts:
                errors.append("line %d: duplicate text of line %d" % (n, seen_texts[norm]))
            seen_texts[norm] = n
        rec = parse_date(r["received"])
        if rec is None or r["received"] != (rec and rec.isoformat()):
            errors.append("line %d: received %r not an ISO date" % (n, r["received"]))
        else:
            if not (START <= rec <= END):
                errors.append("line %d: received %s out of range" % (n, rec))
            if rec.weekday() == 6:
                errors.append("line %d: received %s is a Sunday" % (n, rec))
            key = "%s#%s" % (g, r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append("line %d: received %s != drawn %s for %s"
                              % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("line %d: meaning must end with the stop sentence" % n)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None or r["meant"] != md.isoformat():
                errors.append("line %d: meant %r not an ISO date" % (n, r["meant"]))
            elif rec is not None and md < rec:
                errors.append("line %d: meant %s before received %s" % (n, md, rec))
        by_group[g].append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    lang_of = {}
    for g, rs in sorted(by_group.items()):
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: more than one language %s" % (g, sorted(langs)))
        lang_of[g] = sorted(langs)[0]
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s (want 1..11 once each)" % (g, slots))
    per_lang = collections.Counter(lang_of.values())
    if dict(per_lang) != LANG_GROUPS:
        errors.append("groups per language %s != %s" % (dict(per_lang), LANG_GROUPS))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))
    if errors:
        fail(errors)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(80513).shuffle(rows)
    unl_path = os.path.join(HERE, "unlabelled-b.jsonl")
    mea_path = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl_path, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows):
            rid = "h80-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("OK: %d rows, ids h80-%04d..h80-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))
    print("groups per language:", dict(per_lang))
    print("stops (yes):", sum(r["meaning"].endswith(STOP_YES) for r in rows))
    print("meant dates:", sum(r["meant"] is not None for r in rows))
    for p in (unl_path, mea_path):
        with open(p, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))


if __name__ == "__main__":
    main()
