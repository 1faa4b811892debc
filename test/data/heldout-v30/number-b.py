#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number ids h30-0501..h30-0764, draw received dates.

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
intents-b.jsonl (id, intent). Python 3 standard library only.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
OUT = os.path.join(HERE, "unlabelled-b.jsonl")
INTENTS = os.path.join(HERE, "intents-b.jsonl")

KEYS = {"lang", "group", "text", "intent"}
LANGS = {"es", "pt", "en"}
GROUPS = ["g%02d" % i for i in range(1, 25)]
N_ROWS = 264
PER_GROUP = 11
FIRST_ID = 501
SEED = 3032
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)


def fail(msg):
    sys.exit("number-b.py: " + msg)


def load():
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                fail("line %d: bad JSON (%s)" % (n, e))
            if not isinstance(r, dict) or set(r) != KEYS:
                fail("line %d: keys must be exactly %s" % (n, sorted(KEYS)))
            if r["lang"] not in LANGS:
                fail("line %d: bad lang %r" % (n, r["lang"]))
            if r["group"] not in GROUPS:
                fail("line %d: bad group %r" % (n, r["group"]))
            for k in ("text", "intent"):
                if not isinstance(r[k], str) or not r[k].strip():
                    fail("line %d: empty %s" % (n, k))
            rows.append(r)
    if len(rows) != N_ROWS:
        fail("expected %d rows, got %d" % (N_ROWS, len(rows)))
    texts = collections.Counter(r["text"] for r in rows)
    dup = [t for t, c in texts.items() if c > 1]
    if dup:
        fail("duplicate texts: %r" % dup)
    per = collections.Counter(r["group"] for r in rows)
    bad = {g: per.get(g, 0) for g in GROUPS if per.get(g, 0) != PER_GROUP}
    if bad:
        fail("groups without %d rows: %r" % (PER_GROUP, bad))
    return rows


def main():
    rows = load()
    rng = random.Random(SEED)
    rng.shuffle(rows)
    days = []
    d = START
    while d <= END:
        if d.weekday() < 6:  # Monday=0 .. Saturday=5
            days.append(d)
        d += datetime.timedelta(days=1)
    with open(OUT, "w", encoding="utf-8") as fo, \
            open(INTENTS, "w", encoding="utf-8") as fi:
        for k, r in enumerate(rows):
            rid = "h30-%04d" % (FIRST_ID + k)
            received = rng.choice(days).isoformat()
            out = {"id": rid, "lang": r["lang"], "part": "b",
                   "group": r["group"], "text": r["text"],
                   "received": received}
            fo.write(json.dumps(out, ensure_ascii=False) + "\n")
            fi.write(json.dumps({"id": rid, "intent": r["intent"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h30-%04d..h30-%04d, %d candidate days"
          % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1, len(days)))


if __name__ == "__main__":
    main()
