#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(102413), number h102-0001...

Writes unlabelled-a.jsonl and meanings-a.jsonl next to this script.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST = datetime.date(2026, 1, 5)
LAST = datetime.date(2026, 11, 27)
WANT = {"es": 5, "pt": 4, "en": 3}


def fail(msg):
    sys.exit("INVALID: " + msg)


with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
    drawn = json.load(f)

rows = []
with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail("blank line %d" % n)
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            fail("line %d keys %s" % (n, list(r.keys())))
        rows.append(r)

if len(rows) != 132:
    fail("expected 132 rows, got %d" % len(rows))

groups = {}
texts = set()
for r in rows:
    tag = "%s#%s" % (r["group"], r["slot"])
    if r["lang"] not in WANT:
        fail(tag + " bad lang")
    if not (isinstance(r["group"], str) and len(r["group"]) == 3 and r["group"][0] == "g"
            and r["group"][1:].isdigit() and 1 <= int(r["group"][1:]) <= 12):
        fail(tag + " bad group")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
        fail(tag + " bad slot")
    if not isinstance(r["text"], str) or not r["text"].strip():
        fail(tag + " empty text")
    if r["text"] in texts:
        fail(tag + " duplicate text")
    texts.add(r["text"])
    rec = datetime.date.fromisoformat(r["received"])
    if not (FIRST <= rec <= LAST) or rec.weekday() == 6:
        fail(tag + " received out of range or Sunday")
    if drawn.get("%s#%d" % (r["group"], r["slot"])) != r["received"]:
        fail(tag + " received differs from drawn date")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        fail(tag + " meaning must end with the stop sentence")
    if r["meant"] is not None:
        md = datetime.date.fromisoformat(r["meant"])
        if md.isoformat() != r["meant"] or md < rec:
            fail(tag + " meant invalid or before received")
    g = groups.setdefault(r["group"], {"langs": set(), "slots": []})
    g["langs"].add(r["lang"])
    g["slots"].append(r["slot"])

if sorted(groups) != ["g%02d" % i for i in range(1, 13)]:
    fail("groups must be g01..g12")
count = {"es": 0, "pt": 0, "en": 0}
for name, g in groups.items():
    if len(g["langs"]) != 1:
        fail(name + " mixes languages")
    if sorted(g["slots"]) != list(range(1, 12)):
        fail(name + " slots must be 1..11 once each")
    count[next(iter(g["langs"]))] += 1
if count != WANT:
    fail("groups per language %s" % count)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(102413).shuffle(rows)

with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
        open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows, 1):
        rid = "h102-%04d" % i
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")

print("OK: %d rows, groups per language %s" % (len(rows), count))
