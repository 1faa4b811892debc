#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(111413), number h111-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script.
Standard library only; all paths relative to this script's folder.
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
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}


def fail(msg):
    print("INVALID:", msg)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
            if list(r.keys()) != KEYS:
                fail("line %d keys %s" % (n, list(r.keys())))
            rows.append(r)
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    by_group = collections.defaultdict(list)
    texts = set()
    for r in rows:
        tag = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in WANT_GROUPS:
            fail(tag + " lang")
        if not (isinstance(r["group"], str) and len(r["group"]) == 3
                and r["group"][0] == "g" and 1 <= int(r["group"][1:]) <= 12):
            fail(tag + " group")
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail(tag + " slot")
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail(tag + " empty text")
        if r["text"] in texts:
            fail(tag + " duplicate text")
        texts.add(r["text"])
        rec = datetime.date.fromisoformat(r["received"])
        if rec.isoformat() != r["received"]:
            fail(tag + " received not ISO")
        if rec.weekday() == 6 or not START <= rec <= END:
            fail(tag + " received not Mon-Sat in range")
        if drawn.get(tag) != r["received"]:
            fail(tag + " received differs from drawn date %s" % drawn.get(tag))
        m = r["meaning"]
        if not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail(tag + " meaning ending")
        if r["meant"] is not None:
            md = datetime.date.fromisoformat(r["meant"])
            if md.isoformat() != r["meant"]:
                fail(tag + " meant not ISO")
            if md < rec:
                fail(tag + " meant before received")
        by_group[r["group"]].append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %s" % sorted(by_group))
    lang_groups = collections.Counter()
    for g, rs in by_group.items():
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail(g + " mixes languages")
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail(g + " slots")
        lang_groups[langs.pop()] += 1
    if dict(lang_groups) != WANT_GROUPS:
        fail("groups per language %s" % dict(lang_groups))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(111413).shuffle(rows)
    unl, mea = [], []
    for i, r in enumerate(rows, 1):
        rid = "h111-%04d" % i
        unl.append(collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
            ("text", r["text"]), ("received", r["received"])]))
        mea.append(collections.OrderedDict([
            ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
            ("meant", r["meant"])]))
    for name, data in (("unlabelled-a.jsonl", unl), ("meanings-a.jsonl", mea)):
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for d in data:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(path, "rb") as f:
            print("%s  %s" % (hashlib.sha256(f.read()).hexdigest(), name))
    print("OK: %d rows, groups per language %s" % (len(rows), dict(lang_groups)))


if __name__ == "__main__":
    main()
