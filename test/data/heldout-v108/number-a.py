#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it with random.Random(108413) and number the rows.

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script.
Language split for this part (THEME): 4 es / 4 pt / 4 en groups.
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
WANT_GROUPS_PER_LANG = {"es": 4, "pt": 4, "en": 4}
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
        rows.append((n, r))

groups = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    if list(r.keys()) != KEYS:
        err("line %d: keys/order %s" % (n, list(r.keys())))
        continue
    if r["lang"] not in LANGS:
        err("line %d: lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
    s = r["slot"]
    if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
        err("line %d: slot %r" % (n, s))
    t = r["text"]
    if not (isinstance(t, str) and t.strip()):
        err("line %d: empty text" % n)
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
            err("line %d: received %s != drawn %s for %s" % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
        err("line %d: meaning does not end with the stop sentence" % n)
    mt = r["meant"]
    if mt is not None:
        try:
            md = datetime.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err("line %d: meant %r" % (n, mt))
            md = None
        if md is not None and rec is not None and md < rec:
            err("line %d: meant %s before received %s" % (n, md, rec))
    groups[g].append(r)

for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

if len(groups) != 12:
    err("expected 12 groups, got %d" % len(groups))
per_lang = collections.Counter()
for g, rs in sorted(groups.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err("%s: several languages %s" % (g, sorted(langs)))
    else:
        per_lang[langs.pop()] += 1
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err("%s: slots %s" % (g, slots))
if dict(per_lang) != WANT_GROUPS_PER_LANG:
    err("groups per language %s, want %s" % (dict(per_lang), WANT_GROUPS_PER_LANG))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(108413).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered, 1):
        rid = "h108-%04d" % i
        fu.write(json.dumps(collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
            ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
        fm.write(json.dumps(collections.OrderedDict([
            ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
            ("meant", r["meant"])]), ensure_ascii=False) + "\n")

print("ok: %d rows, groups per language %s" % (len(ordered), dict(sorted(per_lang.items()))))
print("wrote", os.path.basename(OUT_U), "and", os.path.basename(OUT_M))
