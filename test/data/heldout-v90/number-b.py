#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h90-0501..., write outputs.

Reads  raw-b.jsonl, dates-b.json          (next to this script)
Writes unlabelled-b.jsonl, meanings-b.jsonl (next to this script)
Prints a listing of every non-null meant date (for meant-check-b.txt).
Standard library only; never writes or alters any text.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msg):
    print("INVALID:", msg)
    sys.exit(1)


def parse_date(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail("%s: bad date %r" % (where, s))


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            rows.append((n, json.loads(line)))

    texts = Counter()
    group_lang = {}
    group_slots = defaultdict(list)
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            fail("%s: keys %s" % (where, list(r.keys())))
        if r["lang"] not in LANG_GROUPS:
            fail("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("%s: group %r" % (where, g))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("%s: group %s mixes languages" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            fail("%s: slot %r" % (where, s))
        group_slots[g].append(s)
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s: empty text" % where)
        if r["text"] != r["text"].strip():
            fail("%s: text has leading/trailing whitespace" % where)
        texts[r["text"]] += 1
        rec = parse_date(r["received"], where)
        if not (START <= rec <= END) or rec.weekday() == 6:
            fail("%s: received %s not Mon-Sat in range" % (where, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("%s: received %s != drawn %s for %s"
                 % (where, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            md = parse_date(r["meant"], where)
            if md < rec:
                fail("%s: meant %s before received %s" % (where, md, rec))

    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        fail("duplicate texts: %r" % dups)
    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups present: %s" % sorted(group_lang))
    for g, slots in group_slots.items():
        if sorted(slots) != list(range(1, 12)):
            fail("group %s slots %s" % (g, sorted(slots)))
    per_lang = Counter(group_lang.values())
    for lang, k in LANG_GROUPS.items():
        if per_lang[lang] != k:
            fail("%s has %d groups, want %d" % (lang, per_lang[lang], k))

    recs = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(90513).shuffle(recs)

    unl = os.path.join(HERE, "unlabelled-b.jsonl")
    mea = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(recs):
            rid = "h90-%04d" % (FIRST_ID + i)
            r["_id"] = rid
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")

    print("valid: %d rows, %d groups (%s)" % (
        len(recs), len(group_lang),
        ", ".join("%s=%d" % (k, per_lang[k]) for k in LANG_GROUPS)))
    print("ids h90-%04d .. h90-%04d" % (FIRST_ID, FIRST_ID + len(recs) - 1))
    print()
    print("meant listing (group, slot, id, received, meant, gap, text):")
    for r in sorted(recs, key=lambda r: (r["group"], r["slot"])):
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        md = datetime.date.fromisoformat(r["meant"])
        print("%s#%-2d %s  received %s %s -> meant %s %s  (+%d d)  %s" % (
            r["group"], r["slot"], r["_id"], rec, rec.strftime("%a"),
            md, md.strftime("%a"), (md - rec).days, r["text"]))


if __name__ == "__main__":
    main()
