#!/usr/bin/env python3
"""Validate raw-b.jsonl against cards.jsonl, shuffle, number and write
unlabelled-b.jsonl and meant-b.jsonl. Stdlib only."""
import datetime
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 264
FIRST_ID = 501


def load_profiles():
    spec = importlib.util.spec_from_file_location("make_cards", os.path.join(HERE, "make-cards.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {p[0]: p[1] for p in mod.PROFILES}


def read_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fail(msg):
    sys.exit("number-b.py: " + msg)


def main():
    lang_of = load_profiles()
    cards = {c["card"]: c for c in read_jsonl("cards.jsonl")}
    raw = read_jsonl("raw-b.jsonl")

    if len(cards) != N:
        fail("cards.jsonl has %d cards, expected %d" % (len(cards), N))
    if len(raw) != N:
        fail("raw-b.jsonl has %d rows, expected %d" % (len(raw), N))
    seen = set()
    for i, r in enumerate(raw, 1):
        if list(r.keys()) != ["card", "text", "meant", "note"]:
            fail("row %d: keys %s" % (i, list(r.keys())))
        c = r["card"]
        if c != i:
            fail("row %d: card %r out of order" % (i, c))
        if c in seen or c not in cards:
            fail("row %d: card %r repeated or unknown" % (i, c))
        seen.add(c)
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("card %d: empty text" % c)
        if not isinstance(r["note"], str) or not r["note"].strip():
            fail("card %d: empty note" % c)
        if r["meant"] is not None:
            try:
                d = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("card %d: bad meant date %r" % (c, r["meant"]))
            if len(r["meant"]) != 10:
                fail("card %d: meant not YYYY-MM-DD" % c)
            if d < datetime.date.fromisoformat(cards[c]["received"]):
                fail("card %d: meant %s before received %s" % (c, r["meant"], cards[c]["received"]))
    if seen != set(cards):
        fail("cards missing from raw-b.jsonl")

    order = list(raw)
    random.Random(3333).shuffle(order)

    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
         open(os.path.join(HERE, "meant-b.jsonl"), "w", encoding="utf-8") as fm:
        for k, r in enumerate(order):
            c = cards[r["card"]]
            rid = "h33-%04d" % (FIRST_ID + k)
            fu.write(json.dumps({
                "id": rid,
                "lang": lang_of[c["writer"]],
                "part": "b",
                "group": c["writer"],
                "text": r["text"],
                "received": c["received"],
            }, ensure_ascii=False) + "\n")
            fm.write(json.dumps({
                "id": rid,
                "card": r["card"],
                "writer": c["writer"],
                "situation": c["situation"],
                "meant": r["meant"],
                "note": r["note"],
            }, ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h33-%04d..h33-%04d" % (len(order), FIRST_ID, FIRST_ID + len(order) - 1))


if __name__ == "__main__":
    main()
