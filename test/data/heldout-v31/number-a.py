#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number ids h31-0001..h31-0264, draw received dates.

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
intents-a.jsonl (id, intent). Python 3 standard library only.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
OUT = os.path.join(HERE, "unlabelled-a.jsonl")
INTENTS = os.path.join(HERE, "intents-a.jsonl")

KEYS = {"lang", "group", "text", "intent"}
LANGS = {"es", "pt", "en"}
GROUPS = ["g%02d" % i for i in range(1, 25)]
PER_GROUP = 11
TOTAL = 264
SEED = 3131
FIRST = datetime.date(2026, 1, 5)
LAST = datetime.date(2026, 11, 27)


def fail(msg):
    sys.exit("raw-a.jsonl invalid: " + msg)


def load():
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                fail("line %d: %s" % (n, e))
            if not isinstance(r, dict) or set(r) != KEYS:
                fail("line %d: keys %s" % (n, sorted(r) if isinstance(r, dict) else r))
            if r["lang"] not in LANGS:
                fail("line %d: lang %r" % (n, r["lang"]))
            if r["group"] not in GROUPS:
                fail("line %d: group %r" % (n, r["group"]))
            for k in ("text", "intent"):
                if not isinstance(r[k], str) or not r[k].strip():
                    fail("line %d: empty %s" % (n, k))
            rows.append(r)
    if len(rows) != TOTAL:
        fail("%d rows, expected %d" % (len(rows), TOTAL))
    for g in GROUPS:
        c = sum(1 for r in rows if r["group"] == g)
        if c != PER_GROUP:
            fail("group %s has %d rows" % (g, c))
        if len({r["lang"] for r in rows if r["group"] == g}) != 1:
            fail("group %s mixes languages" % g)
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        dup = sorted({t for t in texts if texts.count(t) > 1})
        fail("duplicate texts: %r" % dup)
    return rows


def main():
    rows = load()
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    days = []
    d = FIRST
    while d <= LAST:
        if d.weekday() < 6:  # Monday..Saturday
            days.append(d)
        d += datetime.timedelta(days=1)
    out, intents = [], []
    for i, idx in enumerate(order, 1):
        r = rows[idx]
        rid = "h31-%04d" % i
        received = rng.choice(days).isoformat()
        out.append({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                    "text": r["text"], "received": received})
        intents.append({"id": rid, "intent": r["intent"]})
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(INTENTS, "w", encoding="utf-8") as f:
        for o in intents:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    rec = sorted(o["received"] for o in out)
    print("ok: %d rows -> %s, %s; received %s .. %s (%d candidate days)"
          % (len(out), os.path.basename(OUT), os.path.basename(INTENTS), rec[0], rec[-1], len(days)))


if __name__ == "__main__":
    main()
