#!/usr/bin/env python3
"""Counts for README-a.md (reads raw-a.jsonl only)."""
import collections
import datetime as dt
import json
import statistics

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
by_lang = collections.Counter(r["lang"] for r in rows)
print("rows per lang", dict(by_lang))
lens = [len(r["text"]) for r in rows]
print("len min/median/max", min(lens), statistics.median(lens), max(lens))
print("len<=15", sum(l <= 15 for l in lens), " len>=150", sum(l >= 150 for l in lens))
wd = collections.Counter(dt.date.fromisoformat(r["received"]).strftime("%a") for r in rows)
print("weekdays", {d: wd[d] for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]})
stop = [r for r in rows if r["meaning"].endswith("yes")]
print("stops", len(stop), dict(collections.Counter(r["lang"] for r in stop)))
look = [r for r in rows if r["meaning"].startswith("Lookalike")]
print("lookalikes", len(look), dict(collections.Counter(r["lang"] for r in look)))
meant = [r for r in rows if r["meant"]]
print("meant", len(meant), dict(collections.Counter(r["lang"] for r in meant)))
print("stop+meant", sum(1 for r in stop if r["meant"]))
per_group = collections.defaultdict(lambda: [0, 0, 0])
for r in rows:
    g = per_group[r["group"]]
    g[0] += r["meaning"].endswith("yes")
    g[1] += r["meaning"].startswith("Lookalike")
    g[2] += r["meant"] is not None
print("per group stop/look/meant", {k: tuple(v) for k, v in sorted(per_group.items())})
emoji = sum(1 for r in rows if any(ord(c) > 0x2000 and not c.isalpha() and c not in "—–’‘“”…₡º" for c in r["text"]))
print("rows with emoji/symbols", emoji)
