#!/usr/bin/env python3
"""Counts for README-a.md, computed from raw-a.jsonl (read-only)."""
import datetime as dt
import json
import statistics
from collections import Counter

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
lens = [len(r["text"]) for r in rows]
print("rows", len(rows), "per lang", dict(Counter(r["lang"] for r in rows)))
print("text length min/median/max", min(lens), statistics.median(lens), max(lens))
print("short (<=15 chars)", sum(l <= 15 for l in lens), " long (>=150)", sum(l >= 150 for l in lens))
wd = Counter(dt.date.fromisoformat(r["received"]).strftime("%a") for r in rows)
print("weekdays", {d: wd[d] for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]})
print("stop yes", sum(r["meaning"].endswith(": yes") for r in rows))
print("meant dates", sum(r["meant"] is not None for r in rows),
      " meant+stop", sum(r["meant"] is not None and r["meaning"].endswith(": yes") for r in rows))
print("only-complain (meaning starts 'Only')", sum(r["meaning"].startswith("Only") for r in rows))
print("not the debtor", sum(r["meaning"].startswith("Not the debtor") for r in rows))
print("lookalikes", sum(r["meaning"].startswith("Lookalike") for r in rows))
print("no-stop that say it is a request about hour/day/channel/tone (not Only):",
      [f"{r['group']}#{r['slot']}" for r in rows if not r["meaning"].startswith("Only")
       and ("not a stop" in r["meaning"] or "not to stop" in r["meaning"])])
for g in sorted({r["group"] for r in rows}):
    gr = [r for r in rows if r["group"] == g]
    print(g, gr[0]["lang"], "stop", sum(r["meaning"].endswith(": yes") for r in gr),
          "only", sum(r["meaning"].startswith("Only") for r in gr),
          "meant", sum(r["meant"] is not None for r in gr),
          "notdebtor", sum(r["meaning"].startswith("Not the debtor") for r in gr),
          "lookalike", sum(r["meaning"].startswith("Lookalike") for r in gr))
