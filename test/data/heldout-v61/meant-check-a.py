#!/usr/bin/env python3
"""List every row of raw-a.jsonl with a meant date: received (weekday), meant (weekday),
gap in days, text. Output: meant-check-a.txt (for checking by eye)."""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
out = []
rows = [json.loads(l) for l in (HERE / "raw-a.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
rows.sort(key=lambda r: (r["group"], r["slot"]))
n = 0
for r in rows:
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    out.append(f"{r['group']}#{r['slot']:<2} {rec} {rec:%a} -> {mt} {mt:%a}  gap {(mt - rec).days:>2}d  | {r['text']}")
header = f"meant dates in raw-a.jsonl: {n}\n" + "group#slot received       -> meant            gap    | text\n"
(HERE / "meant-check-a.txt").write_text(header + "\n".join(out) + "\n", encoding="utf-8")
print(header + "\n".join(out))
