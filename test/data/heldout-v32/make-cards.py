#!/usr/bin/env python3
"""Draw 264 cards for the hand-written reply set, part b.

Each card fixes a language, a received date, who is writing, a style and two
things the writer wants to say. The reply texts themselves are typed by hand
afterwards (raw-b.jsonl); nothing here writes any text.
"""
import datetime as dt
import json
import random

rng = random.Random(3232)

SITUATIONS = [
    "wants the messages to stop",
    "is not the person you are looking for / the number changed hands",
    "the person is dead, in prison, in hospital or abroad",
    "the amount or charge is wrong / never bought it",
    "already paid",
    "will pay on a day",
    "will pay but can't say when",
    "wants to split it or get a discount or more time",
    "lost job / sick / no money",
    "never got the bill",
    "the bill came too late",
    "it is not due yet",
    "won't pay / sue me / insult",
    "wants to talk to a person / be called",
    "asks how or where to pay / the balance / the link",
    "complains about how often or when you write",
    "asks who you are / whether this is a scam",
    "thanks / greets / ok / emoji",
    "talks about something unrelated",
    "is sarcastic or joking about the debt",
]
assert len(SITUATIONS) == 20

WHO = [
    ("the debtor", 6),
    ("a relative of the debtor", 2),
    ("a coworker, landlord, lawyer or caregiver", 1),
    ("a stranger who got the number", 1),
]
STYLES = [
    "plain chat",
    "long voice-to-text with no punctuation",
    "formal/polite",
    "angry",
    "very short",
    "code-switching",
    "older person with odd punctuation",
    "teenager slang",
]

N = 264
langs = ["es"] * 108 + ["pt"] * 90 + ["en"] * 66
assert len(langs) == N
rng.shuffle(langs)

start, end = dt.date(2026, 1, 5), dt.date(2026, 11, 27)
days = []
d = start
while d <= end:
    if d.weekday() <= 5:  # Monday..Saturday
        days.append(d)
    d += dt.timedelta(days=1)

who_names = [w for w, _ in WHO]
who_weights = [w for _, w in WHO]

with open("cards.jsonl", "w", encoding="utf-8") as f:
    for i in range(N):
        rec = rng.choice(days)
        first, second = rng.sample(SITUATIONS, 2)
        who = rng.choices(who_names, weights=who_weights)[0]
        style = rng.choice(STYLES)
        card = {
            "card": i + 1,
            "lang": langs[i],
            "received": rec.isoformat(),
            "weekday": rec.strftime("%A"),
            "first": first,
            "second": second,
            "who": who,
            "style": style,
        }
        f.write(json.dumps(card, ensure_ascii=False) + "\n")
print("wrote", N, "cards")
