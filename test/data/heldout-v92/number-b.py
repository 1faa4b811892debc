#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it, write the part-b outputs.

Reads raw-b.jsonl and dates-b.json from this script's folder.
Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Exits non-zero on any error.
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
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
FIRST_ID = 501


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def iso(s):
    d = datetime.date.fromisoformat(s)
    if d.isoformat() != s:
        raise ValueError("not canonical ISO: %r" % s)
    return d


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    errors = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            if list(r.keys()) != KEYS:
                errors.append("line %d: keys %s != %s" % (n, list(r.keys()), KEYS))
                continue
            r["_line"] = n
            rows.append(r)
    if errors:
        fail(errors)

    texts = Counter()
    by_group = defaultdict(list)
    for r in rows:
        n = r["_line"]
        if r["lang"] not in LANG_GROUPS:
            errors.append("line %d: bad lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("line %d: bad group %r" % (n, g))
        if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
                and 1 <= r["slot"] <= 11):
            errors.append("line %d: bad slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("line %d: empty text" % n)
        elif r["text"] != r["text"].strip():
            errors.append("line %d: text has leading/trailing whitespace" % n)
        texts[r["text"]] += 1
        try:
            rec = iso(r["received"])
        except (TypeError, ValueError) as e:
            errors.append("line %d: bad received: %s" % (n, e))
            rec = None
        if rec is not None:
            if rec.weekday() == 6:
                errors.append("line %d: received %s is a Sunday" % (n, rec))
            if not START <= rec <= END:
                errors.append("line %d: received %s out of range" % (n, rec))
            key = "%s#%s" % (g, r["slot"])
            if drawn.get(key) != r["received"]:
                errors.append("line %d: received %s != drawn %s for %s"
                              % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not m.endswith(STOP_ENDINGS):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        if r["meant"] is not None:
            try:
                md = iso(r["meant"])
                if rec is not None and md < rec:
                    errors.append("line %d: meant %s before received %s" % (n, md, rec))
            except (TypeError, ValueError) as e:
                errors.append("line %d: bad meant: %s" % (n, e))
        by_group[g].append(r)

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text (%dx): %r" % (c, t))

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    group_lang = {}
    for g, rs in sorted(by_group.items()):
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("%s: slots %s (need 1..11 once each)" % (g, slots))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: mixed languages %s" % (g, sorted(langs)))
        group_lang[g] = sorted(langs)[0]
    lang_count = Counter(group_lang.values())
    for lang, need in LANG_GROUPS.items():
        if lang_count.get(lang, 0) != need:
            errors.append("language %s has %d groups, need %d"
                          % (lang, lang_count.get(lang, 0), need))
    if len(rows) != 132:
        errors.append("%d rows, need 132" % len(rows))
    if errors:
        fail(errors)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(92513).shuffle(rows)

    unl_path = os.path.join(HERE, "unlabelled-b.jsonl")
    mea_path = os.path.join(HERE, "meanings-b.jsonl")
    with open(unl_path, "w", encoding="utf-8", newline="\n") as fu, \
            open(mea_path, "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(rows):
            rid = "h92-%04d" % (FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h92-%04d..h92-%04d"
          % (len(rows), FIRST_ID, FIRST_ID + len(rows) - 1))
    for p in (unl_path, mea_path):
        with open(p, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), os.path.basename(p))


if __name__ == "__main__":
    main()
