#!/usr/bin/env python3
"""Validate raw-a.jsonl, shuffle it reproducibly and number it h81-0001...

Reads (next to this script): raw-a.jsonl, dates-a.json
Writes (next to this script): unlabelled-a.jsonl, meanings-a.jsonl
Prints the sha256 of both outputs. Exits non-zero on any validation error.
"""
import collections
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw-a.jsonl")
DATES = os.path.join(HERE, "dates-a.json")
OUT_UNLAB = os.path.join(HERE, "unlabelled-a.jsonl")
OUT_MEAN = os.path.join(HERE, "meanings-a.jsonl")

KEYS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANGS = {"es", "pt", "en"}
GROUP_LANG_COUNTS = {"es": 5, "pt": 4, "en": 3}
GROUPS = ["g%02d" % i for i in range(1, 13)]
SLOTS = list(range(1, 12))
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
STOP_ENDINGS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")
SHUFFLE_SEED = 81413
PREFIX = "h81-"


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError("not an ISO date: %r" % (s,))
    return datetime.date.fromisoformat(s)


def load():
    rows = []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            pairs = json.loads(line, object_pairs_hook=list)
            keys = [k for k, _ in pairs]
            rows.append((n, keys, dict(pairs)))
    with open(DATES, encoding="utf-8") as f:
        dates = json.load(f)
    return rows, dates


def validate(rows, dates):
    errors = []
    seen_slots = set()
    group_langs = collections.defaultdict(set)
    group_slots = collections.defaultdict(list)
    texts = {}
    for n, keys, r in rows:
        where = "line %d" % n
        if keys != KEYS:
            errors.append("%s: keys/order %s != %s" % (where, keys, KEYS))
            continue
        if r["lang"] not in LANGS:
            errors.append("%s: bad lang %r" % (where, r["lang"]))
        if r["group"] not in GROUPS:
            errors.append("%s: bad group %r" % (where, r["group"]))
        if not isinstance(r["slot"], int) or isinstance(r["slot"], bool) or r["slot"] not in SLOTS:
            errors.append("%s: bad slot %r" % (where, r["slot"]))
        key = (r["group"], r["slot"])
        if key in seen_slots:
            errors.append("%s: duplicate slot %s#%s" % (where, r["group"], r["slot"]))
        seen_slots.add(key)
        group_langs[r["group"]].add(r["lang"])
        group_slots[r["group"]].append(r["slot"])
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
        else:
            norm = " ".join(text.split()).casefold()
            if norm in texts:
                errors.append("%s: duplicate text (also line %d)" % (where, texts[norm]))
            texts[norm] = n
        try:
            rec = parse_date(r["received"])
            if not (START <= rec <= END):
                errors.append("%s: received %s out of range" % (where, rec))
            if rec.weekday() == 6:
                errors.append("%s: received %s is a Sunday" % (where, rec))
            slot_name = "%s#%s" % (r["group"], r["slot"])
            if dates.get(slot_name) != r["received"]:
                errors.append("%s: received %s != drawn %s for %s"
                              % (where, r["received"], dates.get(slot_name), slot_name))
        except (ValueError, TypeError) as e:
            errors.append("%s: received: %s" % (where, e))
            rec = None
        m = r["meaning"]
        if not isinstance(m, str) or not m.endswith(STOP_ENDINGS):
            errors.append("%s: meaning must end with the stop sentence" % where)
        elif m.count("Asking us to stop writing:") != 1:
            errors.append("%s: stop sentence appears more than once" % where)
        if r["meant"] is not None:
            try:
                meant = parse_date(r["meant"])
                if rec is not None and meant < rec:
                    errors.append("%s: meant %s before received %s" % (where, meant, rec))
            except (ValueError, TypeError) as e:
                errors.append("%s: meant: %s" % (where, e))
    # group-level checks
    lang_of_group = {}
    for g in GROUPS:
        langs = group_langs.get(g, set())
        if len(langs) != 1:
            errors.append("group %s: languages %s (need exactly one)" % (g, sorted(langs)))
        else:
            lang_of_group[g] = next(iter(langs))
        if sorted(group_slots.get(g, [])) != SLOTS:
            errors.append("group %s: slots %s != 1..11" % (g, sorted(group_slots.get(g, []))))
    counts = collections.Counter(lang_of_group.values())
    if dict(counts) != GROUP_LANG_COUNTS:
        errors.append("groups per language %s != %s" % (dict(counts), GROUP_LANG_COUNTS))
    if len(rows) != len(GROUPS) * len(SLOTS):
        errors.append("row count %d != %d" % (len(rows), len(GROUPS) * len(SLOTS)))
    return errors


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    rows, dates = load()
    errors = validate(rows, dates)
    if errors:
        fail(errors)
    recs = [r for _, _, r in rows]
    recs.sort(key=lambda r: (r["group"], r["slot"]))
    random.Random(SHUFFLE_SEED).shuffle(recs)
    unlab, mean = [], []
    for i, r in enumerate(recs, 1):
        rid = "%s%04d" % (PREFIX, i)
        unlab.append({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                      "text": r["text"], "received": r["received"]})
        mean.append({"id": rid, "group": r["group"], "meaning": r["meaning"],
                     "meant": r["meant"]})
    write_jsonl(OUT_UNLAB, unlab)
    write_jsonl(OUT_MEAN, mean)
    print("validated %d rows; wrote %d + %d" % (len(recs), len(unlab), len(mean)))
    for p in (OUT_UNLAB, OUT_MEAN):
        print("sha256 %s  %s" % (sha256(p), os.path.basename(p)))


if __name__ == "__main__":
    main()
