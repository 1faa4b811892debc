#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h107-0501..., write the two outputs.

Reads (next to this script): raw-b.jsonl, dates-b.json
Writes (next to this script): unlabelled-b.jsonl, meanings-b.jsonl
Language split for part b (THEME): 0 es / 6 pt / 6 en groups.
"""
import datetime
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS = {"es": 0, "pt": 6, "en": 6}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
# words the THEME forbids inside replies that ask us to stop writing
FORBIDDEN = re.compile(r"\b(stop|unsubscribe|opt[\s-]?out|sair|parar|pare|cancelar)\b", re.I)
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
            err("line %d: blank line" % n)
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err("line %d: bad JSON: %s" % (n, e))

by_group = defaultdict(list)
texts = Counter()
for n, r in rows:
    if list(r.keys()) != KEYS:
        err("line %d: keys/order %s" % (n, list(r.keys())))
        continue
    if r["lang"] not in LANGS:
        err("line %d: lang %r" % (n, r["lang"]))
    g = r["group"]
    if not (isinstance(g, str) and re.fullmatch(r"g(0[1-9]|1[0-2])", g)):
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
        err("line %d: meaning must end with the stop sentence" % n)
    elif m.endswith(STOP_YES) and FORBIDDEN.search(t):
        err("line %d: stop reply uses a forbidden word: %r" % (n, FORBIDDEN.search(t).group(0)))
    mt = r["meant"]
    if mt is not None:
        try:
            md = datetime.date.fromisoformat(mt)
        except (TypeError, ValueError):
            err("line %d: meant %r" % (n, mt))
            md = None
        if md is not None and rec is not None and md < rec:
            err("line %d: meant %s before received %s" % (n, md, rec))
    by_group[g].append(r)

for t, c in texts.items():
    if c > 1:
        err("duplicate text x%d: %r" % (c, t))

lang_groups = Counter()
for g, rs in sorted(by_group.items()):
    langs = {r["lang"] for r in rs}
    if len(langs) != 1:
        err("%s: mixes languages %s" % (g, sorted(langs)))
    else:
        lang_groups[langs.pop()] += 1
    slots = sorted(r["slot"] for r in rs)
    if slots != list(range(1, 12)):
        err("%s: slots %s (need 1..11 once each)" % (g, slots))
if len(by_group) != 12:
    err("need 12 groups, found %d" % len(by_group))
for lang, want in WANT_GROUPS.items():
    if lang_groups.get(lang, 0) != want:
        err("need %d %s groups, found %d" % (want, lang, lang_groups.get(lang, 0)))

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(107513).shuffle(ordered)

with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
        open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(ordered):
        rid = "h107-%04d" % (FIRST_ID + i)
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("ok: %d rows, groups %s, ids h107-%04d..h107-%04d"
      % (len(ordered), dict(lang_groups), FIRST_ID, FIRST_ID + len(ordered) - 1))
