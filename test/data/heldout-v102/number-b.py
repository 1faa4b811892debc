#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it, write unlabelled-b.jsonl and meanings-b.jsonl.

All paths are relative to this script's folder. Standard library only.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
FIRST_ID = 501
EXPECTED_LANGS = {"es": 5, "pt": 4, "en": 3}

errors = []


def err(msg):
    errors.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: empty line" % n)
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (n, e))
            continue
        rows.append((n, obj))

seen_texts = {}
group_lang = defaultdict(set)
group_slots = defaultdict(list)
for n, r in rows:
    if list(r.keys()) != KEYS:
        err("line %d: keys/order %s" % (n, list(r.keys())))
        continue
    if r["lang"] not in EXPECTED_LANGS:
        err("line %d: lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err("line %d: slot %r" % (n, s))
    group_lang[g].add(r["lang"])
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err("line %d: empty text" % n)
    elif t in seen_texts:
        err("line %d: duplicate text of line %d" % (n, seen_texts[t]))
    else:
        seen_texts[t] = n
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err("line %d: received %r" % (n, r["received"]))
        continue
    if not (START <= rec <= END) or rec.weekday() == 6:
        err("line %d: received %s out of range or Sunday" % (n, rec))
    slot_key = "%s#%s" % (g, s)
    if drawn.get(slot_key) != r["received"]:
        err("line %d: received %s != drawn %s for %s" % (n, r["received"], drawn.get(slot_key), slot_key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    mt = r["meant"]
    if mt is not None:
        try:
            md = datetime.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err("line %d: meant %r" % (n, mt))
            continue
        if md < rec:
            err("line %d: meant %s before received %s" % (n, md, rec))

if len(rows) != 132:
    err("expected 132 rows, got %d" % len(rows))
groups_expected = ["g%02d" % i for i in range(1, 13)]
if sorted(group_slots) != groups_expected:
    err("groups present: %s" % sorted(group_slots))
for g in groups_expected:
    if sorted(group_slots.get(g, [])) != list(range(1, 12)):
        err("%s: slots %s" % (g, sorted(group_slots.get(g, []))))
    if len(group_lang.get(g, ())) != 1:
        err("%s: languages %s" % (g, sorted(group_lang.get(g, ()))))
lang_groups = Counter(next(iter(v)) for v in group_lang.values() if len(v) == 1)
if dict(lang_groups) != EXPECTED_LANGS:
    err("groups per language %s, expected %s" % (dict(lang_groups), EXPECTED_LANGS))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(102513).shuffle(data)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data):
        rid = "h102-%04d" % (FIRST_ID + i)
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("ok: %d rows, ids h102-%04d..h102-%04d" % (len(data), FIRST_ID, FIRST_ID + len(data) - 1))
print("wrote", os.path.basename(OUT_U), "and", os.path.basename(OUT_M))
