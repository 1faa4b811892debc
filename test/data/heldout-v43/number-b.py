#!/usr/bin/env python3
"""Step 4: validate raw-b.jsonl, shuffle with random.Random(43513), number h43-0501..h43-0764,
write unlabelled-b.jsonl and meant-b.jsonl. Standard library only; no text is generated here."""
import datetime, json, random, sys
from collections import Counter

RAW = "raw-b.jsonl"
DATES = "dates-b.json"
START, END = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
FIELDS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
errors = []

def err(msg):
    errors.append(msg)

rows = []
with open(RAW, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
            continue
        if list(r.keys()) != FIELDS:
            err(f"line {n}: fields {list(r.keys())}")
        rows.append(r)

drawn = {(d["group"], d["slot"]): d["received"] for d in json.load(open(DATES))}

group_lang = {}
per_group = Counter()
seen_slots = set()
seen_texts = {}
for r in rows:
    g, s = r.get("group"), r.get("slot")
    key = (g, s)
    if r.get("lang") not in LANG_GROUPS:
        err(f"{key}: lang {r.get('lang')!r}")
    if not (isinstance(g, str) and len(g) == 3 and g[0] == "s" and 1 <= int(g[1:]) <= 24):
        err(f"{key}: bad group")
    if not (isinstance(s, int) and 1 <= s <= 11):
        err(f"{key}: bad slot")
    if key in seen_slots:
        err(f"{key}: duplicate slot")
    seen_slots.add(key)
    per_group[g] += 1
    if group_lang.setdefault(g, r.get("lang")) != r.get("lang"):
        err(f"{key}: group has mixed languages")
    t = r.get("text")
    if not isinstance(t, str) or not t.strip():
        err(f"{key}: empty text")
    elif t in seen_texts:
        err(f"{key}: duplicate text of {seen_texts[t]}")
    else:
        seen_texts[t] = key
    try:
        rec = datetime.date.fromisoformat(r["received"])
    except Exception:
        err(f"{key}: bad received")
        continue
    if not (START <= rec <= END):
        err(f"{key}: received out of range")
    if rec.weekday() == 6:
        err(f"{key}: received on a Sunday")
    if drawn.get(key) != r["received"]:
        err(f"{key}: received {r['received']} != drawn {drawn.get(key)}")
    m = r.get("meaning")
    if not isinstance(m, str) or not (m.endswith("Asking us to stop writing: yes") or m.endswith("Asking us to stop writing: no")):
        err(f"{key}: meaning must end with the stop sentence")
    if r.get("meant") is not None:
        try:
            md = datetime.date.fromisoformat(r["meant"])
            if md < rec:
                err(f"{key}: meant before received")
        except Exception:
            err(f"{key}: bad meant {r.get('meant')!r}")

if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")
for g in (f"s{i:02d}" for i in range(1, 25)):
    if per_group[g] != 11:
        err(f"{g}: {per_group[g]} rows")
lang_count = Counter(group_lang.values())
for lang, k in LANG_GROUPS.items():
    if lang_count[lang] != k:
        err(f"{lang}: {lang_count[lang]} groups, expected {k}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(43513).shuffle(rows)
with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(rows):
        rid = f"h43-{501 + i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")
print(f"ok: {len(rows)} rows, ids h43-0501..h43-{500 + len(rows):04d}")
