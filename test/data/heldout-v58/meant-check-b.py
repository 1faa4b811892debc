#!/usr/bin/env python3
"""List every meant date beside its received date (both weekdays), the gap in
days and the text, with the hand-written eye check for each; then the null rows
that carry a day-like word and why they stay null. Writes meant-check-b.txt."""
import datetime as dt
import json

# Hand-written results of checking each row by eye against the taxonomy rules.
NOTES = {
    "g01#1": "'mañana viernes' = next day; Thu+1 = Fri 13 Feb. OK",
    "g01#2": "'el 15' = next 15th on/after 11 Aug = Sat 15 Aug. OK",
    "g01#3": "'hoy ... en la noche' = received day. OK",
    "g01#6": "explicit '30 de mayo' (partial 500). OK",
    "g01#11": "'el viernes 24': 24 Apr 2026 is a Friday, next Friday after Tue 21. OK",
    "g02#1": "'el 30' = next 30th on/after 27 Jul = Thu 30 Jul. OK",
    "g02#8": "'martes 9': Tue 9 Jun; Mon 8 Jun is Corpus Christi festivo in CO. OK",
    "g02#9": "'quincena' from Sat 4 Apr: 15th comes before 30th -> 15 Apr. OK",
    "g03#2": "'el 30' from Sat 20 Jun -> Tue 30 Jun (AR aguinaldo deadline). OK",
    "g03#4": "'el martes' = next Tuesday after Mon 15 Jun = 16 Jun. OK",
    "g03#5": "'fin de mes' = last day of July = 31 Jul. OK",
    "g04#1": "'el viernes' after Wed 21 Jan = 23 Jan (conditional on amount). OK",
    "g04#3": "'pasado mañana' = Sat 18 Apr + 2 = Mon 20 Apr. OK",
    "g04#5": "'el lunes' after Fri 1 May (holiday) = 4 May. OK",
    "g04#8": "'el 15' after Mon 29 Jun = 15 Jul (PE gratificación date). OK",
    "g04#10": "'el sábado' after Thu 16 Apr = 18 Apr (promise relayed by cousin). OK",
    "g05#1": "'el 30' after Sat 18 Jul = Thu 30 Jul (partial: half). OK",
    "g05#2": "'hasta el lunes' after Wed 9 Sep = Mon 14 Sep. OK",
    "g05#4": "explicit '18 de diciembre' (DR doble sueldo due by 20 Dec). OK",
    "g05#5": "'el 30' after Fri 15 May = Sat 30 May. OK",
    "g05#8": "'mañana' = Thu 3 Sep + 1 = Fri 4 Sep (partial 1,500). OK",
    "g06#3": "'dia 20' after 15 Jan = Tue 20 Jan. OK",
    "g06#4": "corrects itself: Fri 20 Nov is Consciência Negra holiday, so 'segunda' = Mon 23 Nov. OK",
    "g06#6": "'amanhã' = Fri 3 Apr (Good Friday), conditional on Pix working. OK",
    "g07#1": "'sexta' after Thu 17 Sep = 18 Sep (relayed by wife). OK",
    "g07#2": "'dia 5' after 26 Oct = 5 Nov (relayed by mother). OK",
    "g07#3": "'segunda' after Wed 24 Jun (São João) = 29 Jun. OK",
    "g07#7": "'dia 30' after 27 Jan = Fri 30 Jan (relayed for mother). OK",
    "g07#8": "'agora mesmo' = received day. OK",
    "g08#4": "'dia 10' after Wed 7 Jan = Sat 10 Jan. OK",
    "g08#5": "'sexta' after Thu 27 Aug = 28 Aug (200 down, rest as plan). OK",
    "g09#2": "'fim do mês' = 31 Aug. OK",
    "g09#5": "'terça' after Sat 11 Apr = 14 Apr. OK",
    "g09#9": "'segunda' after Sat 13 Jun (Santo António) = 15 Jun. OK",
    "g10#2": "'Monday' after Fri 3 Apr (Good Friday) = 6 Apr. OK",
    "g10#4": "Labor Day 2026 = first Monday of September = 7 Sep. OK",
    "g10#10": "'on the 15th' after 9 Oct = Thu 15 Oct; phrased as a conditional question, kept. OK",
    "g11#1": "'thursday' after Mon 1 Jun = 4 Jun. OK",
    "g11#5": "'next Friday the 31st' from Fri 24 Jul: next Friday after = 31 Jul, and the 31st confirms. OK",
    "g11#6": "'today ... ahorita' = received day. OK",
    "g11#9": "'after Halloween, like Monday' after Thu 29 Oct = Mon 2 Nov. OK",
    "g11#11": "'monday' after Fri 19 Jun (Juneteenth) = 22 Jun. OK",
    "g12#2": "'by tomorrow itself' = Thu 11 Jun. OK",
    "g12#4": "explicit '10th August' = Mon 10 Aug. OK",
    "g12#9": "FIXED text: first version said salary credited 'on 1st' (a Sunday); now 'on Monday ... 2nd Feb'. Date 2 Feb unchanged. OK",
}

