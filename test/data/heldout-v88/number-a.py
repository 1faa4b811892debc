#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it and number the rows h88-0001...

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script.
Standard library only; paths are relative to this file's folder.
"""
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_U = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_M = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUPS = ["g%02d" % i for i in range(1, 13)]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def fail(msgs):
    for m in msgs:
        print("ERROR:", m, file=sys.stderr)
    sys.exit(1)


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    errors = []
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            if list(obj.keys()) != KEYS:
                errors.append("line %d: keys %r, expected %r" % (n, list(obj.keys()), KEYS))
                continue
            obj["_line"] = n
            rows.append(obj)

    texts = {}
    by_group = {}
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
        elif r["text"] in texts:
            errors.append("line %d: duplicate text of line %d" % (n, texts[r["text"]]))
        else:
            texts[r["text"]] = n
        rec = parse_date(r["received"])
        if rec is None:
            errors.append("line %d: received %r not a date" % (n, r["received"]))
        else:
            if not START <= rec <= END:
                errors.append("line %d: received %s out of range" % (n, rec))
            if rec.weekday() == 6:
                errors.append("line %d: received %s is a Sunday" % (n, rec))
            slot_key = "%s#%s" % (r["group"], r["slot"])
            if drawn.get(slot_key) != r["received"]:
                errors.append("line %d: received %s != drawn %s for %s"
                              % (n, r["received"], drawn.get(slot_key), slot_key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        if r["meant"] is not None:
            md = parse_date(r["meant"])
            if md is None:
                errors.append("line %d: meant %r not a date" % (n, r["meant"]))
            elif rec is not None and md < rec:
                errors.append("line %d: meant %s before received %s" % (n, md, rec))
        by_group.setdefault(r["group"], []).append(r)

    if sorted(by_group) != GROUPS:
        errors.append("groups present: %r" % sorted(by_group))
    group_langs = set()
    for g, rs in sorted(by_group.items()):
        slots = sorted(r["slot"] for r in rs if isinstance(r["slot"], int))
        if slots != list(range(1, 12)):
            errors.append("%s: slots %r, expected 1..11 once each" % (g, slots))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: more than one language %r" % (g, langs))
        group_langs |= langs
    if len(group_langs) != 1:
        errors.append("the 12 groups are not all one language: %r" % group_langs)
    if len(rows) != 132:
        errors.append("%d rows, expected 132" % len(rows))
    if errors:
        fail(errors)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(88413).shuffle(rows)

    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows, 1):
            rid = "h88-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")

    print("OK: %d rows validated and numbered" % len(rows))
    for p in (OUT_U, OUT_M):
        with open(p, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))


if __name__ == "__main__":
    main()
