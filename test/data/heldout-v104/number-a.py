#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it with random.Random(104413) and number it.

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script and prints the
sha256 of both outputs. All paths are relative to this script's folder.
"""
import collections
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
# Language split set by this part's theme: 4 Spanish, 4 Portuguese, 4 English.
WANT_SPLIT = {"es": 4, "pt": 4, "en": 4}
GROUPS = ["g%02d" % i for i in range(1, 13)]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
SEED = 104413
PREFIX = "h104-"


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    errors = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d is blank" % n)
                continue
            try:
                obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            rows.append((n, obj))
    if errors:
        fail(errors)

    seen_texts = {}
    by_group = collections.defaultdict(list)
    group_langs = collections.defaultdict(set)
    for n, r in rows:
        if list(r.keys()) != KEYS:
            errors.append("line %d: keys %s, want %s" % (n, list(r.keys()), KEYS))
            continue
        if r["lang"] not in LANGS:
            errors.append("line %d: lang %r" % (n, r["lang"]))
        if r["group"] not in GROUPS:
            errors.append("line %d: group %r" % (n, r["group"]))
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
            errors.append("line %d: slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("line %d: empty text" % n)
        elif r["text"] in seen_texts:
            errors.append("line %d: duplicate text of line %d" % (n, seen_texts[r["text"]]))
        else:
            seen_texts[r["text"]] = n
        rec = parse_date(r["received"])
        if rec is None:
            errors.append("line %d: received %r is not a date" % (n, r["received"]))
        else:
            if rec.weekday() == 6:
                errors.append("line %d: received %s is a Sunday" % (n, rec))
            if not START <= rec <= END:
                errors.append("line %d: received %s out of range" % (n, rec))
            key = "%s#%s" % (r["group"], r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append("line %d: received %s but drawn date for %s is %s"
                              % (n, r["received"], key, drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None:
                errors.append("line %d: meant %r is not a date" % (n, r["meant"]))
            elif rec is not None and md < rec:
                errors.append("line %d: meant %s before received %s" % (n, md, rec))
        by_group[r["group"]].append(r)
        group_langs[r["group"]].add(r["lang"])

    for g in GROUPS:
        rs = by_group.get(g, [])
        if len(rs) != 11:
            errors.append("%s has %d rows, want 11" % (g, len(rs)))
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s slots %s, want 1..11" % (g, slots))
        if len(group_langs[g]) != 1:
            errors.append("%s mixes languages %s" % (g, sorted(group_langs[g])))
    split = collections.Counter(next(iter(group_langs[g])) for g in GROUPS
                                if len(group_langs[g]) == 1)
    if dict(split) != WANT_SPLIT:
        errors.append("language split of groups %s, want %s" % (dict(split), WANT_SPLIT))
    if errors:
        fail(errors)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(SEED).shuffle(ordered)
    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered, 1):
            rid = "%s%04d" % (PREFIX, i)
            u = collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])])
            mm = collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])])
            fu.write(json.dumps(u, ensure_ascii=False) + "\n")
            fm.write(json.dumps(mm, ensure_ascii=False) + "\n")

    print("ok: %d rows, groups per language %s" % (len(ordered), dict(split)))
    for p in (OUT_U, OUT_M):
        with open(p, "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.basename(p)))


if __name__ == "__main__":
    main()
