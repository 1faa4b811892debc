#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle and number it, write unlabelled-a.jsonl and meanings-a.jsonl.

All paths are relative to this script's folder. Standard library only.
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
OUT_UNL = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_MEAN = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, where):
    try:
        if not isinstance(s, str) or len(s) != 10:
            raise ValueError
        return datetime.date.fromisoformat(s)
    except ValueError:
        err("%s: bad ISO date %r" % (where, s))
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
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON (%s)" % (n, e))
            continue
        rows.append((n, obj))

group_lang = {}
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    w = "line %d" % n
    if list(r.keys()) != KEYS:
        err("%s: keys %s != %s" % (w, list(r.keys()), KEYS))
        continue
    lang, group, slot = r["lang"], r["group"], r["slot"]
    if lang not in ("es", "pt", "en"):
        err("%s: lang %r" % (w, lang))
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
        err("%s: group %r" % (w, group))
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err("%s: slot %r" % (w, slot))
        slot = -1
    if group in group_lang and group_lang[group] != lang:
        err("%s: group %s mixes languages %s/%s" % (w, group, group_lang[group], lang))
    group_lang.setdefault(group, lang)
    group_slots[group].append(slot)
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err("%s: empty or untrimmed text %r" % (w, t))
    texts[t] += 1
    rec = parse_date(r["received"], w + " received")
    if rec is not None:
        if not (START <= rec <= END):
            err("%s: received %s out of range" % (w, rec))
        if rec.weekday() == 6:
            err("%s: received %s is a Sunday" % (w, rec))
        key = "%s#%s" % (group, slot)
        if drawn.get(key) != r["received"]:
            err("%s: received %s != drawn %s for %s" % (w, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("%s: meaning does not end with the stop sentence" % w)
    elif m.count("Asking us to stop writing:") != 1:
        err("%s: stop sentence appears more than once" % w)
    mt = r["meant"]
    if mt is not None:
        md = parse_date(mt, w + " meant")
        if md is not None and rec is not None and md < rec:
            err("%s: meant %s before received %s" % (w, md, rec))

for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

langs = collections.Counter(group_lang.values())
if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
    err("groups present: %s" % sorted(group_lang))
if (langs["es"], langs["pt"], langs["en"]) != (5, 4, 3):
    err("groups per language es/pt/en = %d/%d/%d, want 5/4/3" % (langs["es"], langs["pt"], langs["en"]))
for g, sl in sorted(group_slots.items()):
    if sorted(sl) != list(range(1, 12)):
        err("group %s slots %s" % (g, sorted(sl)))
if len(rows) != 132:
    err("%d rows, want 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

data = [r for _, r in rows]
data.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(83413).shuffle(data)

with open(OUT_UNL, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_MEAN, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data, 1):
        rid = "h83-%04d" % i
        fu.write(json.dumps(collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
            ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
        fm.write(json.dumps(collections.OrderedDict([
            ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
            ("meant", r["meant"])]), ensure_ascii=False) + "\n")

print("ok: %d rows validated; wrote %s and %s" % (len(data), os.path.basename(OUT_UNL), os.path.basename(OUT_MEAN)))
