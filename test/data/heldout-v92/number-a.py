#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(92413), number h92-0001...,
write unlabelled-a.jsonl and meanings-a.jsonl (all paths relative to this folder)."""
import datetime as dt
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
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

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
        rows.append((n, r))

by_group = defaultdict(list)
texts = Counter()
for n, r in rows:
    where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
    if r["lang"] not in WANT_GROUPS:
        err(where + ": bad lang %r" % r["lang"])
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(where + ": bad group %r" % g)
    if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
        err(where + ": bad slot %r" % r["slot"])
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(where + ": empty text")
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(where + ": bad received %r" % r["received"])
        rec = None
    if rec is not None:
        if not START <= rec <= END:
            err(where + ": received out of range")
        if rec.weekday() == 6:
            err(where + ": received on a Sunday")
        key = "%s#%s" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            err(where + ": received %s != drawn %s" % (r["received"], drawn.get(key)))
    if not isinstance(r["meaning"], str) or not r["meaning"].endswith(ENDINGS):
        err(where + ": meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            m = dt.date.fromisoformat(r["meant"])
            if rec is not None and m < rec:
                err(where + ": meant %s before received" % r["meant"])
        except (TypeError, ValueError):
            err(where + ": bad meant %r" % r["meant"])
    by_group[g].append(r)

for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

lang_groups = Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err("%s: more than one language %s" % (g, sorted(langs)))
    else:
        lang_groups[langs.pop()] += 1
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err("%s: slots %s are not 1..11" % (g, sorted(r["slot"] for r in rs)))
if len(by_group) != 12:
    err("expected 12 groups, got %d" % len(by_group))
if dict(lang_groups) != WANT_GROUPS:
    err("groups per language %s != %s" % (dict(lang_groups), WANT_GROUPS))
if len(rows) != 132:
    err("expected 132 rows, got %d" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(92413).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered, 1):
        rid = "h92-%04d" % i
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("ok: %d rows, groups per language %s -> %s, %s"
      % (len(ordered), dict(sorted(lang_groups.items())),
         os.path.basename(OUT_U), os.path.basename(OUT_M)))
