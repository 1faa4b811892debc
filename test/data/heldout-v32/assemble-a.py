#!/usr/bin/env python3
"""Join the hand-written case notes (NOTES.md) with the hand-typed replies
(replies-a.txt) into raw-a.jsonl, in writing order. No text is generated here:
this only pairs line g01.3 of the replies with note 3 of group g01."""
import json, re

LANG = {**{f"g{i:02d}": "es" for i in range(1, 11)},
        **{f"g{i:02d}": "pt" for i in range(11, 19)},
        **{f"g{i:02d}": "en" for i in range(19, 25)}}

notes, group = {}, None
for line in open("NOTES.md", encoding="utf-8"):
    m = re.match(r"### (g\d\d) ", line)
    if m:
        group = m.group(1)
        continue
    m = re.match(r"(\d+)\. (.+)", line.rstrip("\n"))
    if group and m:
        notes[(group, int(m.group(1)))] = m.group(2).strip()

rows = []
for line in open("replies-a.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    key, text = line.split("\t", 1)
    g, n = key.split(".")
    rows.append({"lang": LANG[g], "group": g, "text": text, "note": notes[(g, int(n))]})

assert len(rows) == 264 and len(notes) == 264, (len(rows), len(notes))
with open("raw-a.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows))
