#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle, number h84-0501..., write
unlabelled-b.jsonl and meanings-b.jsonl (all next to this script)."""
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


def fail(msg):
    sys.exit("INVALID: " + msg)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            rows.append((n, json.loads(line)))
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))
    group_lang = {}
    group_slots = {}
    texts = set()
    for n, r in rows:
        where = "line %d" % n
        if list(r.keys()) != KEYS:
            fail("%s: keys %s" % (where, list(r.keys())))
        if r["lang"] not in LANG_GROUPS:
            fail("%s: lang %r" % (where, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("%s: group %r" % (where, g))
        if group_lang.setdefault(g, r["lang"]) != r["lang"]:
            fail("%s: group %s mixes languages" % (where, g))
        s = r["slot"]
        if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 11:
            fail("%s: slot %r" % (where, s))
        if s in group_slots.setdefault(g, set()):
            fail("%s: duplicate slot %s#%d" % (where, g, s))
        group_slots[g].add(s)
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            fail("%s: empty text" % where)
        if t in texts:
            fail("%s: duplicate text %r" % (where, t))
        texts.add(t)
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail("%s: received %r" % (where, r["received"]))
        if rec.isoformat() != r["received"]:
            fail("%s: received not ISO %r" % (where, r["received"]))
        if not START <= rec <= END or rec.weekday() == 6:
            fail("%s: received %s out of range or Sunday" % (where, rec))
        slot_key = "%s#%d" % (g, s)
        if drawn.get(slot_key) != r["received"]:
            fail("%s: received %s != drawn %s for %s"
                 % (where, r["received"], drawn.get(slot_key), slot_key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("%s: meaning must end with the stop sentence" % where)
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail("%s: meant %r" % (where, r["meant"]))
            if md.isoformat() != r["meant"]:
                fail("%s: meant not ISO %r" % (where, r["meant"]))
            if md < rec:
                fail("%s: meant %s before received %s" % (where, md, rec))
    if sorted(group_lang) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %s" % sorted(group_lang))
    for g, sl in group_slots.items():
        if sl != set(range(1, 12)):
            fail("group %s slots %s" % (g, sorted(sl)))
    counts = {}
    for g, lang in group_lang.items():
        counts[lang] = counts.get(lang, 0) + 1
    if counts != LANG_GROUPS:
        fail("groups per language %s" % counts)

    data = [r for _, r in rows]
    data.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(84513).shuffle(data)
    unl = []
    mea = []
    for i, r in enumerate(data):
        rid = "h84-%04d" % (FIRST_ID + i)
        unl.append({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                    "text": r["text"], "received": r["received"]})
        mea.append({"id": rid, "group": r["group"], "meaning": r["meaning"],
                    "meant": r["meant"]})
    for name, items in (("unlabelled-b.jsonl", unl), ("meanings-b.jsonl", mea)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("OK: %d rows, ids %s..%s" % (len(data), unl[0]["id"], unl[-1]["id"]))


if __name__ == "__main__":
    main()
