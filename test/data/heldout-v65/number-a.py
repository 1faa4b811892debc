#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h65-0001.., write unlabelled-a.jsonl and meanings-a.jsonl.

Standard library only. Reads raw-a.jsonl and dates-a.json from this folder.
"""
import datetime
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def main():
    with open("dates-a.json", encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    with open("raw-a.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"line {n}: blank line")
                continue
            # object_pairs_hook keeps key order and catches duplicate keys
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                err(f"line {n}: keys {keys} != {KEYS}")
            rows.append((n, dict(pairs)))

    group_lang = {}
    group_slots = defaultdict(list)
    texts = Counter()
    for n, r in rows:
        lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
        if lang not in LANG_GROUPS:
            err(f"line {n}: bad lang {lang!r}")
        if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
                and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
            err(f"line {n}: bad group {group!r}")
        if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
            err(f"line {n}: bad slot {slot!r}")
        if group in group_lang and group_lang[group] != lang:
            err(f"line {n}: group {group} mixes languages {group_lang[group]} / {lang}")
        group_lang.setdefault(group, lang)
        group_slots[group].append(slot)

        text = r.get("text")
        if not isinstance(text, str) or not text.strip():
            err(f"line {n}: empty text")
        else:
            texts[text] += 1

        try:
            rec = datetime.date.fromisoformat(r.get("received"))
        except (TypeError, ValueError):
            err(f"line {n}: bad received {r.get('received')!r}")
            rec = None
        if rec is not None:
            if rec.weekday() == 6:
                err(f"line {n}: received {rec} is a Sunday")
            if not (START <= rec <= END):
                err(f"line {n}: received {rec} out of range")
            want = drawn.get(f"{group}#{slot}")
            if want != r.get("received"):
                err(f"line {n}: received {r.get('received')} != drawn {want} for {group}#{slot}")

        meaning = r.get("meaning")
        if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
            err(f"line {n}: meaning does not end with the stop sentence")

        meant = r.get("meant")
        if meant is not None:
            try:
                md = datetime.date.fromisoformat(meant)
                if md.isoformat() != meant:
                    raise ValueError
                if rec is not None and md < rec:
                    err(f"line {n}: meant {meant} before received {rec}")
            except (TypeError, ValueError):
                err(f"line {n}: bad meant {meant!r}")

    if len(rows) != 132:
        err(f"{len(rows)} rows, expected 132")
    for g in (f"g{i:02d}" for i in range(1, 13)):
        if sorted(group_slots.get(g, [])) != list(range(1, 12)):
            err(f"group {g}: slots {sorted(group_slots.get(g, []))} != 1..11")
    per_lang = Counter(group_lang.values())
    for lang, k in LANG_GROUPS.items():
        if per_lang.get(lang, 0) != k:
            err(f"{per_lang.get(lang, 0)} {lang} groups, expected {k}")
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text x{c}: {t!r}")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    recs = [r for _, r in rows]
    recs.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(65413).shuffle(recs)

    with open("unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
         open("meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(recs, 1):
            rid = f"h65-{i:04d}"
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                                 "text": r["text"], "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                                 "meant": r["meant"]}, ensure_ascii=False) + "\n")
    print(f"ok: {len(recs)} rows validated; wrote unlabelled-a.jsonl and meanings-a.jsonl")


if __name__ == "__main__":
    main()
