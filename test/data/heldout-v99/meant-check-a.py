#!/usr/bin/env python3
"""List every meant date beside its received date (weekdays, gap, text)
into meant-check-a.txt, for checking by eye; then print counts for the README."""
import collections
import datetime
import json
import os
import statistics

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "raw-a.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f]
    rows.sort(key=lambda r: (r["group"], r["slot"]))
    out = ["meant-check-a: every meant date beside its received date",
           "slot     received        meant           gap  text", ""]
    for r in rows:
        if r["meant"] is None:
            continue
        rec = datetime.date.fromisoformat(r["received"])
        mt = datetime.date.fromisoformat(r["meant"])
        out.append("%-8s %s %s  %s %s  %3d  %s" % (
            "%s#%d" % (r["group"], r["slot"]), rec, rec.strftime("%a"),
            mt, mt.strftime("%a"), (mt - rec).days, r["text"]))
    out.append("")
    out.append("%d rows with a meant date" % sum(1 for r in rows if r["meant"]))
    with open(os.path.join(HERE, "meant-check-a.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    # counts for README
    lens = [len(r["text"]) for r in rows]
    print("rows per lang", dict(collections.Counter(r["lang"] for r in rows)))
    print("len min/median/max", min(lens), statistics.median(lens), max(lens))
    print("len <=15:", sum(l <= 15 for l in lens), " >=150:", sum(l >= 150 for l in lens),
          " >180:", sum(l > 180 for l in lens))
    wd = collections.Counter(datetime.date.fromisoformat(r["received"]).strftime("%a") for r in rows)
    print("weekdays", [(d, wd[d]) for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]])
    yes = [r for r in rows if r["meaning"].endswith(": yes")]
    print("stops", len(yes), dict(collections.Counter(r["group"] for r in yes)))
    look = [r for r in rows if r["meaning"].startswith("Look-alike")]
    print("look-alikes", len(look), dict(collections.Counter(r["group"] for r in look)))
    print("meant", sum(1 for r in rows if r["meant"]), " stops with meant",
          sum(1 for r in yes if r["meant"]), " look-alikes with meant", sum(1 for r in look if r["meant"]))
    banned = ["stop", "unsubscribe", "opt out", "opt-out", "sair", "parar", "baja", "alto"]
    for r in yes:
        low = r["text"].lower()
        for b in banned:
            if b in low:
                print("BANNED WORD in stop", r["group"], r["slot"], b)


if __name__ == "__main__":
    main()
