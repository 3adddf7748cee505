"""German: words and patterns only. The code that uses them is in claims/."""

CODE = "de"

STOP_WORDS = {
    "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "ist", "im", "für", "auf", "nicht",
    "des", "dem", "sich", "ein", "eine", "einer", "als", "auch", "es", "an", "werden", "aus", "er",
    "hat", "dass", "sie", "nach", "wird", "bei", "noch", "wie", "einem", "über", "so", "zum", "um",
}

DECIMAL = ","
GROUP = [".", " ", "\u00a0", "\u202f", "'", "’"]  # Swiss: 1'467 and 1’467

SCALES = {
    "billionen": 1e12, "billion": 1e12, "bio.": 1e12,
    "milliarden": 1e9, "milliarde": 1e9, "mrd.": 1e9, "mrd": 1e9, "mia.": 1e9,
    "md.": 1e9, "md": 1e9,  # (a translation from French: "3,77 Md$", "milliards")
    "millionen": 1e6, "million": 1e6, "mio.": 1e6, "mio": 1e6,
    "tausend": 1e3, "tsd.": 1e3,
    "billiarden": 1e15, "billiarde": 1e15,  # long scale beyond Billion (number finder)
}
SHORT_SCALES = {"k": 1e3}

CURRENCIES = {
    "us-dollar": "USD", "us‑dollar": "USD", "us-$": "USD", "us‑$": "USD", "us$": "USD", "dollar": "USD",
    "dollars": "USD", "euros": "EUR",  # (a translation's plurals: "8,67 Milliarden Dollars", "11,7 Milliarden Euros")
    "euro": "EUR", "britische pfund": "GBP", "pfund": "GBP", "schweizer franken": "CHF", "franken": "CHF",
    "norwegische kronen": "NOK", "kronen": "NOK", "yen": "JPY",
}
# Currency words that carry a scale, in thousands as accounts write them: "493.800 T USD", "77.000 Tsd. EUR".
SCALED_CURRENCIES = {"t usd": ("USD", 1e3), "t eur": ("EUR", 1e3), "tsd. usd": ("USD", 1e3), "tsd. eur": ("EUR", 1e3),
                     "tusd": ("USD", 1e3), "teur": ("EUR", 1e3), "t€": ("EUR", 1e3)}
PERCENT_WORDS = ["prozentpunkte", "prozent", "v. H.", "v.H.", "vom Hundert"]

# Words that turn a qualifier after them over ("nicht unter": mindestens).
NEGATIONS = ["nicht", "nie", "niemals"]
NOT_ONLY = ["nur", "bloß", "lediglich"]
FUTURE_WORDS = ["wird", "werden", "würde", "soll", "sollen", "erwartet", "rechnet mit", "rechnen mit", "sobald"]  # a forecast
# What makes a figure other than the level the data give (see en.py). Not "hätte", "soll": in
# reported speech they state what someone claims.
CHANGE_BEFORE = ["um", "um rund", "um etwa", "um knapp", "um gut", "um fast", "um mehr als", "um", "stieg um", "stiegen um", "wuchs um", "wuchsen um", "sank um", "sanken um", "fiel um", "fielen um",
                 "legte um", "legten um", "ein anstieg um", "ein anstieg von", "ein zuwachs von", "ein plus von",
                 "ein minus von", "ein rückgang von", "ein rückgang um"]
PER_TIME_AFTER = ["im monat", "pro monat", "je monat", "monatlich", "am tag", "pro tag", "je tag", "täglich",
                  "pro woche"]
PER_UNIT = ["pro wöchentlichem nutzer", "pro aktivem nutzer", "pro abonnent", "pro kunde", "für jeden dollar", "für jeden euro", "pro dollar", "je dollar", "pro nutzer", "je nutzer", "pro anfrage", "je euro", "pro euro", "je us-dollar", "pro us-dollar", "je usd", "pro usd", "je eur", "pro eur"]  # "for every dollar Microsoft got, OpenAI paid over seven": an amount per unit, not a total
# Der eigene Umsatz eines Konzerns ("deutlich unter 1 % des Konzernumsatzes"): kein Anteil am Umsatz eines anderen.
GROUP_REVENUE_WORDS = ["konzernumsatz", "konzernumsatzes", "konzernerlöse", "konzernerlösen"]
# Words in a key figure's label ("Avg. quarterly …", "… Q3 2025 vs Q3 2024") that make it no period's level.
LEADER_NOT_LEVEL = ["ggü", "ggü.", "gegenüber", "veränderung", "wachstum", "je", "pro", "bis", "anteil an", "kurs", "schlusskurs", "aktienkurs", "wechselkurs"]
CHANGE_HEADINGS = ["veränderung", "änderung", "wachstum", "anstieg", "zuwachs", "y/y", "q/q", "ggü.", "gegenüber"]  # a column or chart of changes, not levels
# A table row opening with one of these is a part of the row before ("davon 3. Quartal 2025"): its metric.
PART_OF_ROW = ["davon", "darunter", "hiervon"]
NOT_A_TOTAL = ["im schnitt", "durchschnitt", "durchschnittlich", "kumuliert", "kumulativ", "brutto", "vor abzug"]  # an average, a running total, a gross amount: not the level the data give
OTHER_COSTS = ["training", "vergütung", "gehälter", "personal", "marketing", "ohne", "zusammengenommen", "forschung"]  # in the figure's clause: a cost other than the inference bill ("training compute")
KEEP_WORDS = ["behält", "behielt", "verbleiben"]  # "OpenAI keeps 80 per cent": the complement of the share paid
PER_QUARTER = ["vierteljährlich", "quartalsweise", "jedes quartal", "in keinem quartal", "pro quartal", "je quartal"]  # "the quarterly bill never exceeded $4bn in the first nine months"
ROUNDING_BEFORE = ["gerundet auf", "auf die nächsten", "auf den nächsten"]  # "to the nearest ten million": a rounding's step, not an amount
# Two periods as the ends of a stretch ("Vom ersten Quartal 2024 bis zum dritten Quartal 2025"): a level figure after them is for the whole
# stretch; a change or a multiple is measured from the first to the second.
SPAN_FROM = ["vom", "von", "zwischen"]
QUARTER_NOUNS = ["Quartal", "Quartals"]  # "from the second to the third quarter", "fra andre til tredje kvartal"
# ... but a figure the stretch climbs to is its end's level: "From Q1 2024 to Q3 2025 the bill climbed, reaching $3.65bn"
STRETCH_END_WORDS = ["auf", "erreichte", "erreichten", "zuletzt"]
SPAN_TO = ["bis zum", "bis", "bis einschließlich", "bis einschließlich des", "zum", "und dem", "und", "bis ende", "und ende"]
STRETCH_COMPARISONS = ["größte", "größten", "höchste", "höchsten", "niedrigste", "kleinste", "jemals", "rekord", "Höchststand", "Spitzenwert", "gipfelte", "Rekordwert"]  # "die höchste aller Quartale zwischen …": ein Zeitraum, über den verglichen wird
GROWTH_BASIS_BEFORE = ["gegenüber", "zum", "über", "unter", "als", "als im"]  # (… "um 165 % über dem Vorjahreszeitraum")  # "up 41% on the final quarter of 2024": what a change is measured on
COMPARED_LINKS = ["in dem", "in der", "als", "mit", "wo"]  # "… than in all of 2024, when it spent $3.77 billion": the figure is the compared period's
APPOSITION_BREAKS = ["von", "bei", "mit", "an", "zu"]  # not in apposition: "Microsoft's revenue from its partner, OpenAI,"
LEVEL_AFTER_CHANGE = ["auf"]  # "auf 1,47 Mrd. verdreifacht": das erreichte Niveau
PERIOD_PREPOSITIONS = ["im", "in", "während", "für", "über"]  # "im Geschäftsjahr 2025 von Microsoft": ein Zeitraum, nicht der Eigentümer
ARTICLES = ["dem", "der", "den", "die", "das"]  # may come between a preposition and its noun ("gegenüber dem ersten Quartal")
ROLE_NOUNS = ["partner", "lieferant", "anbieter", "rivale", "konkurrent", "investor", "geldgeber", "kunde"]  # "OpenAIs Cloud-Partner CoreWeave meldete …": a role, then the company that acts
CONTRAST_WORDS = ["während", "wohingegen", "aber", "doch"]  # "…, während Anthropic rund 1 Mrd. zahlte": the company after these is the next clause's subject
CORRECTION_AFTER = ["sondern", "vielmehr", "aber"]  # "nicht 5 Milliarden, sondern 3,65 Milliarden": the figure denied, then the right one
SPEND_VERBS = ["zahlte", "zahlt", "bezahlte", "ausgab"]  # German puts the verb last in a relative clause: little use here
OBJECT_RELATIVES = ["die", "den", "das"]
PERCENT_OF_IT = ["davon", "hiervon", "daran", "dessen"]  # "machte etwa 0,5 Prozent davon aus": of a figure named before
# Abbreviations whose full stop never ends a sentence ("im 1.-3. Qu. 2025 insg. 8,67 Mrd.", teletext and tables).
ABBREVIATIONS = ["insg.", "ges.", "lt.", "rd.", "mind.", "ggü.", "ca.", "bzw.", "zzgl.", "inkl.", "vgl.", "gem.", "zus.", "urspr."]
OF_WORDS = ["des", "der", "von"]  # "0,5 Prozent des Microsoft-Umsatzes"
# Die Wörter nach einem Bruch, die ihn zu einem Anteil machen ("ein Fünftel seines Umsatzes").
FRACTION_OF = OF_WORDS + ["seines", "seiner", "ihres", "ihrer"]
HEAD_LINKS = ["in höhe von", "über"]  # a noun, one of these (or OF_WORDS), its figure: "a bill of $3.65 billion", "en regning på 3,65 mrd."
# A sentence opening with one of these is a condition, and all its figures a hypothesis.
CONDITIONAL_OPENERS = ["hätte", "hätten", "würde", "würden", "wäre", "wären", "angenommen"]  # counterfactual only: "Wenn man … teilt" is arithmetic
# A counterfactual in mid-sentence: one of these verbs after one of these conditions before the figure
# ("Bei einem Satz von 30 Prozent hätte Microsoft … 741 Mio. erhalten"); the verb alone may be reported speech.
COUNTERFACTUAL_VERBS = ["hätte", "hätten", "wäre", "wären", "gewesen wären", "würde", "würden"]
CONDITION_MARKERS = ["wenn", "falls", "bei einem", "bei einer", "mit einem", "mit einer", "ohne"]
HYPOTHETICAL = ["bot", "angeboten", "vorgeschlagen", "würde", "würden", "budgetiert", "budgetierte", "erwartet", "erwarteten", "erwartete", "geplant",
                "eingeplant", "gerechnet", "rechneten", "prognostiziert", "wenn", "falls",
                "läge", "lägen", "wäre", "wären", "wir modellieren", "wir schätzen", "wir erwarten", "wir rechnen mit", "wir unterstellen"]  # ("Bei einem Satz von 25 Prozent läge OpenAIs Umsatz 2024 nur bei 1,98 Mrd.")
