#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it reproducibly and number the rows h79-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script.
Never changes any text: it only checks, orders and numbers the hand-typed rows.
"""
import collections
import datetime
import json
import os
import random
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}


def fail(msg):
    print("INVALID:", msg)
    sys.exit(1)


def load():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            try:
                pairs = json.loads(line, object_pairs_hook=list)
            except ValueError as e:
                fail("line %d is not JSON: %s" % (n, e))
            if [k for k, _ in pairs] != KEYS:
                fail("line %d keys/order %s" % (n, [k for k, _ in pairs]))
            rows.append(dict(pairs))
    return drawn, rows


def validate(drawn, rows):
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))
    by_group = collections.defaultdict(list)
    texts = set()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in WANT_GROUPS:
            fail("%s bad lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail("%s bad group" % where)
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
            fail("%s bad slot" % where)
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            fail("%s empty or padded text" % where)
        if t in texts:
            fail("%s duplicate text %r" % (where, t))
        texts.add(t)
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("%s bad received" % where)
        if not START <= rec <= END or rec.weekday() == 6:
            fail("%s received %s out of range or Sunday" % (where, rec))
        if drawn.get(where) != r["received"]:
            fail("%s received %s != drawn %s" % (where, r["received"], drawn.get(where)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("%s bad meant %r" % (where, r["meant"]))
            if md < rec:
                fail("%s meant %s before received %s" % (where, md, rec))
        by_group[g].append(r)
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %s" % sorted(by_group))
    lang_groups = collections.Counter()
    for g, rs in by_group.items():
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s slots %s" % (g, sorted(r["slot"] for r in rs)))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s mixes languages %s" % (g, langs))
        lang_groups[langs.pop()] += 1
    if dict(lang_groups) != WANT_GROUPS:
        fail("groups per language %s" % dict(lang_groups))


def stats(rows):
    print("rows per language:", dict(sorted(collections.Counter(r["lang"] for r in rows).items())))
    lens = sorted(len(r["text"]) for r in rows)
    print("text length min/median/max: %d / %s / %d" % (lens[0], statistics.median(lens), lens[-1]))
    print("length bands: 1-15: %d, 16-80: %d, 81-149: %d, 150+: %d" % (
        sum(1 for n in lens if n <= 15), sum(1 for n in lens if 16 <= n <= 80),
        sum(1 for n in lens if 81 <= n <= 149), sum(1 for n in lens if n >= 150)))
    wd = collections.Counter(datetime.date.fromisoformat(r["received"]).strftime("%a") for r in rows)
    print("received weekdays:", {d: wd[d] for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]})
    print("stop = yes:", sum(1 for r in rows if r["meaning"].endswith(STOP_YES)))
    print("lookalike (meaning says so):", sum(1 for r in rows if "lookalike" in r["meaning"]))
    print("meant dates:", sum(1 for r in rows if r["meant"] is not None))


def main():
    drawn, rows = load()
    validate(drawn, rows)
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(79413).shuffle(rows)
    with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h79-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                                 "text": r["text"], "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                                 "meant": r["meant"]}, ensure_ascii=False) + "\n")
    print("valid: 132 rows, 12 groups; wrote unlabelled-a.jsonl and meanings-a.jsonl")
    stats(rows)


if __name__ == "__main__":
    main()
