#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h29-0001..h29-0264, draw received dates.
stdlib only. Writes unlabelled-a.jsonl and slots-a-numbered.jsonl."""
import json, random, sys, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
SLOTS = os.path.join(HERE, "slots-a.jsonl")
OUT = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_SLOTS = os.path.join(HERE, "slots-a-numbered.jsonl")
N = 264
GROUPS = {f"d{i:02d}" for i in range(1, 25)}

def fail(msg):
    sys.exit("ERROR: " + msg)

def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail(f"{path}:{n} blank line")
            out.append(json.loads(line))
    return out

raw = load(RAW)
slots = load(SLOTS)
if len(raw) != N:
    fail(f"raw has {len(raw)} rows, expected {N}")
if len(slots) != N:
    fail(f"slots has {len(slots)} rows, expected {N}")
seen = set()
for i, r in enumerate(raw, 1):
    if set(r.keys()) != {"lang", "group", "text"}:
        fail(f"row {i}: keys {list(r.keys())}")
    if r["lang"] not in ("es", "pt", "en"):
        fail(f"row {i}: lang {r['lang']!r}")
    if r["group"] not in GROUPS:
        fail(f"row {i}: group {r['group']!r}")
    if not isinstance(r["text"], str) or not r["text"].strip():
        fail(f"row {i}: empty text")
    if r["text"] in seen:
        fail(f"row {i}: duplicate text {r['text']!r}")
    seen.add(r["text"])
    s = slots[i - 1]
    if s.get("group") != r["group"] or not s.get("situation"):
        fail(f"row {i}: slots row does not match ({s})")

rng = random.Random(2929)
perm = list(range(N))
rng.shuffle(perm)

start, end = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() <= 5:  # Monday..Saturday
        days.append(d)
    d += datetime.timedelta(days=1)

with open(OUT, "w", encoding="utf-8") as f, open(OUT_SLOTS, "w", encoding="utf-8") as g:
    for k, j in enumerate(perm, 1):
        r, s = raw[j], slots[j]
        rid = f"h29-{k:04d}"
        received = rng.choice(days).isoformat()
        f.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                            "text": r["text"], "received": received}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"id": rid, "situation": s["situation"]}, ensure_ascii=False) + "\n")
print(f"ok: {N} rows -> {os.path.basename(OUT)}, {os.path.basename(OUT_SLOTS)}")
