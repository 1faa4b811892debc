#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it with random.Random(114413) and number it.

Writes unlabelled-a.jsonl (id, lang, part, group, text, received) and
meanings-a.jsonl (id, group, meaning, meant) next to this script.
Exits non-zero on any validation error and then writes nothing.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS_PER_LANG = {"es": 5, "pt": 4, "en": 3}


def p(name):
    return os.path.join(HERE, name)


def main():
    errors = []
    with open(p("dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(p("raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            pairs = json.loads(line, object_pairs_hook=lambda kv: kv)
            keys = [k for k, _ in pairs]
            if keys != KEYS:
                errors.append("line %d: keys %r" % (n, keys))
                continue
            rows.append((n, dict(pairs)))

    by_group = collections.defaultdict(list)
    texts = collections.Counter()
    for n, r in rows:
        where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in ("es", "pt", "en"):
            errors.append("%s: lang %r" % (where, r["lang"]))
        if not (isinstance(r["group"], str) and len(r["group"]) == 3
                and r["group"][0] == "g" and r["group"][1:].isdigit()
                and 1 <= int(r["group"][1:]) <= 12):
            errors.append("%s: group %r" % (where, r["group"]))
        if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11):
            errors.append("%s: slot %r" % (where, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append("%s: empty text" % where)
        texts[r["text"]] += 1
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("%s: received %r" % (where, r["received"]))
            rec = None
        if rec is not None:
            if rec.weekday() == 6 or not (START <= rec <= END):
                errors.append("%s: received %s not Mon-Sat in range" % (where, rec))
            slot_key = "%s#%s" % (r["group"], r["slot"])
            if drawn.get(slot_key) != r["received"]:
                errors.append("%s: received %s != drawn %s"
                              % (where, r["received"], drawn.get(slot_key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            errors.append("%s: meaning does not end with the stop sentence" % where)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
                if rec is not None and md < rec:
                    errors.append("%s: meant %s before received" % (where, md))
            except (TypeError, ValueError):
                errors.append("%s: meant %r" % (where, r["meant"]))
        by_group[r["group"]].append(r)

    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %.60s" % (c, t))
    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups: %r" % sorted(by_group))
    lang_groups = collections.Counter()
    for g, rs in sorted(by_group.items()):
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            errors.append("%s: several languages %r" % (g, langs))
        else:
            lang_groups[langs.pop()] += 1
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            errors.append("%s: slots %r" % (g, sorted(r["slot"] for r in rs)))
    if dict(lang_groups) != WANT_GROUPS_PER_LANG:
        errors.append("groups per language %r" % dict(lang_groups))

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(114413).shuffle(ordered)
    with open(p("unlabelled-a.jsonl"), "w", encoding="utf-8") as fu, \
            open(p("meanings-a.jsonl"), "w", encoding="utf-8") as fm:
        for i, r in enumerate(ordered, 1):
            rid = "h114-%04d" % i
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a",
                                 "group": r["group"], "text": r["text"],
                                 "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"],
                                 "meaning": r["meaning"], "meant": r["meant"]},
                                ensure_ascii=False) + "\n")
    print("ok: %d rows, groups per language %s" % (len(ordered), dict(lang_groups)))


if __name__ == "__main__":
    main()
