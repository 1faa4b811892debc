#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it, write the two output files.

Checks: key names and order, languages, 3 es / 5 pt / 4 en groups (this part's
theme split), 11 rows with slots 1..11 in every group, one language per group,
received is Mon-Sat inside 2026-01-05..2026-11-27 and equals the drawn date in
dates-b.json, meaning ends with the stop sentence, meant is null or a valid
ISO date not before received, no duplicate texts.

Then: sort by (group, slot), shuffle with random.Random(103513), number the
rows h103-0501, h103-0502, ... in the shuffled order, and write
unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). All paths are relative to this
script's folder. Prints the sha256 of both outputs.
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUPS_PER_LANG = {"es": 3, "pt": 5, "en": 4}
N_GROUPS = 12
N_SLOTS = 11
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
SHUFFLE_SEED = 103513
FIRST_ID = 501
PREFIX = "h103-"


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not YYYY-MM-DD: %r" % (s,))
    return dt.date.fromisoformat(s)


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows, errors = [], []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                row = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, row))
    if errors:
        fail(errors)

    group_lang = {}
    slots = collections.defaultdict(list)
    texts = {}
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s, want %s" % (where, list(r.keys()), KEYS))
            continue
        lang, group, slot = r["lang"], r["group"], r["slot"]
        where = "line %d (%s#%s)" % (n, group, slot)
        if lang not in LANGS:
            errors.append("%s: lang %r" % (where, lang))
        valid_groups = ["g%02d" % i for i in range(1, N_GROUPS + 1)]
        if group not in valid_groups:
            errors.append("%s: group %r" % (where, group))
            continue
        if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= N_SLOTS:
            errors.append("%s: slot %r" % (where, slot))
            continue
        slots[group].append(slot)
        if group in group_lang and group_lang[group] != lang:
            errors.append("%s: group mixes %s and %s" % (where, group_lang[group], lang))
        group_lang.setdefault(group, lang)
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
        elif text in texts:
            errors.append("%s: duplicate text of line %d" % (where, texts[text]))
        else:
            texts[text] = n
        try:
            rec = parse_date(r["received"])
        except ValueError as e:
            errors.append("%s: received: %s" % (where, e))
            rec = None
        if rec is not None:
            if rec.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rec))
            if not START <= rec <= END:
                errors.append("%s: received %s out of range" % (where, rec))
            want = drawn.get("%s#%d" % (group, slot))
            if r["received"] != want:
                errors.append("%s: received %s but drawn %s" % (where, r["received"], want))
        meaning = r["meaning"]
        if not isinstance(meaning, str) or not meaning.endswith(STOP_ENDINGS):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        meant = r["meant"]
        if meant is not None:
            try:
                md = parse_date(meant)
            except ValueError as e:
                errors.append("%s: meant: %s" % (where, e))
            else:
                if rec is not None and md < rec:
                    errors.append("%s: meant %s before received %s" % (where, md, rec))

    for g in ["g%02d" % i for i in range(1, N_GROUPS + 1)]:
        if sorted(slots.get(g, [])) != list(range(1, N_SLOTS + 1)):
            errors.append("%s: slots %s, want 1..%d once each" % (g, sorted(slots.get(g, [])), N_SLOTS))
    per_lang = collections.Counter(group_lang.values())
    if dict(per_lang) != GROUPS_PER_LANG:
        errors.append("groups per language %s, want %s" % (dict(per_lang), GROUPS_PER_LANG))
    if len(rows) != N_GROUPS * N_SLOTS:
        errors.append("%d rows, want %d" % (len(rows), N_GROUPS * N_SLOTS))
    if errors:
        fail(errors)

    data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(SHUFFLE_SEED).shuffle(data)
    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(data):
            rid = "%s%04d" % (PREFIX, FIRST_ID + i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "b"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])]), ensure_ascii=False) + "\n")
    print("ok: %d rows, ids %s%04d..%s%04d" % (len(data), PREFIX, FIRST_ID, PREFIX, FIRST_ID + len(data) - 1))
    for p in (OUT_U, OUT_M):
        with open(p, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))


if __name__ == "__main__":
    main()
