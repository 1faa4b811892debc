#!/usr/bin/env python3
"""Counts for README-b.md (read-only over raw-b.jsonl)."""
import collections
import datetime as dt
import json
import statistics

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
print("rows", len(rows))
print("per lang", dict(collections.Counter(r["lang"] for r in rows)))
L = [len(r["text"]) for r in rows]
print("len min/median/max", min(L), statistics.median(L), max(L))
print("len <=15:", sum(l <= 15 for l in L), " len >=150:", sum(l >= 150 for l in L))
print("received weekdays", {WD[i]: c for i, c in sorted(collections.Counter(
    dt.date.fromisoformat(r["received"]).weekday() for r in rows).items())})
print("received months", dict(sorted(collections.Counter(r["received"][:7] for r in rows).items())))
print("stops", sum(r["meaning"].endswith("yes") for r in rows))
print("meant dates", sum(r["meant"] is not None for r in rows))
print("meant weekdays", {WD[i]: c for i, c in sorted(collections.Counter(
    dt.date.fromisoformat(r["meant"]).weekday() for r in rows if r["meant"]).items())})
print("same-day meant", sum(r["meant"] == r["received"] for r in rows))
print("lookalikes", sum(r["meaning"].startswith("Lookalike") for r in rows))
print("stops per lang", dict(collections.Counter(r["lang"] for r in rows if r["meaning"].endswith("yes"))))
print("meant per lang", dict(collections.Counter(r["lang"] for r in rows if r["meant"])))
