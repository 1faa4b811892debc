#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number and date it -> unlabelled-b.jsonl."""
import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw-b.jsonl"
OUT = HERE / "unlabelled-b.jsonl"

LANGS = {"es", "pt", "en"}
GROUPS = {f"g{i:02d}" for i in range(1, 25)}
FIRST_ID, LAST_ID = 501, 764
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)


def main() -> int:
    rows, errors, seen = [], [], {}
    with RAW.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
                continue
            if set(obj) != {"lang", "group", "text"}:
                errors.append(f"line {n}: unexpected keys {sorted(obj)}")
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"line {n}: empty text")
            elif text in seen:
                errors.append(f"line {n}: duplicate of line {seen[text]}: {text!r}")
            else:
                seen[text] = n
            if obj.get("lang") not in LANGS:
                errors.append(f"line {n}: bad lang {obj.get('lang')!r}")
            if obj.get("group") not in GROUPS:
                errors.append(f"line {n}: bad group {obj.get('group')!r}")
            rows.append(obj)

    expected = LAST_ID - FIRST_ID + 1
    if len(rows) != expected:
        errors.append(f"expected {expected} rows, got {len(rows)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    rng = random.Random(2728)
    rng.shuffle(rows)

    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # Monday(0)..Saturday(5); skip Sunday
            days.append(d)
        d += dt.timedelta(days=1)

    with OUT.open("w", encoding="utf-8") as fh:
        for i, obj in enumerate(rows):
            received = rng.choice(days)
            rec = {
                "id": f"h27-{FIRST_ID + i:04d}",
                "lang": obj["lang"],
                "part": "b",
                "group": obj["group"],
                "text": obj["text"],
                "received": received.isoformat(),
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
