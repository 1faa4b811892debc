#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it reproducibly and number the rows.

Reads  raw-a.jsonl and dates-a.json (next to this script).
Writes unlabelled-a.jsonl (id, lang, part, group, text, received)
       meanings-a.jsonl   (id, group, meaning, meant)
Exits non-zero, writing nothing, if any check fails.
"""
import datetime as dt
import hashlib
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
GROUPS = ["g%02d" % i for i in range(1, 13)]
SLOTS = list(range(1, 12))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_TAILS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
PREFIX = "h80-"
SEED = 80413


def iso(s):
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None
    return d if d.isoformat() == s else None


def main():
    errors = []
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            rows.append((n, r))

    seen_text = {}
    seen_slot = set()
    group_langs = defaultdict(set)
    per_group = Counter()
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s, want %s" % (where, list(r.keys()), KEYS))
            continue
        lang, group, slot = r["lang"], r["group"], r["slot"]
        text, received, meaning, meant = r["text"], r["received"], r["meaning"], r["meant"]
        where = "line %d (%s#%s)" % (n, group, slot)
        if lang not in LANGS:
            errors.append("%s: lang %r" % (where, lang))
        if group not in GROUPS:
            errors.append("%s: group %r" % (where, group))
        if not isinstance(slot, int) or isinstance(slot, bool) or slot not in SLOTS:
            errors.append("%s: slot %r" % (where, slot))
        if (group, slot) in seen_slot:
            errors.append("%s: duplicate slot" % where)
        seen_slot.add((group, slot))
        group_langs[group].add(lang)
        per_group[group] += 1
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
        elif text != text.strip():
            errors.append("%s: text has leading/trailing space" % where)
        else:
            key = " ".join(text.lower().split())
            if key in seen_text:
                errors.append("%s: duplicate text (same as line %d)" % (where, seen_text[key]))
            seen_text[key] = n
        rd = iso(received)
        if rd is None:
            errors.append("%s: received %r not an ISO date" % (where, received))
        else:
            if not (START <= rd <= END):
                errors.append("%s: received %s out of range" % (where, received))
            if rd.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, received))
            want = drawn.get("%s#%s" % (group, slot))
            if received != want:
                errors.append("%s: received %s but drawn date is %s" % (where, received, want))
        if not isinstance(meaning, str) or not meaning.endswith(STOP_TAILS):
            errors.append("%s: meaning must end with the stop sentence" % where)
        elif meaning.count("Asking us to stop writing:") != 1:
            errors.append("%s: stop sentence appears more than once" % where)
        if meant is not None:
            md = iso(meant)
            if md is None:
                errors.append("%s: meant %r not an ISO date" % (where, meant))
            elif rd is not None and md < rd:
                errors.append("%s: meant %s before received %s" % (where, meant, received))

    for g in GROUPS:
        if per_group[g] != len(SLOTS):
            errors.append("%s: %d rows, want %d" % (g, per_group[g], len(SLOTS)))
        for s in SLOTS:
            if (g, s) not in seen_slot:
                errors.append("%s: slot %d missing" % (g, s))
        if len(group_langs[g]) != 1:
            errors.append("%s: languages %s, want exactly one" % (g, sorted(group_langs[g])))
    lang_groups = Counter(next(iter(v)) for v in group_langs.values() if len(v) == 1)
    if dict(lang_groups) != WANT_GROUPS_PER_LANG:
        errors.append("groups per language %s, want %s" % (dict(lang_groups), WANT_GROUPS_PER_LANG))
    if len(rows) != len(GROUPS) * len(SLOTS):
        errors.append("%d rows, want %d" % (len(rows), len(GROUPS) * len(SLOTS)))

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)

    recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(SEED).shuffle(recs)
    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(recs, 1):
            rid = "%s%04d" % (PREFIX, i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows validated and numbered %s0001..%s%04d" % (len(recs), PREFIX, PREFIX, len(recs)))
    for p in (OUT_U, OUT_M):
        with open(p, "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.basename(p)))


if __name__ == "__main__":
    main()
