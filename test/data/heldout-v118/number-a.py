#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number the rows h118-0001...

Reads raw-a.jsonl and dates-a.json next to this script; writes
unlabelled-a.jsonl and meanings-a.jsonl next to it. Exits non-zero and
writes nothing if any check fails. Standard library only.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_TEXT = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_MEAN = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
GROUPS = ["g%02d" % i for i in range(1, 13)]
SLOTS = list(range(1, 12))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
MIN_LEN, MAX_LEN = 250, 900
SHUFFLE_SEED = 118413
PREFIX = "h118-"


def iso(value, what, errors, where):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        errors.append("%s: %s is not an ISO date: %r" % (where, what, value))
        return None


def load_and_check():
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
                row = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, row))

    seen_text = {}
    seen_slot = set()
    lang_of_group = {}
    per_group = collections.Counter()
    for n, row in rows:
        where = "line %d" % n
        if list(row.keys()) != KEYS:
            errors.append("%s: keys %s != %s" % (where, list(row.keys()), KEYS))
            continue
        lang, group, slot = row["lang"], row["group"], row["slot"]
        where = "line %d (%s#%s)" % (n, group, slot)
        if lang not in LANGS:
            errors.append("%s: bad lang %r" % (where, lang))
        if group not in GROUPS:
            errors.append("%s: bad group %r" % (where, group))
        if not isinstance(slot, int) or isinstance(slot, bool) or slot not in SLOTS:
            errors.append("%s: bad slot %r" % (where, slot))
        if (group, slot) in seen_slot:
            errors.append("%s: duplicate slot" % where)
        seen_slot.add((group, slot))
        per_group[group] += 1
        if group in lang_of_group and lang_of_group[group] != lang:
            errors.append("%s: group mixes languages %s/%s" % (where, lang_of_group[group], lang))
        lang_of_group.setdefault(group, lang)

        text = row["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
        else:
            if text in seen_text:
                errors.append("%s: duplicate text (same as line %d)" % (where, seen_text[text]))
            seen_text[text] = n
            if not (MIN_LEN <= len(text) <= MAX_LEN):
                errors.append("%s: text length %d outside %d-%d" % (where, len(text), MIN_LEN, MAX_LEN))

        rec = iso(row["received"], "received", errors, where)
        if rec is not None:
            if not (START <= rec <= END):
                errors.append("%s: received %s out of range" % (where, rec))
            if rec.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rec))
            key = "%s#%s" % (group, slot)
            if drawn.get(key) != row["received"]:
                errors.append("%s: received %s != drawn %s" % (where, row["received"], drawn.get(key)))

        meaning = row["meaning"]
        if not isinstance(meaning, str) or not meaning.endswith(STOP_ENDINGS):
            errors.append("%s: meaning does not end with the stop sentence" % where)

        meant = row["meant"]
        if meant is not None:
            m = iso(meant, "meant", errors, where)
            if m is not None and rec is not None and m < rec:
                errors.append("%s: meant %s before received %s" % (where, m, rec))

    for g in GROUPS:
        if per_group[g] != len(SLOTS):
            errors.append("group %s has %d rows, expected %d" % (g, per_group[g], len(SLOTS)))
    count = collections.Counter(lang_of_group.values())
    for lang, k in GROUPS_PER_LANG.items():
        if count[lang] != k:
            errors.append("language %s has %d groups, expected %d" % (lang, count[lang], k))
    return errors, [r for _, r in rows]


def main():
    errors, rows = load_and_check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(SHUFFLE_SEED).shuffle(rows)
    with open(OUT_TEXT, "w", encoding="utf-8") as ft, open(OUT_MEAN, "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = "%s%04d" % (PREFIX, i)
            ft.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])]), ensure_ascii=False) + "\n")
    print("ok: %d rows -> %s, %s" % (len(rows), os.path.basename(OUT_TEXT), os.path.basename(OUT_MEAN)))


if __name__ == "__main__":
    main()
