#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it, write the two output files.

Reads raw-b.jsonl and dates-b.json from this script's folder; writes
unlabelled-b.jsonl and meanings-b.jsonl there. Stops with an error message
on the first list of problems found; writes nothing in that case.
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
LANGS = {"es": 5, "pt": 4, "en": 3}
GROUPS = ["g%02d" % i for i in range(1, 13)]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def parse_date(s):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None
    return d if isinstance(s, str) and len(s) == 10 and d.isoformat() == s else None


def main():
    errors = []
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                pairs = json.loads(line, object_pairs_hook=lambda p: p)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                errors.append("line %d: keys %r, expected %r" % (n, keys, KEYS))
                continue
            r = dict(pairs)
            r["_line"] = n
            rows.append(r)

    by_group = collections.defaultdict(list)
    texts = collections.Counter()
    for r in rows:
        n = r["_line"]
        if r["lang"] not in LANGS:
            errors.append("line %d: lang %r" % (n, r["lang"]))
        if r["group"] not in GROUPS:
            errors.append("line %d: group %r" % (n, r["group"]))
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or not 1 <= r["slot"] <= 11:
            errors.append("line %d: slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("line %d: empty text" % n)
        elif r["text"] != r["text"].strip():
            errors.append("line %d: text has outer whitespace" % n)
        texts[r["text"]] += 1
        rec = parse_date(r["received"])
        if rec is None:
            errors.append("line %d: received %r not an ISO date" % (n, r["received"]))
        else:
            if not START <= rec <= END:
                errors.append("line %d: received %s out of range" % (n, rec))
            if rec.weekday() == 6:
                errors.append("line %d: received %s is a Sunday" % (n, rec))
            slot_key = "%s#%s" % (r["group"], r["slot"])
            if drawn.get(slot_key) != r["received"]:
                errors.append("line %d: received %s but drawn %s for %s"
                              % (n, r["received"], drawn.get(slot_key), slot_key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        elif m.count("Asking us to stop writing:") != 1:
            errors.append("line %d: stop sentence appears more than once" % n)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None:
                errors.append("line %d: meant %r not an ISO date" % (n, r["meant"]))
            elif rec is not None and md < rec:
                errors.append("line %d: meant %s before received %s" % (n, md, rec))
        by_group[r["group"]].append(r)

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text (%d times): %.60s" % (c, t))

    lang_groups = collections.Counter()
    for g in GROUPS:
        rs = by_group.get(g, [])
        if len(rs) != 11:
            errors.append("%s: %d rows, expected 11" % (g, len(rs)))
        slots = sorted(r["slot"] for r in rs if isinstance(r["slot"], int))
        if slots != list(range(1, 12)):
            errors.append("%s: slots %r, expected 1..11" % (g, slots))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: languages %r, expected one" % (g, sorted(langs)))
        else:
            lang_groups[langs.pop()] += 1
    if dict(lang_groups) != LANGS:
        errors.append("groups per language %r, expected %r" % (dict(lang_groups), LANGS))

    if errors:
        sys.stderr.write("raw-b.jsonl has %d problem(s):\n" % len(errors))
        for e in errors:
            sys.stderr.write("  " + e + "\n")
        sys.exit(1)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(85513).shuffle(rows)

    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
         open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows):
            rid = "h85-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")

    print("ok: %d rows, ids h85-%04d..h85-%04d" % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))
    print("wrote", os.path.basename(OUT_U), "and", os.path.basename(OUT_M))


if __name__ == "__main__":
    main()
