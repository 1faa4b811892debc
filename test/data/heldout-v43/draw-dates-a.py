import random, datetime, calendar, json
rng = random.Random(43412)
start = datetime.date(2026,1,5); end = datetime.date(2026,11,27)
days = [start+datetime.timedelta(d) for d in range((end-start).days+1)]
days = [d for d in days if d.weekday() != 6]
out = {}
for g in range(1,25):
    for s in range(1,12):
        d = rng.choice(days)
        out[f"r{g:02d}#{s}"] = d.isoformat()
for k,v in out.items():
    d = datetime.date.fromisoformat(v)
    print(k, v, d.strftime("%a"))
json.dump(out, open("dates-a.json","w"), indent=0)
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2026))
