#!/usr/bin/env python3
"""Validate raw-a.jsonl, then shuffle, number and split it.

Reads raw-a.jsonl and dates-a.json next to this script. Writes
unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Exits non-zero on any error.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
THEME_LANG = "es"  # the theme of part a: every group is Spanish
GROUPS = ["g%02d" % i for i in range(1, 13)]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not an ISO date: %r" % (s,))
    return datetime.date.fromisoformat(s)


with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: empty line" % n)
            continue
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err("line %d: keys %s, expected %s" % (n, keys, KEYS))
        row = dict(pairs)
        row["_line"] = n
        rows.append(row)

texts = Counter()
by_group = defaultdict(list)
for r in rows:
    n = r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANGS:
        err("line %d: lang %r" % (n, lang))
    if lang != THEME_LANG:
        err("line %d: lang %r but every group of part a is %r" % (n, lang, THEME_LANG))
    if group not in GROUPS:
        err("line %d: group %r" % (n, group))
    if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= 11:
        err("line %d: slot %r" % (n, slot))
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err("line %d: empty text" % n)
    else:
        texts[text] += 1
    try:
        rec = parse_date(r.get("received"))
        if not (START <= rec <= END):
            err("line %d: received %s out of range" % (n, rec))
        if rec.weekday() == 6:
            err("line %d: received %s is a Sunday" % (n, rec))
        key = "%s#%s" % (group, slot)
        if drawn.get(key) != r.get("received"):
            err("line %d: received %s != drawn %s for %s" % (n, r.get("received"), drawn.get(key), key))
    except ValueError as e:
        err("line %d: received: %s" % (n, e))
        rec = None
    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    elif len(meaning) <= len(STOP_NO) + 5:
        err("line %d: meaning has no sentence before the stop sentence" % n)
    meant = r.get("meant")
    if meant is not None:
        try:
            md = parse_date(meant)
            if rec is not None and md < rec:
                err("line %d: meant %s before received %s" % (n, md, rec))
        except ValueError as e:
            err("line %d: meant: %s" % (n, e))
    by_group[group].append(r)

for t, c in texts.items():
    if c > 1:
        err("duplicate text (%d times): %r" % (c, t))
if sorted(by_group) != GROUPS:
    err("groups present: %s" % sorted(by_group))
for g in GROUPS:
    rs = by_group.get(g, [])
    slots = sorted(r.get("slot") for r in rs if isinstance(r.get("slot"), int))
    if len(rs) != 11 or slots != list(range(1, 12)):
        err("group %s: %d rows, slots %s" % (g, len(rs), slots))
    langs = {r.get("lang") for r in rs}
    if len(langs) != 1:
        err("group %s: several languages %s" % (g, langs))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print("%d error(s); nothing written" % len(errors), file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(89413).shuffle(rows)

with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
        open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = "h89-%04d" % i
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("ok: %d rows valid; wrote unlabelled-a.jsonl and meanings-a.jsonl" % len(rows))
