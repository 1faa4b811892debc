#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle and number it, write the two output files.

Checks: key set and order, langs, 10/8/6 groups per language, 11 rows and
slots 1..11 per group, one language per group, received is Mon-Sat inside
2026-01-05..2026-11-27 and equals the drawn date in dates-a.json, meaning
ends with the stop sentence, meant is null or a valid ISO date >= received,
no duplicate texts.
Then sorts by (group, slot), shuffles with random.Random(47413), numbers
h47-0001.. in shuffled order and writes unlabelled-a.jsonl and
meanings-a.jsonl. Exits non-zero on any validation error.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
SEED = 47413


def main():
    errors = []
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
                continue
            if list(r.keys()) != KEYS:
                errors.append(f"line {n}: keys {list(r.keys())} != {KEYS}")
                continue
            r["_line"] = n
            rows.append(r)

    by_group = collections.defaultdict(list)
    texts = collections.Counter()
    for r in rows:
        n = r["_line"]
        if r["lang"] not in LANG_GROUPS:
            errors.append(f"line {n}: bad lang {r['lang']!r}")
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 24):
            errors.append(f"line {n}: bad group {g!r}")
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            errors.append(f"line {n}: bad slot {r['slot']!r}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"line {n}: empty text")
        texts[r["text"]] += 1
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append(f"line {n}: bad received {r['received']!r}")
            rec = None
        if rec is not None:
            if rec.weekday() == 6:
                errors.append(f"line {n}: received {rec} is a Sunday")
            if not START <= rec <= END:
                errors.append(f"line {n}: received {rec} out of range")
            key = f"{g}#{r['slot']}"
            if drawn.get(key) != r["received"]:
                errors.append(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
        if not isinstance(r["meaning"], str) or not r["meaning"].endswith(ENDINGS):
            errors.append(f"line {n}: meaning does not end with the stop sentence")
        if r["meant"] is not None:
            try:
                m = dt.date.fromisoformat(r["meant"])
                if rec is not None and m < rec:
                    errors.append(f"line {n}: meant {m} before received {rec}")
            except (TypeError, ValueError):
                errors.append(f"line {n}: bad meant {r['meant']!r}")
        by_group[g].append(r)

    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {t!r}")
    lang_count = collections.Counter()
    for g, rs in sorted(by_group.items()):
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append(f"{g}: more than one lang {sorted(langs)}")
        lang_count[rs[0]["lang"]] += 1
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append(f"{g}: slots {slots} != 1..11")
    if len(by_group) != 24:
        errors.append(f"{len(by_group)} groups, expected 24")
    if dict(lang_count) != LANG_GROUPS:
        errors.append(f"groups per lang {dict(lang_count)} != {LANG_GROUPS}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s); nothing written")
        sys.exit(1)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(SEED).shuffle(rows)
    with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = f"h47-{i:04d}"
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                                 "text": r["text"], "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                                 "meant": r["meant"]}, ensure_ascii=False) + "\n")
    print(f"OK: {len(rows)} rows, groups per lang {dict(lang_count)}; "
          f"wrote unlabelled-a.jsonl and meanings-a.jsonl")


if __name__ == "__main__":
    main()
