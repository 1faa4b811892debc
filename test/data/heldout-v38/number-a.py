#!/usr/bin/env python3
"""Validate raw-a.jsonl, attach received dates, shuffle, number, write unlabelled-a.jsonl and meanings-a.jsonl."""
import datetime, json, random, re, sys
from collections import Counter, defaultdict

STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
KEYS = {"lang", "group", "text", "meaning", "meant"}
GROUPS = [f"t{g:02d}" for g in range(1, 25)]
EXPECT = {"es": 110, "pt": 88, "en": 66}

def fail(msg):
    sys.exit("INVALID: " + msg)

received = json.load(open("received-a.json", encoding="utf-8"))
rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            fail(f"blank line {ln}")
        r = json.loads(line)
        if set(r) != KEYS:
            fail(f"line {ln}: keys {sorted(r)}")
        rows.append(r)

if len(rows) != 264:
    fail(f"{len(rows)} rows, expected 264")

by_group = defaultdict(list)
seen = {}
for i, r in enumerate(rows, 1):
    if r["lang"] not in EXPECT:
        fail(f"row {i}: lang {r['lang']!r}")
    if r["group"] not in GROUPS:
        fail(f"row {i}: group {r['group']!r}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        fail(f"row {i}: empty or padded text {t!r}")
    key = re.sub(r"\s+", " ", t).strip().casefold()
    if key in seen:
        fail(f"row {i}: repeats text of row {seen[key]}: {t!r}")
    seen[key] = i
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        fail(f"row {i}: meaning does not end with the stop sentence")
    by_group[r["group"]].append(r)

lang_count = Counter(r["lang"] for r in rows)
if dict(lang_count) != EXPECT:
    fail(f"language counts {dict(lang_count)}")
for g in GROUPS:
    rs = by_group[g]
    if len(rs) != 11:
        fail(f"{g}: {len(rs)} rows")
    if len({r['lang'] for r in rs}) != 1:
        fail(f"{g}: more than one language")

out = []
for g in GROUPS:
    for n, r in enumerate(by_group[g], 1):
        rec = received[f"{g}#{n}"]
        rd = datetime.date.fromisoformat(rec)
        if rd.weekday() == 6:
            fail(f"{g}#{n}: received on a Sunday")
        meant = r["meant"]
        if meant is not None:
            if not (isinstance(meant, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meant)):
                fail(f"{g}#{n}: meant {meant!r}")
            md = datetime.date.fromisoformat(meant)
            if md < rd:
                fail(f"{g}#{n}: meant {meant} before received {rec}")
        out.append((r, rec))

rng = random.Random(38413)
rng.shuffle(out)

with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for k, (r, rec) in enumerate(out, 1):
        id_ = f"h38-{k:04d}"
        fu.write(json.dumps({"id": id_, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": rec}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": id_, "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")

print("OK", len(out), "rows;", dict(lang_count))
