#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle and number it.

Reads raw-a.jsonl and dates-a.json next to this script. Writes
unlabelled-a.jsonl (id, lang, part, group, text, received),
meanings-a.jsonl (id, group, meaning, meant) and the eye-check list
meant-check-a.txt. Standard library only; deterministic.
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
START = dt.date(2026, 1, 5)
END = dt.date(2026, 11, 27)
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT_GROUPS = {"es": 5, "pt": 4, "en": 3}
MARK = "== eye check (by hand) =="


def fail(msg):
    sys.exit("INVALID: " + msg)


def main():
    with open(os.path.join(HERE, "dates-a.json"), encoding="utf-8") as f:
        drawn = json.load(f)
    rows = []
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail("blank line %d" % n)
            r = json.loads(line)
            if list(r.keys()) != KEYS:
                fail("line %d keys %r" % (n, list(r.keys())))
            rows.append((n, r))
    if len(rows) != 132:
        fail("expected 132 rows, got %d" % len(rows))

    by_group = {}
    texts = set()
    for n, r in rows:
        if r["lang"] not in WANT_GROUPS:
            fail("line %d lang %r" % (n, r["lang"]))
        g = r["group"]
        if not (isinstance(g, str) and len(g) == 3 and g[0] == "g"
                and g[1:].isdigit() and 1 <= int(g[1:]) <= 12):
            fail("line %d group %r" % (n, g))
        s = r["slot"]
        if not (isinstance(s, int) and 1 <= s <= 11):
            fail("line %d slot %r" % (n, s))
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            fail("line %d text empty or padded" % n)
        if t in texts:
            fail("line %d duplicate text %r" % (n, t))
        texts.add(t)
        rec = dt.date.fromisoformat(r["received"])
        if r["received"] != rec.isoformat():
            fail("line %d received not ISO" % n)
        if not (START <= rec <= END) or rec.weekday() == 6:
            fail("line %d received %s out of range or Sunday" % (n, rec))
        slot_key = "%s#%d" % (g, s)
        if drawn.get(slot_key) != r["received"]:
            fail("line %d received %s != drawn %s for %s"
                 % (n, r["received"], drawn.get(slot_key), slot_key))
        m = r["meaning"]
        if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
            fail("line %d meaning does not end with the stop sentence" % n)
        if m.count("Asking us to stop writing:") != 1:
            fail("line %d meaning has the stop sentence more than once" % n)
        if r["meant"] is not None:
            md = dt.date.fromisoformat(r["meant"])
            if md.isoformat() != r["meant"]:
                fail("line %d meant not ISO" % n)
            if md < rec:
                fail("line %d meant %s before received %s" % (n, md, rec))
        by_group.setdefault(g, []).append(r)

    if sorted(by_group) != ["g%02d" % i for i in range(1, 13)]:
        fail("groups %r" % sorted(by_group))
    langs = Counter()
    for g, rs in by_group.items():
        if sorted(r["slot"] for r in rs) != list(range(1, 12)):
            fail("group %s slots %r" % (g, sorted(r["slot"] for r in rs)))
        gl = {r["lang"] for r in rs}
        if len(gl) != 1:
            fail("group %s mixes languages %r" % (g, gl))
        langs[gl.pop()] += 1
    if dict(langs) != WANT_GROUPS:
        fail("groups per language %r" % dict(langs))

    ordered = sorted((r for _, r in rows), key=lambda r: (r["group"], r["slot"]))
    random.Random(85413).shuffle(ordered)

    unl, mea, chk = [], [], []
    for i, r in enumerate(ordered, 1):
        rid = "h85-%04d" % i
        unl.append({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                    "text": r["text"], "received": r["received"]})
        mea.append({"id": rid, "group": r["group"], "meaning": r["meaning"],
                    "meant": r["meant"]})
        if r["meant"] is not None:
            rec = dt.date.fromisoformat(r["received"])
            md = dt.date.fromisoformat(r["meant"])
            chk.append("%s %s#%-2d received %s %s -> meant %s %s  gap %2d d | %s"
                       % (rid, r["group"], r["slot"], rec.isoformat(), rec.strftime("%a"),
                          md.isoformat(), md.strftime("%a"), (md - rec).days, r["text"]))

    def dump(name, objs):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for o in objs:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")

    dump("unlabelled-a.jsonl", unl)
    dump("meanings-a.jsonl", mea)
    # The list is regenerated; the hand-written eye-check notes after MARK
    # (if the file already has them) are kept as they are.
    chk_path = os.path.join(HERE, "meant-check-a.txt")
    notes = ""
    if os.path.exists(chk_path):
        with open(chk_path, encoding="utf-8") as f:
            old = f.read()
        if MARK in old:
            notes = old[old.index(MARK):]
    with open(chk_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("meant dates beside received dates (list generated by number-a.py; "
                "checked by eye, notes below)\n\n")
        for line in sorted(chk, key=lambda s: (s.split()[1].split("#")[0],
                                               int(s.split()[1].split("#")[1]))):
            f.write(line + "\n")
        f.write("\n%d rows with a meant date\n\n" % len(chk))
        f.write(notes if notes else MARK + "\n")
    print("OK: %d rows, groups per language %s, %d meant dates"
          % (len(ordered), dict(langs), len(chk)))


if __name__ == "__main__":
    main()
