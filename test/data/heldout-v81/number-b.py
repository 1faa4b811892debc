#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h81-0501...

Reads raw-b.jsonl and dates-b.json next to this script; writes
unlabelled-b.jsonl and meanings-b.jsonl next to it. Exits non-zero
on any validation error without writing anything.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
FIRST_ID = 501


def path(name):
    return os.path.join(HERE, name)


def main():
    errors = []
    with open(path("dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    with open(path("raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
                continue
            rows.append((n, obj))

    group_langs = defaultdict(set)
    group_slots = defaultdict(list)
    texts = Counter()
    for n, r in rows:
        if list(r.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        lang, group, slot = r["lang"], r["group"], r["slot"]
        if lang not in WANT_LANG_GROUPS:
            errors.append(f"line {n}: bad lang {lang!r}")
        if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
                and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
            errors.append(f"line {n}: bad group {group!r}")
        if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
            errors.append(f"line {n}: bad slot {slot!r}")
        group_langs[group].add(lang)
        group_slots[group].append(slot)
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"line {n}: empty text")
        else:
            texts[text] += 1
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append(f"line {n}: bad received {r['received']!r}")
            rec = None
        if rec is not None:
            if not (START <= rec <= END):
                errors.append(f"line {n}: received {rec} out of range")
            if rec.weekday() == 6:
                errors.append(f"line {n}: received {rec} is a Sunday")
            key = f"{group}#{slot}"
            if drawn.get(key) != r["received"]:
                errors.append(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
        meaning = r["meaning"]
        if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
            errors.append(f"line {n}: meaning does not end with the stop sentence")
        meant = r["meant"]
        if meant is not None:
            try:
                md = datetime.date.fromisoformat(meant)
            except (TypeError, ValueError):
                errors.append(f"line {n}: bad meant {meant!r}")
                md = None
            if md is not None and rec is not None and md < rec:
                errors.append(f"line {n}: meant {md} before received {rec}")

    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {t!r}")
    for g in sorted(group_slots):
        if sorted(group_slots[g]) != list(range(1, 12)):
            errors.append(f"{g}: slots {sorted(group_slots[g])} are not 1..11")
        if len(group_langs[g]) != 1:
            errors.append(f"{g}: several languages {sorted(group_langs[g])}")
    if sorted(group_slots) != [f"g{i:02d}" for i in range(1, 13)]:
        errors.append(f"groups present: {sorted(group_slots)}")
    per_lang = Counter(next(iter(ls)) for ls in group_langs.values() if len(ls) == 1)
    if dict(per_lang) != WANT_LANG_GROUPS:
        errors.append(f"groups per language {dict(per_lang)} != {WANT_LANG_GROUPS}")
    if len(rows) != 132:
        errors.append(f"{len(rows)} rows, expected 132")

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    data = [r for _, r in rows]
    data.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(81513).shuffle(data)

    with open(path("unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(path("meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(data):
            rid = f"h81-{FIRST_ID + i:04d}"
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print(f"ok: {len(data)} rows, ids h81-{FIRST_ID:04d}..h81-{FIRST_ID + len(data) - 1:04d}")


if __name__ == "__main__":
    main()
