#!/usr/bin/env python3
"""Draw a received date for each reply slot of part a (c01#1 ... c24#11).

Dates are Monday-Saturday days between 2026-01-05 and 2026-11-27 inclusive,
drawn with random.Random(36412) in slot order. Output: received-a.json
(an object slot -> "YYYY-MM-DD", in slot order). Standard library only;
running it again rebuilds the same file byte for byte.
"""
import datetime
import json
import random

START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
GROUPS = 24
PER_GROUP = 11


def main():
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # drop Sundays; Monday=0 ... Saturday=5
            days.append(d)
        d += datetime.timedelta(days=1)
    rng = random.Random(36412)
    out = {}
    for g in range(1, GROUPS + 1):
        for n in range(1, PER_GROUP + 1):
            out["c%02d#%d" % (g, n)] = rng.choice(days).isoformat()
    with open("received-a.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
