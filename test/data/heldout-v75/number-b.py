#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle with random.Random(75513), number h75-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant), both next to this script.
The script never writes or changes any text; it only checks and reorders rows.
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
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                fail("line %d: bad JSON (%s)" % (n, e))
            if list(r.keys()) != KEYS:
                fail("line %d: keys %s" % (n, list(r.keys())))
            rows.append(r)
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    by_group = collections.defaultdict(list)
    texts = set()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in LANG_GROUPS:
            fail("%s: lang %r" % (where, r["lang"]))
        if r["group"] not in ["g%02d" % i for i in range(1, 13)]:
            fail("%s: bad group" % where)
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail("%s: bad slot" % where)
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s: empty text" % where)
        if r["text"] in texts:
            fail("%s: duplicate text %r" % (where, r["text"]))
        texts.add(r["text"])
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("%s: bad received" % where)
        if rec.weekday() == 6 or not START <= rec <= END:
            fail("%s: received %s not Mon-Sat in range" % (where, rec))
        if drawn.get(where) != r["received"]:
            fail("%s: received %s != drawn %s" % (where, r["received"], drawn.get(where)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            try:
                meant = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("%s: bad meant" % where)
            if meant < rec:
                fail("%s: meant %s before received %s" % (where, meant, rec))
        by_group[r["group"]].append(r)

    if len(by_group) != 12:
        fail("expected 12 groups, got %d" % len(by_group))
    lang_count = collections.Counter()
    for g, rs in by_group.items():
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s: more than one language %s" % (g, langs))
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s: slots are not 1..11" % g)
        lang_count[langs.pop()] += 1
    if dict(lang_count) != LANG_GROUPS:
        fail("groups per language %s" % dict(lang_count))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(75513).shuffle(rows)

    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows):
            rid = "h75-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h75-%04d..h75-%04d, groups per language %s"
          % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1, dict(lang_count)))


if __name__ == "__main__":
    main()
