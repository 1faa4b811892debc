#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(97413), number h97-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant), next to this script.
Python 3 standard library only; all paths relative to this file's folder.
"""
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


def parse_date(s, where):
    if not isinstance(s, str) or len(s) != 10:
        err("%s: not an ISO date: %r" % (where, s))
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err("%s: invalid date: %r" % (where, s))
        return None


with open(DATES, encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
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
            err("line %d: keys/order %s != %s" % (n, keys, KEYS))
        row = dict(pairs)
        row["_line"] = n
        rows.append(row)

# per-row checks
group_lang = {}
group_slots = {}
seen_texts = {}
for r in rows:
    w = "line %d" % r["_line"]
    lang, group, slot = r.get("lang"), r.get("group"), r.get("slot")
    if lang not in LANG_GROUPS:
        err("%s: bad lang %r" % (w, lang))
    if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
            and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
        err("%s: bad group %r" % (w, group))
    if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
        err("%s: bad slot %r" % (w, slot))
    group_lang.setdefault(group, set()).add(lang)
    group_slots.setdefault(group, []).append(slot)

    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        err("%s: empty text" % w)
    else:
        if text != text.strip():
            err("%s: text has leading/trailing whitespace" % w)
        key = " ".join(text.split()).casefold()
        if key in seen_texts:
            err("%s: duplicate text (same as line %d)" % (w, seen_texts[key]))
        seen_texts[key] = r["_line"]

    rec = parse_date(r.get("received"), w + " received")
    if rec is not None:
        if rec.weekday() == 6:
            err("%s: received %s is a Sunday" % (w, rec))
        if not (START <= rec <= END):
            err("%s: received %s out of range" % (w, rec))
        slot_key = "%s#%s" % (group, slot)
        if drawn.get(slot_key) != r.get("received"):
            err("%s: received %s != drawn %s for %s"
                % (w, r.get("received"), drawn.get(slot_key), slot_key))

    meaning = r.get("meaning")
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err("%s: meaning must end with the stop sentence" % w)

    meant = r.get("meant")
    if meant is not None:
        md = parse_date(meant, w + " meant")
        if md is not None and rec is not None and md < rec:
            err("%s: meant %s before received %s" % (w, md, rec))

# group-level checks
for g in ["g%02d" % i for i in range(1, 13)]:
    if g not in group_slots:
        err("group %s missing" % g)
        continue
    if sorted(group_slots[g]) != list(range(1, 12)):
        err("group %s: slots %s are not 1..11 once each" % (g, sorted(group_slots[g])))
    if len(group_lang[g]) != 1:
        err("group %s: more than one language %s" % (g, group_lang[g]))
extra = set(group_slots) - {"g%02d" % i for i in range(1, 13)}
if extra:
    err("unexpected groups %s" % sorted(extra, key=str))
counts = {}
for g, ls in group_lang.items():
    if len(ls) == 1:
        l = next(iter(ls))
        counts[l] = counts.get(l, 0) + 1
if counts != LANG_GROUPS:
    err("groups per language %s != %s" % (counts, LANG_GROUPS))
if len(rows) != 132:
    err("expected 132 rows, found %d" % len(rows))

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(97413).shuffle(rows)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(rows, 1):
        rid = "h97-%04d" % i
        u = {"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
             "text": r["text"], "received": r["received"]}
        m = {"id": rid, "group": r["group"], "meaning": r["meaning"], "meant": r["meant"]}
        fu.write(json.dumps(u, ensure_ascii=False) + "\n")
        fm.write(json.dumps(m, ensure_ascii=False) + "\n")

print("ok: %d rows validated; wrote %s and %s"
      % (len(rows), os.path.basename(OUT_U), os.path.basename(OUT_M)))
