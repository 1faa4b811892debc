import random, datetime, calendar, json
rng = random.Random(41512)
start = datetime.date(2026,1,5); end = datetime.date(2026,11,27)
days = [start+datetime.timedelta(d) for d in range((end-start).days+1)]
days = [d for d in days if d.weekday() < 6]
out = {}
for g in range(1,25):
    for s in range(1,12):
        d = rng.choice(days)
        out[f"d{g:02d}#{s}"] = d.isoformat()
for k,v in out.items():
    d = datetime.date.fromisoformat(v)
    print(k, v, d.strftime("%a"))
json.dump(out, open("dates-b.json","w"), indent=1)
print(calendar.TextCalendar(0).formatyear(2026))
