#!/usr/bin/env python3
"""Check raw-b.jsonl, shuffle it and number it h36-0501 ... h36-0764.

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meant-b.jsonl (id, group, meaning, meant). Deterministic: running it again
rebuilds both files byte for byte. Standard library only.
"""
import datetime
import json
import random
import sys
from collections import Counter

RAW = "raw-b.jsonl"
DATES = "dates-b.tsv"
GROUPS = ["k%02d" % i for i in range(1, 25)]
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]


def fail(msg):
    sys.exit("number-b.py: " + msg)


rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail("blank line %d" % n)
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            fail("line %d: keys %r" % (n, list(r.keys())))
        rows.append(r)

# received dates must be the ones drawn by make-dates.py
drawn = {}
with open(DATES, encoding="utf-8") as f:
    next(f)
    for line in f:
        g, s, d, _ = line.rstrip("\n").split("\t")
        drawn[(g, int(s))] = d

if len(rows) != 264:
    fail("expected 264 rows, got %d" % len(rows))
per_group = Counter(r["group"] for r in rows)
if sorted(per_group) != GROUPS or set(per_group.values()) != {11}:
    fail("groups/counts wrong: %r" % per_group)
group_lang = {}
seen_text = set()
seen_slot = set()
for r in rows:
    if r["lang"] not in ("es", "pt", "en"):
        fail("bad lang %r" % r["lang"])
    if group_lang.setdefault(r["group"], r["lang"]) != r["lang"]:
        fail("group %s mixes languages" % r["group"])
    key = (r["group"], r["slot"])
    if key in seen_slot or not 1 <= r["slot"] <= 11:
        fail("bad or repeated slot %r" % (key,))
    seen_slot.add(key)
    if drawn.get(key) != r["received"]:
        fail("%s#%d received %s but dates-b.tsv says %s"
             % (key[0], key[1], r["received"], drawn.get(key)))
    t = r["text"]
    if not t.strip() or t != t.strip():
        fail("empty or padded text in %r" % (key,))
    if t in seen_text:
        fail("repeated text %r" % t)
    seen_text.add(t)
    m = r["meaning"]
    if not (m.endswith("Asking us to stop writing: yes")
            or m.endswith("Asking us to stop writing: no")):
        fail("meaning of %r lacks the stop ending" % (key,))
    rec = datetime.date.fromisoformat(r["received"])
    if rec.weekday() == 6:
        fail("received on a Sunday: %r" % (key,))
    if r["meant"] is not None:
        meant = datetime.date.fromisoformat(r["meant"])
        if meant < rec:
            fail("meant before received in %r" % (key,))

order = list(range(len(rows)))
random.Random(36513).shuffle(order)

unl, mea = [], []
for i, idx in enumerate(order):
    r = rows[idx]
    rid = "h36-%04d" % (501 + i)
    unl.append(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                           "group": r["group"], "text": r["text"],
                           "received": r["received"]}, ensure_ascii=False))
    mea.append(json.dumps({"id": rid, "group": r["group"],
                           "meaning": r["meaning"], "meant": r["meant"]},
                          ensure_ascii=False))

for name, lines in (("unlabelled-b.jsonl", unl), ("meant-b.jsonl", mea)):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
print("ok: %d rows -> h36-0501..h36-%04d; unlabelled-b.jsonl, meant-b.jsonl"
      % (len(rows), 500 + len(rows)))
