#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h95-0001..., write unlabelled-a.jsonl and meanings-a.jsonl.

All paths are relative to this script's folder. Standard library only.
"""
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
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        err("%s: bad date %r" % (where, s))
        return None


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
        except json.JSONDecodeError as e:
            err("line %d: invalid JSON (%s)" % (n, e))
            continue
        rows.append((n, obj))

groups = defaultdict(list)
texts = Counter()
for n, r in rows:
    where = "line %d" % n
    if list(r.keys()) != KEYS:
        err("%s: keys/order %r" % (where, list(r.keys())))
        continue
    if r["lang"] not in WANT_GROUPS:
        err("%s: lang %r" % (where, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err("%s: group %r" % (where, g))
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err("%s: slot %r" % (where, r["slot"]))
    if not (isinstance(r["text"], str) and r["text"].strip()):
        err("%s: empty text" % where)
    texts[r["text"]] += 1
    rec = parse_date(r["received"], where + " received")
    if rec:
        if not (START <= rec <= END):
            err("%s: received %s out of range" % (where, rec))
        if rec.weekday() == 6:
            err("%s: received %s is a Sunday" % (where, rec))
        key = "%s#%s" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            err("%s: received %s != drawn %s for %s" % (where, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err("%s: meaning does not end with the stop sentence" % where)
    if r["meant"] is not None:
        md = parse_date(r["meant"], where + " meant")
        if md and rec and md < rec:
            err("%s: meant %s before received %s" % (where, md, rec))
    groups[g].append(r)

for t, c in texts.items():
    if c > 1:
        err("duplicate text (%d times): %r" % (c, t[:60]))

lang_groups = Counter()
for g in sorted(groups):
    rs = groups[g]
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err("%s: more than one language %r" % (g, langs))
    else:
        lang_groups[langs.pop()] += 1
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err("%s: slots %r" % (g, slots))
if len(groups) != 12:
    err("expected 12 groups, got %d" % len(groups))
if dict(lang_groups) != WANT_GROUPS:
    err("groups per language %r, want %r" % (dict(lang_groups), WANT_GROUPS))
if len(rows) != 132:
    err("expected 132 rows, got %d" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(95413).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered, 1):
        rid = "h95-%04d" % i
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("ok: %d rows, groups per language %s" % (len(ordered), dict(lang_groups)))
print("wrote", os.path.basename(OUT_U), "and", os.path.basename(OUT_M))
