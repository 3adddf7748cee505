"""Norwegian Bokmål: words and patterns only. The code that uses them is in claims/."""

CODE = "nb"

STOP_WORDS = {
    "og", "i", "det", "som", "en", "på", "er", "av", "til", "med", "for", "at", "har", "ikke",
    "den", "de", "et", "om", "fra", "var", "seg", "men", "skal", "kan", "også", "etter", "enn",
    "dette", "hadde", "selskapet", "ble", "være", "hvor", "nå", "eller", "bare", "mer",
}

DECIMAL = ","
GROUP = [".", " ", "\u00a0", "\u202f"]

SCALES = {
    "billioner": 1e12, "billion": 1e12,
    "milliarder": 1e9, "milliard": 1e9, "milliardene": 1e9, "milliardar": 1e9, "milliardane": 1e9, "mrd.": 1e9, "mrd": 1e9, "mia.": 1e9, "mia": 1e9,
    "millioner": 1e6, "million": 1e6, "millionene": 1e6, "millionar": 1e6, "millionane": 1e6, "mill.": 1e6, "mill": 1e6, "mln.": 1e6, "mln": 1e6, "mio.": 1e6,
    "tusen": 1e3,
    # Long scale beyond billion (number finder).
    "billiard": 1e15, "billiarder": 1e15, "trillion": 1e18, "trillioner": 1e18, "trilliard": 1e21,
    "trilliarder": 1e21, "kvadrillion": 1e24, "kvadrillioner": 1e24, "kvadrilliard": 1e27, "kvadrilliarder": 1e27,
}
SHORT_SCALES = {"b": 1e9, "m": 1e6, "k": 1e3}

CURRENCIES = {
    "amerikanske dollar": "USD", "us-dollar": "USD", "us‑dollar": "USD", "dollar": "USD", "dollars": "USD",
    "kroner": "NOK", "krone": "NOK", "norske kroner": "NOK", "kr.": "NOK", "kr": "NOK",
    "euro": "EUR", "pund": "GBP", "britiske pund": "GBP", "svenske kroner": "SEK", "danske kroner": "DKK",
    "yen": "JPY", "sveitsiske franc": "CHF",
}
# Currency words that carry a scale: an amount before one is in thousands ("493.800 T USD").
SCALED_CURRENCIES: dict = {}
PERCENT_WORDS = ["prosentpoeng", "prosent", "pst.", "pst"]

# Words that turn a qualifier after them over ("ikke under": minst).
NEGATIONS = ["ikke", "aldri"]
NOT_ONLY = ["bare", "kun", "blott"]
FUTURE_WORDS = ["vil", "skal", "ventes", "venter", "forventer", "forventes", "når"]  # a forecast
# What makes a figure other than the level the data give (see en.py).
CHANGE_BEFORE = ["økte med", "steg med", "vokste med", "falt med", "sank med", "gikk opp med", "gikk ned med",
                 "en økning på", "en vekst på", "en nedgang på", "et fall på"]
PER_TIME_AFTER = ["i måneden", "per måned", "hver måned", "i døgnet", "per dag", "om dagen", "hver dag", "i uken",
                  "per uke"]
PER_UNIT = ["per ukentlig bruker", "per aktiv bruker", "per abonnent", "per kunde", "for hver dollar", "for hver krone", "per dollar", "per bruker", "per spørsmål", "for hver bruker", "per euro", "per krone", "per amerikanske dollar", "per usd", "per eur", "per us-dollar"]  # "for every dollar Microsoft got, OpenAI paid over seven": an amount per unit, not a total
# Et konserns egne inntekter ("godt under 1 prosent av konsernets inntekter"): ikke andelen av en annens inntekter.
GROUP_REVENUE_WORDS = ["konsernets inntekter", "konsernets omsetning", "konsernomsetningen", "konserninntektene"]
# Words in a key figure's label ("Avg. quarterly …", "… Q3 2025 vs Q3 2024") that make it no period's level.
LEADER_NOT_LEVEL = ["snitt", "mot", "endring", "vekst", "per", "hvert", "andel av", "kurs", "sluttkurs", "aksjekurs", "valutakurs"]
CHANGE_HEADINGS = ["endring", "vekst", "økning", "y/y", "q/q", "mot forrige", "fra forrige"]  # a column or chart of changes, not levels
# A table row opening with one of these is a part of the row before ("davon 3. Quartal 2025"): its metric.
PART_OF_ROW = ["hvorav", "herav", "derav"]
NOT_A_TOTAL = ["snitt", "i snitt", "gjennomsnitt", "gjennomsnittlig", "kumulativt", "akkumulert", "brutto", "før nettingen"]  # an average, a running total, a gross amount: not the level the data give
OTHER_COSTS = ["trening", "lønn", "lønninger", "utenom", "markedsføring", "kombinert", "forskning", "ansatte"]  # in the figure's clause: a cost other than the inference bill ("training compute")
KEEP_WORDS = ["beholder", "beholdt", "sitter igjen med"]  # "OpenAI keeps 80 per cent": the complement of the share paid
PER_QUARTER = ["kvartalsvis", "hvert kvartal", "i noe kvartal", "per kvartal"]  # "the quarterly bill never exceeded $4bn in the first nine months"
ROUNDING_BEFORE = ["til nærmeste", "avrundet til nærmeste", "avrundet til"]  # "to the nearest ten million": a rounding's step, not an amount
# Two periods as the ends of a stretch ("Fra 3. kvartal 2024 til 3. kvartal 2025"): a level figure after them is for the whole
# stretch; a change or a multiple is measured from the first to the second.
SPAN_FROM = ["fra", "mellom"]
QUARTER_NOUNS = ["kvartal", "kvartalet", "kv."]  # "from the second to the third quarter", "fra andre til tredje kvartal"
# ... but a figure the stretch climbs to is its end's level: "From Q1 2024 to Q3 2025 the bill climbed, reaching $3.65bn"
STRETCH_END_WORDS = ["til", "nådde", "endte på", "endte med", "til slutt"]
SPAN_TO = ["til", "til og med", "og", "og slutten av", "til slutten av", "til utgangen av"]
STRETCH_COMPARISONS = ["største", "høyeste", "laveste", "minste", "rekord", "toppet", "høyest", "størst"]  # "det største av alle kvartaler mellom …": et strekk det sammenlignes over
GROWTH_BASIS_BEFORE = ["fra", "enn", "enn i"]  # "up 41% on the final quarter of 2024": what a change is measured on
COMPARED_LINKS = ["da", "hvor", "med"]  # "… than in all of 2024, when it spent $3.77 billion": the figure is the compared period's
APPOSITION_BREAKS = ["fra", "til", "hos", "av", "med"]  # not in apposition: "Microsoft's revenue from its partner, OpenAI,"
LEVEL_AFTER_CHANGE = ["til"]  # "tredoblet til 1,47 milliarder": nivået endringen nådde
PERIOD_PREPOSITIONS = ["i", "for", "gjennom", "over", "under"]  # "i Microsofts regnskapsår 2025": en periode, ikke eieren
ARTICLES = ["det", "den", "de"]  # may come between a preposition and its noun ("fra det første kvartalet")
ROLE_NOUNS = ["partner", "partneren", "leverandør", "leverandøren", "rival", "rivalen", "konkurrent", "konkurrenten", "investor", "investoren", "kunde", "kunden"]  # "OpenAIs skypartner CoreWeave meldte …": a role, then the company that acts
CONTRAST_WORDS = ["mens", "men"]  # "…, mens Anthropic betalte rundt 1 mrd.": the company after these is the next clause's subject
CORRECTION_AFTER = ["men", "snarere", "derimot"]  # "ikke 5 milliarder dollar, slik det ble ryktet, men 3,65": the figure denied, then the right one
SPEND_VERBS = ["betalte", "betaler", "har betalt", "brukte", "bruker", "har brukt"]  # "den knappe milliarden Anthropic betalte Amazon": whose the figure is
OBJECT_RELATIVES = ["som"]  # "milliarden som Anthropic betalte"
PERCENT_OF_IT = ["av det", "av dette", "av den", "av dem"]  # "utgjorde om lag 0,5 prosent av det": of a figure named before
# Abbreviations whose full stop never ends a sentence ("im 1.-3. Qu. 2025 insg. 8,67 Mrd.", teletext and tables).
ABBREVIATIONS = ["ca.", "inkl.", "ekskl.", "bl.a.", "iflg.", "jf.", "totalt.", "tils.", "rd."]
OF_WORDS = ["av"]  # "0,5 prosent av Microsofts inntekter"
# Ordene etter en brøk som gjør den til en andel ("en femtedel av inntektene").
FRACTION_OF = OF_WORDS
HEAD_LINKS = ["på"]  # a noun, one of these (or OF_WORDS), its figure: "a bill of $3.65 billion", "en regning på 3,65 mrd."
# A sentence opening with one of these is a condition, and all its figures a hypothesis.
CONDITIONAL_OPENERS = ["hadde", "anta"]  # counterfactual only: "Hvis man deler …" is arithmetic
# A counterfactual in mid-sentence: one of these verbs after one of these conditions before the figure
# ("Bei einem Satz von 30 Prozent hätte Microsoft … 741 Mio. erhalten"); the verb alone may be reported speech.
COUNTERFACTUAL_VERBS = ["hadde", "ville", "kunne ha"]  # "Med en andel på 30 prosent hadde Microsoft fått …"
CONDITION_MARKERS = ["hvis", "dersom", "med en", "med et", "uten"]
HYPOTHETICAL = ["vil", "tilbød", "foreslo", "ville", "budsjettert", "budsjetterte", "budsjett", "ventet", "forventet", "planla", "planlagt",
                "regnet med", "hvis", "dersom", "vi modellerer", "vi anslår", "vi venter", "vi forventer", "vi legger til grunn", "venter", "forventer"]
