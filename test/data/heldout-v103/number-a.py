#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number it h103-0001...

Checks: key names and order, languages, 12 groups split 4 es / 4 pt / 4 en
(the THEME's split), one language per group, 11 rows with slots 1..11 per
group, received is a Monday-Saturday date in 2026-01-05..2026-11-27 equal to
the date drawn for that slot in dates-a.json, meaning ends with the stop
sentence, meant is null or a valid ISO date >= received, no duplicate texts.

Then sorts by (group, slot), shuffles with random.Random(103413), numbers the
rows and writes unlabelled-a.jsonl and meanings-a.jsonl next to this script.
Prints the sha256 of both outputs.
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
GROUP_SPLIT = {"es": 4, "pt": 4, "en": 4}
GROUPS = ["g%02d" % i for i in range(1, 13)]
SLOTS = list(range(1, 12))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
SHUFFLE_SEED = 103413
PREFIX = "h103-"


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not an ISO date: %r" % (s,))
    return datetime.date.fromisoformat(s)


def main():
    errors = []
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                pairs = json.loads(line, object_pairs_hook=list)
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

    by_group = collections.defaultdict(list)
    texts = {}
    for r in rows:
        n = r["_line"]
        if r["lang"] not in LANGS:
            errors.append("line %d: lang %r" % (n, r["lang"]))
        if r["group"] not in GROUPS:
            errors.append("line %d: group %r" % (n, r["group"]))
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or r["slot"] not in SLOTS:
            errors.append("line %d: slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("line %d: empty text" % n)
        else:
            key = r["text"]
            if key in texts:
                errors.append("line %d: duplicate text of line %d" % (n, texts[key]))
            texts[key] = n
        try:
            rec = parse_date(r["received"])
        except (ValueError, TypeError) as e:
            errors.append("line %d: received: %s" % (n, e))
            rec = None
        if rec is not None:
            if not (START <= rec <= END):
                errors.append("line %d: received %s out of range" % (n, rec))
            if rec.weekday() == 6:
                errors.append("line %d: received %s is a Sunday" % (n, rec))
            slot_key = "%s#%s" % (r["group"], r["slot"])
            if drawn.get(slot_key) != r["received"]:
                errors.append("line %d: received %s != drawn %s for %s"
                              % (n, r["received"], drawn.get(slot_key), slot_key))
        if not isinstance(r["meaning"], str) or not r["meaning"].endswith(STOP_ENDINGS):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        if r["meant"] is not None:
            try:
                m = parse_date(r["meant"])
                if rec is not None and m < rec:
                    errors.append("line %d: meant %s before received %s" % (n, m, rec))
            except (ValueError, TypeError) as e:
                errors.append("line %d: meant: %s" % (n, e))
        by_group[r["group"]].append(r)

    lang_of_group = {}
    for g in GROUPS:
        grows = by_group.get(g, [])
        if len(grows) != 11:
            errors.append("%s: %d rows, want 11" % (g, len(grows)))
        slots = sorted(r["slot"] for r in grows if isinstance(r["slot"], int))
        if slots != SLOTS:
            errors.append("%s: slots %s, want 1..11 once each" % (g, slots))
        langs = {r["lang"] for r in grows}
        if len(langs) != 1:
            errors.append("%s: languages %s, want one" % (g, sorted(langs)))
        elif grows:
            lang_of_group[g] = langs.pop()
    split = collections.Counter(lang_of_group.values())
    for lang, want in GROUP_SPLIT.items():
        if split.get(lang, 0) != want:
            errors.append("groups in %s: %d, want %d" % (lang, split.get(lang, 0), want))

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(SHUFFLE_SEED).shuffle(rows)
    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows, 1):
            rid = "%s%04d" % (PREFIX, i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("validated %d rows; groups per language %s" % (len(rows), dict(split)))
    for p in (OUT_U, OUT_M):
        with open(p, "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.basename(p)))


if __name__ == "__main__":
    main()
