#!/usr/bin/env python3
"""Draw one received date per slot gNN#1..gNN#11 for 24 groups (264 slots).

Uniform among Monday-Saturday days from 2026-01-05 to 2026-11-27 (inclusive),
using random.Random(48412). Slots are drawn in order g01#1, g01#2, ..., g24#11.
Writes dates-a.json (slot -> ISO date) and prints each slot with its weekday
plus a 2026 calendar.
"""
import calendar
import datetime as dt
import json
import os

import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
GROUPS = 24
SLOTS = 11


def eligible_days():
    days = []
    d = START
    while d <= END:
        if d.weekday() <= 5:  # Mon=0 .. Sat=5; Sunday (6) excluded
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def main():
    rng = random.Random(48412)
    days = eligible_days()
    out = {}
    for g in range(1, GROUPS + 1):
        for s in range(1, SLOTS + 1):
            out[f"g{g:02d}#{s}"] = rng.choice(days).isoformat()
    with open(os.path.join(HERE, "dates-a.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"eligible Mon-Sat days: {len(days)}")
    for slot, iso in out.items():
        d = dt.date.fromisoformat(iso)
        print(f"{slot:7s} {iso} {d.strftime('%a')}")
    print()
    print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))


if __name__ == "__main__":
    main()
