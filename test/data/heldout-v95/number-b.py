#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number the rows h95-0501...

Reads raw-b.jsonl and dates-b.json from this script's folder, checks every row,
sorts by (group, slot), shuffles with random.Random(95513), numbers the rows in
the shuffled order and writes unlabelled-b.jsonl and meanings-b.jsonl (same folder).
Exits non-zero without writing anything if a check fails.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_UNLABELLED = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_MEANINGS = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
FIRST_ID = 501
ID_FORMAT = "h95-%04d"


def parse_date(value):
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("not an ISO date: %r" % (value,))
    return datetime.date.fromisoformat(value)


def main():
    errors = []

    def err(lineno, msg):
        errors.append("raw-b.jsonl line %d: %s" % (lineno, msg))

    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    with open(RAW, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                err(lineno, "blank line")
                continue
            try:
                row = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                err(lineno, "bad JSON: %s" % e)
                continue
            rows.append((lineno, row))

    seen_texts = {}
    group_lang = {}
    group_slots = collections.defaultdict(list)
    for lineno, row in rows:
        if list(row.keys()) != KEYS:
            err(lineno, "keys/order %s != %s" % (list(row.keys()), KEYS))
            continue
        lang, group, slot = row["lang"], row["group"], row["slot"]
        text, meaning = row["text"], row["meaning"]
        if lang not in LANGS:
            err(lineno, "bad lang %r" % (lang,))
        if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
                and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
            err(lineno, "bad group %r" % (group,))
            continue
        if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
            err(lineno, "bad slot %r" % (slot,))
            continue
        group_slots[group].append(slot)
        if group in group_lang and group_lang[group] != lang:
            err(lineno, "group %s mixes languages %s and %s" % (group, group_lang[group], lang))
        group_lang.setdefault(group, lang)
        if not isinstance(text, str) or not text.strip():
            err(lineno, "empty text")
        else:
            key = text.strip()
            if key in seen_texts:
                err(lineno, "duplicate text (also line %d)" % seen_texts[key])
            seen_texts[key] = lineno
        try:
            received = parse_date(row["received"])
        except (ValueError, TypeError) as e:
            err(lineno, "received: %s" % e)
            received = None
        if received is not None:
            if not START <= received <= END:
                err(lineno, "received %s outside %s..%s" % (received, START, END))
            if received.weekday() == 6:
                err(lineno, "received %s is a Sunday" % received)
            slot_key = "%s#%d" % (group, slot)
            if drawn.get(slot_key) != row["received"]:
                err(lineno, "received %s != drawn %s for %s"
                    % (row["received"], drawn.get(slot_key), slot_key))
        if not isinstance(meaning, str) or not meaning.endswith(STOP_ENDINGS):
            err(lineno, "meaning does not end with the stop sentence")
        meant = row["meant"]
        if meant is not None:
            try:
                meant_date = parse_date(meant)
            except (ValueError, TypeError) as e:
                err(lineno, "meant: %s" % e)
            else:
                if received is not None and meant_date < received:
                    err(lineno, "meant %s before received %s" % (meant, received))

    expected_groups = ["g%02d" % i for i in range(1, 13)]
    if sorted(group_slots) != expected_groups:
        errors.append("groups present %s != g01..g12" % sorted(group_slots))
    for group, slots in sorted(group_slots.items()):
        if sorted(slots) != list(range(1, 12)):
            errors.append("group %s slots %s != 1..11" % (group, sorted(slots)))
    per_lang = collections.Counter(group_lang.values())
    for lang, n in GROUPS_PER_LANG.items():
        if per_lang.get(lang, 0) != n:
            errors.append("%d groups in %s, expected %d" % (per_lang.get(lang, 0), lang, n))
    if len(rows) != 132:
        errors.append("%d rows, expected 132" % len(rows))

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)

    ordered = sorted((row for _, row in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(95513).shuffle(ordered)

    with open(OUT_UNLABELLED, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_MEANINGS, "w", encoding="utf-8", newline="\n") as fm:
        for i, row in enumerate(ordered):
            rid = ID_FORMAT % (FIRST_ID + i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", row["lang"]), ("part", "b"),
                ("group", row["group"]), ("text", row["text"]),
                ("received", row["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", row["group"]),
                ("meaning", row["meaning"]), ("meant", row["meant"])]),
                ensure_ascii=False) + "\n")

    print("ok: %d rows, ids %s..%s" % (len(ordered), ID_FORMAT % FIRST_ID,
                                        ID_FORMAT % (FIRST_ID + len(ordered) - 1)))
    print("languages:", dict(collections.Counter(r["lang"] for r in ordered)))


if __name__ == "__main__":
    main()
