#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it (h89-0501 ...).

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Reads and writes only next to
this script. Exits non-zero on any validation error and writes nothing then.
"""
import collections
import datetime as dt
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501
PREFIX = "h89-"


def norm(text):
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in t).split())


def main():
    errors = []
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                errors.append("line %d: keys %r" % (n, keys))
                continue
            row = dict(pairs)
            row["_line"] = n
            rows.append(row)

    by_group = collections.defaultdict(list)
    for r in rows:
        n = r["_line"]
        if r["lang"] not in LANG_GROUPS:
            errors.append("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("line %d: group %r" % (n, g))
        if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
            errors.append("line %d: slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("line %d: empty text" % n)
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("line %d: received %r" % (n, r["received"]))
            rec = None
        if rec is not None:
            if rec.weekday() == 6:
                errors.append("line %d: received on a Sunday" % n)
            if not START <= rec <= END:
                errors.append("line %d: received out of range" % n)
            want = drawn.get("%s#%s" % (g, r["slot"]))
            if r["received"] != want:
                errors.append("line %d: received %s != drawn %s" % (n, r["received"], want))
        m = r["meaning"]
        if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))):
            errors.append("line %d: meaning does not end with the stop sentence" % n)
        elif len(m) <= len(STOP_NO) + 5:
            errors.append("line %d: meaning has no sentence" % n)
        if r["meant"] is not None:
            try:
                md = dt.date.fromisoformat(r["meant"])
                if rec is not None and md < rec:
                    errors.append("line %d: meant before received" % n)
            except (TypeError, ValueError):
                errors.append("line %d: meant %r" % (n, r["meant"]))
        by_group[g].append(r)

    lang_of = {}
    for g, rs in sorted(by_group.items()):
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("group %s: languages %s" % (g, sorted(langs)))
        lang_of[g] = sorted(langs)[0]
        slots = sorted(r["slot"] for r in rs)
        if slots != list(range(1, 12)):
            errors.append("group %s: slots %s" % (g, slots))
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %s" % sorted(by_group))
    per_lang = collections.Counter(lang_of.values())
    for lang, want in LANG_GROUPS.items():
        if per_lang[lang] != want:
            errors.append("lang %s: %d groups, want %d" % (lang, per_lang[lang], want))

    seen, seen_norm = {}, {}
    for r in rows:
        if r["text"] in seen:
            errors.append("line %d: duplicate text of line %d" % (r["_line"], seen[r["text"]]))
        seen.setdefault(r["text"], r["_line"])
        k = norm(r["text"])
        if k and k in seen_norm:
            errors.append("line %d: near-duplicate of line %d" % (r["_line"], seen_norm[k]))
        seen_norm.setdefault(k, r["_line"])

    if len(rows) != 132:
        errors.append("rows: %d, want 132" % len(rows))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    rows.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(89513).shuffle(rows)
    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8") as fu, \
            open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(rows):
            rid = "%s%04d" % (PREFIX, FIRST_ID + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, ids %s%04d..%s%04d" % (len(rows), PREFIX, FIRST_ID, PREFIX,
                                               FIRST_ID + len(rows) - 1))


if __name__ == "__main__":
    main()
