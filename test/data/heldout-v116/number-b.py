#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h116-0501...

Writes unlabelled-b.jsonl and meanings-b.jsonl next to this script.
Exits non-zero (and writes nothing) if any check fails.
"""
import collections
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501

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
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except ValueError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(obj.keys()) != KEYS:
            err("line %d: keys %s" % (n, list(obj.keys())))
            continue
        rows.append((n, obj))

group_lang = {}
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
    if r["lang"] not in LANG_GROUPS:
        err(where + ": bad lang %r" % r["lang"])
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err(where + ": bad group %r" % g)
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        err(where + ": group %s mixes languages" % g)
    if not isinstance(r["slot"], int) or isinstance(r["slot"], bool):
        err(where + ": slot not an int")
    group_slots[g].append(r["slot"])
    if not isinstance(r["text"], str) or not r["text"].strip():
        err(where + ": empty text")
    texts[r["text"]] += 1
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err(where + ": bad received %r" % r["received"])
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err(where + ": received out of range")
        if rec.weekday() == 6:
            err(where + ": received on a Sunday")
        key = "%s#%s" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            err(where + ": received %s != drawn %s" % (r["received"], drawn.get(key)))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err(where + ": meaning does not end with the stop sentence")
    if r["meant"] is not None:
        try:
            md = datetime.date.fromisoformat(r["meant"])
            if rec is not None and md < rec:
                err(where + ": meant before received")
        except (TypeError, ValueError):
            err(where + ": bad meant %r" % r["meant"])

for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

per_lang = collections.Counter(group_lang.values())
for lang, want in LANG_GROUPS.items():
    if per_lang.get(lang, 0) != want:
        err("lang %s has %d groups, want %d" % (lang, per_lang.get(lang, 0), want))
if len(group_lang) != 12:
    err("%d groups, want 12" % len(group_lang))
for g, slots in sorted(group_slots.items()):
    if sorted(slots) != list(range(1, 12)):
        err("group %s slots %s" % (g, sorted(slots)))
if len(rows) != 132:
    err("%d rows, want 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(116513).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered):
        rid = "h116-%04d" % (FIRST_ID + i)
        u = collections.OrderedDict([("id", rid), ("lang", r["lang"]), ("part", "b"),
                                     ("group", r["group"]), ("text", r["text"]),
                                     ("received", r["received"])])
        mm = collections.OrderedDict([("id", rid), ("group", r["group"]),
                                      ("meaning", r["meaning"]), ("meant", r["meant"])])
        fu.write(json.dumps(u, ensure_ascii=False) + "\n")
        fm.write(json.dumps(mm, ensure_ascii=False) + "\n")

print("ok: %d rows, ids h116-%04d..h116-%04d" % (len(ordered), FIRST_ID, FIRST_ID + len(ordered) - 1))
for p in (OUT_U, OUT_M):
    with open(p, "rb") as f:
        print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))
