#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it reproducibly and number the rows.

Reads raw-b.jsonl and dates-b.json next to this script.
Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant) next to this script.
Rows are sorted by (group, slot), shuffled with random.Random(93513) and
numbered h93-0501, h93-0502, ... in the shuffled order.
"""
import datetime
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es": 5, "pt": 4, "en": 3}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
FIRST_ID = 501


def fail(msg):
    print("INVALID:", msg)
    sys.exit(1)


def iso(s, where):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail("%s: not an ISO date: %r" % (where, s))
    if d.isoformat() != s:
        fail("%s: not in YYYY-MM-DD form: %r" % (where, s))
    return d


def load():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            rows.append((n, json.loads(line)))
    return drawn, rows


def validate(drawn, rows):
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))
    group_lang = {}
    slots = defaultdict(list)
    texts = Counter()
    for n, r in rows:
        w = "line %d" % n
        if list(r.keys()) != KEYS:
            fail("%s: keys %r" % (w, list(r.keys())))
        if r["lang"] not in LANGS:
            fail("%s: lang %r" % (w, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("%s: group %r" % (w, g))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("%s: group %s mixes languages" % (w, g))
        s = r["slot"]
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 11):
            fail("%s: slot %r" % (w, s))
        slots[g].append(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            fail("%s: empty text or stray whitespace" % w)
        texts[t] += 1
        rec = iso(r["received"], w + " received")
        if not (START <= rec <= END) or rec.weekday() == 6:
            fail("%s: received %s out of range or a Sunday" % (w, rec))
        key = "%s#%d" % (g, s)
        if drawn.get(key) != r["received"]:
            fail("%s: received %s but drawn %s for %s"
                 % (w, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning does not end with the stop sentence" % w)
        if r["meant"] is not None:
            md = iso(r["meant"], w + " meant")
            if md < rec:
                fail("%s: meant %s before received %s" % (w, md, rec))
    per_lang = Counter(group_lang.values())
    if dict(per_lang) != LANGS:
        fail("groups per language %r, expected %r" % (dict(per_lang), LANGS))
    if len(group_lang) != 12:
        fail("expected 12 groups, got %d" % len(group_lang))
    for g, ss in slots.items():
        if sorted(ss) != list(range(1, 12)):
            fail("group %s slots %r" % (g, sorted(ss)))
    dup = [t for t, c in texts.items() if c > 1]
    if dup:
        fail("duplicate texts: %r" % dup)


def main():
    drawn, rows = load()
    validate(drawn, rows)
    data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(93513).shuffle(data)
    unl, mea = [], []
    for i, r in enumerate(data):
        rid = "h93-%04d" % (FIRST_ID + i)
        unl.append({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                    "text": r["text"], "received": r["received"]})
        mea.append({"id": rid, "group": r["group"], "meaning": r["meaning"],
                    "meant": r["meant"]})
    for name, items in (("unlabelled-b.jsonl", unl), ("meanings-b.jsonl", mea)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("valid: %d rows, ids %s..%s" % (len(data), unl[0]["id"], unl[-1]["id"]))
    print("stop yes:", sum(r["meaning"].endswith(STOP_YES) for r in data),
          "| meant dates:", sum(r["meant"] is not None for r in data))


if __name__ == "__main__":
    main()
