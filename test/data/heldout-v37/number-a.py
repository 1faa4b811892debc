#!/usr/bin/env python3
"""Validate raw-a.jsonl, attach received dates from received-a.json, shuffle with
random.Random(37413), number h37-0001..h37-0264, write unlabelled-a.jsonl and meanings-a.jsonl."""
import collections, datetime, json, random, re, sys

HERE = "/work/scratch/w37a/"
KEYS = {"lang", "group", "text", "meaning", "meant"}
LANG_COUNTS = {"es": 110, "pt": 88, "en": 66}
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

errors = []
def err(msg):
    errors.append(msg)

rows = []
with open(HERE + "raw-a.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}: blank line")
            continue
        try:
            rows.append((ln, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON: {e}")

with open(HERE + "received-a.json", encoding="utf-8") as f:
    received = json.load(f)

if len(rows) != 264:
    err(f"expected 264 rows, got {len(rows)}")

groups = collections.OrderedDict()
seen_text = {}
lang_count = collections.Counter()
group_lang = {}
for ln, r in rows:
    if set(r) != KEYS:
        err(f"line {ln}: keys {sorted(r)}")
        continue
    g, lang, text, meaning, meant = r["group"], r["lang"], r["text"], r["meaning"], r["meant"]
    if not (isinstance(g, str) and re.fullmatch(r"g(0[1-9]|1[0-9]|2[0-4])", g)):
        err(f"line {ln}: bad group {g!r}")
        continue
    if lang not in LANG_COUNTS:
        err(f"line {ln}: bad lang {lang!r}")
    lang_count[lang] += 1
    if group_lang.setdefault(g, lang) != lang:
        err(f"line {ln}: group {g} mixes languages")
    if not isinstance(text, str) or not text or text != text.strip():
        err(f"line {ln}: empty or padded text")
    key = " ".join(str(text).split()).casefold()
    if key in seen_text:
        err(f"line {ln}: repeats text of line {seen_text[key]}")
    seen_text[key] = ln
    if not isinstance(meaning, str) or not (meaning.endswith(STOP_YES) or meaning.endswith(STOP_NO)):
        err(f"line {ln}: meaning does not end with the stop sentence")
    n = len(groups.setdefault(g, [])) + 1
    slot = f"{g}#{n}"
    if slot not in received:
        err(f"line {ln}: no received date for slot {slot}")
        groups[g].append(r)
        continue
    rec = datetime.date.fromisoformat(received[slot])
    if rec.weekday() == 6:
        err(f"line {ln}: received {rec} is a Sunday")
    if meant is not None:
        if not (isinstance(meant, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meant)):
            err(f"line {ln}: meant {meant!r} is not YYYY-MM-DD")
        else:
            try:
                md = datetime.date.fromisoformat(meant)
                if md < rec:
                    err(f"line {ln}: meant {meant} before received {rec}")
            except ValueError:
                err(f"line {ln}: meant {meant!r} is not a real date")
    groups[g].append(dict(r, received=rec.isoformat()))

for i in range(1, 25):
    g = f"g{i:02d}"
    if len(groups.get(g, [])) != 11:
        err(f"group {g}: {len(groups.get(g, []))} rows, expected 11")
if dict(lang_count) != LANG_COUNTS:
    err(f"language counts {dict(lang_count)} != {LANG_COUNTS}")

if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)

ordered = [r for i in range(1, 25) for r in groups[f"g{i:02d}"]]
random.Random(37413).shuffle(ordered)

with open(HERE + "unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
     open(HERE + "meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for k, r in enumerate(ordered, 1):
        rid = f"h37-{k:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "meaning": r["meaning"], "meant": r["meant"]},
                            ensure_ascii=False) + "\n")
print(f"ok: {len(ordered)} rows written")
