"""Validate raw-b.jsonl, shuffle (seed 41513), number h41-0501..h41-0764, write outputs."""
import json, random, datetime, sys
from collections import Counter

FIELDS = ["lang", "group", "slot", "text", "received", "meaning", "meant"]
LANG_GROUPS = {"es": range(1, 11), "pt": range(11, 19), "en": range(19, 25)}
LO, HI = datetime.date(2026, 1, 5), datetime.date(2026, 11, 27)
STOP_TAILS = ("Asking us to stop writing: yes", "Asking us to stop writing: no")

def fail(msg):
    sys.exit("INVALID: " + msg)

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8") if l.strip()]
drawn = json.load(open("dates-b.json"))
if len(rows) != 264: fail(f"{len(rows)} rows")
texts = set()
for r in rows:
    if list(r.keys()) != FIELDS: fail(f"fields {list(r.keys())}")
    g = r["group"]
    if r["lang"] not in LANG_GROUPS: fail(f"lang {r}")
    if int(g[1:]) not in LANG_GROUPS[r["lang"]]: fail(f"lang/group {g} {r['lang']}")
    if not isinstance(r["slot"], int) or not 1 <= r["slot"] <= 11: fail(f"slot {r}")
    if not isinstance(r["text"], str) or not r["text"].strip(): fail(f"text {r}")
    if r["text"] in texts: fail(f"duplicate text {r['text']}")
    texts.add(r["text"])
    rec = datetime.date.fromisoformat(r["received"])
    if not (LO <= rec <= HI) or rec.weekday() == 6: fail(f"received {r}")
    if drawn[f"{g}#{r['slot']}"] != r["received"]: fail(f"received not the drawn date {g}#{r['slot']}")
    if not r["meaning"].endswith(STOP_TAILS): fail(f"meaning tail {r}")
    if r["meant"] is not None:
        m = datetime.date.fromisoformat(r["meant"])
        if m < rec: fail(f"meant before received {r}")
c = Counter(r["group"] for r in rows)
if sorted(c) != [f"d{i:02d}" for i in range(1, 25)] or set(c.values()) != {11}: fail(f"groups {c}")
if len({(r["group"], r["slot"]) for r in rows}) != 264: fail("duplicate slot")

rng = random.Random(41513)
rng.shuffle(rows)
with open("unlabelled-b.jsonl", "w", encoding="utf-8") as u, open("meant-b.jsonl", "w", encoding="utf-8") as m:
    for i, r in enumerate(rows):
        rid = f"h41-{501 + i:04d}"
        u.write(json.dumps({"id": rid, "lang": r["lang"], "part": "b", "group": r["group"],
                            "text": r["text"], "received": r["received"]}, ensure_ascii=False) + "\n")
        m.write(json.dumps({"id": rid, "group": r["group"], "meaning": r["meaning"],
                            "meant": r["meant"]}, ensure_ascii=False) + "\n")
print("ok", len(rows), Counter(r["lang"] for r in rows))
