#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h111-0501.., write the two outputs.

Reads raw-b.jsonl and dates-b.json from this script's folder; writes
unlabelled-b.jsonl and meanings-b.jsonl to the same folder.
Language split for part b (per the theme): 4 es / 4 pt / 4 en groups.
"""
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
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 4, "pt": 4, "en": 4}
N_GROUPS = 12
N_SLOTS = 11
FIRST, LAST = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_NUMBER = 501


def fail(msg):
    sys.exit("INVALID: " + msg)


def iso(s, where):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail("%s: not an ISO date: %r" % (where, s))
    if d.isoformat() != s:
        fail("%s: not canonical ISO: %r" % (where, s))
    return d


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is blank" % n)
            rows.append((n, json.loads(line, object_pairs_hook=list)))
    if len(rows) != N_GROUPS * N_SLOTS:
        fail("expected %d rows, got %d" % (N_GROUPS * N_SLOTS, len(rows)))

    recs = []
    seen_texts = {}
    seen_slots = set()
    group_langs = collections.defaultdict(set)
    for n, pairs in rows:
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            fail("line %d: keys %r != %r" % (n, keys, KEYS))
        r = dict(pairs)
        where = "line %d" % n
        if r["lang"] not in LANGS:
            fail("%s: bad lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= N_GROUPS):
            fail("%s: bad group %r" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= N_SLOTS):
            fail("%s: bad slot %r" % (where, s))
        if (g, s) in seen_slots:
            fail("%s: duplicate slot %s#%d" % (where, g, s))
        seen_slots.add((g, s))
        group_langs[g].add(r["lang"])
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            fail("%s: empty text or surrounding whitespace" % where)
        if t in seen_texts:
            fail("%s: duplicate text (also line %d)" % (where, seen_texts[t]))
        seen_texts[t] = n
        rec = iso(r["received"], where + " received")
        if rec.weekday() == 6:
            fail("%s: received is a Sunday" % where)
        if not FIRST <= rec <= LAST:
            fail("%s: received out of range" % where)
        slot_key = "%s#%d" % (g, s)
        if drawn.get(slot_key) != r["received"]:
            fail("%s: received %s != drawn %s for %s"
                 % (where, r["received"], drawn.get(slot_key), slot_key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning must end with the stop sentence" % where)
        if r["meant"] is not None:
            md = iso(r["meant"], where + " meant")
            if md < rec:
                fail("%s: meant %s before received %s" % (where, md, rec))
        recs.append(r)

    if len(group_langs) != N_GROUPS:
        fail("expected %d groups, got %d" % (N_GROUPS, len(group_langs)))
    per_lang = collections.Counter()
    for g, ls in group_langs.items():
        if len(ls) != 1:
            fail("group %s mixes languages %r" % (g, sorted(ls)))
        per_lang[next(iter(ls))] += 1
    if dict(per_lang) != WANT_GROUPS_PER_LANG:
        fail("groups per language %r != %r" % (dict(per_lang), WANT_GROUPS_PER_LANG))
    for g in group_langs:
        slots = sorted(s for gg, s in seen_slots if gg == g)
        if slots != list(range(1, N_SLOTS + 1)):
            fail("group %s slots %r" % (g, slots))

    recs.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(111513).shuffle(recs)
    with open(OUT_U, "w", encoding="utf-8") as fu, open(OUT_M, "w", encoding="utf-8") as fm:
        for i, r in enumerate(recs):
            rid = "h111-%04d" % (FIRST_NUMBER + i)
            u = collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "b"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])])
            mm = collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])])
            fu.write(json.dumps(u, ensure_ascii=False) + "\n")
            fm.write(json.dumps(mm, ensure_ascii=False) + "\n")
    print("OK: %d rows, ids h111-%04d..h111-%04d, groups per lang %s"
          % (len(recs), FIRST_NUMBER, FIRST_NUMBER + len(recs) - 1, dict(per_lang)))


if __name__ == "__main__":
    main()
