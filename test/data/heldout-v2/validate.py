#!/usr/bin/env python3
"""Validate heldout-v2/replies.jsonl and print counts per label and language."""
import collections, datetime, json, os, sys

LABELS = ["opt_out", "wrong_person", "dispute", "already_paid", "promise_to_pay",
          "payment_plan", "hardship", "not_received", "bill_late", "still_time",
          "refusal", "human_agent", "payment_info", "other"]
LANGS = {"es", "pt", "en"}
KEYS = {"id", "lang", "text", "label", "received", "promise_date", "persona"}

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "replies.jsonl")
errors, ids, texts, rows = [], set(), set(), []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}"); continue
        missing = KEYS - o.keys()
        extra = o.keys() - KEYS - {"also"}
        if missing: errors.append(f"line {n}: missing {sorted(missing)}")
        if extra: errors.append(f"line {n}: unknown keys {sorted(extra)}")
        if o.get("id") in ids: errors.append(f"line {n}: duplicate id {o.get('id')}")
        ids.add(o.get("id"))
        if o.get("text") in texts: errors.append(f"line {n}: duplicate text")
        texts.add(o.get("text"))
        if not str(o.get("text", "")).strip(): errors.append(f"line {n}: empty text")
        if o.get("lang") not in LANGS: errors.append(f"line {n}: bad lang {o.get('lang')}")
        if o.get("label") not in LABELS: errors.append(f"line {n}: bad label {o.get('label')}")
        try:
            rec = datetime.date.fromisoformat(o.get("received"))
            if rec.year != 2026: errors.append(f"line {n}: received not in 2026")
        except Exception:
            errors.append(f"line {n}: bad received {o.get('received')}"); rec = None
        pd = o.get("promise_date")
        if pd is not None:
            if o.get("label") != "promise_to_pay":
                errors.append(f"line {n}: promise_date on label {o.get('label')}")
            try:
                if rec and datetime.date.fromisoformat(pd) < rec:
                    errors.append(f"line {n}: promise_date before received")
            except Exception:
                errors.append(f"line {n}: bad promise_date {pd}")
        also = o.get("also")
        if also is not None:
            if not isinstance(also, list) or not also or any(a not in LABELS for a in also):
                errors.append(f"line {n}: bad also {also}")
            elif o.get("label") in LABELS and any(LABELS.index(a) <= LABELS.index(o["label"]) for a in also):
                errors.append(f"line {n}: also {also} outranks or equals primary {o['label']} (priority rule)")
        rows.append(o)

by_label = collections.Counter(o.get("label") for o in rows)
by_lang = collections.Counter(o.get("lang") for o in rows)
grid = collections.Counter((o.get("label"), o.get("lang")) for o in rows)
print(f"{len(rows)} replies, {len({o.get('persona') for o in rows})} personas")
print(f"{'label':16} {'total':>5} {'es':>4} {'pt':>4} {'en':>4}")
for l in LABELS:
    print(f"{l:16} {by_label[l]:5} {grid[(l,'es')]:4} {grid[(l,'pt')]:4} {grid[(l,'en')]:4}")
print(f"{'all':16} {len(rows):5} {by_lang['es']:4} {by_lang['pt']:4} {by_lang['en']:4}")
print("lang share: " + ", ".join(f"{k} {100*by_lang[k]/len(rows):.0f}%" for k in ("es", "pt", "en")))
p = [o for o in rows if o.get("label") == "promise_to_pay"]
print(f"promise_to_pay with date: {sum(1 for o in p if o.get('promise_date'))}, without: {sum(1 for o in p if not o.get('promise_date'))}")
print(f"with 'also': {sum(1 for o in rows if o.get('also'))}")
if errors:
    print("\nERRORS:"); print("\n".join(errors)); sys.exit(1)
print("OK")
