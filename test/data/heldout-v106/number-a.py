#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number the rows h106-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script.
Group split checked: 6 es / 3 pt / 3 en (the theme's split).
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
LANGS = {"es", "pt", "en"}
WANT_SPLIT = {"es": 6, "pt": 3, "en": 3}
GROUPS = ["g%02d" % i for i in range(1, 13)]
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
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(r.keys()) != KEYS:
            err("line %d: keys %s, want %s" % (n, list(r.keys()), KEYS))
            continue
        r["_line"] = n
        rows.append(r)

by_group = collections.defaultdict(list)
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANGS:
        err("line %d: bad lang %r" % (n, r["lang"]))
    if r["group"] not in GROUPS:
        err("line %d: bad group %r" % (n, r["group"]))
    if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
        err("line %d: bad slot %r" % (n, r["slot"]))
    if not isinstance(r["text"], str) or not r["text"].strip():
        err("line %d: empty text" % n)
    elif r["text"] != r["text"].strip():
        err("line %d: text has leading/trailing space" % n)
    # received
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err("line %d: bad received %r" % (n, r["received"]))
        rec = None
    if rec is not None:
        if not START <= rec <= END:
            err("line %d: received %s out of range" % (n, rec))
        if rec.weekday() == 6:
            err("line %d: received %s is a Sunday" % (n, rec))
        slot_key = "%s#%s" % (r["group"], r["slot"])
        if drawn.get(slot_key) != r["received"]:
            err("line %d: received %s != drawn %s for %s"
                % (n, r["received"], drawn.get(slot_key), slot_key))
    # meaning
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    # meant
    if r["meant"] is not None:
        try:
            mt = datetime.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            err("line %d: bad meant %r" % (n, r["meant"]))
            mt = None
        if mt is not None and rec is not None and mt < rec:
            err("line %d: meant %s before received %s" % (n, mt, rec))
    by_group[r["group"]].append(r)

# groups: 11 rows, slots 1..11, one language each, 6/3/3 split
split = collections.Counter()
for g in GROUPS:
    grs = by_group.get(g, [])
    if len(grs) != 11:
        err("%s: %d rows, want 11" % (g, len(grs)))
    slots = sorted(r["slot"] for r in grs if isinstance(r["slot"], int))
    if slots != list(range(1, 12)):
        err("%s: slots %s, want 1..11" % (g, slots))
    langs = {r["lang"] for r in grs}
    if len(langs) != 1:
        err("%s: languages %s, want exactly one" % (g, sorted(langs)))
    else:
        split[langs.pop()] += 1
if dict(split) != WANT_SPLIT:
    err("group split %s, want %s" % (dict(split), WANT_SPLIT))

# duplicate texts
seen = {}
for r in rows:
    t = r["text"]
    if t in seen:
        err("line %d: duplicate text of line %d" % (r["_line"], seen[t]))
    else:
        seen[t] = r["_line"]

if len(rows) != 132:
    err("%d rows, want 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(106413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = "h106-%04d" % i
        u = collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"),
            ("group", r["group"]), ("text", r["text"]),
            ("received", r["received"])])
        m = collections.OrderedDict([
            ("id", rid), ("group", r["group"]),
            ("meaning", r["meaning"]), ("meant", r["meant"])])
        fu.write(json.dumps(u, ensure_ascii=False) + "\n")
        fm.write(json.dumps(m, ensure_ascii=False) + "\n")

print("ok: %d rows, split %s -> %s, %s"
      % (len(rows), dict(split), os.path.basename(OUT_U), os.path.basename(OUT_M)))
