#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(43413), number h43-0001..h43-0264 (part a)."""
import json, random, datetime, sys, collections

RAW, DATES = "raw-a.jsonl", "dates-a.json"
START, END = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
SUFFIXES = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

errors = []
def err(msg): errors.append(msg)

drawn = json.load(open(DATES, encoding="utf-8"))
rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank"); continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad json {e}"); continue
        if list(r.keys()) != KEYS:
            err(f"line {n}: keys {list(r.keys())}")
        rows.append((n, r))

groups = collections.defaultdict(list)
texts = collections.Counter()
for n, r in rows:
    g = r.get("group", "")
    groups[g].append(r)
    if r.get("lang") not in LANG_GROUPS: err(f"line {n}: lang {r.get('lang')}")
    if not isinstance(r.get("slot"), int) or not 1 <= r["slot"] <= 11: err(f"line {n}: slot")
    t = r.get("text")
    if not isinstance(t, str) or not t.strip() or t != t.strip(): err(f"line {n}: text empty/padded")
    texts[t] += 1
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except Exception:
        err(f"line {n}: received"); continue
    if not START <= rec <= END: err(f"line {n}: received out of range")
    if rec.weekday() == 6: err(f"line {n}: received on Sunday")
    key = f"{g}#{r.get('slot')}"
    if drawn.get(key) != r["received"]: err(f"line {n}: received {r['received']} != drawn {drawn.get(key)} for {key}")
    m = r.get("meaning")
    if not isinstance(m, str) or not m.endswith(SUFFIXES): err(f"line {n}: meaning suffix")
    mt = r.get("meant")
    if mt is not None:
        try:
            md = datetime.date.fromisoformat(mt)
            if md < rec: err(f"line {n}: meant before received")
        except Exception:
            err(f"line {n}: meant not a date")

for t, c in texts.items():
    if c > 1: err(f"duplicate text x{c}: {t!r}")
if sorted(groups) != [f"r{i:02d}" for i in range(1, 25)]: err(f"groups {sorted(groups)}")
lang_of = {}
for g, rs in groups.items():
    if len(rs) != 11: err(f"{g}: {len(rs)} rows")
    if sorted(r["slot"] for r in rs) != list(range(1, 12)): err(f"{g}: slots")
    ls = {r["lang"] for r in rs}
    if len(ls) != 1: err(f"{g}: mixed langs {ls}")
    lang_of[g] = ls.pop()
cnt = collections.Counter(lang_of.values())
for l, k in LANG_GROUPS.items():
    if cnt[l] != k: err(f"lang {l}: {cnt[l]} groups, want {k}")
if len(rows) != 264: err(f"{len(rows)} rows, want 264")

if errors:
    print("\n".join(errors)); sys.exit(1)

ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
random.Random(43413).shuffle(ordered)
with open("unlabelled-a.jsonl", "w", encoding="utf-8") as u, open("meanings-a.jsonl", "w", encoding="utf-8") as m:
    for i, r in enumerate(ordered, 1):
        rid = f"h43-{i:04d}"
        u.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                            "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        m.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                            "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"OK: {len(ordered)} rows; langs {dict(collections.Counter(r['lang'] for r in ordered))}")
