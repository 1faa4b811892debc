#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h76-0501..., write the outputs.

Reads raw-b.jsonl and dates-b.json from this script's folder; writes
unlabelled-b.jsonl and meanings-b.jsonl there. Deterministic: the shuffle
uses random.Random(76513) after sorting by (group, slot).
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
FIRST_ID = 501


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)

    rows, errors = [], []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                row = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as exc:
                errors.append("line %d: bad JSON (%s)" % (n, exc))
                continue
            if list(row.keys()) != KEYS:
                errors.append("line %d: keys %s" % (n, list(row.keys())))
                continue
            rows.append((n, row))
    if errors:
        fail(errors)

    texts = collections.Counter()
    group_lang = collections.defaultdict(set)
    group_slots = collections.defaultdict(list)
    for n, r in rows:
        where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in LANG_GROUPS:
            errors.append("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append("%s: group %r" % (where, g))
        if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
            errors.append("%s: slot %r" % (where, r["slot"]))
        if not (isinstance(r["text"], str) and r["text"].strip()):
            errors.append("%s: empty text" % where)
        elif r["text"] != r["text"].strip() or "\n" in r["text"]:
            errors.append("%s: text has outer spaces or newline" % where)
        texts[r["text"]] += 1
        group_lang[g].add(r["lang"])
        group_slots[g].append(r["slot"])
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("%s: received %r" % (where, r["received"]))
            rec = None
        if rec is not None:
            if rec.weekday() == 6:
                errors.append("%s: received on a Sunday" % where)
            if not START <= rec <= END:
                errors.append("%s: received out of range" % where)
            key = "%s#%s" % (g, r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s but drawn %s"
                              % (where, r["received"], drawn.get(key)))
        m = r["meaning"]
        if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        elif "\n" in m:
            errors.append("%s: meaning has a newline" % where)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                errors.append("%s: meant %r" % (where, r["meant"]))
                md = None
            if md is not None and rec is not None and md < rec:
                errors.append("%s: meant %s before received" % (where, md))

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %r" % (c, t))
    expected_groups = ["g%02d" % i for i in range(1, 13)]
    if sorted(group_slots) != expected_groups:
        errors.append("groups present: %s" % sorted(group_slots))
    lang_count = collections.Counter()
    for g in sorted(group_slots):
        if sorted(group_slots[g]) != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, sorted(group_slots[g])))
        if len(group_lang[g]) != 1:
            errors.append("%s: languages %s" % (g, sorted(group_lang[g])))
        else:
            lang_count[next(iter(group_lang[g]))] += 1
    if dict(lang_count) != LANG_GROUPS:
        errors.append("groups per language %s, want %s" % (dict(lang_count), LANG_GROUPS))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))
    if errors:
        fail(errors)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(76513).shuffle(ordered)

    unl_path = os.path.join(HERE, "unlabelled-b.jsonl")
    mea_path = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl_path, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered):
            rid = "h76-%04d" % (FIRST_ID + i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "b"),
                ("group", r["group"]), ("text", r["text"]),
                ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]),
                ("meaning", r["meaning"]), ("meant", r["meant"])]),
                ensure_ascii=False) + "\n")

    print("OK: %d rows, groups per language %s, ids h76-%04d..h76-%04d"
          % (len(ordered), dict(lang_count), FIRST_ID, FIRST_ID + len(ordered) - 1))
    for p in (unl_path, mea_path):
        with open(p, "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(),
                                     os.path.basename(p)))


if __name__ == "__main__":
    main()
