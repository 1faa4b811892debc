#!/usr/bin/env python3
"""Counts for README-b.md (reads raw-b.jsonl only)."""
import datetime as dt
import json
import statistics
from collections import Counter

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
LOOKALIKES = {("g01", 11), ("g04", 10), ("g05", 10), ("g06", 9),
              ("g09", 7), ("g10", 7), ("g12", 11)}
print("rows", len(rows))
print("per lang", dict(Counter(r["lang"] for r in rows)))
L = [len(r["text"]) for r in rows]
print("text length min/median/max", min(L), statistics.median(L), max(L))
print("<=15 chars", sum(x <= 15 for x in L), " >=150 chars", sum(x >= 150 for x in L))
wd = Counter(dt.date.fromisoformat(r["received"]).strftime("%a") for r in rows)
print("weekdays", {d: wd[d] for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]})
stops = [r for r in rows if r["meaning"].endswith(": yes")]
print("stops", len(stops), dict(Counter(r["lang"] for r in stops)))
print("meant dates", sum(r["meant"] is not None for r in rows))
print("meant gap days", sorted((dt.date.fromisoformat(r["meant"]) - dt.date.fromisoformat(r["received"])).days for r in rows if r["meant"]))
lk = [r for r in rows if (r["group"], r["slot"]) in LOOKALIKES]
print("lookalikes", len(lk), "all stop=no:", all(r["meaning"].endswith(": no") for r in lk))
print("stops with a meant date", sum(1 for r in stops if r["meant"]))
print("months", dict(sorted(Counter(r["received"][:7] for r in rows).items())))
