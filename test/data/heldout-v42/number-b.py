"""Validate raw-b.jsonl, shuffle, number, write unlabelled-b.jsonl and meant-b.jsonl."""
import json, random, datetime, collections, sys

LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
START, END = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
FIELDS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8") if l.strip()]
dates = json.load(open("dates-b.json"))
err = []
def bad(i, m): err.append(f"row {i+1}: {m}")

seen_text, seen_slot = {}, set()
group_lang = {}
for i, r in enumerate(rows):
    if list(r.keys()) != FIELDS: bad(i, f"fields {list(r.keys())}")
    if r["lang"] not in LANG_GROUPS: bad(i, "lang")
    g = r["group"]
    group_lang.setdefault(g, r["lang"])
    if group_lang[g] != r["lang"]: bad(i, "group mixes languages")
    if not (isinstance(r["slot"], int) and 1 <= r["slot"] <= 11): bad(i, "slot")
    key = f"{g}#{r['slot']}"
    if key in seen_slot: bad(i, f"duplicate slot {key}")
    seen_slot.add(key)
    if dates.get(key) != r["received"]: bad(i, f"received {r['received']} != drawn {dates.get(key)}")
    rec = datetime.date.fromisoformat(r["received"])
    if not (START <= rec <= END) or rec.weekday() == 6: bad(i, "received out of range / Sunday")
    t = r["text"]
    if not isinstance(t, str) or not t.strip(): bad(i, "empty text")
    norm = " ".join(t.lower().split())
    if norm in seen_text: bad(i, f"duplicate text of row {seen_text[norm]+1}")
    seen_text[norm] = i
    m = r["meaning"]
    if not (m.endswith("Asking us to stop writing: yes") or m.endswith("Asking us to stop writing: no")): bad(i, "meaning ending")
    if r["meant"] is not None:
        try:
            d = datetime.date.fromisoformat(r["meant"])
            if d < rec: bad(i, "meant before received")
        except (TypeError, ValueError):
            bad(i, "meant not a date")

per_group = collections.Counter(r["group"] for r in rows)
for g, n in per_group.items():
    if n != 11: err.append(f"group {g} has {n}")
per_lang = collections.Counter(group_lang.values())
for l, n in LANG_GROUPS.items():
    if per_lang[l] != n: err.append(f"lang {l}: {per_lang[l]} groups, want {n}")
if len(rows) != 264: err.append(f"{len(rows)} rows")
if err:
    print("\n".join(err)); sys.exit(1)

rows.sort(key=lambda r: (r["group"], r["slot"]))
random.Random(42513).shuffle(rows)
with open("unlabelled-b.jsonl", "w", encoding="utf-8") as fu, open("meant-b.jsonl", "w", encoding="utf-8") as fm:
    for n, r in enumerate(rows):
        rid = f"h42-{501 + n:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")
print("ok", len(rows), "rows; ids h42-0501 .. h42-%04d" % (500 + len(rows)))