SCENARIO_WORDS = ["scenario", "scenarioer", "scenarioene", "scenariet", "framskrivning", "framskrivninger", "basisscenario", "sannsynlighet"]  # anywhere in the sentence: its figures are a model's, not a fact
DATED_BEFORE = ["datert", "publisert i", "offentliggjort i"]  # "documents dated November 2025": when they were written, not a period for figures
SUBPERIOD_BEFORE = ["måneden av", "måneden i", "måned av", "uken av", "uka av", "dagen av"]  # "the first month of Q3 2025": a part of the period, not all of it
SINCE_BEFORE = ["siden", "helt siden"]  # "since Q1'24": open-ended, up to an unsaid day
OTHER_COMPANY_NOUNS = ["utstederen", "en bank", "en kunde", "en annen kunde", "en konkurrent", "et annet selskap", "et selskap", "vår egen", "vårt eget", "våre egne"]  # a company the text does not name: not the one before
SEGMENT_WORDS = ["abonnement", "enterprise", "bedrift", "forbruker", "api", "annonse", "segment", "divisjon", "bing"]  # in compounds too
COMBINED_WORDS = ["til sammen", "samlet", "sammenlagt"]
# A total: a figure in a sentence with one of these and no period phrase takes no period from the sentences before.
# A year's figure: a sentence with one of these takes a carried period only when it is a whole year ("Jahresumsatz von 3,7 Mrd." after the first nine months of 2025).
ANNUAL_WORDS = ["årlig", "årlige", "årsomsetning", "årsinntekt", "årsinntekter", "i året", "per år"]
# A figure said to be so now, in a clause after the sentence's period, is not of that period.
NOW_WORDS = ["nå", "for tiden", "nå for tiden"]
# A metric word right after one of these glosses the metric before it, which stays the topic.
GLOSS_WORDS = ["altså", "dvs.", "dvs", "det vil si", "med andre ord"]
# "only", before a payment's purpose: "…, nur dafür, dass ChatGPT läuft".
ONLY_WORDS = ["bare", "kun", "utelukkende"]
TOTAL_WORDS = ["i alt", "til sammen", "sammenlagt", "alt i alt", "hittil", "summerer seg", "lagt sammen"]  # not "totalt": "totalt avhengig"
EARLIER_BEFORE = ["fra", "mot", "etter", "sammenlignet med"]
PAY_VERBS = ["betalte", "betaler", "har betalt"]
PAYEE_PRONOUNS = ["det", "dem", "selskapet", "konsernet"]  # "OpenAI betalte selskapet 248 millioner": den betalte, nevnt før
PAYEE_MARKERS = ["betalte", "betaler", "betalinger til", "betalt til", "til", "andelen til", "andel til"]  # a company phrase opening with these names the one paid ("paid Microsoft")
SUPPLIER_BEFORE = ["hos", "fra", "på", "gjennom", "via"]  # "500 millioner dollar på inferens hos Oracle": hvem som solgte den
PURPOSE_BEFORE = ["for"]  # what a payment to a company was for: "paid to Microsoft for inference"
PURPOSE_PRONOUNS = ["for det", "for dette", "til det"]  # a payment's purpose pointing back: "bezahlte OpenAI dafür … an Microsoft"
# Between an amount and the same amount in another currency: "8'670 Mio. Dollar …, das sind … knapp 7 Mrd. Franken"
CONVERSION_WORDS = ["tilsvarer", "tilsvarende", "omregnet", "det vil si", "med en kurs på", "eller rundt", "eller om lag"]
SPENT_ON = ["på"]  # an amount's spending object right after it names its metric: "brente 12,4 mrd. dollar på inferens"
# A caption cue opening with these (a preposition, a relative, a verb of its subject) goes on with the cue before
# (auto-captions have no stops)
CUE_GOES_ON = ["av", "i", "for", "til", "på", "fra", "enn", "med", "per", "som", "hvorav", "er", "var", "har", "hadde", "vil", "ville"]
OTHER_PAYMENTS = ["lisens", "trening", "gebyr", "abonnement"]  # a payment for these is not the revenue share (read inside compounds too)
EARLIER_AFTER = ["ett år tidligere", "et år tidligere", "året før", "i fjor", "kvartalet før", "året tidligere",
                 "samme kvartal i fjor"]  # "ikke bare over": the negation is not the qualifier's
