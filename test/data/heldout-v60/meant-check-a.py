#!/usr/bin/env python3
"""List every row with a meant date beside its received date (weekdays, gap,
text) for checking by eye. Writes meant-check-a.txt (listing part only)."""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
rows = [json.loads(l) for l in (HERE / "raw-a.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = {}
for l in (HERE / "meanings-a.jsonl").read_text(encoding="utf-8").splitlines():
    m = json.loads(l)
    ids.setdefault(m["group"], []).append(m)
out = ["meant-check-a — every meant date beside its received date", ""]
n = 0
for r in sorted(rows, key=lambda r: (r["group"], r["slot"])):
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    m = dt.date.fromisoformat(r["meant"])
    stop = r["meaning"].endswith("yes")
    out.append(f"{r['group']}#{r['slot']:<2} {r['lang']}  received {rec} {rec.strftime('%a')}  ->  meant {m} {m.strftime('%a')}  gap {(m - rec).days:>2} d{'  [also a stop]' if stop else ''}")
    out.append(f"      text: {r['text']}")
    out.append("")
out.append(f"rows with a meant date: {n} of {len(rows)}")
(HERE / "meant-check-a.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
print("\n".join(out))
