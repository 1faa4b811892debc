#!/usr/bin/env python3
"""Validate raw-a.jsonl, attach received dates, shuffle, number, write outputs."""
import collections, datetime, json, random, re, sys

KEYS = {"lang", "group", "text", "meaning", "meant"}
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"
WANT = {"es": 110, "pt": 88, "en": 66}

def fail(msg):
    sys.exit("INVALID: " + msg)

received = json.load(open("received-a.json", encoding="utf-8"))
rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            fail(f"blank line {i}")
        r = json.loads(line)
        if set(r) != KEYS:
            fail(f"line {i} keys {sorted(r)}")
        rows.append(r)
if len(rows) != 264:
    fail(f"{len(rows)} rows")

groups = collections.defaultdict(list)
seen = set()
for i, r in enumerate(rows, 1):
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        fail(f"line {i} empty or padded text")
    norm = " ".join(t.split()).casefold()
    if norm in seen:
        fail(f"line {i} repeated text {t!r}")
    seen.add(norm)
    if r["lang"] not in WANT:
        fail(f"line {i} lang {r['lang']}")
    if not re.fullmatch(r"l(0[1-9]|1[0-9]|2[0-4])", str(r["group"])):
        fail(f"line {i} group {r['group']}")
    m = r["meaning"]
    if not isinstance(m, str) or not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        fail(f"line {i} meaning lacks stop sentence")
    groups[r["group"]].append(r)

if sorted(groups) != [f"l{g:02d}" for g in range(1, 25)]:
    fail("groups not l01..l24")
langs = collections.Counter()
for g, rs in groups.items():
    if len(rs) != 11:
        fail(f"{g} has {len(rs)} rows")
    ls = {r["lang"] for r in rs}
    if len(ls) != 1:
        fail(f"{g} mixes languages {ls}")
    langs[rs[0]["lang"]] += len(rs)
if dict(langs) != WANT:
    fail(f"language counts {dict(langs)}")

out = []
for g in sorted(groups):
    for n, r in enumerate(groups[g], 1):
        rec = datetime.date.fromisoformat(received[f"{g}#{n}"])
        if rec.weekday() == 6:
            fail(f"{g}#{n} received on Sunday")
        meant = r["meant"]
        if meant is not None:
            if not isinstance(meant, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meant):
                fail(f"{g}#{n} meant {meant!r}")
            if datetime.date.fromisoformat(meant) < rec:
                fail(f"{g}#{n} meant before received")
        out.append((r, rec.isoformat()))

random.Random(40413).shuffle(out)
with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
     open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for k, (r, rec) in enumerate(out, 1):
        i = f"h40-{k:04d}"
        fu.write(json.dumps({"id": i, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": rec}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": i, "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")
print(f"ok: {len(out)} rows, {dict(langs)}")
