#!/usr/bin/env python3
"""Validate raw-b.jsonl, shuffle it and number it h87-0501...

Reads raw-b.jsonl and dates-b.json from this script's folder, checks every row,
sorts by (group, slot), shuffles with random.Random(87513), numbers the rows
h87-0501.. in the shuffled order and writes unlabelled-b.jsonl and
meanings-b.jsonl next to this script. Text is never generated or changed here.
"""
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
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
FIRST_ID = 501


def fail(msg):
    sys.exit("number-b.py: " + msg)


def main():
    with open(os.path.join(HERE, "dates-b.json"), encoding="utf-8") as f:
        drawn = json.load(f)

    rows = []
    with open(os.path.join(HERE, "raw-b.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("line %d is empty" % n)
            try:
                r = json.loads(line)
            except ValueError as e:
                fail("line %d is not JSON: %s" % (n, e))
            if list(r.keys()) != KEYS:
                fail("line %d keys %s, want %s" % (n, list(r.keys()), KEYS))
            rows.append((n, r))

    by_group = {}
    texts = {}
    for n, r in rows:
        where = "line %d (%s#%s)" % (n, r["group"], r["slot"])
        if r["lang"] not in WANT_GROUPS:
            fail(where + ": bad lang %r" % r["lang"])
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g" and g[1:].isdigit()
                and 1 <= int(g[1:]) <= 12):
            fail(where + ": bad group %r" % g)
        if not (isinstance(r["slot"], int) and not isinstance(r["slot"], bool)
                and 1 <= r["slot"] <= 11):
            fail(where + ": bad slot %r" % r["slot"])
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            fail(where + ": empty text or stray outer whitespace")
        if t in texts:
            fail(where + ": duplicate text, also on line %d" % texts[t])
        texts[t] = n
        try:
            rec = datetime.date.fromisoformat(r["received"])
        except (TypeError, ValueError):
            fail(where + ": bad received %r" % r["received"])
        if not (START <= rec <= END) or rec.weekday() == 6:
            fail(where + ": received %s not Mon-Sat in range" % rec)
        slot_key = "%s#%d" % (g, r["slot"])
        if drawn.get(slot_key) != r["received"]:
            fail(where + ": received %s but drawn date is %s" % (r["received"], drawn.get(slot_key)))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail(where + ": meaning must end with the stop sentence")
        if r["meant"] is not None:
            try:
                md = datetime.date.fromisoformat(r["meant"])
            except (TypeError, ValueError):
                fail(where + ": bad meant %r" % r["meant"])
            if md < rec:
                fail(where + ": meant %s before received %s" % (md, rec))
        by_group.setdefault(g, []).append(r)

    if len(by_group) != 12:
        fail("want 12 groups, got %d" % len(by_group))
    per_lang = {}
    for g, rs in sorted(by_group.items()):
        langs = {r["lang"] for r in rs}
        if len(langs) != 1:
            fail("%s mixes languages %s" % (g, sorted(langs)))
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("%s must have slots 1..11 once each" % g)
        lang = langs.pop()
        per_lang[lang] = per_lang.get(lang, 0) + 1
    if per_lang != WANT_GROUPS:
        fail("groups per language %s, want %s" % (per_lang, WANT_GROUPS))

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(87513).shuffle(ordered)

    unl, mea = [], []
    for i, r in enumerate(ordered):
        rid = "h87-%04d" % (FIRST_ID + i)
        unl.append({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                    "text": r["text"], "received": r["received"]})
        mea.append({"id": rid, "group": r["group"], "meaning": r["meaning"], "meant": r["meant"]})

    for name, data in (("unlabelled-b.jsonl", unl), ("meanings-b.jsonl", mea)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for d in data:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("ok: %d rows, ids %s..%s, groups per lang %s" % (len(ordered), unl[0]["id"], unl[-1]["id"], per_lang))


if __name__ == "__main__":
    main()
