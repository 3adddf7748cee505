"""German: words and patterns only. The code that uses them is in claims/."""

CODE = "de"

STOP_WORDS = {
    "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "ist", "im", "für", "auf", "nicht",
    "des", "dem", "sich", "ein", "eine", "einer", "als", "auch", "es", "an", "werden", "aus", "er",
    "hat", "dass", "sie", "nach", "wird", "bei", "noch", "wie", "einem", "über", "so", "zum", "um",
}

DECIMAL = ","
GROUP = [".", " ", "\u00a0", "\u202f", "'"]

SCALES = {
    "billionen": 1e12, "billion": 1e12, "bio.": 1e12,
    "milliarden": 1e9, "milliarde": 1e9, "mrd.": 1e9, "mrd": 1e9, "mia.": 1e9,
    "millionen": 1e6, "million": 1e6, "mio.": 1e6, "mio": 1e6,
    "tausend": 1e3, "tsd.": 1e3,
}
SHORT_SCALES = {"k": 1e3}

CURRENCIES = {
    "us-dollar": "USD", "us‑dollar": "USD", "us-$": "USD", "us‑$": "USD", "us$": "USD", "dollar": "USD",
    "euro": "EUR", "britische pfund": "GBP", "pfund": "GBP", "schweizer franken": "CHF", "franken": "CHF",
    "norwegische kronen": "NOK", "kronen": "NOK", "yen": "JPY",
}
PERCENT_WORDS = ["prozentpunkte", "prozent"]

QUALIFIERS = {
    "rund": "approx", "etwa": "approx", "circa": "approx", "ca.": "approx", "ungefähr": "approx",
    "knapp": "nearly", "fast": "nearly", "beinahe": "nearly", "nahezu": "nearly", "gut": "gt",
    "mehr als": "gt", "über": "gt", "gut über": "gt", "weit über": "gt", "deutlich mehr als": "gt",
    "mindestens": "gte", "wenigstens": "gte",
    "weniger als": "lt", "unter": "lt", "knapp unter": "lt",
    "höchstens": "lte", "bis zu": "lte", "maximal": "lte",
}
BOUND_WORDS = {"mindest": "gte", "minimum": "gte", "maximum": "lte", "höchst": "lte"}

GROWTH_BEFORE = [
    "ein plus von", "plus von", "plus", "ein minus von", "minus", "um", "ein anstieg von", "anstieg von",
    "ein wachstum von", "wachstum von", "stieg um", "sank um", "wuchs um",
]
GROWTH_AFTER = ["im vergleich zum vorjahr", "gegenüber dem vorjahr", "zum vorjahr", "mehr", "weniger", "wachstum"]

RATIO_WORDS = {
    "doppelt so": 2.0, "doppelt": 2.0, "verdoppelt": 2.0, "dreimal": 3.0, "dreifache": 3.0,
    "viermal": 4.0, "fünfmal": 5.0, "zehnmal": 10.0, "die hälfte": 0.5,
}
RATIO_SUFFIXES = ["mal", "fache", "x", "×"]

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
}

PERIODS = [
    (r"\b(?:den\s+|die\s+)?ersten\s+{NUM}\s+Quartal(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "first_quarters"),
    (r"\bQ1\s*[-–—]\s*Q(?P<q2>[1-4])\s*{YEAR}", "first_quarters_q"),
    (r"\b(?:den\s+|die\s+)?ersten\s+{NUM}\s+Monat(?:en|e)?\s+(?:des\s+Jahres\s+|von\s+)?{YEAR}", "first_months"),
    (r"\b{ORD}\s+Quartal\s+(?:des\s+Jahres\s+)?{YEAR}", "quarter"),
    (r"\bQ(?P<ord>[1-4])\s*{YEAR}", "quarter"),
    (r"\b{ORD}\s+Halbjahr\s+(?:des\s+Jahres\s+)?{YEAR}", "half"),
    (r"\bH(?P<ord>[12])\s*{YEAR}", "half"),
    (r"\b(?:von\s+)?{MONTH}\s+(?:bis|–|-)\s+{MONTH2}\s+{YEAR}", "month_range"),
    (r"\b(?:ab|bis|zum|gegen)\s+Ende\s+(?:des\s+Jahres\s+)?{YEAR}", "year_end"),
    (r"\b(?:im|in|für)\s+{MONTH}\s+{YEAR}", "month"),
    (r"\b{MONTH}\s+{YEAR}", "month"),
    (r"\b(?:im\s+)?(?:Kalenderjahr|Geschäftsjahr|Jahr)\s+{YEAR}", "year"),
    (r"\b(?:im\s+gesamten\s+Jahr|für\s+das\s+Jahr|in|für|während)\s+{YEAR}\b", "year"),
    (r"\b(?:im\s+)?(?:letzten|vergangenen|abgelaufenen|jüngsten)\s+Quartal\b", "last_quarter"),
    (r"\b(?:im\s+)?(?:Vorjahr|vergangenen\s+Jahr|letzten\s+Jahr)\b", "last_year"),
]

PERIOD_ANAPHORA = [
    "im selben zeitraum", "im gleichen zeitraum", "in diesem zeitraum", "im selben quartal",
    "in dieser zeit", "im zeitraum", "desselben zeitraums",
]
ENTITY_ANAPHORA = ["das unternehmen", "des unternehmens", "der konzern", "des konzerns", "die firma"]

# Compounds are written as one word ("Inferenzkosten"): metric stems match inside words.
COMPOUNDS = True
# Words that contain a metric stem but are not about the metric.
METRIC_NOT = ["anteilig", "beteiligungen an", "verlustig"]
METRIC_WORDS = {
    "umsatz": "revenue", "umsätze": "revenue", "einnahmen": "revenue", "erlöse": "revenue", "erlös": "revenue",
    "jahresumsatz": "revenue", "mindestumsatz": "revenue", "mindestumsätze": "revenue",
    "inferenz": "inference_cost", "inferenzkosten": "inference_cost",
    "umsatzkosten": "cost_of_revenue", "umsatzbeteiligung": "revenue_share",
    "annualisiert": "annualized_revenue",
    "trainingskosten": "training_cost", "rechenkosten": "compute_spend", "cloudkosten": "compute_spend",
    "verlust": "net_loss", "nettoverlust": "net_loss", "betriebsverlust": "operating_loss",
    "investitionsausgaben": "capex", "investitionen": "capex", "capex": "capex",
    "beteiligung": "equity_stake", "anteil": "equity_stake",
    "bewertung": "valuation", "finanzierung": "funding", "finanzierungsrunde": "funding",
    "verpflichtung": "compute_commitment",
}
METRIC_PHRASES = {
    "annualisierter umsatz": "annualized_revenue", "annualisiertem jahresumsatz": "annualized_revenue",
    "annualisierten umsatz": "annualized_revenue", "impliziter umsatz": "revenue",
    "operativer verlust": "operating_loss", "operativen verlust": "operating_loss",
}
GENERIC_COST_WORDS = ["kosten", "ausgaben", "aufwand", "aufwendungen"]

DATE_PATTERNS = [
    r"\b\d{1,2}\.\s*{MONTH}\b",
    r"\b\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}\b",
]
CLAUSE_BREAKS = [", während", "; ", ", und ", ", aber ", " während ", ", die ", ", dass "]
