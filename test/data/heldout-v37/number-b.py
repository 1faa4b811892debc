#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h37-0501..h37-0764, write unlabelled-b.jsonl and meant-b.jsonl."""
import collections
import datetime
import json
import random
import re
import sys

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_COUNTS = {"es": 110, "pt": 88, "en": 66}
GROUPS = [f"k{i:02d}" for i in range(1, 25)]
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


# dates-b.tsv
dates = {}
with open("dates-b.tsv", encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    if header != ["group", "slot", "received", "weekday"]:
        err(f"dates-b.tsv header {header}")
    for line in f:
        g, s, r, w = line.rstrip("\n").split("\t")
        dates[(g, int(s))] = r

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {n}: keys {list(obj.keys())}")
        rows.append((n, obj))

if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")

seen_slots = collections.Counter()
group_langs = collections.defaultdict(set)
lang_count = collections.Counter()
norm_texts = {}
for n, o in rows:
    g, s, lang, text = o.get("group"), o.get("slot"), o.get("lang"), o.get("text")
    if g not in GROUPS:
        err(f"line {n}: group {g!r}")
    if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 11:
        err(f"line {n}: slot {s!r}")
    seen_slots[(g, s)] += 1
    if lang not in LANG_COUNTS:
        err(f"line {n}: lang {lang!r}")
    group_langs[g].add(lang)
    lang_count[lang] += 1
    if not isinstance(text, str) or not text.strip():
        err(f"line {n}: empty text")
    elif text != text.strip():
        err(f"line {n}: padded text")
    else:
        key = " ".join(text.lower().split())
        if key in norm_texts:
            err(f"line {n}: text repeats line {norm_texts[key]}")
        norm_texts[key] = n
    rec = parse_date(o.get("received"))
    if rec is None:
        err(f"line {n}: received {o.get('received')!r}")
    else:
        if rec.weekday() == 6:
            err(f"line {n}: received on a Sunday")
        if dates.get((g, s)) != o.get("received"):
            err(f"line {n}: received {o.get('received')} != dates-b.tsv {dates.get((g, s))}")
    meaning = o.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {n}: meaning does not end with the stop sentence")
    meant = o.get("meant")
    if meant is not None:
        md = parse_date(meant)
        if md is None:
            err(f"line {n}: meant {meant!r}")
        elif rec is not None and md < rec:
            err(f"line {n}: meant {meant} before received {o.get('received')}")

for g in GROUPS:
    for s in range(1, 12):
        if seen_slots[(g, s)] != 1:
            err(f"{g}#{s} appears {seen_slots[(g, s)]} times")
    if len(group_langs[g]) != 1:
        err(f"{g}: languages {sorted(group_langs[g], key=str)}")
for lang, c in LANG_COUNTS.items():
    if lang_count[lang] != c:
        err(f"lang {lang}: {lang_count[lang]} rows, expected {c}")

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

objs = [o for _, o in rows]
rng = random.Random(37513)
rng.shuffle(objs)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meant-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, o in enumerate(objs):
        rid = f"h37-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": o["lang"], "part": "b", "group": o["group"],
                             "text": o["text"], "received": o["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": o["group"], "meaning": o["meaning"],
                             "meant": o["meant"]}, ensure_ascii=False) + "\n")

print(f"ok: {len(objs)} rows validated; wrote unlabelled-b.jsonl and meant-b.jsonl "
      f"(h37-0501..h37-{500 + len(objs):04d})")