SCENARIO_WORDS = ["szenario", "szenarien", "modelliert", "prognose", "prognosen", "hochrechnung", "bull-szenario", "bear-szenario", "basisszenario", "wahrscheinlichkeit"]  # anywhere in the sentence: its figures are a model's, not a fact
DATED_BEFORE = ["datiert", "datiert auf", "veröffentlicht im", "datierten"]  # "documents dated November 2025": when they were written, not a period for figures
SUBPERIOD_BEFORE = ["monat des", "monat im", "monats des", "woche des", "tag des"]  # "the first month of Q3 2025": a part of the period, not all of it
SINCE_BEFORE = ["seit", "seit dem", "seit der"]  # "since Q1'24": open-ended, up to an unsaid day
OTHER_COMPANY_NOUNS = ["die emittentin", "der emittentin", "eine bank", "ein kunde", "ein anderer kunde", "ein konkurrent", "ein anderes unternehmen", "ein unternehmen", "unsere eigenen", "unsere eigene", "unser eigener", "unser eigenes"]  # a company the text does not name: not the one before
SEGMENT_WORDS = ["abonnement", "abos", "enterprise", "geschäftskunden", "firmenkunden", "privatkunden", "api", "werbe", "sparte",
                 "segment", "bing"]  # inside compounds too ("Firmenkundenumsatz")
COMBINED_WORDS = ["zusammen", "zusammengenommen"]
# A total: a figure in a sentence with one of these and no period phrase takes no period from the sentences before.
# A year's figure: a sentence with one of these takes a carried period only when it is a whole year ("Jahresumsatz von 3,7 Mrd." after the first nine months of 2025).
ANNUAL_WORDS = ["jahresumsatz", "jahresumsätze", "jahreserlös", "jährlich", "jährliche", "jährlichen", "pro jahr"]
# A figure said to be so now, in a clause after the sentence's period, is not of that period.
NOW_WORDS = ["jetzt", "inzwischen", "mittlerweile", "derzeit", "aktuell"]
# A metric word right after one of these glosses the metric before it, which stays the topic.
GLOSS_WORDS = ["also", "d.h.", "das heißt", "sprich", "mit anderen worten"]
# "only", before a payment's purpose: "…, nur dafür, dass ChatGPT läuft".
ONLY_WORDS = ["nur", "allein", "bloß", "lediglich", "einzig"]
TOTAL_WORDS = ["insgesamt", "zusammengenommen", "alles in allem", "in summe", "kumuliert", "bislang", "zusammengerechnet", "summieren sich"]  # not "zusammen": "zusammen mit"
EARLIER_BEFORE = ["von", "nach", "gegenüber", "gegenüber dem"]
PAY_VERBS = ["zahlte", "zahlt", "zahlten", "bezahlte", "hat gezahlt"]
PAYEE_PRONOUNS = ["ihm", "ihnen", "dem konzern", "dem unternehmen"]  # "OpenAI zahlte dem Konzern 248 Mio.": der Empfänger, zuvor genannt
PAYEE_MARKERS = ["zahlte", "zahlt", "zahlungen an", "an"]  # a company phrase opening with these names the one paid ("paid Microsoft")
SUPPLIER_BEFORE = ["bei", "von", "auf", "über", "via"]  # "500 Mio. Dollar für Inferenz bei Oracle": wer sie verkaufte
PURPOSE_BEFORE = ["für"]  # what a payment to a company was for: "paid to Microsoft for inference"
PURPOSE_PRONOUNS = ["dafür", "hierfür"]  # a payment's purpose pointing back: "bezahlte OpenAI dafür … an Microsoft"
# Between an amount and the same amount in another currency: "8'670 Mio. Dollar …, das sind … knapp 7 Mrd. Franken"
CONVERSION_WORDS = ["umgerechnet", "das sind", "das entspricht", "entspricht", "bei einem kurs von", "zum kurs von", "also rund"]
SPENT_ON = ["für"]  # an amount's spending object right after it names its metric: "12,4 Mrd. $ für Inferenz verbrannt"
# A caption cue opening with these (a preposition, a relative, a verb of its subject) goes on with the cue before
# (auto-captions have no stops)
CUE_GOES_ON = ["von", "vom", "im", "in", "für", "zu", "zum", "auf", "aus", "als", "mit", "pro", "je", "wovon", "ist", "war", "sind", "waren", "hat", "hatte", "haben", "hatten", "wird", "wurde"]
OTHER_PAYMENTS = ["lizenz", "training", "gebühr", "abonnement"]  # a payment for these is not the revenue share (read inside compounds too)
EARLIER_AFTER = ["ein jahr zuvor", "ein jahr früher", "im vorjahr", "im vorjahresquartal", "im vorquartal",
                 "im vorjahreszeitraum"]  # "nicht nur mehr als": the negation is not the qualifier's
