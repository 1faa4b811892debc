import random, datetime, json, calendar
rng = random.Random(42512)
start = datetime.date(2026,1,5); end = datetime.date(2026,11,27)
days = [start + datetime.timedelta(d) for d in range((end-start).days+1)]
days = [d for d in days if d.weekday() < 6]
out = {}
for g in range(1,25):
    for s in range(1,12):
        key = f"e{g:02d}#{s}"
        out[key] = rng.choice(days).isoformat()
for k,v in out.items():
    d = datetime.date.fromisoformat(v)
    print(k, v, d.strftime("%a"))
json.dump(out, open("dates-b.json","w"), indent=0)
print(calendar.TextCalendar(0).formatyear(2026))
