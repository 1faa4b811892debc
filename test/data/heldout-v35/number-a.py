#!/usr/bin/env python3
"""Validate raw-a.jsonl, attach received dates, shuffle, number, write outputs.

Inputs : raw-a.jsonl (writing order; keys lang, group, text, meaning, meant)
         received-a.json (slot rNN#k -> date, from draw-received-a.py)
Outputs: unlabelled-a.jsonl (id, lang, part, group, text, received)
         meanings-a.jsonl   (id, meaning, meant)
The k-th row of group rNN in raw-a.jsonl is writing slot rNN#k.
Deterministic: running it again rebuilds both outputs byte for byte.
"""
import datetime
import json
import random
import sys

RAW = "raw-a.jsonl"
RECEIVED = "received-a.json"
GROUPS = [f"r{g:02d}" for g in range(1, 25)]
PER_GROUP = 11
LANGS = {"es", "pt", "en"}
KEYS = {"lang", "group", "text", "meaning", "meant"}


def fail(msg):
    sys.exit("number-a.py: " + msg)


with open(RECEIVED, encoding="utf-8") as f:
    received = json.load(f)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail(f"blank line {n}")
        r = json.loads(line)
        if set(r) != KEYS:
            fail(f"line {n}: keys {sorted(r)}")
        rows.append(r)

if len(rows) != 264:
    fail(f"{len(rows)} rows, expected 264")

seen_text = set()
count = {g: 0 for g in GROUPS}
group_lang = {}
for n, r in enumerate(rows, 1):
    g = r["group"]
    if g not in count:
        fail(f"line {n}: unknown group {g!r}")
    if r["lang"] not in LANGS:
        fail(f"line {n}: lang {r['lang']!r}")
    if group_lang.setdefault(g, r["lang"]) != r["lang"]:
        fail(f"line {n}: group {g} mixes languages")
    if not isinstance(r["text"], str) or not r["text"].strip():
        fail(f"line {n}: empty text")
    if not isinstance(r["meaning"], str) or not r["meaning"].strip():
        fail(f"line {n}: empty meaning")
    if r["text"] in seen_text:
        fail(f"line {n}: duplicate text")
    seen_text.add(r["text"])
    count[g] += 1
    slot = f"{g}#{count[g]}"
    if slot not in received:
        fail(f"line {n}: no received date for slot {slot}")
    r["received"] = received[slot]["date"]
    if r["meant"] is not None:
        try:
            meant = datetime.date.fromisoformat(r["meant"])
        except (TypeError, ValueError):
            fail(f"line {n}: meant {r['meant']!r} is not YYYY-MM-DD")
        if meant.isoformat() != r["meant"]:
            fail(f"line {n}: meant {r['meant']!r} not canonical")
        if meant < datetime.date.fromisoformat(r["received"]):
            fail(f"line {n}: meant {r['meant']} before received {r['received']}")

bad = {g: c for g, c in count.items() if c != PER_GROUP}
if bad:
    fail(f"groups without {PER_GROUP} rows: {bad}")

order = list(range(len(rows)))
random.Random(35413).shuffle(order)

with open("unlabelled-a.jsonl", "w", encoding="utf-8", newline="\n") as fu, \
        open("meanings-a.jsonl", "w", encoding="utf-8", newline="\n") as fm:
    for k, i in enumerate(order, 1):
        r = rows[i]
        rid = f"h35-{k:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                             "group": r["group"], "text": r["text"],
                             "received": r["received"]},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meaning": r["meaning"],
                             "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

langs = {}
for r in rows:
    langs[r["lang"]] = langs.get(r["lang"], 0) + 1
print("ok:", len(rows), "rows;", langs, ";",
      sum(r["meant"] is not None for r in rows), "with a meant date")