NEAR_WORDS = ["annähernd", "auch nur annähernd"]  # after a negation these mean "well under": at most
QUALIFIERS = {
    "annähernd": "approx", "auch nur annähernd": "approx", 
    "nicht einmal": "lt", "noch nicht einmal": "lt", "nicht mal": "lt",
    "rund": "approx", "etwa": "approx", "circa": "approx", "ca.": "approx", "ca": "approx", "ungefähr": "approx",
    "knapp": "nearly", "fast": "nearly", "beinahe": "nearly", "nahezu": "nearly", "gut": "gt",
    "mehr als": "gt", "über": "gt", "gut über": "gt", "weit über": "gt", "deutlich mehr als": "gt",
    "mindestens": "gte", "wenigstens": "gte",
    "weniger als": "lt", "unter": "lt", "knapp unter": "lt",
    "höchstens": "lte", "bis zu": "lte", "maximal": "lte",
}
BOUND_WORDS = {"mindest": "gte", "minimum": "gte", "maximum": "lte", "höchst": "lte", "untergrenze": "gte",
               "obergrenze": "lte"}

QUALIFIER_VERBS: list = []  # (en: "hands over a fifth" is a fifth)
NOT_GROWTH_BEFORE: list = []  # (en: "made up about 0.5 per cent" is a share, not a change)
GROWTH_BEFORE = [
    "ein plus von", "plus von", "plus", "ein minus von", "minus", "um", "ein anstieg von", "anstieg von",
    "ein wachstum von", "wachstum von", "stieg um", "sank um", "wuchs um",
    "umsatzplus von", "gewinnplus von", "zuwachs von", "ein zuwachs von",
]
# Ein Veränderungsverb, einige Wörter, dann "um" vor der Zahl: "sanken die Zahlungen um 5 Prozent".
CHANGE_VERBS = ["stieg", "stiegen", "wuchs", "wuchsen", "sank", "sanken", "fiel", "fielen", "steigt", "steigen", "wächst",
                "wachsen", "sinkt", "sinken", "fällt", "fallen", "gestiegen", "gewachsen", "gesunken", "gefallen",
                "schrumpfte", "schrumpften", "erhöhte", "erhöhten", "verringerte", "verringerten"]
CHANGE_BY = ["um"]
DIFFERENCE_AFTER = ["mehr", "weniger", "höher", "niedriger", "über", "unter"]  # "163 Millionen Dollar mehr … als": a difference
DIFFERENCE_THAN = ["als"]
EXCEED_VERBS = ["übertrafen", "übertraf", "überstiegen", "überstieg", "übersteigen"]  # "übertrafen … um 3,24 Mrd."
FALL_VERBS = ["sank", "sanken", "fiel", "fielen", "sinkt", "sinken", "fällt", "fallen", "gesunken", "gefallen",
              "schrumpfte", "schrumpften", "verringerte", "verringerten"]
# Words that make a change a fall: the value becomes negative.
FALL_WORDS = ["ein minus von", "minus", "sank um", "fiel um", "ein rückgang von", "rückgang von"]
# ("lagen um rund 165 % über dem Vorjahreszeitraum", "um rund 277 % höher": a change measured on another period)
GROWTH_AFTER = ["q/q", "y/y", "qoq", "yoy", "im vergleich zum vorjahr", "gegenüber dem vorjahr", "zum vorjahr", "mehr", "weniger", "wachstum",
                "höher", "niedriger", "über dem", "über der", "unter dem", "unter der"]

RATIO_WORDS = {
    "doppelt so": 2.0, "doppelt": 2.0, "dreimal": 3.0, "dreifache": 3.0,
    "viermal": 4.0, "fünfmal": 5.0, "zehnmal": 10.0, "die hälfte": 0.5,
    # "mehr als das Doppelte", "hat sich vervierfacht": a multiple in one word.
    "das doppelte": 2.0, "das vierfache": 4.0, "fünffache": 5.0, "zehnfache": 10.0, "verdoppelt": 2.0,
    "sechsfache": 6.0, "siebenfache": 7.0, "achtfache": 8.0, "neunfache": 9.0,
    "sechsmal": 6.0, "siebenmal": 7.0, "achtmal": 8.0, "neunmal": 9.0, "zweimal": 2.0,
    "verdreifacht": 3.0, "vervierfacht": 4.0, "verfünffacht": 5.0, "verzehnfacht": 10.0, "versechsfacht": 6.0, "versiebenfacht": 7.0, "verachtfacht": 8.0, "verneunfacht": 9.0,
    "verdopplung": 2.0, "vervierfachung": 4.0, "verdreifachung": 3.0,
    "das dreieinhalbfache": 3.5, "das zweieinhalbfache": 2.5, "das anderthalbfache": 1.5,
    "dreieinhalbmal": 3.5, "zweieinhalbmal": 2.5, "viereinhalbmal": 4.5, "anderthalbmal": 1.5,
    "fünfeinhalbmal": 5.5, "sechseinhalbmal": 6.5, "siebeneinhalbmal": 7.5, "achteinhalbmal": 8.5, "neuneinhalbmal": 9.5,
    "das viereinhalbfache": 4.5, "das fünfeinhalbfache": 5.5, "das siebeneinhalbfache": 7.5,
}
RATIO_SUFFIXES = ["mal", "fache", "x", "×"]
# An article between a qualifier and a ratio word ("fast eine Vervierfachung").
RATIO_ARTICLES = ["eine", "ein", "einer", "das", "dem", "des"]  # "mehr als das Fünffache"
RATIO_OF = ["des", "der", "von", "vom", "so viel wie", "so viel wie im", "so hoch wie", "so hoch wie im", "so groß wie",
            "so groß wie im", "viel wie", "viel wie im", "hoch wie", "hoch wie im"]  # ("doppelt so" is the figure)  # between a multiple and the period it is a multiple of: "das Vierfache des ersten Halbjahres 2024"

COUNT_WORDS = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}
ORDINAL_WORDS = {
    "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
    "vierte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4,
}
MONTHS = {
    "januar": 1, "jan.": 1, "jänner": 1, "februar": 2, "feb.": 2, "märz": 3, "april": 4, "apr.": 4,
    "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
    "oktober": 10, "okt.": 10, "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    # abbreviations written without their full stop ("13. Nov 2025")
    "jan": 1, "feb": 2, "apr": 4, "aug": 8, "sept": 9, "sep": 9, "okt": 10, "nov": 11, "dez": 12,
    # in a table's row label or a range: "Jul.–Dez. 2024", "Jan.–Jun. 2025", "Mrz."
    "jun.": 6, "jul.": 7, "mrz.": 3, "mär.": 3,
}

