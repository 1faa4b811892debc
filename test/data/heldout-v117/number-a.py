#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(117413) and number the rows.

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant), both next to this script.
Exits non-zero and writes nothing if any check fails.
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
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
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
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            err("line %d: keys %r, want %r" % (n, keys, KEYS))
            continue
        r = dict(pairs)
        r["_line"] = n
        rows.append(r)

group_lang = {}
group_slots = collections.defaultdict(list)
texts = collections.Counter()
for r in rows:
    n = r["_line"]
    if r["lang"] not in LANGS:
        err("line %d: lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
    if g in group_lang and group_lang[g] != r["lang"]:
        err("line %d: group %s mixes languages" % (n, g))
    group_lang.setdefault(g, r["lang"])
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err("line %d: slot %r" % (n, s))
    group_slots[g].append(s)
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        err("line %d: empty or untrimmed text" % n)
    texts[t] += 1
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err("line %d: received %r" % (n, r["received"]))
        rec = None
    if rec is not None:
        if not (START <= rec <= END):
            err("line %d: received %s out of range" % (n, rec))
        if rec.weekday() == 6:
            err("line %d: received %s is a Sunday" % (n, rec))
        key = "%s#%s" % (g, s)
        if drawn.get(key) != r["received"]:
            err("line %d: received %s but drawn %s for %s" % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    mt = r["meant"]
    if mt is not None:
        try:
            md = datetime.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err("line %d: meant %r" % (n, mt))
            md = None
        if md is not None and rec is not None and md < rec:
            err("line %d: meant %s before received %s" % (n, mt, rec))

for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

expected_groups = ["g%02d" % i for i in range(1, 13)]
if sorted(group_slots) != expected_groups:
    err("groups present: %r" % sorted(group_slots))
for g in expected_groups:
    if sorted(group_slots.get(g, [])) != list(range(1, 12)):
        err("group %s slots %r" % (g, sorted(group_slots.get(g, []))))
per_lang = collections.Counter(group_lang.values())
for lang, want in WANT_GROUPS_PER_LANG.items():
    if per_lang.get(lang, 0) != want:
        err("language %s has %d groups, want %d" % (lang, per_lang.get(lang, 0), want))
if len(rows) != 132:
    err("%d rows, want 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(117413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = "h117-%04d" % i
        u = collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
            ("text", r["text"]), ("received", r["received"])])
        mm = collections.OrderedDict([
            ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]), ("meant", r["meant"])])
        fu.write(json.dumps(u, ensure_ascii=False) + "\n")
        fm.write(json.dumps(mm, ensure_ascii=False) + "\n")

print("ok: %d rows validated and numbered h117-0001..h117-%04d" % (len(rows), len(rows)))
