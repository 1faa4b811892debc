#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h108-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Reads/writes next to this file.
Also writes meant-check-b.txt (every meant date beside its received date).
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
LO, HI = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []


def err(msg):
    errors.append(msg)


with open(P("dates-b.json"), encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(P("raw-b.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            r = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(r.keys()) != KEYS:
            err("line %d: keys %r" % (n, list(r.keys())))
            continue
        r["_line"] = n
        rows.append(r)

for r in rows:
    n = r["_line"]
    if r["lang"] not in WANT_GROUPS:
        err("line %d: lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
            and 1 <= int(g[1:]) <= 12):
        err("line %d: group %r" % (n, g))
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        err("line %d: slot %r" % (n, r["slot"]))
    t = r["text"]
    if not isinstance(t, str) or t != t.strip() or not t:
        err("line %d: text empty or padded" % n)
    elif not (5 <= len(t) <= 300):
        err("line %d: text length %d outside 5..300" % (n, len(t)))
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except (TypeError, ValueError):
        err("line %d: received %r" % (n, r["received"]))
        rec = None
    if rec:
        if rec.weekday() == 6:
            err("line %d: received on a Sunday" % n)
        if not (LO <= rec <= HI):
            err("line %d: received out of range" % n)
        key = "%s#%s" % (g, r["slot"])
        if drawn.get(key) != r["received"]:
            err("line %d: received %s != drawn %s for %s" % (n, r["received"], drawn.get(key), key))
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        err("line %d: meaning does not end with the stop sentence" % n)
    elif m.count("Asking us to stop writing:") != 1:
        err("line %d: stop sentence appears more than once" % n)
    if r["meant"] is not None:
        try:
            md = datetime.date.fromisoformat(r["meant"])
            if rec and md < rec:
                err("line %d: meant %s before received %s" % (n, md, rec))
        except (TypeError, ValueError):
            err("line %d: meant %r" % (n, r["meant"]))

# groups: one language each, 11 rows, slots 1..11
by_group = collections.defaultdict(list)
for r in rows:
    by_group[r["group"]].append(r)
if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
    err("groups present: %r" % sorted(by_group))
lang_groups = collections.Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err("%s: several languages %r" % (g, langs))
    else:
        lang_groups[langs.pop()] += 1
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        err("%s: slots %r" % (g, sorted(r["slot"] for r in rs)))
if dict(lang_groups) != WANT_GROUPS:
    err("groups per language %r, want %r" % (dict(lang_groups), WANT_GROUPS))

# duplicate texts (exact and case/space-folded)
seen = {}
for r in rows:
    k = " ".join(r["text"].lower().split())
    if k in seen:
        err("line %d: duplicate text of line %d" % (r["_line"], seen[k]))
    seen[k] = r["_line"]

if len(rows) != 132:
    err("%d rows, want 132" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(108513).shuffle(rows)

with open(P("unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
        open(P("meanings-b.jsonl"), "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = "h108-%04d" % (501 + i)
        r["_id"] = rid
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

# meant check listing, in (group, slot) order
lines = ["meant-check-b.txt: every meant date beside its received date",
         "columns: id | group#slot | received (weekday) -> meant (weekday) | gap days | text", ""]
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    rec = datetime.date.fromisoformat(r["received"])
    md = datetime.date.fromisoformat(r["meant"])
    lines.append("%s | %s#%d | %s %s -> %s %s | +%d | %s" % (
        r["_id"], r["group"], r["slot"], rec, rec.strftime("%a"), md, md.strftime("%a"),
        (md - rec).days, r["text"]))
with open(P("meant-check-b.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

print("ok: %d rows -> h108-0501..h108-%04d" % (len(rows), 500 + len(rows)))
