#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it deterministically and number the rows.

Checks: key names and order, langs, 10/8/6 groups per language, one language
per group, 11 rows with slots 1..11 per group, received is Mon-Sat inside
2026-01-05..2026-11-27 and equals the drawn date in dates-a.json, meaning ends
with the stop sentence, meant is null or a valid ISO date >= received, no
duplicate texts.

Then sorts by (group, slot), shuffles with random.Random(48413), numbers the
rows h48-0001... in shuffled order and writes
  unlabelled-a.jsonl  (id, lang, part, group, text, received)
  meanings-a.jsonl    (id, group, meaning, meant)
Exits non-zero (and writes nothing) if any check fails.
"""
import datetime as dt
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
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError(f"not an ISO date: {s!r}")
    return dt.date.fromisoformat(s)


def main():
    errors = []
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                pairs = json.loads(line, object_pairs_hook=lambda p: p)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
                continue
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                errors.append(f"line {n}: keys {keys} != {KEYS}")
                continue
            r = dict(pairs)
            r["_line"] = n
            rows.append(r)

    group_lang = {}
    by_group = defaultdict(list)
    texts = Counter()
    norm_texts = defaultdict(list)
    for r in rows:
        n = r["_line"]
        lang, group, slot = r["lang"], r["group"], r["slot"]
        if lang not in LANG_GROUPS:
            errors.append(f"line {n}: bad lang {lang!r}")
        if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
                and group[1:].isdigit() and 1 <= int(group[1:]) <= 24):
            errors.append(f"line {n}: bad group {group!r}")
        if not (type(slot) is int and 1 <= slot <= 11):
            errors.append(f"line {n}: bad slot {slot!r}")
        if group in group_lang and group_lang[group] != lang:
            errors.append(f"line {n}: group {group} mixes {group_lang[group]} and {lang}")
        group_lang.setdefault(group, lang)
        by_group[group].append(slot)
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"line {n}: empty text")
        else:
            texts[text] += 1
            norm_texts[" ".join(text.casefold().split())].append(n)
        try:
            rec = parse_date(r["received"])
            if rec.weekday() == 6:
                errors.append(f"line {n}: received {rec} is a Sunday")
            if not START <= rec <= END:
                errors.append(f"line {n}: received {rec} out of range")
            key = f"{group}#{slot}"
            if drawn.get(key) != r["received"]:
                errors.append(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
        except (ValueError, TypeError) as e:
            errors.append(f"line {n}: received: {e}")
            rec = None
        meaning = r["meaning"]
        if not (isinstance(meaning, str) and (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO))):
            errors.append(f"line {n}: meaning does not end with the stop sentence")
        elif len(meaning) <= len(STOP_NO) + 5:
            errors.append(f"line {n}: meaning has no content")
        meant = r["meant"]
        if meant is not None:
            try:
                md = parse_date(meant)
                if rec is not None and md < rec:
                    errors.append(f"line {n}: meant {md} before received {rec}")
            except (ValueError, TypeError) as e:
                errors.append(f"line {n}: meant: {e}")

    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {t!r}")
    for t, lines in norm_texts.items():
        if len(lines) > 1:
            errors.append(f"near-duplicate text (case/space) on lines {lines}: {t!r}")

    if sorted(by_group) != [f"g{i:02d}" for i in range(1, 25)]:
        errors.append(f"groups present: {sorted(by_group)}")
    for g, slots in by_group.items():
        if sorted(slots) != list(range(1, 12)):
            errors.append(f"group {g}: slots {sorted(slots)}")
    lang_count = Counter(group_lang.values())
    if dict(lang_count) != LANG_GROUPS:
        errors.append(f"groups per language {dict(lang_count)} != {LANG_GROUPS}")
    if len(rows) != 264:
        errors.append(f"{len(rows)} rows, expected 264")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s); nothing written")
        sys.exit(1)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(48413).shuffle(rows)
    with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = f"h48-{i:04d}"
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                                 "text": r["text"], "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                                 "meant": r["meant"]}, ensure_ascii=False) + "\n")
    stops = sum(r["meaning"].endswith(STOP_YES) for r in rows)
    meant = sum(r["meant"] is not None for r in rows)
    print(f"OK: {len(rows)} rows, langs {dict(Counter(r['lang'] for r in rows))}, "
          f"stops {stops}, meant dates {meant}")
    print(f"wrote {os.path.basename(OUT_U)} and {os.path.basename(OUT_M)}")


if __name__ == "__main__":
    main()
