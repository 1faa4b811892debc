#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h99-0501..., write the two outputs.

Reads raw-b.jsonl and dates-b.json from this script's folder, writes
unlabelled-b.jsonl and meanings-b.jsonl into the same folder. Texts are
copied verbatim; nothing here creates or changes any reply text.
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
    sys.exit("INVALID: " + msg)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                fail("line %d keys %r" % (n, keys))
            rows.append(dict(pairs))

    by_group = collections.defaultdict(list)
    texts = set()
    for r in rows:
        where = "%s#%s" % (r["group"], r["slot"])
        if r["lang"] not in LANG_GROUPS:
            fail("%s lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("%s bad group" % where)
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) \
                or not 1 <= r["slot"] <= 11:
            fail("%s bad slot" % where)
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s empty text" % where)
        if r["text"] in texts:
            fail("%s duplicate text" % where)
        texts.add(r["text"])
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("%s bad received" % where)
        if rec.weekday() == 6 or not START <= rec <= END:
            fail("%s received %s not Mon-Sat in range" % (where, rec))
        if drawn.get("%s#%d" % (g, r["slot"])) != r["received"]:
            fail("%s received differs from drawn date" % where)
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("%s bad meant" % where)
            if md < rec:
                fail("%s meant before received" % where)
        by_group[g].append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %r" % sorted(by_group))
    per_lang = collections.Counter()
    for g, rs in by_group.items():
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s mixes languages %r" % (g, langs))
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s slots %r" % (g, sorted(r["slot"] for r in rs)))
        per_lang[langs.pop()] += 1
    if dict(per_lang) != LANG_GROUPS:
        fail("groups per language %r" % dict(per_lang))

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(99513).shuffle(rows)

    unl = os.path.join(HERE, "unlabelled-b.jsonl")
    mea = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows):
            rid = "h99-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h99-%04d..h99-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))


if __name__ == "__main__":
    main()
