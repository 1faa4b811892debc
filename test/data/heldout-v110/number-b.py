#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(110513), number h110-0501...,
write unlabelled-b.jsonl and meanings-b.jsonl. Files are read and written next
to this script. Standard library only. Texts are never modified."""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-b.jsonl")
DATES = os.path.join(HERE, "dates-b.json")
OUT_U = os.path.join(HERE, "unlabelled-b.jsonl")
OUT_M = os.path.join(HERE, "meanings-b.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            if list(obj.keys()) != KEYS:
                fail("line %d: keys %r" % (n, list(obj.keys())))
            rows.append(obj)
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    group_lang = {}
    group_slots = collections.defaultdict(list)
    texts = set()
    for r in rows:
        tag = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in ("es", "pt", "en"):
            fail("%s: lang %r" % (tag, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail("%s: bad group" % tag)
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("%s: group has more than one language" % tag)
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool):
            fail("%s: slot not int" % tag)
        group_slots[g].append(r["slot"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s: empty text" % tag)
        if r["text"] in texts:
            fail("%s: duplicate text" % tag)
        texts.add(r["text"])
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("%s: received not a date" % tag)
        if rec.weekday() == 6 or not (START <= rec <= END):
            fail("%s: received %s out of range or Sunday" % (tag, rec))
        if drawn.get("%s#%d" % (g, r["slot"])) != r["received"]:
            fail("%s: received %s != drawn %s" % (tag, r["received"],
                                                  drawn.get("%s#%d" % (g, r["slot"]))))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning does not end with the stop sentence" % tag)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("%s: meant not a date" % tag)
            if md < rec:
                fail("%s: meant before received" % tag)

    if len(group_lang) != 12:
        fail("expected 12 groups, got %d" % len(group_lang))
    per_lang = collections.Counter(group_lang.values())
    if per_lang != {"es": 5, "pt": 4, "en": 3}:
        fail("groups per language %r" % dict(per_lang))
    for g, sl in group_slots.items():
        if sorted(sl) != list(range(1, 12)):
            fail("%s: slots %r" % (g, sorted(sl)))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(110513).shuffle(rows)

    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows):
            rid = "h110-%04d" % (FIRST_ID + i)
            u = collections.OrderedDict([("id", rid), ("lang", r["lang"]), ("part", "b"),
                                         ("group", r["group"]), ("text", r["text"]),
                                         ("received", r["received"])])
            m = collections.OrderedDict([("id", rid), ("group", r["group"]),
                                         ("meaning", r["meaning"]), ("meant", r["meant"])])
            fu.write(json.dumps(u, ensure_ascii=False) + "\n")
            fm.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h110-%04d..h110-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))


if __name__ == "__main__":
    main()
