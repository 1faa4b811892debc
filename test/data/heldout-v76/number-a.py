#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number it.

Reads raw-a.jsonl and dates-a.json next to this script; writes
unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant), also next to this script.
Stops with an error message if any check fails.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}


def fail(msg):
    sys.exit("number-a.py: ERROR: " + msg)


def iso(s, where):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail("%s: not an ISO date: %r" % (where, s))
    if d.isoformat() != s:
        fail("%s: not a canonical ISO date: %r" % (where, s))
    return d


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                fail("line %d: bad JSON: %s" % (n, e))
            if list(r.keys()) != KEYS:
                fail("line %d: keys/order %r != %r" % (n, list(r.keys()), KEYS))
            rows.append((n, r))

    group_lang = {}
    slots = defaultdict(list)
    texts = Counter()
    for n, r in rows:
        w = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in WANT_GROUPS:
            fail("%s: bad lang %r" % (w, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail("%s: bad group %r" % (w, g))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("%s: group %s mixes languages" % (w, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            fail("%s: bad slot %r" % (w, s))
        slots[g].append(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            fail("%s: empty text or text with outer whitespace" % w)
        texts[t] += 1
        rec = iso(r["received"], w + " received")
        if not (START <= rec <= END):
            fail("%s: received %s out of range" % (w, rec))
        if rec.weekday() == 6:
            fail("%s: received %s is a Sunday" % (w, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("%s: received %s != drawn %s" % (w, r["received"], drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning must end with the stop sentence" % w)
        if r["meant"] is not None:
            md = iso(r["meant"], w + " meant")
            if md < rec:
                fail("%s: meant %s before received %s" % (w, md, rec))

    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups present: %s" % sorted(group_lang))
    per_lang = Counter(group_lang.values())
    if dict(per_lang) != WANT_GROUPS:
        fail("groups per language %s != %s" % (dict(per_lang), WANT_GROUPS))
    for g, ss in slots.items():
        if sorted(ss) != list(range(1, 12)):
            fail("group %s slots %s" % (g, sorted(ss)))
    dup = [t for t, c in texts.items() if c > 1]
    if dup:
        fail("duplicate texts: %r" % dup)
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(76413).shuffle(recs)
    with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
            open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(recs, 1):
            rid = "h76-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                                 "text": r["text"], "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                                 "meant": r["meant"]}, ensure_ascii=False) + "\n")
    stops = sum(r["meaning"].endswith(STOP_YES) for r in recs)
    meant = sum(r["meant"] is not None for r in recs)
    print("OK: %d rows, langs %s, stops %d, meant dates %d"
          % (len(recs), dict(Counter(r["lang"] for r in recs)), stops, meant))


if __name__ == "__main__":
    main()
