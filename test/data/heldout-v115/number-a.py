#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number and split it.

Reads raw-a.jsonl and dates-a.json next to this script; writes
unlabelled-a.jsonl and meanings-a.jsonl next to this script.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            if list(obj.keys()) != KEYS:
                fail("line %d: keys %s" % (n, list(obj.keys())))
            rows.append(obj)
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    by_group = collections.defaultdict(list)
    for r in rows:
        if r["lang"] not in LANG_GROUPS:
            fail("bad lang %r" % r["lang"])
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail("bad group %r" % g)
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail("bad slot %r in %s" % (r["slot"], g))
        by_group[g].append(r)
    if len(by_group) != 12:
        fail("expected 12 groups, got %d" % len(by_group))

    group_lang = {}
    for g, rs in by_group.items():
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("group %s slots %s" % (g, sorted(r["slot"] for r in rs)))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("group %s has languages %s" % (g, langs))
        group_lang[g] = langs.pop()
    counts = collections.Counter(group_lang.values())
    if dict(counts) != LANG_GROUPS:
        fail("groups per language %s" % dict(counts))

    texts = set()
    for r in rows:
        key = "%s#%d" % (r["group"], r["slot"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s empty text" % key)
        if r["text"] in texts:
            fail("%s duplicate text" % key)
        texts.add(r["text"])
        rec = datetime.date.fromisoformat(r["received"])
        if not START <= rec <= END:
            fail("%s received out of range" % key)
        if rec.weekday() == 6:
            fail("%s received on a Sunday" % key)
        if r["received"] != drawn[key]:
            fail("%s received %s but drawn %s" % (key, r["received"], drawn[key]))
        if not r["meaning"].endswith(STOP_ENDINGS):
            fail("%s meaning does not end with the stop sentence" % key)
        if r["meant"] is not None:
            try:
                m = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("%s meant %r not a date" % (key, r["meant"]))
            if m.isoformat() != r["meant"]:
                fail("%s meant not ISO" % key)
            if m < rec:
                fail("%s meant before received" % key)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(115413).shuffle(rows)
    with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h115-%04d" % i
            u = collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])])
            m = collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])])
            fu.write(json.dumps(u, ensure_ascii=False) + "\n")
            fm.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("ok: %d rows, groups per language %s" % (len(rows), dict(counts)))


if __name__ == "__main__":
    main()
