#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it reproducibly and number it h119-0501...

Writes unlabelled-b.jsonl (id, lang, part, group, text, received) and
meanings-b.jsonl (id, group, meaning, meant) next to this script.
Language split for this part (theme): 3 es / 0 pt / 9 en groups.
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
LANGS = {"es", "pt", "en"}
SPLIT = {"es": 3, "pt": 0, "en": 9}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_ENDS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
FIRST_ID = 501
GROUPS = ["g%02d" % i for i in range(1, 13)]


def fail(msg):
    sys.exit("INVALID: " + msg)


def load_rows():
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            rows.append((n, json.loads(line)))
    return rows


def validate(rows, drawn):
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))
    by_group = collections.defaultdict(list)
    texts = collections.Counter()
    for n, r in rows:
        if list(r.keys()) != KEYS:
            fail("line %d: keys %s" % (n, list(r.keys())))
        if r["lang"] not in LANGS:
            fail("line %d: lang %r" % (n, r["lang"]))
        if r["group"] not in GROUPS:
            fail("line %d: group %r" % (n, r["group"]))
        if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11:
            fail("line %d: slot %r" % (n, r["slot"]))
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("line %d: empty text" % n)
        texts[r["text"]] += 1
        try:
            rec = dt.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("line %d: received %r" % (n, r["received"]))
        if not START <= rec <= END or rec.weekday() == 6:
            fail("line %d: received %s not Mon-Sat in range" % (n, rec))
        key = "%s#%d" % (r["group"], r["slot"])
        if drawn.get(key) != r["received"]:
            fail("line %d: received %s but drawn %s for %s"
                 % (n, r["received"], drawn.get(key), key))
        m = r["meaning"]
        if not isinstance(m, str) or not m.endswith(STOP_ENDS):
            fail("line %d: meaning must end with the stop sentence" % n)
        if r["meant"] is not None:
            try:
                md = dt.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("line %d: meant %r" % (n, r["meant"]))
            if md < rec:
                fail("line %d: meant %s before received %s" % (n, md, rec))
        by_group[r["group"]].append(r)
    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        fail("duplicate texts: %r" % dups)
    split = collections.Counter()
    for g in GROUPS:
        grp = by_group.get(g, [])
        if len(grp) != 11:
            fail("%s has %d rows" % (g, len(grp)))
        if sorted(r["slot"] for r in grp) != list(range(1, 12)):
            fail("%s slots are not 1..11" % g)
        langs = {r["lang"] for r in grp}
        if len(langs) != 1:
            fail("%s mixes languages %s" % (g, langs))
        split[langs.pop()] += 1
    for lang, want in SPLIT.items():
        if split.get(lang, 0) != want:
            fail("language split %s, want %s" % (dict(split), SPLIT))


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = load_rows()
    validate(rows, drawn)
    data = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(119513).shuffle(data)
    unl, mea = [], []
    for i, r in enumerate(data):
        rid = "h119-%04d" % (FIRST_ID + i)
        unl.append({"id": rid, "lang": r["lang"], "part": "b",
                    "group": r["group"], "text": r["text"],
                    "received": r["received"]})
        mea.append({"id": rid, "group": r["group"],
                    "meaning": r["meaning"], "meant": r["meant"]})
    for name, items in (("unlabelled-b.jsonl", unl), ("meanings-b.jsonl", mea)):
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        with open(path, "rb") as f:
            print("%s  %s" % (hashlib.sha256(f.read()).hexdigest(), name))
    print("ok: %d rows, ids %s..%s" % (len(data), unl[0]["id"], unl[-1]["id"]))


if __name__ == "__main__":
    main()
