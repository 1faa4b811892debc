#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h40-0501..h40-0764, write unlabelled-b.jsonl and meant-b.jsonl."""
import csv, datetime, json, random, re, sys
from collections import Counter, defaultdict

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
STOP_YES, STOP_NO = "Asking us to stop writing: yes", "Asking us to stop writing: no"
errors = []

dates = {}
with open("dates-b.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        dates[(r["group"], int(r["slot"]))] = r["received"]

rows = []
with open("raw-b.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        r = json.loads(line)
        if list(r.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(r.keys())}")
        rows.append(r)

if len(rows) != 264:
    errors.append(f"{len(rows)} rows, want 264")

groups = defaultdict(list)
for r in rows:
    groups[r["group"]].append(r)
want_groups = [f"f{i:02d}" for i in range(1, 25)]
if sorted(groups) != want_groups:
    errors.append(f"groups {sorted(groups)}")
for g, rs in groups.items():
    if len(rs) != 11:
        errors.append(f"{g}: {len(rs)} rows")
    if sorted(r["slot"] for r in rs) != list(range(1, 12)):
        errors.append(f"{g}: slots {sorted(r['slot'] for r in rs)}")
    if len({r["lang"] for r in rs}) != 1:
        errors.append(f"{g}: mixed lang")

lc = Counter(r["lang"] for r in rows)
if dict(lc) != {"es": 110, "pt": 88, "en": 66}:
    errors.append(f"lang counts {dict(lc)}")

seen = {}
for r in rows:
    tag = f"{r['group']}#{r['slot']}"
    t = r["text"]
    if not isinstance(t, str) or not t or t != t.strip():
        errors.append(f"{tag}: empty or padded text")
    key = re.sub(r"\s+", " ", t.strip()).casefold()
    if key in seen:
        errors.append(f"{tag}: repeats {seen[key]}")
    seen[key] = tag
    if r["received"] != dates.get((r["group"], r["slot"])):
        errors.append(f"{tag}: received {r['received']} != dates-b.tsv")
    rec = datetime.date.fromisoformat(r["received"])
    if rec.weekday() == 6:
        errors.append(f"{tag}: received on Sunday")
    if not (r["meaning"].endswith(STOP_YES) or r["meaning"].endswith(STOP_NO)):
        errors.append(f"{tag}: meaning lacks stop sentence")
    m = r["meant"]
    if m is not None:
        if not (isinstance(m, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", m)):
            errors.append(f"{tag}: bad meant {m!r}")
        elif datetime.date.fromisoformat(m) < rec:
            errors.append(f"{tag}: meant before received")

if errors:
    print("\n".join(errors))
    sys.exit(1)

order = sorted(rows, key=lambda r: (r["group"], r["slot"]))
random.Random(40513).shuffle(order)
with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(order):
        rid = f"h40-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"ok: {len(order)} rows, ids h40-0501..h40-{500 + len(order):04d}")
