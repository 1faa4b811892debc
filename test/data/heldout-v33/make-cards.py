#!/usr/bin/env python3
"""Draw 264 cards (writer profile x situation x received date) for test set part b.

Stdlib only. Seeded with random.Random(3332). Writes cards.jsonl.
Each writer profile is a person writing in a second language or a contact
language; the reply language is fixed by the profile.
"""
import datetime
import json
import random

N = 264
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 11, 27)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# id, reply language, who they are, what their writing tends to show.
# The order of this list was set once, after a first run, by swapping two pairs
# of people between slots (Haitian-in-SP <-> Haitian-in-Santiago and
# Korean-in-SP <-> Mexican-in-Texas) so that the reply languages come out
# es 108 / pt 90 / en 66. Draws depend only on the list length, so the swap
# changed no card except which person a slot stands for.
PROFILES = [
    ("p01", "pt", "Haitian (Kreyol first) living in Sao Paulo, writes Portuguese",
     "spelling by ear, 'mi' for 'me', infinitive verbs, French words (merci, bonjour), no accents"),
    ("p02", "es", "Haitian (Kreyol first, some French) living in Santiago de Chile, writes Spanish",
     "French/Kreyol spellings, infinitives, dropped articles, gender slips, picked-up Chilean words (po, al tiro)"),
    ("p03", "pt", "Venezuelan in Boa Vista (Roraima), writes portunhol to a Brazilian company",
     "Spanish words and spelling inside Portuguese (manana, pero, cuando), 'chamo', mixed verb endings"),
    ("p04", "pt", "Bolivian seamstress in Sao Paulo (Spanish first, Quechua at home), writes Portuguese",
     "n~ for nh, 'yo' for 'eu', Spanish spellings, Andean politeness (senhor, por favor nomas)"),
    ("p05", "es", "Paraguayan in Asuncion/Buenos Aires, Spanish with Guarani words (jopara)",
     "che, nde, ko, katu, piko, hina, mba'e, ndaipori, hei, -pa questions, nomas"),
    ("p06", "es", "Quechua speaker from Ayacucho living in Lima, writes Spanish",
     "e/i and o/u swaps, gender mismatch, redundant 'lo', 'pues', 'dice' reportative, diminutives, papito/mamita"),
    ("p07", "es", "Yucatec Maya speaker in a village near Merida, writes Spanish",
     "Maya greetings/thanks (bix a beel, Dios bo'otik, ma'alob), double possessive, 'le' and 'lo' everywhere, pues"),
    ("p08", "en", "Brazilian (Goias) in Framingham, Massachusetts, writes English",
     "false friends (pretend, parcel, actually, account), 'have' for 'there is', 'until' for 'by', kkk, obg"),
    ("p09", "pt", "Korean garment shop owner in Bom Retiro, Sao Paulo, writes Portuguese",
     "very polite, missing articles, verb-final order traces, ^^ and ㅠㅠ, 'senhor/senhora', 'obrigado' repeated"),
    ("p10", "en", "Dominican in Washington Heights, NYC, writes English",
     "Dominican Spanglish (klk, dique, mi amor), dropped final s, phonetic spelling, u / ur"),
    ("p11", "es", "Chinese shopkeeper (autoservicio) in Buenos Aires, writes Spanish",
     "telegraphic, infinitives, no articles, 'amigo', voseo picked up from customers, short lines"),
    ("p12", "en", "Mexican in San Antonio, Texas, writes English",
     "code-switching (ahorita, mija, gracias), 'I no have', dropped auxiliaries, 'the next week'"),
    ("p13", "pt", "Angolan in Rio de Janeiro, writes Portuguese (Angolan variety)",
     "European/Angolan forms (estou a, telemovel, factura, contacto), bue, kumbu, mambo, mais velho, tu"),
    ("p14", "es", "Italian-born grandmother in La Plata, Argentina (cocoliche)",
     "Italian words (allora, ma, grazie, nipote, tutto), double consonants, 'io', long polite sentences"),
    ("p15", "es", "American retiree in Ajijic, Jalisco, writes Spanish",
     "anglicisms and false friends (realizar, aplicar, soportar), gender errors, no accents, 'yo soy confundido'"),
    ("p16", "es", "US college student writing Spanish to a Mexican lender (semester abroad in Guadalajara)",
     "textbook Spanish, calques (hace sentido, llamar de vuelta), ser/estar and por/para slips, 'lo siento'"),
    ("p17", "en", "Indian (Telugu first) software worker in New Jersey, writes English",
     "Indian English (kindly, revert, do the needful, itself, only, prepone, sir)"),
    ("p18", "en", "Filipina caregiver in Sacramento, writes English",
     "po, ma'am/sir, Taglish (sige, salamat, na, lang), 'for a while', God bless"),
    ("p19", "pt", "Nigerian (Yoruba/English) trader in Sao Paulo (Bras), writes Portuguese",
     "English and pidgin slipping in (abeg, my brother, please sir), 'eu vai', missing articles, Deus abencoe"),
    ("p20", "en", "Colombian in Doral, Miami, writes English",
     "Spanish calques (I am agree, actually, the next friday, comprehension), 'pues', formal closings"),
    ("p21", "es", "Cuban in Hialeah, Florida, writes Spanish with English loans (Spanglish)",
     "el bil, chequear, llamar p'atras, aplicar, el carro, asere, mija, dropped s"),
    ("p22", "es", "Aymara speaker from Puno working in Santiago de Chile, writes Spanish",
     "Andean Spanish (nomas, pues, siempre, de mi hermano su), vowel swaps, plus Chilean words (al tiro, po)"),
    ("p23", "pt", "German-Brazilian from Pomerode, Santa Catarina (Hunsrik/Pomeranian at home), writes Portuguese",
     "ja, Danke, ach, Oma, German word order traces, occasional t/d and p/b swaps, formal tone"),
    ("p24", "pt", "Deaf person in Recife whose written Portuguese follows Libras order",
     "topic-comment order, no articles or prepositions, infinitive verbs, JA as past marker, prefers text not calls"),
]

SITUATIONS = [
    "wants the messages to stop",
    "not the person, number changed hands, or the person died or moved",
    "the amount or charge is wrong",
    "already paid",
    "will pay on a day",
    "will pay but does not know when",
    "wants parts, a discount or more time",
    "lost job, sick, or no money",
    "never got the bill",
    "got the bill too late",
    "not due yet",
    "will not pay, angry",
    "wants a person to call",
    "asks how or where to pay, or the balance",
    "does not understand the message, asks what it is",
    "just thanks, greets, or something unrelated",
]


def main():
    rng = random.Random(3332)
    days = []
    d = START
    while d <= END:
        if d.weekday() != 6:  # Monday..Saturday
            days.append(d)
        d += datetime.timedelta(days=1)
    with open("cards.jsonl", "w", encoding="utf-8") as f:
        for i in range(1, N + 1):
            received = rng.choice(days)
            writer = rng.choice(PROFILES)
            situation = rng.choice(SITUATIONS)
            row = {
                "card": i,
                "received": received.isoformat(),
                "weekday": WEEKDAYS[received.weekday()],
                "writer": writer[0],
                "situation": situation,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
