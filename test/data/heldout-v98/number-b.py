#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number the rows h98-0501...

Reads raw-b.jsonl and dates-b.json from this script's folder, checks them,
sorts rows by (group, slot), shuffles with random.Random(98513), numbers the
rows h98-0501, h98-0502, ... in shuffled order and writes:
  unlabelled-b.jsonl  id, lang, part ("b"), group, text, received
  meanings-b.jsonl    id, group, meaning, meant
Prints the sha256 of both outputs. Exits non-zero on any validation error.
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def path(name):
    return os.path.join(HERE, name)


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not an ISO date: %r" % (s,))
    return dt.date.fromisoformat(s)


def main():
    errors = []
    with open(path("dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    with open(path("raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                row = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, row))

    seen_text = {}
    by_group = collections.defaultdict(list)
    for n, row in rows:
        where = "line %d" % n
        if list(row.keys()) != KEYS:
            errors.append("%s: keys %s, expected %s" % (where, list(row.keys()), KEYS))
            continue
        lang, group, slot = row["lang"], row["group"], row["slot"]
        where = "line %d (%s#%s)" % (n, group, slot)
        if lang not in LANGS:
            errors.append("%s: bad lang %r" % (where, lang))
        if not (isinstance(group, str) and len(group) == 3 and group[0] == "g"
                and group[1:].isdigit() and 1 <= int(group[1:]) <= 12):
            errors.append("%s: bad group %r" % (where, group))
        if not (isinstance(slot, int) and not isinstance(slot, bool) and 1 <= slot <= 11):
            errors.append("%s: bad slot %r" % (where, slot))
        text = row["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
        elif text in seen_text:
            errors.append("%s: duplicate text (also line %d)" % (where, seen_text[text]))
        else:
            seen_text[text] = n
        try:
            rec = parse_date(row["received"])
        except ValueError as e:
            errors.append("%s: received: %s" % (where, e))
            rec = None
        if rec is not None:
            if not (START <= rec <= END):
                errors.append("%s: received %s out of range" % (where, rec))
            if rec.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rec))
            key = "%s#%s" % (group, slot)
            if drawn.get(key) != row["received"]:
                errors.append("%s: received %s but drawn date is %s"
                              % (where, row["received"], drawn.get(key)))
        meaning = row["meaning"]
        if not (isinstance(meaning, str)
                and (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO))):
            errors.append("%s: meaning must end with the stop sentence" % where)
        meant = row["meant"]
        if meant is not None:
            try:
                md = parse_date(meant)
            except ValueError as e:
                errors.append("%s: meant: %s" % (where, e))
            else:
                if rec is not None and md < rec:
                    errors.append("%s: meant %s before received %s" % (where, md, rec))
        by_group[group].append(row)

    if len(by_group) != 12:
        errors.append("expected 12 groups, found %d" % len(by_group))
    lang_groups = collections.Counter()
    for group, grows in sorted(by_group.items()):
        langs = {r["lang"] for r in grows}
        if len(langs) != 1:
            errors.append("%s: more than one language %s" % (group, sorted(langs)))
        else:
            lang_groups[langs.pop()] += 1
        slots = sorted(r["slot"] for r in grows if isinstance(r["slot"], int))
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s, expected 1..11 once each" % (group, slots))
    if dict(lang_groups) != GROUPS_PER_LANG:
        errors.append("groups per language %s, expected %s" % (dict(lang_groups), GROUPS_PER_LANG))

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(98513).shuffle(ordered)

    unl, mea = [], []
    for i, r in enumerate(ordered):
        rid = "h98-%04d" % (FIRST_ID + i)
        unl.append(collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "b"), ("group", r["group"]),
            ("text", r["text"]), ("received", r["received"])]))
        mea.append(collections.OrderedDict([
            ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
            ("meant", r["meant"])]))

    for name, items in (("unlabelled-b.jsonl", unl), ("meanings-b.jsonl", mea)):
        with open(path(name), "w", encoding="utf-8", newline="\n") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("ok: %d rows, ids %s..%s" % (len(unl), unl[0]["id"], unl[-1]["id"]))
    for name in ("unlabelled-b.jsonl", "meanings-b.jsonl"):
        with open(path(name), "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), name))


if __name__ == "__main__":
    main()
