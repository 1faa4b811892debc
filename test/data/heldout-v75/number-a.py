#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h75-0001..., write unlabelled-a.jsonl and meanings-a.jsonl.

Reads and writes only files next to this script. Standard library only.
Exits non-zero (and writes nothing) if any check fails.
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
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        rows.append((n, obj))

group_lang = {}
group_slots = defaultdict(list)
texts = Counter()
for n, r in rows:
    if list(r.keys()) != KEYS:
        err("line %d: keys/order %s" % (n, list(r.keys())))
        continue
    lang, g, slot, text = r["lang"], r["group"], r["slot"], r["text"]
    if lang not in LANG_GROUPS:
        err("line %d: lang %r" % (n, lang))
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
        continue
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err("line %d: slot %r" % (n, slot))
        continue
    if group_lang.setdefault(g, lang) != lang:
        err("line %d: group %s mixes languages" % (n, g))
    group_slots[g].append(slot)
    if not isinstance(text, str) or not text.strip():
        err("line %d: empty text" % n)
    else:
        texts[text] += 1
    rec = parse_date(r["received"])
    if rec is None:
        err("line %d: received %r" % (n, r["received"]))
    else:
        if rec.weekday() == 6:
            err("line %d: received on a Sunday" % n)
        if not (START <= rec <= END):
            err("line %d: received out of range" % n)
        key = "%s#%d" % (g, slot)
        if drawn.get(key) != r["received"]:
            err("line %d: received %s != drawn %s for %s" % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    meant = r["meant"]
    if meant is not None:
        md = parse_date(meant)
        if md is None:
            err("line %d: meant %r not a date" % (n, meant))
        elif rec is not None and md < rec:
            err("line %d: meant %s before received %s" % (n, meant, r["received"]))

for t, c in texts.items():
    if c > 1:
        err("duplicate text (%d times): %r" % (c, t))

per_lang = Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if per_lang.get(lang, 0) != want:
        err("language %s has %d groups, want %d" % (lang, per_lang.get(lang, 0), want))
for i in range(1, 13):
    g = "g%02d" % i
    if sorted(group_slots.get(g, [])) != list(range(1, 12)):
        err("group %s slots %s" % (g, sorted(group_slots.get(g, []))))
if len(rows) != 132:
    err("%d rows, want 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

data = [r for _, r in rows]
data.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(75413).shuffle(data)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(data, 1):
        rid = "h75-%04d" % i
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("OK: %d rows validated; wrote %s and %s" % (len(data), os.path.basename(OUT_U),
                                                  os.path.basename(OUT_M)))
