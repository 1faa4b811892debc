#!/usr/bin/env python3
"""Part a of set h34: validate raw-a.jsonl, attach the received dates drawn before writing
(received-a.json, same writing order), shuffle with random.Random(3441), number h34-0001..h34-0264,
write unlabelled-a.jsonl and meanings-a.jsonl. Standard library only."""
import datetime as dt
import json
import random
import re
import sys
from collections import Counter, defaultdict

RAW, REC = "raw-a.jsonl", "received-a.json"
OUT_U, OUT_M = "unlabelled-a.jsonl", "meanings-a.jsonl"
KEYS = {"lang", "group", "text", "meaning"}
LANGS = {"es", "pt", "en"}
FIRST, LAST = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
# the taxonomy's label names are read from the taxonomy file itself (not written here);
# no text or meaning may contain one, in underscore or spaced form
with open("objection-taxonomy.md", encoding="utf-8") as _f:
    FORBIDDEN = sorted(set(re.findall(r"^\| `([a-z_]+)` \|", _f.read(), re.M)))
assert len(FORBIDDEN) >= 10, FORBIDDEN
FORBIDDEN_RE = re.compile(r"\b(" + "|".join(re.escape(w).replace("_", "[_ ]") for w in FORBIDDEN) + r")\b", re.I)
MEANT_RE = re.compile(r"date meant (\d{4}-\d{2}-\d{2})")

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
            err(f"line {n}: bad JSON ({e})")
            continue
        if set(r) != KEYS:
            err(f"line {n}: keys {sorted(r)}")
            continue
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip():
                err(f"line {n}: empty or non-string {k}")
        if r["lang"] not in LANGS:
            err(f"line {n}: lang {r['lang']!r}")
        if not re.fullmatch(r"g(0[1-9]|1[0-9]|2[0-4])", r["group"]):
            err(f"line {n}: group {r['group']!r}")
        for k in ("text", "meaning"):
            m = FORBIDDEN_RE.search(r[k])
            if m:
                err(f"line {n}: {k} contains taxonomy word {m.group(0)!r}")
        rows.append(r)

if len(rows) != 264:
    err(f"{len(rows)} rows, expected 264")
per_group = Counter(r["group"] for r in rows)
for g in (f"g{i:02d}" for i in range(1, 25)):
    if per_group[g] != 11:
        err(f"{g}: {per_group[g]} rows, expected 11")
langs = defaultdict(set)
for r in rows:
    langs[r["group"]].add(r["lang"])
for g, ls in sorted(langs.items()):
    if len(ls) != 1:
        err(f"{g}: several languages {sorted(ls)}")
seen = {}
for n, r in enumerate(rows, 1):
    key = " ".join(r["text"].split()).casefold()
    if key in seen:
        err(f"line {n}: duplicate text of line {seen[key]}")
    seen[key] = n

# received dates were drawn per writing slot before the replies were written
with open(REC, encoding="utf-8") as f:
    slots = json.load(f)
if len(slots) != len(rows):
    err(f"received-a.json has {len(slots)} slots for {len(rows)} rows")
group_pos = Counter()
for n, (r, s) in enumerate(zip(rows, slots), 1):
    group_pos[r["group"]] += 1
    if s["group"] != r["group"] or s["slot"] != group_pos[r["group"]]:
        err(f"line {n}: slot mismatch {s} vs {r['group']}#{group_pos[r['group']]}")
    d = dt.date.fromisoformat(s["received"])
    if not (FIRST <= d <= LAST) or d.weekday() == 6:
        err(f"line {n}: received {d} out of range or a Sunday")
    r["_received"] = d
    found = MEANT_RE.findall(r["meaning"])
    if len(found) > 1:
        err(f"line {n}: several dates meant")
    meant = dt.date.fromisoformat(found[0]) if found else None
    if meant is not None and not (d <= meant <= d + dt.timedelta(days=45)):
        err(f"line {n}: date meant {meant} not within 45 days on/after received {d}")
    r["_meant"] = meant

if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)

order = list(range(len(rows)))
random.Random(3441).shuffle(order)
with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
    for k, i in enumerate(order, 1):
        r = rows[i]
        rid = f"h34-{k:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["_received"].isoformat()},
                            ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meaning": r["meaning"],
                             "meant": r["_meant"].isoformat() if r["_meant"] else None},
                            ensure_ascii=False) + "\n")

by_lang = Counter(r["lang"] for r in rows)
print(f"ok: {len(rows)} rows, groups {len(per_group)}, by language {dict(sorted(by_lang.items()))}, "
      f"with a date meant {sum(r['_meant'] is not None for r in rows)}")
print(f"wrote {OUT_U} and {OUT_M}")
