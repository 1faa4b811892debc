# Step 5 listing + stats for README (reads raw-a.jsonl only)
import json, datetime, statistics, collections
rows = [json.loads(l) for l in open("raw-a.jsonl", encoding="utf-8")]
for r in rows:
    if r["meant"]:
        a = datetime.date.fromisoformat(r["received"]); b = datetime.date.fromisoformat(r["meant"])
        print(f'{r["group"]}#{r["slot"]:<2} {a} {a:%a} -> {b} {b:%a} +{(b-a).days:>2}  {r["text"]}')
print("rows per lang:", dict(collections.Counter(r["lang"] for r in rows)))
L = [len(r["text"]) for r in rows]
print("text length min/median/max:", min(L), statistics.median(L), max(L))
print("received weekdays:", dict(sorted(collections.Counter(datetime.date.fromisoformat(r["received"]).weekday() for r in rows).items())))
print("meant dates:", sum(1 for r in rows if r["meant"]))
print("stops meant:", sum(1 for r in rows if r["meaning"].endswith("Asking us to stop writing: yes")))
