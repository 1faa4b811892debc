#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle with random.Random(98413), number h98-0001...,
and write unlabelled-a.jsonl and meanings-a.jsonl next to this script.

Validation (any failure aborts without writing):
  keys and their order; lang in es/pt/en; 12 groups g01..g12 split 5 es / 4 pt / 3 en;
  11 rows per group with slots 1..11; one language per group; received is a
  Monday-Saturday date in 2026-01-05..2026-11-27 equal to dates-a.json[gNN#slot];
  meaning ends with "Asking us to stop writing: yes|no"; meant is null or a valid
  ISO date >= received; no duplicate texts.
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
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def path(name):
    return os.path.join(HERE, name)


def iso(s):
    d = dt.date.fromisoformat(s)
    if d.isoformat() != s:
        raise ValueError(s)
    return d


def main():
    errors = []
    with open(path("dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(path("raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
            rows.append((n, r))

    by_group = collections.defaultdict(list)
    texts = collections.Counter()
    for n, r in rows:
        if list(r.keys()) != KEYS:
            errors.append("line %d: keys %s" % (n, list(r.keys())))
            continue
        if r["lang"] not in ("es", "pt", "en"):
            errors.append("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("line %d: group %r" % (n, g))
        if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
            errors.append("line %d: slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("line %d: empty text" % n)
        texts[r["text"]] += 1
        try:
            rec = iso(r["received"])
            if not (START <= rec <= END) or rec.weekday() == 6:
                errors.append("line %d: received %s out of range or Sunday" % (n, rec))
            want = drawn.get("%s#%s" % (g, r["slot"]))
            if want != r["received"]:
                errors.append("line %d: received %s != drawn %s" % (n, r["received"], want))
        except (ValueError, TypeError):
            errors.append("line %d: bad received %r" % (n, r["received"]))
            rec = None
        m = r["meaning"]
        if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        if r["meant"] is not None:
            try:
                md = iso(r["meant"])
                if rec is not None and md < rec:
                    errors.append("line %d: meant %s before received %s" % (n, md, rec))
            except (ValueError, TypeError):
                errors.append("line %d: bad meant %r" % (n, r["meant"]))
        by_group[g].append(r)

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %r" % (c, t))
    want_groups = ["g%02d" % i for i in range(1, 13)]
    if sorted(by_group) != want_groups:
        errors.append("groups %s" % sorted(by_group))
    lang_of = {}
    for g in want_groups:
        rs = by_group.get(g, [])
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, slots))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: languages %s" % (g, langs))
        else:
            lang_of[g] = langs.pop()
    per_lang = collections.Counter(lang_of.values())
    if per_lang != collections.Counter({"es": 5, "pt": 4, "en": 3}):
        errors.append("groups per language %s" % dict(per_lang))

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(98413).shuffle(ordered)
    unl, mea = [], []
    for i, r in enumerate(ordered, 1):
        rid = "h98-%04d" % i
        unl.append(collections.OrderedDict([
            ("id", rid), ("lang", r["lang"]), ("part", "a"), ("group", r["group"]),
            ("text", r["text"]), ("received", r["received"])]))
        mea.append(collections.OrderedDict([
            ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
            ("meant", r["meant"])]))
    for name, items in (("unlabelled-a.jsonl", unl), ("meanings-a.jsonl", mea)):
        with open(path(name), "w", encoding="utf-8", newline="\n") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("OK: %d rows, groups per language %s" % (len(ordered), dict(per_lang)))
    for name in ("unlabelled-a.jsonl", "meanings-a.jsonl"):
        with open(path(name), "rb") as f:
            print("sha256 %s  %s" % (hashlib.sha256(f.read()).hexdigest(), name))


if __name__ == "__main__":
    main()
