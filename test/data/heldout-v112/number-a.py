#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number and split it (part a).

Reads raw-a.jsonl and dates-a.json next to this script, checks every row,
sorts by (group, slot), shuffles with random.Random(112413), numbers the rows
h112-0001.. in the shuffled order, and writes
  unlabelled-a.jsonl  (id, lang, part, group, text, received)
  meanings-a.jsonl    (id, group, meaning, meant)
Exits non-zero on the first batch of validation errors.
"""
import collections
import datetime
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
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(r.keys()) != KEYS:
            err("line %d: keys %s != %s" % (n, list(r.keys()), KEYS))
            continue
        rows.append((n, r))

by_group = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    if r["lang"] not in LANG_GROUPS:
        err("line %d: lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
            and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err("line %d: slot %r" % (n, r["slot"]))
    if not isinstance(r["text"], str) or not r["text"].strip():
        err("line %d: empty text" % n)
    texts[r["text"]] += 1
    rec = parse_date(r["received"])
    if rec is None:
        err("line %d: received %r not a date" % (n, r["received"]))
    else:
        if rec.weekday() == 6:
            err("line %d: received %s is a Sunday" % (n, rec))
        if not START <= rec <= END:
            err("line %d: received %s out of range" % (n, rec))
        key = "%s#%s" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            err("line %d: received %s != drawn %s for %s"
                % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    if r["meant"] is not None:
        md = parse_date(r["meant"])
        if md is None:
            err("line %d: meant %r not a date" % (n, r["meant"]))
        elif rec is not None and md < rec:
            err("line %d: meant %s before received %s" % (n, md, rec))
    by_group[g].append(r)

for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

lang_of_group = {}
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err("group %s mixes languages %s" % (g, sorted(langs)))
    lang_of_group[g] = rs[0]["lang"]
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err("group %s slots %s (need 1..11 once each)" % (g, slots))
if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
    err("groups present: %s" % sorted(by_group))
per_lang = collections.Counter(lang_of_group.values())
for lang, need in LANG_GROUPS.items():
    if per_lang[lang] != need:
        err("%d %s groups, need %d" % (per_lang[lang], lang, need))
if len(rows) != 132:
    err("%d rows, need 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(112413).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8") as fu, \
        open(OUT_M, "w", encoding="utf-8") as fm:
    for i, r in enumerate(ordered, 1):
        rid = "h112-%04d" % i
        u = collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"),
            ("group", r["group"]), ("text", r["text"]),
            ("received", r["received"])])
        mm = collections.OrderedDict([
            ("id", rid), ("group", r["group"]),
            ("meaning", r["meaning"]), ("meant", r["meant"])])
        fu.write(json.dumps(u, ensure_ascii=False) + "\n")
        fm.write(json.dumps(mm, ensure_ascii=False) + "\n")

stops = sum(r["meaning"].endswith(STOP_YES) for r in ordered)
meant = sum(r["meant"] is not None for r in ordered)
print("OK: %d rows, %s groups per lang, %d stops, %d meant dates"
      % (len(ordered), dict(per_lang), stops, meant))
print("wrote", os.path.basename(OUT_U), "and", os.path.basename(OUT_M))
