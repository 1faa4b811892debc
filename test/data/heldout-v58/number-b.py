#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with Random(58513), number h58-0501..., and write
unlabelled-b.jsonl and meanings-b.jsonl."""
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
EXPECTED_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
FIRST_ID = 501

errors = []


def err(msg):
    errors.append(msg)


with open("dates-b.json", encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(obj.keys()) != KEYS:
            err("line %d: keys %r != %r" % (n, list(obj.keys()), KEYS))
            continue
        rows.append((n, obj))

by_group = defaultdict(list)
texts = Counter()
for n, r in rows:
    if r["lang"] not in EXPECTED_GROUPS_PER_LANG:
        err("line %d: bad lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err("line %d: bad group %r" % (n, g))
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err("line %d: bad slot %r" % (n, r["slot"]))
    if not isinstance(r["text"], str) or not r["text"].strip():
        err("line %d: empty text" % n)
    texts[r["text"]] += 1
    try:
        rec = dt.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err("line %d: bad received %r" % (n, r["received"]))
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err("line %d: received %s out of range" % (n, rec))
        if rec.weekday() == 6:
            err("line %d: received %s is a Sunday" % (n, rec))
        key = "%s#%s" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            err("line %d: received %s != drawn %s for %s" % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    if r["meant"] is not None:
        try:
            meant = dt.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err("line %d: bad meant %r" % (n, r["meant"]))
            meant = None
        if meant is not None and rec is not None and meant < rec:
            err("line %d: meant %s before received %s" % (n, meant, rec))
    by_group[g].append((n, r))

for t, c in texts.items():
    if c > 1:
        err("duplicate text (%d times): %r" % (c, t))

if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
    err("groups present: %s" % sorted(by_group))
langs_per_group = {}
for g, items in by_group.items():
    langs = {r["lang"] for _, r in items}
    if len(langs) != 1:
        err("%s: more than one language %s" % (g, sorted(langs)))
    langs_per_group[g] = sorted(langs)[0]
    slots = sorted(r["slot"] for _, r in items)
    if slots != list(range(1, 12)):
        err("%s: slots %s (need 1..11 once each, 11 rows)" % (g, slots))
lang_counts = Counter(langs_per_group.values())
if dict(lang_counts) != EXPECTED_GROUPS_PER_LANG:
    err("groups per language %s != %s" % (dict(lang_counts), EXPECTED_GROUPS_PER_LANG))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(58513).shuffle(ordered)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered):
        rid = "h58-%04d" % (FIRST_ID + i)
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("ok: %d rows, ids h58-%04d..h58-%04d" % (len(ordered), FIRST_ID, FIRST_ID + len(ordered) - 1))
print("groups per language:", dict(sorted(lang_counts.items())))
