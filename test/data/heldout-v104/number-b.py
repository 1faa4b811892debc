#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h104-0501 ...

Reads raw-b.jsonl and dates-b.json next to this script; writes
unlabelled-b.jsonl and meanings-b.jsonl next to it and prints their sha256.
Exits with status 1 (and writes nothing) if any check fails.
"""
import datetime
import hashlib
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


def path(name):
    return os.path.join(HERE, name)


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


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
                pairs = json.loads(line, object_pairs_hook=lambda p: p)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                errors.append("line %d: keys %s" % (n, keys))
                continue
            row = dict(pairs)
            row["_line"] = n
            rows.append(row)

    by_group = defaultdict(list)
    for r in rows:
        n = r["_line"]
        if r["lang"] not in LANG_GROUPS:
            errors.append("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            errors.append("line %d: group %r" % (n, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("line %d: slot %r" % (n, s))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("line %d: empty text" % n)
        elif r["text"] != r["text"].strip():
            errors.append("line %d: text has outer whitespace" % n)
        d = parse_date(r["received"])
        if d is None:
            errors.append("line %d: received %r" % (n, r["received"]))
        else:
            if not (START <= d <= END):
                errors.append("line %d: received out of range" % n)
            if d.weekday() == 6:
                errors.append("line %d: received is a Sunday" % n)
            key = "%s#%s" % (g, s)
            if drawn.get(key) != r["received"]:
                errors.append("line %d: received %s != drawn %s for %s"
                              % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        mt = r["meant"]
        if mt is not None:
            md = parse_date(mt)
            if md is None or not isinstance(mt, str) or len(mt) != 10:
                errors.append("line %d: meant %r is not an ISO date" % (n, mt))
            elif d is not None and md < d:
                errors.append("line %d: meant %s before received %s" % (n, mt, r["received"]))
        by_group[g].append(r)

    # groups, slots, languages
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    group_lang = {}
    for g, rs in sorted(by_group.items()):
        slots = sorted(r["slot"] for r in rs if isinstance(r["slot"], int))
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s" % (g, slots))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: several languages %s" % (g, sorted(langs)))
        group_lang[g] = sorted(langs)[0]
    per_lang = Counter(group_lang.values())
    if dict(per_lang) != LANG_GROUPS:
        errors.append("groups per language %s, want %s" % (dict(per_lang), LANG_GROUPS))

    # duplicate texts (exact and after folding case/space)
    seen = {}
    for r in rows:
        t = r["text"]
        if not isinstance(t, str):
            continue
        k = " ".join(t.lower().split())
        if k in seen:
            errors.append("line %d: duplicate text of line %d" % (r["_line"], seen[k]))
        seen[k] = r["_line"]
    if len(rows) != 132:
        errors.append("%d rows, want 132" % len(rows))

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(104513).shuffle(rows)
    unl, mea = [], []
    for i, r in enumerate(rows):
        rid = "h104-%04d" % (FIRST_ID + i)
        unl.append({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                    "text": r["text"], "received": r["received"]})
        mea.append({"id": rid, "group": r["group"], "meaning": r["meaning"],
                    "meant": r["meant"]})
    for name, data in (("unlabelled-b.jsonl", unl), ("meanings-b.jsonl", mea)):
        with open(path(name), "w", encoding="utf-8", newline="\n") as f:
            for o in data:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        with open(path(name), "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), name)
    print("ok: %d rows, ids %s..%s" % (len(rows), unl[0]["id"], unl[-1]["id"]))


if __name__ == "__main__":
    main()