# "dieses Jahres": the year of publication, wherever a period phrase takes a year.
THIS_YEAR = ["dieses Jahres", "diesen Jahres", "des laufenden Jahres", "in diesem Jahr", "dieses Jahr", "heuer"]  # (österreichisch, süddeutsch: "heuer")
# not "des Vorjahres": often the year before the one just named ("2023 … im ersten Quartal des Vorjahres")
LAST_YEAR = ["des vergangenen Jahres", "vergangenen Jahres", "des letzten Jahres", "letzten Jahres"]
LAST_ORDINALS = ["letzten", "letzte", "letztes", "schluss"]  # "Schluss" only as in "Schlussquartal"
LATEST_ORDINALS = ["letzten", "letzte", "letztes"]  # "im letzten Quartal 2025": the fourth, or the latest

PERIODS = [
    # "im zweiten und dritten Quartal 2025": zwei Quartale in Folge, zusammen.
    (r"(?<!,\s)\b(?:im\s+|in\s+den\s+)?{ORD}\s+und\s+{ORD2}\s+Quartal(?:s|en|e)?\s+(?:des\s+Jahres\s+)?{YEAR}", "quarter_pair"),
    (r"\bQ(?P<ord>[1-4])\s+und\s+Q(?P<ord2>[1-4])\s+(?:{YEAR}|['’]?{YY})", "quarter_pair"),
    # "im zweiten bis vierten Quartal 2024", "Q2–Q4 2024": die Quartale vom einen bis zum anderen, zusammen.
    # After "vom" it is a stretch claims.normalize reads: a change from the one to the other, or a total.
    (r"(?<!vom\s)(?<!von\s)(?<!zwischen\s)(?<!zwischen\sdem\s)(?<!,\s)\b(?:im\s+|in\s+den\s+)?{ORD}(?:\sbis\s(?:zum\s)?|\s?[-–—]\s?){ORD2}\s+Quartal(?:s|en|e)?\s+(?:des\s+Jahres\s+)?{YEAR}", "quarter_range"),
    (r"(?<!vom\s)(?<!von\s)(?<!zwischen\s)(?<!zwischen\sdem\s)\bQ(?P<ord>[1-4])(?:\sbis\s|\s?[-–—]\s?)Q(?P<ord2>[1-4])\s(?:{YEAR}|['’]?{YY})", "quarter_range"),
    # "im gleichen Zeitraum 2024": the months of the period just named, in that year.
    (r"\b(?:im\s+)?(?:gleichen|selben)\s+(?:Zeitraum|Quartal|Halbjahr)\s+(?:(?P<before>des\s+Vorjahres|im\s+Vorjahr"
     r"|ein\s+Jahr\s+(?:zuvor|früher))|(?:des\s+Jahres\s+|von\s+)?{YEAR})", "same_span"),
    # "im Vorjahreszeitraum", "im Vorjahresquartal": the months of the period just named, a year earlier.
    (r"\b(?:im\s+)?(?P<before>Vorjahres(?:zeitraum|quartal|halbjahr)s?)\b", "same_span"),
    # "bisher in diesem Jahr": up to an unsaid day, so no period to check against.
    (r"\b(?:bisher|bislang)\s+{THIS_YEAR}|\bseit\s+Jahresbeginn\b", "since"),
    # "since the start of 2024": open-ended, so no period to check against.
    (r"\bseit\s+(?:Anfang\s+|Beginn\s+)?{YEAR}", "since"),
    # "die letzten zwei Quartale 2024", "in den letzten drei Monaten des Jahres 2024": das Jahresende.
    (r"\b(?:den\s+|die\s+)?letzten\s+{NUM}\s+Quartal(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "last_quarters"),
    (r"\b(?:den\s+|die\s+)?letzten\s+{NUM}\s+Monat(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "last_months"),
    (r"\b(?:den\s+|die\s+)?ersten\s+{NUM}\s+Quartal(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "first_quarters"),
    (r"\b(?:den\s+|die\s+)?{NUM}\s+ersten\s+Quartal(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "first_quarters"),  # (translated: "die neun ersten Monate")
    (r"\bQ1\s*[-–—]\s*Q(?P<q2>[1-4])\s*{YEAR}", "first_quarters_q"),
    (r"(?<![\w.])1\.\s?[-–—]\s?(?P<q2>[2-4])\.\s?(?:Quartal|Qu\.)\s{1,3}(?:des\s+Jahres\s+)?{YEAR}", "first_quarters_q"),  # "1.–3. Quartal 2025", "1.-3. Qu. 2025"
    (r"\b(?:den\s+|die\s+)?ersten\s+{NUM}\s+Monat(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "first_months"),
    (r"\b(?:den\s+|die\s+)?{NUM}\s+ersten\s+Monat(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "first_months"),  # (translated: "die neun ersten Monate")
    (r"\b(?:von\s+)?{MONTH}\s+{YEAR}\s*(?:[-–—]|bis)\s*{MONTH2}\s+{YEAR2}", "month_year_range"),
    (r"\bvon\s+(?:Anfang|Beginn)\s+{YEAR}\s+bis\s+(?:Ende\s+)?{MONTH2}\s+{YEAR2}", "month_year_range"),
    (r"\bzwischen\s+{MONTH}\s+{YEAR}\s+und\s+{MONTH2}\s+{YEAR2}", "month_year_range"),
    # "in diesem Jahr bis September": from January of the publication's year
    (r"\b{THIS_YEAR},?\s+bis\s+(?:einschließlich\s+|Ende\s+)?{MONTH2}\b(?!\s+(?:19|20)\d{2})", "month_year_range"),
    # ganze Monate als Tage geschrieben: "vom 1. Juli 2024 bis zum 30. Juni 2025"
    (r"\b(?:vo[nm]\s+)?1\.\s*{MONTH}\s+{YEAR}\s*(?:[-–—]|bis(?:\s+zum)?)\s*{DAY2}\.\s*{MONTH2}\s+{YEAR2}",
     "month_year_range"),
    (r"\b{ORD}\s+Quartals?\s+(?:des\s+Jahres\s+)?{YEAR}", "quarter"),
    (r"\b(?P<ord>Schluss)quartals?\s+(?:des\s+Jahres\s+)?{YEAR}", "quarter"),  # "im Schlussquartal 2024": the fourth
    (r"\bQ(?P<ord>[1-4])\s*{YEAR}", "quarter"),
    (r"\b{ORD}\s+(?:Halbjahr(?:es)?|Jahreshälfte)\s+(?:des\s+Jahres\s+)?{YEAR}", "half"),
    (r"\b(?P<ord>[12])\.\s?Hj\.\s?{YEAR}", "half"),  # "2. Hj. 2024"
    (r"\b(?P<ord>[1-4])\.\s?Qu\.\s{0,3}{YEAR}", "quarter"),  # "3. Qu. 2025" (Videotext, Tabellen)
    (r"\bH(?P<ord>[12])\s*{YEAR}", "half"),
    (r"\b(?:von\s+)?{MONTH}\.?(?:\s*[-–—]\s*|\s+bis\s+){MONTH2}\.?(?:-?Quartals?)?\s+{YEAR}", "month_range"),  # "Jul.–Dez. 2024"
    # "in den zwölf Monaten bis Ende September 2025", "in den drei Monaten bis Ende Juni 2025"
    (r"\b{NUM}\s+Monaten?\s+bis\s+(?:Ende\s+)?{MONTH}\s+{YEAR}", "months_to"),
    # the company's year end written out: "im Geschäftsjahr bis Ende Juni 2025",
    # "im am 30. Juni 2025 abgelaufenen Geschäftsjahr", "im Geschäftsjahr, das im Juni 2025 endete"
    (r"\b(?:Geschäfts|Finanz)jahr(?:es)?\s+bis\s+(?:zum\s+)?(?:Ende\s+)?(?:\d{1,2}\.\s?)?{MONTH}\s+{YEAR}", "months_to"),
    (r"\b(?:(?:am|zum|im)\s+)?(?:\d{1,2}\.\s?)?(?:Ende\s+)?{MONTH}\s+{YEAR}\s+(?:abgelaufenen|beendeten|endenden|geendeten)"
     r"\s+(?:Geschäfts|Finanz)jahr(?:es)?", "months_to"),
    (r"\b(?:Geschäfts|Finanz)jahr(?:es)?,?\s+(?:das|welches)\s+(?:am|im|Ende)\s+(?:\d{1,2}\.\s?)?(?:Ende\s+)?{MONTH}\s+{YEAR}"
     r"\s+(?:endete|zu\s+Ende\s+ging)", "months_to"),
    (r"\bzwischen\s+{MONTH}\s+und\s+{MONTH2}\s+{YEAR}", "month_range"),
    (r"\b(?:im\s+)?Quartal\s+bis\s+(?:Ende\s+)?{MONTH}\s+{YEAR}", "quarter_to"),
    # "mindestens 4,33 Mrd. Dollar bis Ende September 2025": ab Januar jenes Jahres (nicht "von 2024 bis …")
    (r"(?<!\d\s)(?<!\d)(?<!\()\bbis\s+(?:einschließlich\s+|Ende\s+|zum\s+)?{MONTH2}\s+(?P<year2>(?P<year>(?:19|20)\d{2}))\b", "month_year_range"),
    (r"\b(?:ab|bis|zum|gegen)\s+Ende\s+(?:des\s+Jahres\s+)?{YEAR}", "year_end"),
    (r"\b(?:im|in|für)\s+{MONTH}\s+{YEAR}", "month"),
    (r"\b{MONTH}\s+{YEAR}", "month"),
    # der Anfang eines Zeitraums: "von 2024 bis einschließlich des dritten Quartals 2025"
    (r"(?<=\bvon\s)(?:Anfang\s+)?{YEAR}\b(?=\s+bis\s)", "year"),
    # an aside naming the quarter just stepped to: "im Quartal davor, dem letzten des Jahres 2024," (not the year)
    (r"(?<=,\s)(?:dem|das|der|des)\s+{ORD}\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}\b", "elided_of_year"),
    (r"\b(?:im\s+)?(?:Kalenderjahr|Jahr)\s+{YEAR}", "year"),
    (r"\b(?:im\s+|für\s+das\s+)?Gesamtjahr(?:es)?\s+{YEAR}", "year"),
    (r"\b(?:im\s+gesamten\s+Jahr|für\s+das\s+Jahr|in|für|während)\s+{YEAR}\b", "year"),
    (r"(?<![\w]){THIS_YEAR}(?![\w])", "year"),
    # ein Quartal oder ein Jahr weiter als der zuvor genannte Zeitraum ("im Quartal davor 1,467 Milliarden")
    (r"\b(?:im\s+)?Vorquartal\b", "step_back_quarter"),
    (r"\b(?:im\s+)?Quartal\s+(?:davor|zuvor)\b", "step_back_quarter"),
    (r"\bein\s+Quartal\s+(?:zuvor|davor|früher)\b", "step_back_quarter"),
    (r"\b(?:im\s+)?(?:vorangegangenen|vorhergehenden|vorherigen|vorigen)\s+Quartal\b", "step_back_quarter"),
    (r"\b(?:im\s+)?Folgequartal\b", "step_fwd_quarter"),
    (r"\b(?:im\s+)?(?:darauffolgenden|folgenden|nächsten)\s+Quartal\b", "step_fwd_quarter"),
    (r"\bein\s+Quartal\s+später\b", "step_fwd_quarter"),
    (r"\bein\s+Jahr\s+(?:zuvor|davor|früher)\b", "step_back_year"),
    (r"\bim\s+Jahr\s+(?:zuvor|davor)\b", "step_back_year_loose"),
    (r"\bein\s+Jahr\s+(?:später|danach)\b", "step_fwd_year"),
    (r"\b(?:im\s+)?(?:letzten|vergangenen|abgelaufenen|jüngsten)\s+Quartal\b(?!\s+(?:des|von)\b|\s+(?:19|20)\d{2}\b)", "last_quarter"),  # not "im letzten Quartal 2024"
    # "in den letzten vier (berichteten) Quartalen": bis zum Quartal vor dem Erscheinungsdatum
    (r"\b(?:den\s+|die\s+)?(?:letzten|vergangenen|jüngsten)\s+{NUM}\s+(?:berichteten\s+|gemeldeten\s+)?Quartal(?:en|e)\b"
     r"(?!\s+(?:des\s+Jahres\s+|von\s+)?(?:19|20)\d{2})", "recent_quarters"),
    (r"\b(?:im\s+)?(?:Vorjahr|vergangenen\s+Jahr|letzten\s+Jahr)\b", "last_year"),
    # "im zweiten Quartal" with no year: the year of the period named before it.
    (r"\b{ORD}\s+Quartal\s+(?P<before>des\s+Vorjahres|des\s+Jahres\s+davor|des\s+vorangegangenen\s+Jahres)\b", "quarter_noyear"),  # des Jahres vor dem genannten
    (r"\b{ORD}\s+Quartal\s+(?:desselben|jenes|dieses)\s+Jahres\b", "quarter_noyear"),  # the year before
    (r"\b{ORD}\s+Halbjahr\s+(?:desselben|jenes|dieses)\s+Jahres\b", "half_noyear"),
    (r"\b{ORD}\s+Quartal\b(?!\s+(?:des|seines|ihres|im|von)\b|\s+(?:19|20)\d{2})", "quarter_noyear"),
    (r"\b(?P<ord>[1-4])\.\s?Qu\.(?!\s{0,3}(?:19|20)\d{2})", "quarter_noyear"),  # "Im 3. Qu. allein"
    (r"\b(?P<ord>Schluss)quartals?\b(?!\s+(?:des|seines|ihres|im|von)\b|\s+(?:19|20)\d{2})", "quarter_noyear"),
    (r"\b{ORD}\s+Halbjahr\b(?!\s+(?:des|seines|ihres|im|von)\b|\s+(?:19|20)\d{2})", "half_noyear"),
    (r"\b(?:von\s+)?{MONTH}(?:\s*[-–—]\s*|\s+bis\s+){MONTH2}\s+(?P<before>des\s+Vorjahres)\b", "month_range_noyear"),
    (r"\b(?:von\s+)?{MONTH}(?:\s*[-–—]\s*|\s+bis\s+){MONTH2}\b(?!\s+(?:19|20)\d{2})", "month_range_noyear"),
    (r"\b{NUM}\s+Monaten?\s+bis\s+(?:Ende\s+)?{MONTH}\b(?!\s+(?:19|20)\d{2})", "months_to_noyear"),
    (r"\b(?:Geschäfts|Finanz)jahr(?:es)?\s+bis\s+(?:zum\s+)?(?:Ende\s+)?(?:\d{1,2}\.\s?)?{MONTH}\b(?!\s+(?:19|20)\d{2})",
     "months_to_noyear"),
    (r"\b(?:(?:am|zum|im)\s+)?(?:\d{1,2}\.\s?)?(?:Ende\s+)?{MONTH}\s+(?:abgelaufenen|beendeten|endenden|geendeten)"
     r"\s+(?:Geschäfts|Finanz)jahr(?:es)?", "months_to_noyear"),
    (r"\b(?:Geschäfts|Finanz)jahr(?:es)?,?\s+(?:das|welches)\s+(?:am|im|Ende)\s+(?:\d{1,2}\.\s?)?(?:Ende\s+)?{MONTH}"
     r"\s+(?:endete|zu\s+Ende\s+ging)", "months_to_noyear"),
    (r"\bzwischen\s+{MONTH}\s+und\s+{MONTH2}\b(?!\s+(?:19|20)\d{2})", "month_range_noyear"),
    (r"\b(?:den\s+|die\s+)?ersten\s+{NUM}\s+Quartal(?:en|e)?\b(?!\s+(?:des\s+Jahres\s+|von\s+)?(?:19|20)\d{2})",
     "first_quarters_noyear"),
    (r"\b(?:den\s+|die\s+)?{NUM}\s+ersten\s+Quartal(?:en|e)?\b(?!\s+(?:des\s+Jahres\s+|von\s+)?(?:19|20)\d{2})",
     "first_quarters_noyear"),
    (r"\b(?:den\s+|die\s+)?ersten\s+{NUM}\s+Monat(?:en|e)?\b(?!\s+(?:des\s+Jahres\s+|von\s+)?(?:19|20)\d{2})",
     "first_months_noyear"),
    (r"\b(?:den\s+|die\s+)?{NUM}\s+ersten\s+Monat(?:en|e)?\b(?!\s+(?:des\s+Jahres\s+|von\s+)?(?:19|20)\d{2})",
     "first_months_noyear"),
    # "im ersten Quartal 2025 206 Mio. Dollar und im zweiten 248 Mio. Dollar": the noun left out.
    (r"\bim\s+{ORD}(?=\s*(?:,?\s*(?:\d|[$€£])|[.;]|,\s+(?:und|aber|während|dann|danach)\b|\s+(?:bei|auf)\s+\d|$))", "elided"),
    # A bare year as an adverb: German writes it where a verb or a figure follows ("2024 gab OpenAI …",
    # "überwies 2024 rund 0,3 Mrd. $"); nouns are capitalised, so a small letter after it is a verb.
    (r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<year>(?:19|20)\d{2})\s+(?=(?-i:[a-zäöüß]{2,})\b)", "year"),
    # ... after an adverb that opens the sentence: "Schon 2024 hatte OpenAI knapp eine halbe Milliarde überwiesen".
    (r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:Schon|Bereits|Allein|Noch|Erst|Auch)\s+(?P<year>(?:19|20)\d{2})\s+"
     r"(?=(?-i:[a-zäöüß]{2,})\b)", "year"),
    # ("habe 2024 „gut 3,7 Milliarden Dollar“", "habe 2024 nur 1,5 Mrd. Dollar", "lagen diese 2024 bei mehr als …"; not "gab 2024 für Inferenz 3,77 Mrd. aus und in den ersten drei
    # Quartalen 2025 … 8,67 Mrd.", whose second period the reader would then give the first figure)
    (r"(?<=(?-i:[a-zäöüß]{2})\s)(?P<year>(?:19|20)\d{2})\s+(?=[„“\"»«‚]?(?:rund|etwa|knapp|gut|fast|über|mehr\s+als|nur|lediglich|bloß|schon|bereits|sogar|bei\s|\d))",
     "year"),
    # "mindestens 4,33 Mrd. Dollar bis Ende September": ab Januar des Jahres, um das es geht
    (r"\bbis\s+(?:einschließlich\s+|Ende\s+)?{MONTH}\b(?!\s+\d)", "year_through_noyear"),
]

DATELINE_PATTERNS = [
    # Die Fassung eines Dokuments und ihr Datum: "Manuskript, Fassung 3 – 28.11.2025", "Version 2 vom 3. Dezember 2025".
    r"\b(?:Fassung|Version|Entwurf)[ \t]+\d{1,2}[ \t]*(?:[–—-]|vom)[ \t]*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\b(?:Fassung|Version|Entwurf)[ \t]+\d{1,2}[ \t]*(?:[–—-]|vom)[ \t]*(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # der Kopf einer E-Mail: "Gesendet: Dienstag, 25. November 2025 16:42", "Datum: 25.11.2025"
    r"(?m)^(?-i:Gesendet|Datum):[ \t]+(?:[A-Z][a-z]{1,9},?[ \t]+)?(?P<day>\d{1,2})\.[ \t]*{MONTH}[ \t]+{YEAR}",
    r"(?m)^(?-i:Gesendet|Datum):[ \t]+(?:[A-Z][a-z]{1,9},?[ \t]+)?(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\b(?:Veröffentlicht|Erschienen|Publiziert)(?:\s+am)?\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s*{MONTH}(?:\s+{YEAR})?",
    r"\b(?:Veröffentlicht|Erschienen|Publiziert|Stand)(?:\s+am)?:?\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
    r"Sonntag),?\s+)?(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # A post's date and time on a line of its own: "14. November um 21:17" (no year: the latest the text names)
    r"(?m)^[ \t]*(?P<day>\d{1,2})\.[ \t]*{MONTH}(?:[ \t]+{YEAR})?,?[ \t]+(?:um[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?[ \t]*(?:[·|]|$)",
    # A broadcast's or an issue's date in its header: "Sendung Nr. 212 vom Mittwoch, 19. November 2025, 22:50 Uhr".
    r"\b(?-i:Sendung|Ausgabe|Folge|Heft)\b[^\n]{0,30}?\bvom\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    r"\b(?-i:Sendung|Ausgabe|Folge|Heft)\b[^\n]{0,30}?\bvom\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # A place and a date opening a line: "BERLIN (20. November 2025)", "Frankfurt am Main, 20.11.2025".
    # (German capitalises every noun, so a place is in capitals or has "am"/"an der": not
    # "Halbjahreszahlen, 30.06.2025")
    r"(?m)^{PLACE_CAPS}\s?[,(]\s*(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    r"(?m)^{PLACE_CAPS}\s?[,(]\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # A press release's dateline, a dash after the date: "Berlin, 27. November 2025 – Sperrfrist …".
    r"(?m)^{PLACE},\s*(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}[ \t]+[–—-]",
    r"(?m)^{PLACE},\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}[ \t]+[–—-]",
    # The formal date of a letter or a record: "Berlin, Freitag, den 28. November 2025", "Bonn, den 3.12.2025".
    r"\b{PLACE},\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),\s+)?den\s+(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    r"\b{PLACE},\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),\s+)?den\s+(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # A line opening with a weekday and the date: "Mittwoch, 12.11.2025 · neueste Einträge oben".
    r"(?m)(?:^|^[^\n·|]{0,40}[·|](?:[^\n·|]{0,40}[·|])?[ \t]*)(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"(?m)(?:^|^[^\n·|]{0,40}[·|](?:[^\n·|]{0,40}[·|])?[ \t]*)(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # A byline with the date: "Von Lea Kampmann (Datenteam) · 24.11.2025".
    r"(?m)^Von\s[^\n]{1,80}?[·|]\s*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"(?m)^Von\s[^\n]{1,80}?[·|]\s*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # An update's date only when no publication date is given ("Zuletzt aktualisiert am … · Erschienen am …").
    r"\b(?:Aktualisiert|Stand)(?:\s+am)?:?\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s*{MONTH}(?:\s+{YEAR})?",
    r"\b(?:Aktualisiert)(?:\s+am)?:?\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # A letter's date field ("Ihr Zeichen: … Datum: 20.11.2025"): a statement, an authority's answer.
    r"\bDatum:\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\bDatum:\s*(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # Eine parlamentarische Anfrage: die Antwort ist vom Tag ihrer Beantwortung; ein Papier von seinem Stand.
    r"\b(?:Beantwortet|Antwort\s+vom|Stand):?\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\b(?:Eingegangen|Eingereicht):?\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
]
FISCAL_PATTERNS = [
    (r"\b{ORD}\s+(?:Geschäfts|Fiskal)quartal(?:s)?(?:\s+(?:des\s+)?(?:Geschäftsjahres|Fiskaljahres)\s+{YEAR})?", "fiscal_quarter"),
    (r"\b{ORD}\s+Quartal(?:s)?\s+(?:des\s+|seines\s+|ihres\s+)?(?:laufenden\s+)?(?:Geschäftsjahres|Fiskaljahres)(?:\s+{YEAR})?",
     "fiscal_quarter"),
    # "im vierten Quartal von Microsofts Geschäftsjahr 2025": the owner inside the phrase
    (r"\b{ORD}\s+Quartal(?:s)?\s+(?:von\s+)?[^\W\d_]{2,30}s\s+(?:laufendem\s+|laufenden\s+)?(?:Geschäfts|Fiskal)jahr(?:es)?\s+{YEAR}",
     "fiscal_quarter"),
    (r"\b(?:Geschäftsjahr(?:es)?|Fiskaljahr(?:es)?)\s+{YEAR}", "fiscal_year"),
]
# Words that name a period: a sentence using one claimcheck could not read takes no period from context.
PERIOD_WORDS = ["quartal", "quartals", "quartale", "quartalen", "halbjahr", "halbjahres", "monate", "monaten",
                "jahreshälfte"]
# Ein Betrag für das, was der Satz davor nannte ("Zuerst die Kosten für die Inferenz. Im ersten Halbjahr
# 2025 zahlte OpenAI dafür 5,02 Milliarden Dollar.")
METRIC_BACK_REFERENCE = [r"\b(?:dafür|hierfür|dafur|hierfur)\b", r"\bkostete?\s+(?:das|dies)\b"]  # "… kostete das 8,67 Mrd."

PERIOD_ANAPHORA = [
    "im selben jahr", "im gleichen jahr",
    "diesen zeiträumen", "beiden zeiträumen", "diese zeiträume",
    "im selben zeitraum", "im gleichen zeitraum", "in diesem zeitraum", "im selben quartal",
    "in dieser zeit", "im zeitraum", "desselben zeitraums", "in diesem quartal", "in diesem halbjahr", "im selben halbjahr", "im gleichen halbjahr",
    "diese neun monate", "dieser neun monate", "diesen neun monaten", "diese sechs monate", "diesen sechs monaten",
]
ANAPHOR_UNITS = {"halbjahr": 6, "quartal": 3, "jahr": 12, "sechs monat": 6, "neun monat": 9}  # "im selben Quartal" verweist auf ein Quartal, nicht auf ein Jahr
SAME_SPAN_WORDS = ["gleichen zeitraum", "selben zeitraum", "gleichen monaten", "selben monaten"]  # "im Vorjahr waren es im gleichen Zeitraum 326 Mio.": dieselben Monate des Vorjahres
ENTITY_ANAPHORA = ["das unternehmen", "des unternehmens", "der konzern", "des konzerns", "die firma"]

# Compounds are written as one word ("Inferenzkosten"): metric stems match inside words.
COMPOUNDS = True
# Words that contain a metric stem but are not about the metric.
METRIC_NOT = ["anteilig", "beteiligungen an", "verlustig"]
METRIC_WORDS = {
    "umsatz": "revenue", "umsätze": "revenue", "umgesetzt": "revenue", "einnahmen": "revenue", "erlöse": "revenue", "erlös": "revenue",
    "jahresumsatz": "revenue", "mindestumsatz": "revenue", "mindestumsätze": "revenue",
    "inferenz": "inference_cost", "inferenzkosten": "inference_cost",
    "umsatzkosten": "cost_of_revenue", "umsatzbeteiligung": "revenue_share",
    "annualisiert": "annualized_revenue",
    "trainingskosten": "training_cost", "rechenkosten": "compute_spend", "cloudkosten": "compute_spend",
    "verlust": "net_loss", "nettoverlust": "net_loss", "betriebsverlust": "operating_loss",
    "investitionsausgaben": "capex", "investitionen": "capex", "capex": "capex",
    "kapitalbeteiligung": "equity_stake", "eigentumsanteil": "equity_stake",
    "bewertung": "valuation", "finanzierung": "funding", "finanzierungsrunde": "funding", "eingesammelt": "funding",
    "verpflichtung": "compute_commitment", "rechenzentrumsverträge": "compute_commitment",
    "rechenzentrumsvertrag": "compute_commitment",
}
METRIC_PHRASES = {
    "annualisierter umsatz": "annualized_revenue", "annualisiertem jahresumsatz": "annualized_revenue",
    "annualisierten umsatz": "annualized_revenue", "impliziter umsatz": "revenue",
    "annualisierte umsatzrate": "annualized_revenue", "annualisierten umsatzrate": "annualized_revenue",
    "operativer verlust": "operating_loss", "operativen verlust": "operating_loss",
    "hält": "equity_stake", "bewertet": "valuation", "investiert in": "funding", "verpflichtet": "compute_commitment",
    "betrieb seiner modelle": "inference_cost", "betrieb der modelle": "inference_cost",
    "betrieb seiner ki": "inference_cost", "betrieb seiner ki-modelle": "inference_cost",
    # "… dafür bezahlt, seine Modelle in Microsofts Rechenzentren laufen zu lassen": running the models
    "laufen zu lassen": "inference_cost", "modelle laufen": "inference_cost",
    "impliziter mindestumsatz": "revenue",
    "kosten des umsatzes": "cost_of_revenue", "kosten der umsätze": "cost_of_revenue",  # "Cost of Revenue", übersetzt
    "sammelte": "funding", "an der runde": "funding", "börsenwert": "valuation", "marktwert": "valuation",
    # "von allem, was OpenAI einnimmt": what it takes in; "einen Anteil am Umsatz von OpenAI: 865,9 Mio.": the share paid
    "einnimmt": "revenue", "eingenommen": "revenue", "einnehmen": "revenue",
    "anteil am umsatz": "revenue_share", "anteil an den erlösen": "revenue_share", "anteil an den einnahmen": "revenue_share",
}
# Words before a company that acts on a figure rather than owning it.
AGENT_WORDS = ["an", "durch", "angeführt von", "mit"]
# What a change is measured against, relative to the claim's own period.
BASIS_RELATIVE = {"q/q": "quarter", "vorherigen quartal": "quarter", "vorangegangenen quartal": "quarter", "vorhergehenden quartal": "quarter", "vorigen quartal": "quarter", "qoq": "quarter", "y/y": "year", "yoy": "year", "vorquartal": "quarter", "vorjahresquartal": "year", "vorjahreszeitraum": "year", "vorjahr": "year", "im vergleich zum vorjahr": "year", "ein jahr zuvor": "year", "ein jahr früher": "year", "ein quartal zuvor": "quarter"}
BASIS_WORDS = ["gegenüber", "gegenüber dem", "ggü.", "ggü", "vs.", "im vergleich zu", "im vergleich zum", "verglichen mit", "von", "als", "als im", "als im gesamten", "als im ganzen", "als in den", "wie im", "wie im gesamten", "wie im ganzen", "wie in den"]
FROM_LEVEL = ["nach", "von", "gegenüber", "verglichen mit"]  # "nach 326 Mio. im Vorjahreszeitraum": the level a change is from
# German writes every noun with a capital: only acronyms (SAP, ASML) count as unknown organisations.
NOT_ORGANISATIONS = ["KI", "AI", "CEO", "CFO", "GPU", "GPUs", "EU", "USA", "US", "FT", "IPO", "AG", "SE", "TV", "IT"]
CAPITALISED_NOUNS = True
OTHER_METRICS = ["investiert", "investierte", "cash-burn", "cashburn", "verbrannt", "mittelabfluss", "bruttomarge", "marge", "nutzer", "mitarbeiter", "beschäftigte", "gpus", "chips", "kunden",
                 "abonnenten", "marktanteil", "aktienkurs", "auf der bank", "auf dem konto", "barmittel", "liquide mittel"]
# Verbs that say what a thing amounts to: a relative clause with one is about the word it hangs on ("OpenAI's
# revenue, which in 2024 was at least $2.47 billion"), not one with another verb ("…, which brought it $411 million").
COPULAS = ["war", "ist", "waren", "sind", "betrug", "betrugen", "lag bei", "lagen bei", "belief sich auf"]
RELATIVE_WORDS = ["dessen", "deren"]
# Words that open a clause saying when, after a comma: the period named right before it is the time of the
# figure in that clause ("… fell in the fourth quarter, when it spent $1.467 billion").
TIME_CLAUSE_WORDS = ["als", "wo"]
# Words for a payment made: a figure they name is paid, not received ("The payments went from $186 million …"
# after the revenue floor they imply): it takes the metric of the last payment before it, not of the revenue.
PAYMENT_NOUNS = ["Zahlungen", "Zahlung", "Überweisungen", "Überweisung"]
RECEIPT_VERBS = ["erhielt", "kassierte", "vereinnahmte", "nahm ein", "strich ein"]  # the payee's side of a payment
GENERIC_COST_WORDS = ["kosten", "ausgaben", "aufwand", "aufwendungen"]
# Words for a share that say what it is a share of only through the text around them: "its
# share is 20 per cent" after a sentence on the revenue-sharing deal is that deal's rate. The
# value is the metric when nothing nearby says (None: no metric).
GENERIC_SHARE_WORDS = {"anteil": "equity_stake", "anteils": "equity_stake", "beteiligung": "equity_stake"}
STAKE_WORDS = ["an", "am", "in"]  # "seine Beteiligung an OpenAI"

DATE_PATTERNS = [
    r"\b\d{1,2}\.\s*{MONTH}\b",
    r"\b\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}\b",
]
CLAUSE_BREAKS = [", während", "; ", ", und ", ", aber ", " während ", ", die ", ", dass "]
DEMONSTRATIVE_BREAKS: dict = {}  # (", dass" is only the conjunction)
# A break word after a preposition is a pronoun: "$411 million of that was just the third quarter"
PRONOUN_BREAKS: dict = {}
# The word that ends a list, of figures or of what they are: "Inferenzkosten und Zahlungen stiegen auf 3,648 Milliarden und 411 Millionen Dollar", one each in turn.
LIST_AND = ["und"]
COORDINATORS = ["und", "aber", "während", "doch"]  # a clause joined on with these has a subject of its own

# --- Spelled-out numbers (read by claims/number_words.py) -------------------
# "ein"/"eine" are also the article: a lone spelled-out number is only ever a
# plain number (role "words"), never a claim. "fuenf"/"dreissig" are the
# spellings without umlaut or ß.
NUMBER_UNITS = {
    "null": 0, "keiner": 0, "keinen": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einer": 1, "einem": 1,
    "eines": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9,
}
NUMBER_TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
NUMBER_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
NUMBER_HUNDREDS = {"hundert": 100}
# Long scale: Billion = 10^12.
NUMBER_SCALES = {
    "tausend": 1e3, "million": 1e6, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9,
    "billion": 1e12, "billionen": 1e12, "billiarde": 1e15, "billiarden": 1e15, "dutzend": 12,
}
NUMBER_ARTICLES: list = []
NUMBER_AND = ["und"]
NUMBER_POINT = ["komma"]
NUMBER_SPOKEN_ZERO = []  # a zero among spoken decimals: "five point oh two"
NUMBER_MINUS = ["minus", "negativ"]
NUMBER_FRACTIONS = {"halb": 2, "halbe": 2, "halbes": 2, "halben": 2, "drittel": 3, "viertel": 4,
                    "fünftel": 5, "achtel": 8, "zehntel": 10}
# Written after a number in one word: "zweieinhalb" = 2.5.
NUMBER_COMPOUND_ORDINALS: dict = {}
NUMBER_FRACTION_WORDS: dict = {}
ONE_IS_PRONOUN_AFTER: list = []
RANGE_WORDS = ["bis"]
RANGE_BETWEEN = ["zwischen"]
# Percent written before its number ("percent of 10").
PERCENT_PREFIXES: list = []
RANGE_FROM = ["von"]
# Denominators only "a"/"one" takes: "two millionth" is an ordinal, not 2e-6.
NUMBER_FRACTIONS_SINGULAR: list = []
NUMBER_PLUS_HALF = {"einhalb": 0.5}
NUMBER_PHRASES = {"anderthalb": 1.5, "eineinhalb": 1.5, "einundhalb": 1.5}
COUNT_SCALES = {"hundert": 100, "dutzend": 12}
METRIC_SUFFIXES = {"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9}
# Words that may follow an amount in shorthand ("8.67b for 1Q-3Q25"); any other word makes it a count ("38k pageviews").
SHORTHAND_AMOUNT_AFTER = ["für", "im", "in", "seit", "und", "gegen", "nicht", "von", "bis", "aber", "oder", "über"]

# --- Money words beyond CURRENCIES (read by the number finder) --------------
CURRENCY_ADJECTIVES = {
    "kanadische": "CAD", "kanadischen": "CAD", "australische": "AUD", "australischen": "AUD",
    "kambodschanische": "KHR", "kambodschanischen": "KHR", "indische": "INR", "indischen": "INR",
    "finnische": "FIM", "finnischen": "FIM", "schweizer": "CHF", "norwegische": "NOK", "norwegischen": "NOK",
    "britische": "GBP", "britischen": "GBP", "amerikanische": "USD", "amerikanischen": "USD",
}
CURRENCY_NOUNS = {
    "riel": "KHR", "rupien": "INR", "rupie": "INR", "mark": "XXX", "kronen": "NOK", "franken": "CHF",
}
MINOR_UNITS = {"cent": None, "cents": None, "ct": None, "ct.": None, "¢": None, "rappen": "CHF", "pfennig": "DEM"}
