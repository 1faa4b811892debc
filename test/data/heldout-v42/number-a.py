# Step 4: validate raw-a.jsonl, shuffle with random.Random(42413), number h42-0001.., write outputs.
import json, random, datetime, sys, collections

START, END = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
FIELDS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": 10, "pt": 8, "en": 6}
STOP_YES = "Asking us to stop writing: yes"
STOP_NO = "Asking us to stop writing: no"

def fail(msg):
    sys.exit("INVALID: " + msg)

dates = json.load(open("dates-a.json", encoding="utf-8"))
rows = []
with open("raw-a.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            fail(f"blank line {n}")
        r = json.loads(line)
        if list(r.keys()) != FIELDS:
            fail(f"line {n}: fields {list(r.keys())}")
        rows.append(r)

if len(rows) != 264:
    fail(f"{len(rows)} rows, expected 264")

by_group = collections.defaultdict(list)
texts = set()
for r in rows:
    g = r["group"]
    if r["lang"] not in LANG_GROUPS:
        fail(f"{g}: bad lang {r['lang']}")
    if not (isinstance(r["text"], str) and r["text"].strip()):
        fail(f"{g}#{r['slot']}: empty text")
    if r["text"] in texts:
        fail(f"duplicate text: {r['text']}")
    texts.add(r["text"])
    rec = datetime.date.fromisoformat(r["received"])
    if not (START <= rec <= END) or rec.weekday() == 6:
        fail(f"{g}#{r['slot']}: received {rec} out of range or Sunday")
    key = f"{g}#{r['slot']}"
    if dates.get(key) != r["received"]:
        fail(f"{key}: received {r['received']} != drawn {dates.get(key)}")
    m = r["meaning"]
    if not (m.endswith(STOP_YES) or m.endswith(STOP_NO)):
        fail(f"{key}: meaning must end with stop line")
    if r["meant"] is not None:
        md = datetime.date.fromisoformat(r["meant"])
        if md < rec:
            fail(f"{key}: meant {md} before received {rec}")
    by_group[g].append(r)

if len(by_group) != 24:
    fail(f"{len(by_group)} groups")
lang_count = collections.Counter()
for g, rs in by_group.items():
    if sorted(x["slot"] for x in rs) != list(range(1, 12)):
        fail(f"{g}: slots {sorted(x['slot'] for x in rs)}")
    langs = {x["lang"] for x in rs}
    if len(langs) != 1:
        fail(f"{g}: mixed langs")
    lang_count[langs.pop()] += 1
if dict(lang_count) != LANG_GROUPS:
    fail(f"groups per lang {dict(lang_count)}")

rng = random.Random(42413)
order = list(rows)
rng.shuffle(order)
with open("unlabelled-a.jsonl", "w", encoding="utf-8") as fu, \
     open("meanings-a.jsonl", "w", encoding="utf-8") as fm:
    for i, r in enumerate(order, 1):
        rid = f"h42-{i:04d}"
        fu.write(json.dumps({"id": rid, "lang": r["lang"], "part": "a", "group": r["group"],
                             "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                             "meant": r["meant"]}, ensure_ascii=False) + "\n")
print("OK", len(order), "rows;", dict(collections.Counter(r["lang"] for r in rows)))
