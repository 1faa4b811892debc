#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it reproducibly and number the rows.

Reads raw-b.jsonl and dates-b.json next to this script. Writes
unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Exits non-zero on any problem.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUPS = ["g%02d" % i for i in range(1, 13)]
SLOTS = list(range(1, 12))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
FIRST_ID = 501


def path(name):
    return os.path.join(HERE, name)


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not an ISO date: %r" % (s,))
    return datetime.date.fromisoformat(s)


def main():
    errors = []
    with open(path("dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(path("raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, row))

    seen_text = {}
    by_group = {}
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s, want %s" % (where, list(r.keys()), KEYS))
            continue
        if r["lang"] not in LANGS:
            errors.append("%s: lang %r" % (where, r["lang"]))
        if r["group"] not in GROUPS:
            errors.append("%s: group %r" % (where, r["group"]))
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or r["slot"] not in SLOTS:
            errors.append("%s: slot %r" % (where, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("%s: empty text" % where)
        else:
            key = " ".join(r["text"].split()).lower()
            if key in seen_text:
                errors.append("%s: duplicate text of line %d" % (where, seen_text[key]))
            seen_text[key] = n
        try:
            rec = parse_date(r["received"])
            if not (START <= rec <= END):
                errors.append("%s: received %s out of range" % (where, rec))
            if rec.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rec))
            slot_key = "%s#%s" % (r["group"], r["slot"])
            if drawn.get(slot_key) != r["received"]:
                errors.append("%s: received %s but drawn date for %s is %s"
                              % (where, r["received"], slot_key, drawn.get(slot_key)))
        except ValueError as e:
            errors.append("%s: received: %s" % (where, e))
            rec = None
        if not isinstance(r["meaning"], str) or not r["meaning"].endswith(STOP_ENDINGS):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            try:
                m = parse_date(r["meant"])
                if rec is not None and m < rec:
                    errors.append("%s: meant %s before received %s" % (where, m, rec))
            except ValueError as e:
                errors.append("%s: meant: %s" % (where, e))
        by_group.setdefault(r["group"], []).append(r)

    if sorted(by_group) != GROUPS:
        errors.append("groups present: %s" % sorted(by_group))
    langs_all = set()
    for g, rs in sorted(by_group.items()):
        slots = sorted(r["slot"] for r in rs if isinstance(r["slot"], int))
        if slots != SLOTS:
            errors.append("%s: slots %s (want 1..11 once each)" % (g, slots))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: more than one language %s" % (g, sorted(langs)))
        langs_all |= langs
    if len(langs_all) != 1:
        errors.append("the 12 groups are not all one language: %s" % sorted(langs_all))
    if len(rows) != len(GROUPS) * len(SLOTS):
        errors.append("%d rows, want %d" % (len(rows), len(GROUPS) * len(SLOTS)))

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(88513).shuffle(ordered)

    with open(path("unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(path("meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(ordered):
            rid = "h88-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows validated, ids h88-%04d..h88-%04d"
          % (len(ordered), FIRST_ID, FIRST_ID + len(ordered) - 1))


if __name__ == "__main__":
    main()
