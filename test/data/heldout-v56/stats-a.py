#!/usr/bin/env python3
"""Helper: print counts for README-a.md from raw-a.jsonl (read only)."""
import collections
import datetime as dt
import json
import statistics

rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
print("rows", len(rows))
print("per lang", dict(collections.Counter(r["lang"] for r in rows)))
L = sorted(len(r["text"]) for r in rows)
print("len min/median/max", L[0], statistics.median(L), L[-1])
print("len <=15:", sum(x <= 15 for x in L), " 16-149:", sum(15 < x < 150 for x in L),
      " 150-500:", sum(150 <= x <= 500 for x in L), " >500:", sum(x > 500 for x in L))
for lang in ("es", "pt", "en"):
    l = sorted(len(r["text"]) for r in rows if r["lang"] == lang)
    print(" ", lang, "min/median/max", l[0], statistics.median(l), l[-1])
wd = collections.Counter(dt.date.fromisoformat(r["received"]).strftime("%a") for r in rows)
print("received weekdays", {d: wd[d] for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]})
print("received months", dict(sorted(collections.Counter(r["received"][:7] for r in rows).items())))
stops = [r for r in rows if r["meaning"].endswith(": yes")]
print("stops", len(stops), "by lang", dict(collections.Counter(r["lang"] for r in stops)))
meant = [r for r in rows if r["meant"]]
print("meant non-null", len(meant), "by lang", dict(collections.Counter(r["lang"] for r in meant)))
print("meant weekdays", dict(collections.Counter(dt.date.fromisoformat(r["meant"]).strftime("%a") for r in meant)))
gaps = sorted((dt.date.fromisoformat(r["meant"]) - dt.date.fromisoformat(r["received"])).days for r in meant)
print("gap days min/median/max", gaps[0], statistics.median(gaps), gaps[-1])
print("stop with meant", [(r["group"], r["slot"]) for r in stops if r["meant"]])
look = [r for r in rows if r["meaning"].startswith("Lookalike")]
print("lookalikes", len(look), [(r["group"], r["slot"]) for r in look])
print("with line breaks", sum("\n" in r["text"] for r in rows))
print("with emoji", sum(any(ord(c) > 0x2500 for c in r["text"]) for r in rows))
