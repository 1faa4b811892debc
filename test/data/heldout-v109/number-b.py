#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number and write the part-b outputs.

Reads (next to this script): raw-b.jsonl, dates-b.json
Writes (next to this script): unlabelled-b.jsonl, meanings-b.jsonl, meant-check-b.txt
Exits non-zero and writes nothing if any check fails.
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 5, "pt": 4, "en": 3}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501
PREFIX = "h109-"


def path(name):
    return os.path.join(HERE, name)


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def load():
    rows = []
    errors = []
    with open(path("raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % n)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))
                continue
            rows.append((n, obj))
    if errors:
        fail(errors)
    return rows


def validate(rows, drawn):
    errors = []
    groups = {}
    texts = {}
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %r, expected %r" % (where, list(r.keys()), KEYS))
            continue
        if r["lang"] not in LANG_GROUPS:
            errors.append("%s: bad lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            errors.append("%s: bad group %r" % (where, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            errors.append("%s: bad slot %r" % (where, s))
        t = r["text"]
        if not (isinstance(t, str) and t.strip() and t == t.strip()):
            errors.append("%s: empty text or surrounding whitespace" % where)
        elif t in texts:
            errors.append("%s: duplicate text (also line %d)" % (where, texts[t]))
        else:
            texts[t] = n
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            errors.append("%s: bad received %r" % (where, r["received"]))
            rec = None
        if rec is not None:
            if not (START <= rec <= END):
                errors.append("%s: received %s out of range" % (where, rec))
            if rec.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rec))
            key = "%s#%s" % (g, s)
            if drawn.get(key) != r["received"]:
                errors.append("%s: received %s differs from drawn %s for %s"
                              % (where, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not (isinstance(m, str) and (m.endswith(STOP_YES) or m.endswith(STOP_NO))
                and len(m) > len(STOP_NO) + 10):
            errors.append("%s: meaning must end with the stop sentence" % where)
        mt = r["meant"]
        if mt is not None:
            try:
                md = dt.date.fromisoformat(mt)
                if md.isoformat() != mt:
                    raise ValueError
            except (TypeError, ValueError):
                errors.append("%s: bad meant %r" % (where, mt))
                md = None
            if md is not None and rec is not None and md < rec:
                errors.append("%s: meant %s before received %s" % (where, md, rec))
        groups.setdefault(g, []).append((r["lang"], s))
    # group-level checks
    if sorted(groups) != ["g%02d" % i for i in range(1, 13)]:
        errors.append("groups present: %r" % sorted(groups))
    per_lang = {}
    for g, items in sorted(groups.items()):
        langs = {l for l, _ in items}
        if len(langs) != 1:
            errors.append("%s: mixed languages %r" % (g, sorted(langs)))
        slots = sorted(s for _, s in items if isinstance(s, int))
        if slots != list(range(1, 12)):
            errors.append("%s: slots %r, expected 1..11 once each" % (g, slots))
        for l in langs:
            per_lang[l] = per_lang.get(l, 0) + 1
    if per_lang != LANG_GROUPS:
        errors.append("groups per language %r, expected %r" % (per_lang, LANG_GROUPS))
    if len(rows) != 132:
        errors.append("%d rows, expected 132" % len(rows))
    if errors:
        fail(errors)


def main():
    with open(path("dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = load()
    validate(rows, drawn)
    data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(109513).shuffle(data)
    unl, mea, chk = [], [], []
    for i, r in enumerate(data):
        rid = "%s%04d" % (PREFIX, FIRST_ID + i)
        unl.append(json.dumps({"id": rid, "lang": r["lang"], "part": "b",
                               "group": r["group"], "text": r["text"],
                               "received": r["received"]}, ensure_ascii=False))
        mea.append(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                               "meant": r["meant"]}, ensure_ascii=False))
        if r["meant"] is not None:
            rec = dt.date.fromisoformat(r["received"])
            md = dt.date.fromisoformat(r["meant"])
            chk.append((r["group"], r["slot"], "%s %s#%-2d  received %s %s  ->  meant %s %s  (+%2d d)  %s"
                        % (rid, r["group"], r["slot"], rec, rec.strftime("%a"),
                           md, md.strftime("%a"), (md - rec).days, r["text"])))
    with open(path("unlabelled-b.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(unl) + "\n")
    with open(path("meanings-b.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(mea) + "\n")
    chk.sort()
    with open(path("meant-check-b.txt"), "w", encoding="utf-8") as f:
        f.write("# every meant date beside its received date (sorted by group, slot)\n")
        f.write("# id  group#slot  received weekday -> meant weekday (gap in days)  text\n")
        for _, _, line in chk:
            f.write(line + "\n")
    print("ok: %d rows, ids %s%04d..%s%04d, %d meant dates"
          % (len(data), PREFIX, FIRST_ID, PREFIX, FIRST_ID + len(data) - 1, len(chk)))


if __name__ == "__main__":
    main()
