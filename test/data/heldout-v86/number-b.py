#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle and number it, write unlabelled-b.jsonl and meanings-b.jsonl.

All files are read/written relative to this script's folder.
"""
import collections
import datetime
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


def p(name):
    return os.path.join(HERE, name)


def fail(msg):
    sys.exit("number-b.py: " + msg)


def parse_date(s, where):
    if not isinstance(s, str) or len(s) != 10:
        fail("%s: bad date %r" % (where, s))
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        fail("%s: bad date %r" % (where, s))


def main():
    with open(p("dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(p("raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except json.JSONDecodeError as e:
                fail("line %d: not JSON: %s" % (n, e))
            if list(r.keys()) != KEYS:
                fail("line %d: keys %s, want %s" % (n, list(r.keys()), KEYS))
            rows.append((n, r))
    if len(rows) != 132:
        fail("%d rows, want 132" % len(rows))

    by_group = collections.defaultdict(list)
    texts = {}
    for n, r in rows:
        w = "line %d" % n
        if r["lang"] not in LANG_GROUPS:
            fail("%s: lang %r" % (w, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail("%s: group %r" % (w, g))
        s = r["slot"]
        if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 11:
            fail("%s: slot %r" % (w, s))
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            fail("%s: empty text" % w)
        if t in texts:
            fail("%s: duplicate text (also line %d): %r" % (w, texts[t], t))
        texts[t] = n
        rec = parse_date(r["received"], w)
        if not START <= rec <= END:
            fail("%s: received %s out of range" % (w, rec))
        if rec.weekday() == 6:
            fail("%s: received %s is a Sunday" % (w, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("%s: received %s but drawn date for %s is %s" % (w, r["received"], key, drawn.get(key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning must end with the stop sentence" % w)
        if r["meant"] is not None:
            md = parse_date(r["meant"], w + " meant")
            if md < rec:
                fail("%s: meant %s before received %s" % (w, md, rec))
        by_group[g].append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups present: %s" % sorted(by_group))
    lang_count = collections.Counter()
    for g, rs in sorted(by_group.items()):
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s: slots %s" % (g, sorted(r["slot"] for r in rs)))
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s: more than one lang %s" % (g, langs))
        lang_count[langs.pop()] += 1
    if dict(lang_count) != LANG_GROUPS:
        fail("groups per lang %s, want %s" % (dict(lang_count), LANG_GROUPS))

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(86513).shuffle(ordered)

    with open(p("unlabelled-b.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
            open(p("meanings-b.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered):
            rid = "h86-%04d" % (FIRST_ID + i)
            fu.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("lang", r["lang"]), ("part", "b"), ("group", r["group"]),
                ("text", r["text"]), ("received", r["received"])]), ensure_ascii=False) + "\n")
            fm.write(json.dumps(collections.OrderedDict([
                ("id", rid), ("group", r["group"]), ("meaning", r["meaning"]),
                ("meant", r["meant"])]), ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h86-%04d..h86-%04d, groups per lang %s" % (
        len(ordered), FIRST_ID, FIRST_ID + len(ordered) - 1, dict(sorted(lang_count.items()))))


if __name__ == "__main__":
    main()
