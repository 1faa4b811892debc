#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h119-0001.., write
unlabelled-a.jsonl and meanings-a.jsonl. Files are relative to this script.

THEME split for part a: 2 es / 7 pt / 3 en groups, 11 rows each.
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 2, "pt": 7, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
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
        except ValueError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(r.keys()) != KEYS:
            err("line %d: keys %s" % (n, list(r.keys())))
            continue
        rows.append((n, r))

group_lang = {}
group_slots = {}
texts = {}
for n, r in rows:
    lang, g, s = r["lang"], r["group"], r["slot"]
    if lang not in LANG_GROUPS:
        err("line %d: lang %r" % (n, lang))
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
            and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err("line %d: slot %r" % (n, s))
    if group_lang.setdefault(g, lang) != lang:
        err("line %d: group %s mixes languages" % (n, g))
    group_slots.setdefault(g, []).append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        err("line %d: empty text" % n)
    elif t in texts:
        err("line %d: duplicate text of line %d" % (n, texts[t]))
    else:
        texts[t] = n
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err("line %d: received %r" % (n, r["received"]))
        rec = None
    if rec is not None:
        if rec.weekday() == 6:
            err("line %d: received on a Sunday" % n)
        if not START <= rec <= END:
            err("line %d: received out of range" % n)
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            err("line %d: received %s != drawn %s for %s"
                % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err("line %d: meaning does not end with the stop sentence" % n)
    if r["meant"] is not None:
        try:
            md = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err("line %d: meant %r" % (n, r["meant"]))
            md = None
        if md is not None and rec is not None and md < rec:
            err("line %d: meant %s before received %s" % (n, md, rec))

for g, sl in group_slots.items():
    if sorted(sl) != list(range(1, 12)):
        err("group %s: slots %s" % (g, sorted(sl)))
if len(group_slots) != 12:
    err("%d groups, want 12" % len(group_slots))
count = {}
for g, lang in group_lang.items():
    count[lang] = count.get(lang, 0) + 1
if count != LANG_GROUPS:
    err("groups per language %s, want %s" % (count, LANG_GROUPS))
if len(rows) != 132:
    err("%d rows, want 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

ordered = [r for _, r in sorted(rows, key=lambda x: (x[1]["group"], x[1]["slot"]))]
random.Random(119413).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered, 1):
        rid = "h119-%04d" % i
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print("ok: %d rows, groups per language %s" % (len(ordered), count))
