#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle, number h116-0001.., write outputs.

Reads raw-a.jsonl and dates-a.json next to this script; writes
unlabelled-a.jsonl and meanings-a.jsonl next to it. Group split for this
part is 4 es / 4 pt / 4 en (the THEME overrides the 5/4/3 default).
Exits non-zero on any validation problem; writes nothing in that case.
"""
import collections
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
WANT_GROUPS = {"es": 4, "pt": 4, "en": 4}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def main():
    with open(DATES, encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    errors = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                r = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            if list(r.keys()) != KEYS:
                errors.append("line %d: keys %s" % (n, list(r.keys())))
                continue
            rows.append((n, r))

    by_group = collections.defaultdict(list)
    texts = {}
    for n, r in rows:
        where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in LANGS:
            errors.append(where + ": lang %r" % r["lang"])
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append(where + ": group %r" % g)
        if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
                and 1 <= r["slot"] <= 11):
            errors.append(where + ": slot %r" % r["slot"])
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append(where + ": empty text")
        elif t in texts:
            errors.append(where + ": duplicate text of line %d" % texts[t])
        else:
            texts[t] = n
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append(where + ": received %r" % r["received"])
            rec = None
        if rec is not None:
            if not (START <= rec <= END):
                errors.append(where + ": received out of range")
            if rec.weekday() == 6:
                errors.append(where + ": received on a Sunday")
            key = "%s#%s" % (g, r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append(where + ": received %s != drawn %s"
                              % (r["received"], drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append(where + ": meaning does not end with the stop sentence")
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
                if len(r["meant"]) != 10:
                    raise ValueError
            except (TypeError, ValueError):
                errors.append(where + ": meant %r" % r["meant"])
                md = None
            if md is not None and rec is not None and md < rec:
                errors.append(where + ": meant before received")
        by_group[g].append(r)

    langs_per_group = {}
    for g, rs in sorted(by_group.items()):
        ls = {r["lang"] for r in rs}
        if len(ls) != 1:
            errors.append("%s: several languages %s" % (g, sorted(ls)))
        langs_per_group[g] = sorted(ls)[0]
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, slots))
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    count = collections.Counter(langs_per_group.values())
    if dict(count) != WANT_GROUPS:
        errors.append("groups per language %s, want %s" % (dict(count), WANT_GROUPS))
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))
    if errors:
        fail(errors)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(116413).shuffle(ordered)
    with open(OUT_U, "w", encoding="utf-8", newline="\n") as fu, \
            open(OUT_M, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered, 1):
            rid = "h116-%04d" % i
            u = collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "a"),
                ("group", r["group"]), ("text", r["text"]),
                ("received", r["received"])])
            m = collections.OrderedDict([
                ("id", rid), ("group", r["group"]),
                ("meaning", r["meaning"]), ("meant", r["meant"])])
            fu.write(json.dumps(u, ensure_ascii=False) + "\n")
            fm.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("ok: %d rows, groups per language %s" % (len(ordered), dict(count)))
    for p in (OUT_U, OUT_M):
        with open(p, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))


if __name__ == "__main__":
    main()
