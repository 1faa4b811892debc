#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number and write the part-a outputs.

Reads raw-a.jsonl and dates-a.json next to this script. Writes
unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant). Texts are never modified.
"""
import collections
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def fail(msg):
    sys.exit("INVALID: " + msg)


def parse_date(s, where):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail("%s: bad date %r" % (where, s))
    if d.isoformat() != s:
        fail("%s: date not in YYYY-MM-DD form %r" % (where, s))
    return d


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
            if list(r.keys()) != KEYS:
                fail("line %d keys %s" % (n, list(r.keys())))
            rows.append(r)

    by_group = collections.defaultdict(list)
    texts = set()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in LANG_GROUPS:
            fail("%s: lang %r" % (where, r["lang"]))
        if not (isinstance(r["group"], str) and len(r["group"]) == 3
                and r["group"][0] == "g" and r["group"][1:].isdigit()
                and 1 <= int(r["group"][1:]) <= 12):
            fail("%s: group %r" % (where, r["group"]))
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
            fail("%s: slot %r" % (where, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s: empty text" % where)
        if r["text"] in texts:
            fail("%s: duplicate text" % where)
        texts.add(r["text"])
        rec = parse_date(r["received"], where + " received")
        if not START <= rec <= END:
            fail("%s: received %s out of range" % (where, rec))
        if rec.weekday() == 6:
            fail("%s: received %s is a Sunday" % (where, rec))
        if drawn.get("%s#%d" % (r["group"], r["slot"])) != r["received"]:
            fail("%s: received %s differs from drawn %s" % (where, r["received"], drawn.get(where)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"], where + " meant")
            if md < rec:
                fail("%s: meant %s before received %s" % (where, md, rec))
        by_group[r["group"]].append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %s" % sorted(by_group))
    lang_count = collections.Counter()
    for g, rs in sorted(by_group.items()):
        if len(rs) != 11 or sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s: needs slots 1..11 once each" % g)
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s: mixed languages %s" % (g, langs))
        lang_count[langs.pop()] += 1
    if dict(lang_count) != LANG_GROUPS:
        fail("groups per language %s" % dict(lang_count))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(105413).shuffle(rows)

    un_path = os.path.join(HERE, "unlabelled-a.jsonl")
    me_path = os.path.join(HERE, "meanings-a.jsonl")
    with open(un_path, "w", encoding="utf-8", newline="\n") as fu, \
            open(me_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h105-%04d" % i
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])]), ensure_ascii=False) + "\n")

    lens = sorted(len(r["text"]) for r in rows)
    print("OK: %d rows, %s groups per language" % (len(rows), dict(lang_count)))
    print("text length min/median/max: %d / %s / %d" % (
        lens[0], (lens[65] + lens[66]) / 2, lens[-1]))
    for p in (un_path, me_path):
        with open(p, "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.basename(p)))


if __name__ == "__main__":
    main()
