#!/usr/bin/env python3
"""Validate raw-a.jsonl, attach received dates, shuffle, number, write outputs."""
import collections
import datetime as dt
import json
import random
import re
import sys

KEYS = {"lang", "group", "text", "meaning", "meant"}
LANG_COUNTS = {"es": 110, "pt": 88, "en": 66}
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
errors = []


def err(msg):
    errors.append(msg)


rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {i}: blank line")
            continue
        try:
            rows.append((i, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {i}: bad JSON {e}")

with open("received-a.json", encoding="utf-8") as f:
    received = json.load(f)

if len(rows) != 264:
    err(f"expected 264 rows, got {len(rows)}")

group_lang = {}
group_n = collections.Counter()
lang_n = collections.Counter()
seen = {}
out = []
for i, r in rows:
    if set(r) != KEYS:
        err(f"line {i}: keys {sorted(r)}")
        continue
    g, lang, text, meaning, meant = r["group"], r["lang"], r["text"], r["meaning"], r["meant"]
    if not (isinstance(g, str) and re.fullmatch(r"p(0[1-9]|1[0-9]|2[0-4])", g)):
        err(f"line {i}: bad group {g!r}")
        continue
    if lang not in LANG_COUNTS:
        err(f"line {i}: bad lang {lang!r}")
    if group_lang.setdefault(g, lang) != lang:
        err(f"line {i}: group {g} mixes languages")
    lang_n[lang] += 1
    group_n[g] += 1
    if not isinstance(text, str) or not text or text != text.strip():
        err(f"line {i}: empty or padded text")
    key = " ".join(str(text).split()).casefold()
    if key in seen:
        err(f"line {i}: repeats text of line {seen[key]}")
    seen[key] = i
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {i}: meaning does not end with the stop sentence")
    slot = f"{g}#{group_n[g]}"
    rec = received.get(slot)
    if rec is None:
        err(f"line {i}: no received date for slot {slot}")
        continue
    rec_d = dt.date.fromisoformat(rec)
    if rec_d.weekday() == 6:
        err(f"line {i}: received {rec} is a Sunday")
    if meant is not None:
        if not (isinstance(meant, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meant)):
            err(f"line {i}: bad meant {meant!r}")
        else:
            try:
                md = dt.date.fromisoformat(meant)
                if md < rec_d:
                    err(f"line {i}: meant {meant} before received {rec}")
            except ValueError:
                err(f"line {i}: invalid meant date {meant}")
    out.append({"lang": lang, "group": g, "text": text, "received": rec,
                "meaning": meaning, "meant": meant})

for n in range(1, 25):
    g = f"p{n:02d}"
    if group_n[g] != 11:
        err(f"group {g}: {group_n[g]} rows, expected 11")
if dict(lang_n) != LANG_COUNTS:
    err(f"language counts {dict(lang_n)} != {LANG_COUNTS}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

random.Random(39413).shuffle(out)
with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for k, r in enumerate(out, 1):
        rid = f"h39-{k:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")
print(f"ok: {len(out)} rows, {dict(lang_n)}")
