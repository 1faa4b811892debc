#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number it h99-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script.
Language split for this part (THEME): 1 es, 5 pt, 6 en groups.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
WANT_GROUPS_PER_LANG = {"es": 1, "pt": 5, "en": 6}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def fail(msg):
    sys.exit("number-a.py: " + msg)


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            row = json.loads(line)
            if list(row.keys()) != KEYS:
                fail("line %d: keys %r" % (n, list(row.keys())))
            rows.append(row)

    by_group = collections.defaultdict(list)
    texts = set()
    for row in rows:
        where = "%s#%s" % (row["group"], row["slot"])
        if row["lang"] not in LANGS:
            fail(where + ": bad lang")
        g = row["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail(where + ": bad group")
        if not isinstance(row["slot"], int) or not 1 <= row["slot"] <= 11:
            fail(where + ": bad slot")
        if not isinstance(row["text"], str) or not row["text"].strip():
            fail(where + ": empty text")
        if row["text"] in texts:
            fail(where + ": duplicate text")
        texts.add(row["text"])
        rec = datetime.date.fromisoformat(row["received"])
        if not START <= rec <= END or rec.weekday() == 6:
            fail(where + ": received out of range or Sunday")
        if drawn.get("%s#%d" % (g, row["slot"])) != row["received"]:
            fail(where + ": received differs from dates-a.json")
        m = row["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail(where + ": meaning must end with the stop sentence")
        if row["meant"] is not None:
            meant = datetime.date.fromisoformat(row["meant"])
            if meant < rec:
                fail(where + ": meant before received")
        by_group[g].append(row)

    if len(by_group) != 12:
        fail("need 12 groups, got %d" % len(by_group))
    lang_groups = collections.Counter()
    for g, grows in by_group.items():
        langs = {r["lang"] for r in grows}
        if len(langs) != 1:
            fail(g + ": more than one language")
        if sorted(r["slot"] for r in grows) != list(range(1, 12)):
            fail(g + ": slots must be exactly 1..11")
        lang_groups[langs.pop()] += 1
    if dict(lang_groups) != WANT_GROUPS_PER_LANG:
        fail("groups per language %r, want %r" % (dict(lang_groups), WANT_GROUPS_PER_LANG))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(99413).shuffle(rows)
    with open(os.path.join(HERE, "unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
         open(os.path.join(HERE, "meanings-a.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h99-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, groups per language %s" % (len(rows), dict(sorted(lang_groups.items()))))


if __name__ == "__main__":
    main()