# Null rows that mention a day or date, and why no promise date is set.
NULL_NOTES = {
    "g01#7": "'cuando me den el aguinaldo' - no day named",
    "g01#9": "'en la semana' - no exact day",
    "g01#10": "'marcar el lunes' - Monday is for a call, not a payment",
    "g02#10": "'fecha límite es el 20 ... pago antes' - a deadline, not a day",
    "g03#7": "'a principio de mes' - no exact day",
    "g04#7": "'5 de abril' is the due date (still time), not a promise",
    "g05#9": "'cada quincena' - plan offer, no start date",
    "g05#11": "'cuando ella cobre' - no day named",
    "g08#8": "'amanhã de manhã' - for a call, not a payment",
    "g08#9": "'dia 15' - past payment",
    "g09#11": "'10 de agosto' is the due date (still time)",
    "g10#7": "'after 5' - call time",
    "g11#2": "'pago cuando me paguen' - no day named",
    "g11#8": "'half now and half on the 1st' - asked as a plan question, no firm promise",
    "g12#5": "'out of station till 25th, once I am back' - no exact day",
    "g12#8": "'after 6 PM EST' - call time",
    "g12#11": "'due date is 20th ... before that' - still time, no exact day",
}

rows = [json.loads(l) for l in open("raw-b.jsonl", encoding="utf-8")]
rows.sort(key=lambda r: (r["group"], r["slot"]))
out = []
n = 0
for r in rows:
    key = "%s#%d" % (r["group"], r["slot"])
    if r["meant"] is None:
        continue
    n += 1
    rec = dt.date.fromisoformat(r["received"])
    mt = dt.date.fromisoformat(r["meant"])
    out.append("%-6s received %s %s -> meant %s %s  (+%d d)\n    %s\n    check: %s" % (
        key, rec, rec.strftime("%a"), mt, mt.strftime("%a"), (mt - rec).days,
        r["text"], NOTES.get(key, "NOT CHECKED")))
nulls = []
for r in rows:
    key = "%s#%d" % (r["group"], r["slot"])
    if key in NULL_NOTES:
        assert r["meant"] is None, key
        rec = dt.date.fromisoformat(r["received"])
        nulls.append("%-6s received %s %s  meant null\n    %s\n    why null: %s" % (
            key, rec, rec.strftime("%a"), r["text"], NULL_NOTES[key]))
missing = [k for k in NOTES if k not in {"%s#%d" % (r["group"], r["slot"]) for r in rows if r["meant"]}]
with open("meant-check-b.txt", "w", encoding="utf-8") as f:
    f.write("meant dates: %d of %d rows (all checked by eye; notes missing for: %s)\n\n"
            % (n, len(rows), missing or "none"))
    f.write("\n".join(out) + "\n\n")
    f.write("---- null rows that mention a day or date ----\n\n")
    f.write("\n".join(nulls) + "\n")
print(n, "meant;", len(nulls), "null-with-day notes; unmatched notes:", missing)
