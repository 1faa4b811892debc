#!/usr/bin/env python3
"""Counts for README-b.md, read from raw-b.jsonl (read-only)."""
import collections
import datetime as dt
import json
import os
import statistics

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8")]
print("rows", len(rows))
print("rows per lang", dict(collections.Counter(r["lang"] for r in rows)))
L = [len(r["text"]) for r in rows]
print("text length min/median/max", min(L), statistics.median(L), max(L))
print("<=15 chars", sum(l <= 15 for l in L), " >=150 chars", sum(l >= 150 for l in L))
for lang in ("es", "pt", "en"):
    ll = [len(r["text"]) for r in rows if r["lang"] == lang]
    print(f"  {lang}: min {min(ll)} median {statistics.median(ll)} max {max(ll)}")
wd = collections.Counter(dt.date.fromisoformat(r["received"]).strftime("%a") for r in rows)
print("received weekdays", {d: wd[d] for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]})
stops = [r for r in rows if r["meaning"].endswith("stop writing: yes")]
print("stops yes", len(stops), dict(collections.Counter(r["lang"] for r in stops)),
      sorted(f"{r['group']}#{r['slot']}" for r in stops))
look = [r for r in rows if r["meaning"].startswith("Lookalike")]
print("lookalikes", len(look), sorted(f"{r['group']}#{r['slot']}" for r in look))
meant = [r for r in rows if r["meant"]]
print("meant dates", len(meant), dict(collections.Counter(r["lang"] for r in meant)))
mwd = collections.Counter(dt.date.fromisoformat(r["meant"]).strftime("%a") for r in meant)
print("meant weekdays", dict(mwd))
gaps = [(dt.date.fromisoformat(r["meant"]) - dt.date.fromisoformat(r["received"])).days for r in meant]
print("gap min/median/max", min(gaps), statistics.median(gaps), max(gaps))
print("emoji rows", sum(any(ord(c) > 0x2000 for c in r["text"]) for r in rows))