NEAR_WORDS = ["i nærheten av"]  # after a negation these mean "well under": at most
QUALIFIERS = {
    "i nærheten av": "approx", 
    "ikke engang": "lt", "ikke en gang": "lt",
    "omtrent": "approx", "rundt": "approx", "rund": "approx", "cirka": "approx", "ca.": "approx",
    "ca": "approx", "om lag": "approx", "anslagsvis": "approx", "i overkant av": "gt",
    "nesten": "nearly", "nærmere": "nearly", "nær": "nearly", "snaut": "nearly", "knapt": "nearly", "knappe": "nearly",
    "drøyt": "gt",
    "over": "gt", "mer enn": "gt", "godt over": "gt", "godt mer enn": "gt", "mer enn hele": "gt",
    "minst": "gte", "minimum": "gte", "i hvert fall": "gte",
    "under": "lt", "mindre enn": "lt", "i underkant av": "lt",
    "maksimalt": "lte", "høyst": "lte", "opptil": "lte", "maks": "lte",
}
BOUND_WORDS = {"minimum": "gte", "minst": "gte", "minste": "gte", "maksimalt": "lte", "nedre grense": "gte",
               "øvre grense": "lte"}

QUALIFIER_VERBS: list = []  # (en: "hands over a fifth" is a fifth)
NOT_GROWTH_BEFORE: list = []  # (en: "made up about 0.5 per cent" is a share, not a change)
GROWTH_BEFORE = [
    "en økning på", "økning på", "opp", "ned", "vekst på", "en vekst på", "steg med", "økte med",
    "falt med", "en nedgang på", "nedgang på", "et fall på",
]
# Et endringsverb, noen ord, så "med" foran tallet: "økte betalingene med 23 prosent" (verb-andre: subjektet imellom).
CHANGE_VERBS = ["økte", "steg", "vokste", "falt", "sank", "øker", "stiger", "vokser", "faller", "synker", "økt", "steget",
                "vokst", "gikk opp", "gikk ned", "minket", "krympet"]
CHANGE_BY = ["med"]
DIFFERENCE_AFTER = ["mer", "mindre", "høyere", "lavere", "over", "under"]  # "163 millioner dollar mer … enn": a difference
DIFFERENCE_THAN = ["enn"]
EXCEED_VERBS = ["oversteg", "overstiger", "overgikk", "økte", "steg", "falt"]  # "oversteg … med 3,24 mrd."
FALL_VERBS = ["falt", "sank", "faller", "synker", "gikk ned", "minket", "krympet"]
# Words that make a change a fall: the value becomes negative.
FALL_WORDS = ["ned", "falt med", "en nedgang på", "nedgang på", "et fall på", "sank med"]
GROWTH_AFTER = ["q/q", "y/y", "qoq", "yoy", "fra år til år", "år over år", "økning", "vekst", "mer enn", "mer", "over nivået", "høyere enn"]

RATIO_WORDS = {
    "det dobbelte": 2.0, "dobbelt så": 2.0, "doblet": 2.0, "det tredobbelte": 3.0, "tre ganger": 3.0,
    "fire ganger": 4.0, "fem ganger": 5.0, "ti ganger": 10.0, "halvparten": 0.5,
    "seks ganger": 6.0, "sju ganger": 7.0, "syv ganger": 7.0, "åtte ganger": 8.0, "ni ganger": 9.0,
    "to og en halv gang": 2.5, "halvannen gang": 1.5, "tre og en halv gang": 3.5, "fire og en halv gang": 4.5,
    "en og en halv gang": 1.5,
    # "en firedobling", "tredoblet": a multiple in one word.
    "dobling": 2.0, "tredobling": 3.0, "firedobling": 4.0, "femdobling": 5.0, "tidobling": 10.0,
    "tredoblet": 3.0, "firedoblet": 4.0, "femdoblet": 5.0, "tidoblet": 10.0, "seksdoblet": 6.0, "sjudoblet": 7.0, "åttedoblet": 8.0, "nidoblet": 9.0, "halvannen gang så": 1.5,
}
RATIO_SUFFIXES = ["ganger", "x", "×"]
# An article between a qualifier and a ratio word ("nesten en firedobling").
RATIO_ARTICLES = ["en", "ei", "et", "det"]  # "nesten det dobbelte"
RATIO_OF = ["av", "nivået i", "så mye som", "så mye som i", "så høyt som", "så høyt som i", "så stort som",
            "så stort som i"]  # between a multiple and the period it is a multiple of: "das Vierfache des ersten Halbjahres 2024"

