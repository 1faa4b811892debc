#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle and number it, write the outputs.

Reads raw-a.jsonl and dates-a.json next to this script; writes
unlabelled-a.jsonl and meanings-a.jsonl next to this script.
Exits with status 1 and a list of problems if validation fails.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_TAILS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")


def path(name):
    return os.path.join(HERE, name)


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError(s)
    return dt.date.fromisoformat(s)


def validate(rows, dates):
    errs = []
    seen_text = {}
    by_group = collections.defaultdict(list)
    for n, r in enumerate(rows, 1):
        where = f"line {n}"
        if list(r.keys()) != KEYS:
            errs.append(f"{where}: keys {list(r.keys())} != {KEYS}")
            continue
        if r["lang"] not in LANG_GROUPS:
            errs.append(f"{where}: bad lang {r['lang']!r}")
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errs.append(f"{where}: bad group {g!r}")
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errs.append(f"{where}: bad slot {s!r}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errs.append(f"{where}: empty text")
        elif t in seen_text:
            errs.append(f"{where}: duplicate text of line {seen_text[t]}: {t!r}")
        else:
            seen_text[t] = n
        try:
            rec = parse_date(r["received"])
        except (ValueError, TypeError):
            errs.append(f"{where}: bad received {r['received']!r}")
            rec = None
        if rec is not None:
            if rec.weekday() == 6:
                errs.append(f"{where}: received {rec} is a Sunday")
            if not START <= rec <= END:
                errs.append(f"{where}: received {rec} out of range")
            drawn = dates.get(f"{g}#{s}")
            if drawn != r["received"]:
                errs.append(f"{where}: received {r['received']} != drawn {drawn} for {g}#{s}")
        m = r["meaning"]
        if not isinstance(m, str) or not m.endswith(STOP_TAILS):
            errs.append(f"{where}: meaning does not end with the stop sentence")
        elif m.count("Asking us to stop writing:") != 1:
            errs.append(f"{where}: meaning has the stop sentence more than once")
        mt = r["meant"]
        if mt is not None:
            try:
                md = parse_date(mt)
                if rec is not None and md < rec:
                    errs.append(f"{where}: meant {mt} before received {rec}")
            except (ValueError, TypeError):
                errs.append(f"{where}: bad meant {mt!r}")
        by_group[g].append(r)
    lang_of_group = {}
    for g, rs in sorted(by_group.items()):
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errs.append(f"{g}: more than one language {sorted(langs)}")
        lang_of_group[g] = sorted(langs)[0]
        slots = sorted(r["slot"] for r in rs if isinstance(r["slot"], int))
        if len(rs) != 11 or slots != list(range(1, 12)):
            errs.append(f"{g}: {len(rs)} rows, slots {slots}")
    if sorted(by_group) != [f"g{i:02d}" for i in range(1, 13)]:
        errs.append(f"groups present: {sorted(by_group)}")
    counts = collections.Counter(lang_of_group.values())
    for lang, want in LANG_GROUPS.items():
        if counts.get(lang, 0) != want:
            errs.append(f"{lang}: {counts.get(lang, 0)} groups, want {want}")
    if len(rows) != 132:
        errs.append(f"{len(rows)} rows, want 132")
    return errs


def main():
    with open(path("dates-a.json"), encoding="utf-8") as f:
        dates = json.load(f)
    rows = []
    with open(path("raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            rows.append(json.loads(line, object_pairs_hook=collections.OrderedDict))
    errs = validate(rows, dates)
    if errs:
        print("INVALID raw-a.jsonl:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(82413).shuffle(rows)
    with open(path("unlabelled-a.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
         open(path("meanings-a.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows, 1):
            rid = f"h82-{i:04d}"
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print(f"OK: {len(rows)} rows validated, wrote unlabelled-a.jsonl and meanings-a.jsonl")


if __name__ == "__main__":
    main()
