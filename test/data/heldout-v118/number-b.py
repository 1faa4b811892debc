#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number the rows h118-0501...

Reads raw-b.jsonl and dates-b.json next to this script; writes
unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant). Exits non-zero on any error.
Language split for this part (set by the THEME): 4 es / 4 pt / 4 en groups.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 4, "pt": 4, "en": 4}
FIRST = datetime.date(2026, 1, 5)
LAST = datetime.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
ID_START = 501


def fail(msg):
    sys.exit("ERROR: " + msg)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            r = json.loads(line)
            if list(r.keys()) != KEYS:
                fail("line %d: keys/order %s" % (n, list(r.keys())))
            rows.append((n, r))

    groups = {}
    texts = {}
    for n, r in rows:
        if r["lang"] not in LANG_GROUPS:
            fail("line %d: lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail("line %d: group %r" % (n, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            fail("line %d: slot %r" % (n, s))
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            fail("line %d: empty or untrimmed text" % n)
        if t in texts:
            fail("line %d: duplicate text of line %d" % (n, texts[t]))
        texts[t] = n
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("line %d: received %r" % (n, r["received"]))
        if not (FIRST <= rec <= LAST) or rec.weekday() == 6:
            fail("line %d: received %s out of range or a Sunday" % (n, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("line %d: received %s but drawn %s for %s" % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not m.endswith(STOP_ENDINGS):
            fail("line %d: meaning must end with the stop sentence" % n)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("line %d: meant %r" % (n, r["meant"]))
            if md < rec:
                fail("line %d: meant %s before received %s" % (n, md, rec))
        groups.setdefault(g, []).append(r)

    if sorted(groups) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups present: %s" % sorted(groups))
    per_lang = {}
    for g, rs in groups.items():
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s mixes languages %s" % (g, langs))
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s slots %s" % (g, sorted(r["slot"] for r in rs)))
        lang = langs.pop()
        per_lang[lang] = per_lang.get(lang, 0) + 1
    if per_lang != LANG_GROUPS:
        fail("groups per language %s, expected %s" % (per_lang, LANG_GROUPS))

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(118513).shuffle(ordered)
    with open(os.path.join(HERE, "unlabelled-b.jsonl"), "w", encoding="utf-8", newline="\n") as fu, \
            open(os.path.join(HERE, "meanings-b.jsonl"), "w", encoding="utf-8", newline="\n") as fm:
        for i, r in enumerate(ordered):
            rid = "h118-%04d" % (ID_START + i)
            fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                                 "text": r["text"], "received": r["received"]},
                                ensure_ascii=False) + "\n")
            fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                                 "meant": r["meant"]}, ensure_ascii=False) + "\n")
    print("ok: %d rows, ids h118-%04d..h118-%04d, groups per language %s"
          % (len(ordered), ID_START, ID_START + len(ordered) - 1, per_lang))


if __name__ == "__main__":
    main()
