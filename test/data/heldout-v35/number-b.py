#!/usr/bin/env python3
"""Check raw-b.jsonl, shuffle it and number it h35-0501 ... h35-0764.

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meant-b.jsonl (id, group, meaning, meant). Deterministic: the shuffle uses
random.Random(35513) on the rows in writing order, so running the script
again rebuilds both files byte for byte.
"""
import collections
import datetime
import json
import random
import sys

RAW = "raw-b.jsonl"
DATES = "dates-b.tsv"
FIRST = 501
KEYS = {"lang", "group", "slot", "text", "received", "meaning", "meant"}


def fail(msg):
    sys.exit("number-b.py: " + msg)


rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail("blank line %d" % n)
        r = json.loads(line)
        if set(r) != KEYS:
            fail("line %d has keys %s" % (n, sorted(r)))
        rows.append(r)

dates = {}
with open(DATES, encoding="utf-8") as f:
    next(f)
    for line in f:
        g, s, rec, _wd = line.rstrip("\n").split("\t")
        dates[(g, int(s))] = rec

if len(rows) != 264:
    fail("expected 264 rows, got %d" % len(rows))
per_group = collections.Counter(r["group"] for r in rows)
if sorted(per_group) != ["s%02d" % i for i in range(1, 25)]:
    fail("groups are %s" % sorted(per_group))
for g, c in per_group.items():
    if c != 11:
        fail("group %s has %d rows" % (g, c))

group_lang = {}
seen = set()
texts = set()
for r in rows:
    key = (r["group"], r["slot"])
    if key in seen:
        fail("duplicate slot %s#%s" % key)
    seen.add(key)
    if r["slot"] not in range(1, 12):
        fail("bad slot %s#%s" % key)
    if r["lang"] not in ("es", "pt", "en"):
        fail("bad lang %r at %s#%s" % ((r["lang"],) + key))
    if group_lang.setdefault(r["group"], r["lang"]) != r["lang"]:
        fail("group %s mixes languages" % r["group"])
    if not r["text"].strip():
        fail("empty text at %s#%s" % key)
    if r["text"] in texts:
        fail("duplicate text at %s#%s" % key)
    texts.add(r["text"])
    if dates.get(key) != r["received"]:
        fail("received %s at %s#%s differs from %s" % (r["received"], key[0], key[1], DATES))
    rec = datetime.date.fromisoformat(r["received"])
    if rec.weekday() == 6:
        fail("Sunday received at %s#%s" % key)
    m = r["meaning"]
    if ("Asking us to stop writing: yes." not in m
            and "Asking us to stop writing: no." not in m):
        fail("meaning lacks the stop answer at %s#%s" % key)
    if not (m.endswith("Not the debtor: yes.") or m.endswith("Not the debtor: no.")):
        fail("meaning lacks the not-the-debtor answer at %s#%s" % key)
    if r["meant"] is not None:
        meant = datetime.date.fromisoformat(r["meant"])
        if meant < rec:
            fail("meant %s before received %s at %s#%s" % (r["meant"], r["received"], key[0], key[1]))

order = list(rows)
random.Random(35513).shuffle(order)

with open("unlabelled-b.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meant-b.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for i, r in enumerate(order):
        rid = "h35-%04d" % (FIRST + i)
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"],
                             "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print("ok: %d rows, ids h35-%04d..h35-%04d" % (len(order), FIRST, FIRST + len(order) - 1))