COUNT_WORDS = {
    "en": 1, "ett": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
    "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
}
ORDINAL_WORDS = {"første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
MONTHS = {
    "januar": 1, "jan.": 1, "februar": 2, "feb.": 2, "mars": 3, "april": 4, "apr.": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
    "oktober": 10, "okt.": 10, "november": 11, "nov.": 11, "desember": 12, "des.": 12,
    # abbreviations written without their full stop ("13. nov 2025")
    "jan": 1, "feb": 2, "apr": 4, "aug": 8, "sept": 9, "sep": 9, "okt": 10, "nov": 11,
    # i en tabell eller et spenn: "jul.–des. 2024", "jan.–jun. 2025"
    "jun.": 6, "jul.": 7,
}

# "i år": the year of publication, wherever a period phrase takes a year.
THIS_YEAR = ["i år", "iår", "i inneværende år", "inneværende år", "dette året", "dette år"]
LAST_YEAR = ["i fjor", "ifjor", "fjoråret", "fjorårets"]  # not "året før": the year before the one just named
LAST_ORDINALS = ["siste"]
# ... of those, the ones that also mean "the latest" ("siste kvartal av 2025" in November 2025)
LATEST_ORDINALS = ["siste"]

PERIODS = [
    # a quarter's code in a broker's note: "3K25", "4K24" (K for kvartal; "3Q25" is in common)
    (r"(?<![\w.,])(?P<ord>[1-4])K(?P<yy>\d{2})(?![\w'’])", "quarter"),
    # "andre og tredje kvartal 2025": to kvartaler på rad, til sammen.
    (r"(?<!,\s)\b(?:de\s+|det\s+)?{ORD}\s+og\s+{ORD2}\s+kvartal(?:et|ene)?\s+(?:av\s+|i\s+)?{YEAR}", "quarter_pair"),
    (r"\bQ(?P<ord>[1-4])\s+og\s+Q(?P<ord2>[1-4])\s+(?:{YEAR}|['’]?{YY})", "quarter_pair"),
    # "andre til fjerde kvartal 2024", "Q2–Q4 2024": kvartalene fra det ene til det andre, til sammen. Etter
    # "fra" er det et strekk som claims.normalize leser: en endring fra det ene til det andre, eller en sum.
    (r"(?<!fra\s)(?<!mellom\s)(?<!,\s)\b(?:de\s+|det\s+)?{ORD}(?:\s(?:til|til\sog\smed)\s|\s?[-–—]\s?){ORD2}\s+kvartal(?:et|ene)?\s+(?:av\s+|i\s+)?{YEAR}", "quarter_range"),
    (r"(?<!fra\s)(?<!mellom\s)\bQ(?P<ord>[1-4])(?:\stil\s|\s?[-–—]\s?)Q(?P<ord2>[1-4])\s(?:i\s)?(?:{YEAR}|['’]?{YY})", "quarter_range"),
    # "i samme periode i 2024": the months of the period just named, in that year.
    (r"\b(?:i\s+)?(?:den\s+)?samme\s+(?:perioden?|tidsrommet|tidsrom|kvartal(?:et)?|halvår(?:et)?|månedene)"
     r"\s+(?:(?P<before>året\s+før|i\s+fjor|året\s+tidligere)|(?:(?:i|av|året)\s+)?{YEAR})", "same_span"),
    # "hittil i år": up to an unsaid day, so no period to check against.
    (r"\bhittil\s+{THIS_YEAR}", "since"),
    # "since the start of 2024": open-ended, so no period to check against.
    (r"\bsiden\s+(?:starten\s+av\s+|begynnelsen\s+av\s+)?{YEAR}", "since"),
    # "de to siste kvartalene av 2024", "de siste tre månedene i 2024": the year's end, not its start.
    (r"\b(?:dei?\s+)?{NUM}\s+siste\s+kvartal(?:ene|er|a)?\s+(?:av\s+|i\s+)?{YEAR}", "last_quarters"),
    (r"\b(?:dei?\s+)?siste\s+{NUM}\s+kvartal(?:ene|er|a)?\s+(?:av\s+|i\s+)?{YEAR}", "last_quarters"),
    (r"\b(?:dei?\s+)?{NUM}\s+siste\s+m[åa]n[ea]d(?:ene|er)?\s+(?:av\s+|i\s+)?{YEAR}", "last_months"),
    (r"\b(?:dei?\s+)?siste\s+{NUM}\s+m[åa]n[ea]d(?:ene|er)?\s+(?:av\s+|i\s+)?{YEAR}", "last_months"),
    (r"\b(?:dei?\s+)?{NUM}\s+første\s+kvartal(?:ene|er|a)?\s+(?:av\s+|i\s+)?{YEAR}", "first_quarters"),
    (r"\b(?:dei?\s+)?første\s+{NUM}\s+kvartal(?:ene|er|a)?\s+(?:av\s+|i\s+)?{YEAR}", "first_quarters"),
    (r"\bQ1\s*[-–—]\s*Q(?P<q2>[1-4])\s*(?:i\s+)?{YEAR}", "first_quarters_q"),
    (r"(?<![\w.])1\.\s?[-–—]\s?(?P<q2>[2-4])\.\s?kv(?:artal(?:et)?|\.)\s?(?:i\s+)?{YEAR}", "first_quarters_q"),  # "1.–3. kvartal 2025", "1.–3. kv. 2025"
    (r"\b(?:dei?\s+)?første\s+{NUM}\s+m[åa]n[ea]d(?:ene|er)?\s+(?:av\s+|i\s+)?{YEAR}", "first_months"),
    (r"\b(?:dei?\s+)?{NUM}\s+første\s+m[åa]n[ea]d(?:ene|er)?\s+(?:av\s+|i\s+)?{YEAR}", "first_months"),
    (r"\b{NUM}\s+måneder\s+(?:av|i|inn\s+i)\s+{YEAR}", "first_months"),
    (r"\b(?:fra\s+)?{MONTH}\s+{YEAR}\s*(?:[-–—]|til)\s*{MONTH2}\s+{YEAR2}", "month_year_range"),
    (r"\bfra\s+(?:starten|begynnelsen)\s+av\s+{YEAR}\s+til\s+(?:og\s+med\s+|utgangen\s+av\s+)?{MONTH2}\s+{YEAR2}",
     "month_year_range"),
    (r"\bmellom\s+{MONTH}\s+{YEAR}\s+og\s+{MONTH2}\s+{YEAR2}", "month_year_range"),
    # "i år til og med september": from January of the publication's year
    (r"\b{THIS_YEAR},?\s+(?:til\s+og\s+med|til|fram\s+til|frem\s+til)\s+(?:utgangen\s+av\s+)?{MONTH2}\b(?!\s+(?:19|20)\d{2})",
     "month_year_range"),
    # hele måneder skrevet som dager: "fra 1. juli 2024 til 30. juni 2025"
    (r"\b(?:fra\s+(?:og\s+med\s+)?)?1\.\s*{MONTH}\s+{YEAR}\s*(?:[-–—]|til(?:\s+og\s+med)?)\s*{DAY2}\.\s*{MONTH2}\s+{YEAR2}",
     "month_year_range"),
    (r"\b{ORD}\s+kvartal\s+(?:av\s+|i\s+)?{YEAR}", "quarter"),
    (r"\b(?P<ord>[1-4])\.\s*kv\.?\s+{YEAR}", "quarter"),
    # forum shorthand: "kv3 -25", "kv1-24", "H1 -25", "9mnd -25"
    (r"\bkv\.?\s?(?P<ord>[1-4])\s?[-–]\s?(?:{YEAR}|{YY})", "quarter"),
    (r"\bH(?P<ord>[12])\s[-–]\s?(?:{YEAR}|{YY})", "half"),
    (r"\b(?P<num>[1-9]|1[01])\s?mnd\.?\s?[-–]\s?(?:{YEAR}|{YY})", "first_months"),
    (r"\bQ(?P<ord>[1-4])\s*(?:i\s+)?{YEAR}", "quarter"),
    (r"\b{ORD}\s+halvår\s+(?:av\s+|i\s+)?{YEAR}", "half"),
    (r"\b{ORD}\s+halvdel(?:en)?\s+(?:av\s+)?{YEAR}", "half"),
    (r"\bH(?P<ord>[12])\s*{YEAR}", "half"),
    (r"\b(?:fra\s+)?{MONTH}\.?(?:\s*[-–—]\s*|\s+til\s+){MONTH2}\.?\s+{YEAR}", "month_range"),  # "jul.–des. 2024"
    (r"\bmellom\s+{MONTH}\s+og\s+{MONTH2}\s+{YEAR}", "month_range"),
    (r"\b(?:kvartalet|tremånedersperioden)\s+(?:som\s+endte\s+|frem\s+til\s+|til\s+)(?:i\s+)?{MONTH}\s+{YEAR}", "quarter_to"),
    # "regnskapsåret som endte 30. juni 2025", "de tolv månedene fram til juni 2025"
    (r"\b(?:regnskapsåret|(?:dei?\s+)?{NUM}\s+månedene|tolvmånedersperioden)\s+(?:som\s+(?:endte|sluttet|ble\s+avsluttet)\s+|fr[ae]m\s+til\s+)"
     r"(?:i\s+|den\s+)?(?:utgangen\s+av\s+)?(?:\d{1,2}\.\s?)?{MONTH}\s+{YEAR}", "months_to"),
    # "minst 4,33 milliarder dollar til og med september 2025": fra januar det året (ikke "fra 2024 til …")
    (r"(?<!\d\s)(?<!\d)(?<!\()\b(?:til\s+og\s+med|fram\s+til|frem\s+til)\s+(?:utgangen\s+av\s+)?{MONTH2}\s+(?P<year2>(?P<year>(?:19|20)\d{2}))\b",
     "month_year_range"),
    (r"\b(?:ved|innen|mot)\s+(?:utgangen|slutten)\s+av\s+{YEAR}", "year_end"),
    (r"\b(?:i|for|per)\s+{MONTH}\s+{YEAR}", "month"),
    (r"\b{MONTH}\s+{YEAR}", "month"),
    # begynnelsen på et strekk: "fra 2024 til og med tredje kvartal 2025", "mellom starten av 2024 og …"
    (r"(?<=\bfra\s)(?:starten\s+av\s+|begynnelsen\s+av\s+)?{YEAR}\b(?=\s+til\s)", "year"),
    (r"(?<=\bmellom\s)(?:starten|begynnelsen)\s+av\s+{YEAR}\b", "year"),
    # an aside naming the quarter just stepped to: "i kvartalet før, det siste i 2024," (not the year)
    (r"(?<=,\s)det\s+{ORD}\s+(?:i|av)\s+{YEAR}\b", "elided_of_year"),
    (r"\b(?:for\s+)?hele\s+(?:året\s+)?{YEAR}", "year"),
    (r"\b(?:i|for|gjennom|av)\s+(?:hele\s+)?(?:kalenderåret\s+|året\s+)?{YEAR}\b", "year"),
    (r"\b(?:kalenderåret|året)\s+{YEAR}", "year"),
    (r"(?<![\w]){THIS_YEAR}(?![\w])", "year"),
    # a quarter or a year on from the period named before ("og 206 millioner dollar i forrige kvartal")
    (r"\b{ORD}\s+kvartal(?:et)?\s+(?P<before>året\s+før|(?:av|i)\s+(?:det\s+)?(?:foregående|forrige)\s+år(?:et)?)\b", "quarter_noyear"),  # året før det nevnte
    (r"\b(?:i\s+)?(?:forrige|foregående)\s+kvartal\b", "step_back_quarter"),
    (r"\b(?:i\s+)?kvartalet\s+(?:før|forut|tidligere)\b(?!\s+(?:forrige|det)\b)", "step_back_quarter"),  # not "kvartalet før forrige"
    (r"\b(?:i\s+)?(?:neste|påfølgende|følgende)\s+kvartal\b", "step_fwd_quarter"),
    (r"\b(?:i\s+)?kvartalet\s+etter\b", "step_fwd_quarter"),
    (r"\bett?\s+år\s+(?:tidligere|før)\b", "step_back_year"),  # "et år tidligere", "ett år før"
    (r"\båret\s+før\b(?!\s+(?:det|i\s+fjor)\b)", "step_back_year_loose"),
    (r"\b(?:et\s+år\s+senere|året\s+etter)\b", "step_fwd_year"),
    (r"\b(?:i\s+)?(?:siste|sist)\s+kvartal\b(?!\s+(?:av|i)\b|\s+(?:19|20)\d{2}\b)", "last_quarter"),  # not "siste kvartal av 2024"
    # "de siste fire kvartalene", "de fire siste rapporterte kvartalene": fram til kvartalet før publiseringsdatoen
    (r"\b(?:dei?\s+)?siste\s+{NUM}\s+(?:rapporterte\s+)?kvartal(?:ene|er)\b(?!\s+(?:av\s+|i\s+)?(?:19|20)\d{2})",
     "recent_quarters"),
    (r"\b(?:dei?\s+)?{NUM}\s+siste\s+(?:rapporterte\s+)?kvartal(?:ene|er)\b(?!\s+(?:av\s+|i\s+)?(?:19|20)\d{2})",
     "recent_quarters"),
    (r"\bi\s+(?:hei?le\s+)?fjor\b", "last_year"),  # "I hele fjor var regningen …"
    # "første halvdel av dette år" (maskinoversatt), "tredje kvartal i år": this year's.
    (r"\b{ORD}\s+(?:halvår(?:et)?|halvdel(?:en)?)\s+(?:av\s+|i\s+)?{THIS_YEAR}(?!\w)", "half"),
    (r"\b{ORD}\s+kvartal(?:et)?\s+(?:av\s+|i\s+)?{THIS_YEAR}(?!\w)", "quarter"),
    # "årets første halvår": this year's.
    (r"\b(?P<thisyear>årets)\s+{ORD}\s+kvartal(?:et)?\b", "quarter"),
    (r"\b(?P<thisyear>årets)\s+{ORD}\s+halvår(?:et)?\b", "half"),
    (r"\b(?P<thisyear>årets)\s+{NUM}\s+første\s+kvartal(?:er|ene|a)?\b", "first_quarters"),
    (r"\b(?P<thisyear>årets)\s+første\s+{NUM}\s+kvartal(?:er|ene|a)?\b", "first_quarters"),
    # "andre kvartal" with no year: the year of the period named before it.
    (r"\b{ORD}\s+kvartal(?:et)?\s+(?:av\s+|i\s+)?(?:samme\s+år|det\s+året|det\s+samme\s+året)\b", "quarter_noyear"),  # året før
    (r"\b{ORD}\s+halvår(?:et)?\s+(?:av\s+|i\s+)?(?:samme\s+år|det\s+året|det\s+samme\s+året)\b", "half_noyear"),
    (r"\b{ORD}\s*kv(?:artal(?:et)?|\.)(?!\w)(?!\s+(?:av|i|for)\b|\s+(?:19|20)\d{2})", "quarter_noyear"),
    (r"\bkv\.?\s?(?P<ord>[1-4])(?![\w-])(?!\s?[-–]\s?\d|\s+(?:19|20)\d{2})", "quarter_noyear"),  # "i kv3": the year of the period before
    (r"\b{ORD}\s+halvår(?:et)?\b(?!\s+(?:av|i|for)\b|\s+(?:19|20)\d{2})", "half_noyear"),
    (r"\b(?:fra\s+)?{MONTH}(?:\s*[-–—]\s*|\s+til\s+){MONTH2}\b(?!\s+(?:19|20)\d{2})", "month_range_noyear"),
    (r"\bmellom\s+{MONTH}\s+og\s+{MONTH2}\b(?!\s+(?:19|20)\d{2})", "month_range_noyear"),
    (r"\b(?:regnskapsåret|(?:dei?\s+)?{NUM}\s+månedene|tolvmånedersperioden)\s+(?:som\s+(?:endte|sluttet|ble\s+avsluttet)\s+|fr[ae]m\s+til\s+)"
     r"(?:i\s+|den\s+)?(?:utgangen\s+av\s+)?(?:\d{1,2}\.\s?)?{MONTH}\b(?!\s+(?:19|20)\d{2})", "months_to_noyear"),
    (r"\b(?:dei?\s+)?{NUM}\s+første\s+kvartal(?:ene|er|a)?\b(?!\s+(?:av\s+|i\s+)?(?:19|20)\d{2})", "first_quarters_noyear"),
    (r"\b(?:dei?\s+)?første\s+{NUM}\s+kvartal(?:ene|er|a)?\b(?!\s+(?:av\s+|i\s+)?(?:19|20)\d{2})", "first_quarters_noyear"),
    (r"\b(?:dei?\s+)?{NUM}\s+første\s+m[åa]n[ea]d(?:ene|er)?\b(?!\s+(?:av\s+|i\s+)?(?:19|20)\d{2})", "first_months_noyear"),
    (r"\b(?:dei?\s+)?første\s+{NUM}\s+m[åa]n[ea]d(?:ene|er)?\b(?!\s+(?:av\s+|i\s+)?(?:19|20)\d{2})", "first_months_noyear"),
    # "i første kvartal 2025 206 millioner dollar og i andre 248 millioner": substantivet utelatt.
    (r"\bi\s+{ORD}(?=\s*(?:,?\s*(?:\d|[$€£])|[.;]|,\s+(?:og|men|mens|så|deretter)\b|$))", "elided"),
    # "minst 4,33 mrd. dollar til og med september": fra januar i året teksten gjelder
    (r"\b(?:til\s+og\s+med|fram\s+til|frem\s+til)\s+(?:utgangen\s+av\s+)?{MONTH}\b(?!\s+\d)", "year_through_noyear"),
]

DATELINE_PATTERNS = [
    # Et dokuments versjon og dato: "Manus, versjon 3 – 28.11.2025", "Utkast, versjon 2 – 3. desember 2025".
    r"\b(?:versjon|utkast)[ \t]+\d{1,2}[ \t]*[–—-][ \t]*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\b(?:versjon|utkast)[ \t]+\d{1,2}[ \t]*[–—-][ \t]*(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # hodet på en e-post: "Sendt: tirsdag 25. november 2025 16:42", "Dato: 25.11.2025"
    r"(?m)^(?-i:Sendt|Dato):[ \t]+(?:[a-zæøå]{3,7},?[ \t]+)?(?P<day>\d{1,2})\.[ \t]*{MONTH}[ \t]+{YEAR}",
    r"(?m)^(?-i:Sendt|Dato):[ \t]+(?:[a-zæøå]{3,7},?[ \t]+)?(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\b(?:Publisert|Først publisert)\s+(?:den\s+)?(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?"
    r"(?P<day>\d{1,2})\.\s*{MONTH}(?:\s+{YEAR})?",
    # a post's date and time on a line of its own: "14. november kl. 21:17 · 👥" (no year: the latest the text names)
    r"(?m)^[ \t]*(?P<day>\d{1,2})\.[ \t]*{MONTH}(?:[ \t]+{YEAR})?[ \t]+kl\.?[ \t]*\d{1,2}[:.]\d{2}",
    # a broadcast's date in its header: "Sending nr. 212, sendt onsdag 19. november 2025"
    r"\b(?-i:Sendt|Sending|Utgave)\b[^\n]{0,30}?\b(?:fra|sendt)\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?"
    r"(?:den\s+)?(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # (an exported chat or page is dated by its export: "Eksportert 10.12.2025")
    r"\b(?:Publisert|Først publisert|Eksportert)(?:\s+den)?:?\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?"
    r"(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # A place and a date opening a line: "OSLO (19. november 2025)", "Bergen, 13.11.2025".
    r"(?m)^{PLACE}\s?[,(]\s*(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    r"(?m)^{PLACE}\s?[,(]\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # A line opening with a weekday and the date: "Onsdag 12. november 2025 · oppdateres løpende".
    r"(?m)(?:^|^[^\n·|]{0,40}[·|](?:[^\n·|]{0,40}[·|])?[ \t]*)(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    r"(?m)(?:^|^[^\n·|]{0,40}[·|](?:[^\n·|]{0,40}[·|])?[ \t]*)(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # En byline med dato: "Av Kari Nordmann · 24.11.2025".
    r"(?m)^Av\s[^\n]{1,80}?[·|]\s*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"(?m)^Av\s[^\n]{1,80}?[·|]\s*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+)?"
    r"(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # Når en artikkel er oppdatert: bare når publiseringsdatoen mangler.
    r"\b(?:Oppdatert|Sist oppdatert)\s+(?:den\s+)?(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?"
    r"(?P<day>\d{1,2})\.\s*{MONTH}(?:\s+{YEAR})?",
    r"\b(?:Oppdatert|Sist oppdatert)(?:\s+den)?:?\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?"
    r"(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    # Et brevs datofelt ("Deres ref.: … Vår ref.: … Dato: 20.11.2025"): et høringssvar, et vedtak.
    r"\bDato:\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\bDato:\s*(?P<day>\d{1,2})\.\s*{MONTH}\s+{YEAR}",
    # Et skriftlig spørsmål: svaret er skrevet da det ble besvart, spørsmålet da det ble levert inn.
    r"\b(?:Besvart|Svar\s+datert):\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
    r"\b(?:Innlevert|Levert|Datert):\s*(?P<day>\d{1,2})\.\s?{NMONTH}\.\s?{YEAR}",
]
FISCAL_PATTERNS = [
    (r"\b{ORD}\s+kvartal\s+(?:av\s+|i\s+)?regnskapsår(?:et)?\s+{YEAR}", "fiscal_quarter"),
    # "fjerde kvartal av Microsofts regnskapsår 2025": eieren inne i uttrykket
    (r"\b{ORD}\s+kvartal\s+(?:av\s+|i\s+)?[^\W\d_]{2,30}s\s+regnskapsår\s+{YEAR}", "fiscal_quarter"),
    (r"\bregnskapsår(?:et)?\s+{YEAR}", "fiscal_year"),
]
# Words that name a period: a sentence using one claimcheck could not read takes no period from context.
PERIOD_WORDS = ["kvartal", "kvartalet", "kvartaler", "kvartalene", "kv", "halvår", "halvåret", "halvdel", "måneder",
                "månedene"]
# Et tall som gjelder det forrige setning nevnte ("Så inferenskostnadene. I første halvår 2025 brukte OpenAI
# 5,02 milliarder dollar på det."): bare ved leddets slutt eller foran et tall ("på det meste" teller ikke).
# Or first in the sentence with the verb and then the subject after it ("For det betalte OpenAI 3,648 mrd."):
# "det" followed by a word and a name is the pronoun, not the article ("for det tredje kvartalet").
METRIC_BACK_REFERENCE = [r"\b(?:på|til|for)\s+(?:det|dette|dem)\b(?!\s+(?!(?:i|gjennom)\s)[a-zæøå])",
                         r"^\W*(?:på|for)\s+det\s+(?=[a-zæøå]+\s+(?-i:[A-ZÆØÅ]))",
                         r"\bkost(?:a|et|er)\s+(?:det|dette)\b"]  # "Det heter inferens. … kosta det 8,67 milliarder"

PERIOD_ANAPHORA = [
    "samme år", "det samme året",
    "de to periodene", "disse periodene", "de samme periodene",
    "i samme periode", "samme periode", "denne perioden", "den perioden", "i perioden",
    "samme tidsrom", "de samme ni månedene", "disse seks månedene", "samme kvartal", "i dette kvartalet", "samme halvår", "det samme halvåret", "samme halvåret",
    "i det kvartalet",
]
ANAPHOR_UNITS = {"halvår": 6, "kvartal": 3, "år": 12, "seks måned": 6, "ni måned": 9}  # "det kvartalet" peker tilbake på et kvartal, ikke et år
SAME_SPAN_WORDS = ["samme periode", "samme tidsrom", "de samme månedene"]  # "i fjor var det i samme periode 326 mill.": det årets samme måneder
ENTITY_ANAPHORA = ["selskapet", "selskapets", "firmaet", "firmaets", "konsernet", "konsernets", "laboratoriet"]

# Compounds are written as one word ("Inferenzkosten"): metric stems match inside words.
COMPOUNDS = True
# Words that contain a metric stem but are not about the metric.
METRIC_NOT = ["beslutning", "avslutning", "tilslutning", "slutningen", "interessent", "tapet"]
METRIC_WORDS = {
    "inntekt": "revenue", "inntekter": "revenue", "omsetning": "revenue", "omsatte": "revenue", "omsatt": "revenue",
    "salgsinntekt": "revenue",
    "inferens": "inference_cost", "slutning": "inference_cost", "inferenskostnad": "inference_cost",
    "inntektsdeling": "revenue_share", "inntektsdelings": "revenue_share",
    "opplæring": "training_cost", "treningskostnad": "training_cost",
    "datakraft": "compute_spend", "regnekraft": "compute_spend",
    "kapitalutgift": "capex", "investering": "capex",
    "eierandel": "equity_stake", "eierskap": "equity_stake",
    "forpliktelse": "compute_commitment",
    "verdsettelse": "valuation", "verdsatt": "valuation", "investert i": "funding", "børsverdi": "valuation",
    "finansiering": "funding", "kapitalinnhenting": "funding",
    "tap": "net_loss", "underskudd": "net_loss", "nettotap": "net_loss",
    "driftstap": "operating_loss", "driftsunderskudd": "operating_loss",
    "annualisert": "annualized_revenue", "omsetningstakt": "annualized_revenue", "inntektstakt": "annualized_revenue",
}
METRIC_PHRASES = {
    "kostnad på inntekter": "cost_of_revenue", "kostnad på inntekt": "cost_of_revenue",
    "kostnader på inntekter": "cost_of_revenue", "kostnadene på inntektene": "cost_of_revenue",
    "varekostnad": "cost_of_revenue", "inntektskostnad": "cost_of_revenue",
    "underforståtte inntekter": "revenue", "implisitte inntekter": "revenue",
    "årlig inntektstakt": "annualized_revenue", "annualisert inntekt": "annualized_revenue",
    "årlig takt": "annualized_revenue",
    "kjøpe for": "compute_commitment",
    "eier": "equity_stake", "eig": "equity_stake", "verdsatt til": "valuation", "verdsett til": "valuation", "forpliktet": "compute_commitment",
    "kjøre modellene": "inference_cost", "drive modellene": "inference_cost", "køyre modellane": "inference_cost",
    "kjøre modellane": "inference_cost", "drive modellane": "inference_cost",
    "kostnad for inntekter": "cost_of_revenue", "kostnader for inntekter": "cost_of_revenue",
    "kostnad for inntekt": "cost_of_revenue",
    "kostnader knyttet til inntektene": "cost_of_revenue", "kostnadene knyttet til inntektene": "cost_of_revenue",
    "kostnader knyttet til inntekter": "cost_of_revenue", "inntektsrelaterte kostnader": "cost_of_revenue",
    "cost of revenue": "cost_of_revenue",  # (the English term, often in quotes: «cost of revenue»)
"markedsverdi": "valuation", "hentet": "funding", "hentet inn": "funding",
}
# Words before a company that acts on a figure rather than owning it.
AGENT_WORDS = ["til", "av", "ledet av", "med"]
# What a change is measured against, relative to the claim's own period.
BASIS_RELATIVE = {"q/q": "quarter", "foregående kvartal": "quarter", "kvartalet forut": "quarter", "qoq": "quarter", "y/y": "year", "yoy": "year", "kvartalet før": "quarter", "forrige kvartal": "quarter", "året før": "year", "fra år til år": "year", "samme kvartal året før": "year", "samme periode året før": "year", "samme periode i fjor": "year", "ett år tidligere": "year", "et år tidligere": "year", "ett år før": "year", "et år før": "year"}
BASIS_WORDS = ["fra", "sammenlignet med", "mot", "enn", "i forhold til", "etter", "nivået i", "nivået", "enn i", "enn i hele", "enn i løpet av", "som i", "som i hele"]
FROM_LEVEL = ["fra", "mot", "etter", "sammenlignet med"]  # "opp fra 1,3 mrd.": the level a change is from
NOT_ORGANISATIONS = ["AI", "KI", "USA", "EU", "GPU", "I", "Ifølge", "De", "Det", "Den", "En", "Et", "Som", "Men", "Og", "For"]
CAPITALISED_NOUNS = False
OTHER_METRICS = ["investert", "investerte", "kontantforbruk", "brente", "bruttomargin", "margin", "brukere", "ansatte", "gpu-er", "brikker", "kunder", "abonnenter",
                 "markedsandel", "aksjekurs", "i banken", "på konto", "i kontanter", "kontantbeholdning"]
# Verbs that say what a thing amounts to: a relative clause with one is about the word it hangs on ("OpenAI's
# revenue, which in 2024 was at least $2.47 billion"), not one with another verb ("…, which brought it $411 million").
COPULAS = ["var", "er", "utgjorde", "lå på", "endte på"]
RELATIVE_WORDS = ["hvis", "som"]
# Words that open a clause saying when, after a comma: the period named right before it is the time of the
# figure in that clause ("… fell in the fourth quarter, when it spent $1.467 billion").
TIME_CLAUSE_WORDS = ["da", "når"]
# Words for a payment made: a figure they name is paid, not received ("The payments went from $186 million …"
# after the revenue floor they imply): it takes the metric of the last payment before it, not of the revenue.
PAYMENT_NOUNS = ["betalingene", "betalinger", "betalingen", "utbetalingene", "utbetalinger", "utbetalingen"]
RECEIPT_VERBS = ["mottok", "fikk inn", "håvet inn", "kasserte inn", "kasserte"]  # the payee's side of a payment
GENERIC_COST_WORDS = ["kostnad", "kostnader", "kostnadene", "forbruk", "forbruket", "utgift", "utgifter",
                      "brukte", "regning", "regningen"]
# Words for a share that say what it is a share of only through the text around them: "its
# share is 20 per cent" after a sentence on the revenue-sharing deal is that deal's rate. The
# value is the metric when nothing nearby says (None: no metric).
GENERIC_SHARE_WORDS = {"andel": None, "andelen": None, "andelene": None}
STAKE_WORDS = ["i"]  # "andelen i OpenAI"

DATE_PATTERNS = [
    r"\b\d{1,2}\.\s*{MONTH}\b",
    r"\b\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}\b",
]
CLAUSE_BREAKS = [" at ", ", mens", "; ", ", og ", ", men ", " mens ", " og sikret ", " og ", " som "]
DEMONSTRATIVE_BREAKS: dict = {}  # (" at " is only the conjunction)
# A break word after a preposition is a pronoun: "$411 million of that was just the third quarter"
PRONOUN_BREAKS: dict = {}
# The word that ends a list, of figures or of what they are: "inferenskostnadene og betalingene steg til 3,648 milliarder og 411 millioner dollar", one each in turn.
LIST_AND = ["og"]
COORDINATORS = ["og", "men", "mens"]  # a clause joined on with these has a subject of its own

# --- Spelled-out numbers (read by claims/number_words.py) -------------------
# "en"/"ett" are also the article: a lone spelled-out number is only ever a
# plain number (role "words"), never a claim.
NUMBER_UNITS = {
    "null": 0, "en": 1, "én": 1, "ett": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "sju": 7, "syv": 7, "åtte": 8, "ni": 9,
}
NUMBER_TEENS = {
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
    "sytten": 17, "søtten": 17, "atten": 18, "nitten": 19,
}
NUMBER_TENS = {
    "tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50, "seksti": 60,
    "sytti": 70, "søtti": 70, "åtti": 80, "nitti": 90,
}
NUMBER_HUNDREDS = {"hundre": 100}
# Long scale: billion = 10^12.
NUMBER_SCALES = {
    "tusen": 1e3, "million": 1e6, "millioner": 1e6, "milliard": 1e9, "milliarder": 1e9,
    "billion": 1e12, "billioner": 1e12, "billiard": 1e15, "billiarder": 1e15, "trillion": 1e18,
    "trillioner": 1e18, "trilliard": 1e21, "trilliarder": 1e21, "kvadrillion": 1e24, "kvadrillioner": 1e24,
    "kvadrilliard": 1e27, "kvadrilliarder": 1e27, "dusin": 12,
}
NUMBER_ARTICLES: list = []
NUMBER_AND = ["og"]
NUMBER_POINT = ["komma"]
NUMBER_SPOKEN_ZERO = []  # a zero among spoken decimals: "five point oh two"
NUMBER_MINUS = ["minus", "negativ"]
NUMBER_FRACTIONS = {"halv": 2, "halve": 2, "tredjedel": 3, "tredjedeler": 3, "kvart": 4, "fjerdedel": 4,
                    "fjerdedeler": 4, "femtedel": 5, "femtedeler": 5, "sjettedel": 6, "sjettedeler": 6, "åttendedel": 8,
                    "åttendedeler": 8, "tiendedel": 10, "tiendedeler": 10}
NUMBER_COMPOUND_ORDINALS: dict = {}
NUMBER_FRACTION_WORDS: dict = {}
ONE_IS_PRONOUN_AFTER: list = []
RANGE_WORDS = ["til"]
RANGE_BETWEEN = ["mellom"]
# Percent written before its number ("percent of 10").
PERCENT_PREFIXES: list = []
RANGE_FROM = ["fra"]
# Denominators only "a"/"one" takes: "two millionth" is an ordinal, not 2e-6.
NUMBER_FRACTIONS_SINGULAR: list = []
NUMBER_PLUS_HALF: dict = {}
NUMBER_PHRASES = {"et par": 2, "halvannen": 1.5, "halvannet": 1.5,
                  # (maskinoversatt: "en femte del av inntekten" for "en femtedel")
                  "en tredje del": 1 / 3, "en fjerde del": 0.25, "en femte del": 0.2, "en tiende del": 0.1}
COUNT_SCALES = {"hundre": 100, "dusin": 12}
METRIC_SUFFIXES = {"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9}
# Words that may follow an amount in shorthand ("8.67b for 1Q-3Q25"); any other word makes it a count ("38k pageviews").
SHORTHAND_AMOUNT_AFTER = ["for", "i", "siden", "og", "mot", "ikke", "på", "fra", "til", "av", "men", "eller", "over"]

# --- Money words beyond CURRENCIES (read by the number finder) --------------
CURRENCY_ADJECTIVES = {
    "norske": "NOK", "norsk": "NOK", "svenske": "SEK", "svensk": "SEK", "danske": "DKK", "dansk": "DKK",
    "amerikanske": "USD", "australske": "AUD", "kanadiske": "CAD", "canadiske": "CAD", "sveitsiske": "CHF",
    "kinesiske": "CNY", "kinesisk": "CNY", "tsjekkiske": "CZK", "indiske": "INR", "indisk": "INR",
    "japanske": "JPY", "pakistanske": "PKR", "pakistansk": "PKR", "polske": "PLN", "singapore": "SGD",
    "singaporske": "SGD", "thai": "THB", "thailand": "THB", "thailandske": "THB", "sørafrikanske": "ZAR",
    "sør-afrikanske": "ZAR", "hong kong": "HKD", "new zealand": "NZD", "new zealandske": "NZD", "nz": "NZD",
    "britiske": "GBP",
}
CURRENCY_NOUNS = {
    "kronor": "SEK", "kroner": "NOK", "krone": "NOK", "francs": "CHF", "franc": "CHF", "yuan": "CNY",
    "renminbi": "CNY", "koruna": "CZK", "rupi": "INR", "rupier": "INR", "rupee": "INR", "rupees": "INR",
    "euros": "EUR", "zloty": "PLN", "sloty": "PLN", "baht": "THB", "bhat": "THB", "rand": "ZAR", "rs.": "INR", "rs": "INR",
}
MINOR_UNITS = {
    "øre": "NOK", "ører": "NOK", "öre": "SEK", "örer": "SEK", "cent": None, "cents": None, "c": None,
    "¢": None, "pence": "GBP", "penny": "GBP", "pennies": "GBP", "p": "GBP", "fen": "CNY", "haleru": "CZK",
    "groszy": "PLN", "paise": "INR", "paisa": "INR", "centesimo": None, "centesimi": None, "centime": None,
    "centimes": None, "ct": None, "rap": "CHF", "rappen": "CHF", "rappens": "CHF", "rp": "CHF", "satang": "THB",
}
