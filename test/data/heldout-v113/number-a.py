#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(113413), number h113-0001...,
write unlabelled-a.jsonl and meanings-a.jsonl (all next to this script)."""
import datetime
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
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 4, "pt": 4, "en": 4}   # THEME split for this part
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(r.keys()) != KEYS:
            err("line %d: keys %s != %s" % (n, list(r.keys()), KEYS))
            continue
        r["_line"] = n
        rows.append(r)

by_group = defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANGS:
        err("line %d: lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err("line %d: slot %r" % (n, r["slot"]))
    if not isinstance(r["text"], str) or not r["text"].strip():
        err("line %d: empty text" % n)
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err("line %d: received %r not a date" % (n, r["received"]))
        rec = None
    if rec is not None:
        if rec.weekday() == 6:
            err("line %d: received %s is a Sunday" % (n, rec))
        if not START <= rec <= END:
            err("line %d: received %s out of range" % (n, rec))
        key = "%s#%s" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            err("line %d: received %s != drawn %s for %s" % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    if r["meant"] is not None:
        try:
            md = datetime.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                err("line %d: meant %s before received %s" % (n, md, rec))
        except (TypeError, ValueError):
            err("line %d: meant %r not a date" % (n, r["meant"]))
    by_group[g].append(r)

if len(rows) != 132:
    err("expected 132 rows, got %d" % len(rows))
if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
    err("groups present: %s" % sorted(by_group))
lang_of_group = {}
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err("%s mixes languages %s" % (g, langs))
    lang_of_group[g] = sorted(langs)[0]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err("%s slots %s" % (g, slots))
per_lang = Counter(lang_of_group.values())
if dict(per_lang) != WANT_GROUPS_PER_LANG:
    err("groups per language %s != %s" % (dict(per_lang), WANT_GROUPS_PER_LANG))
texts = Counter(r["text"] for r in rows)
for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(113413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = "h113-%04d" % i
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("ok: %d rows, groups per language %s -> %s, %s"
      % (len(rows), dict(sorted(per_lang.items())), os.path.basename(OUT_U), os.path.basename(OUT_M)))
