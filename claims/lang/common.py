"""Words and symbols shared by every language: currency symbols and ISO codes,
the percent sign, the things that look like numbers but are names."""

# Currency symbols and codes written before or after a number.
CURRENCY_SYMBOLS = {
    "US$": "USD", "US‑$": "USD", "US-$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "CHF": "CHF", "Fr.": "CHF",
}
ISO_CODES = [
    "USD", "EUR", "GBP", "NOK", "SEK", "DKK", "JPY", "CHF", "CNY", "INR", "CAD", "AUD", "HKD",
    "KRW", "BRL", "RUB", "MXN", "ZAR", "PLN", "SGD", "NZD", "TRY",
]
PERCENT_SIGNS = ["%", "％", "‰"]
# A sign right before a figure that bounds it ("≥ $4.33bn", "> $8.6bn", "~24%"); longest first.
SIGN_QUALIFIERS = {">=": "gte", "<=": "lte", "≥": "gte", "≤": "lte", ">": "gt", "<": "lt", "~": "approx", "≈": "approx"}

# --- More currency signs and codes (read by the number finder) --------------
# Dollar signs with a country mark, and signs of other currencies.
MORE_CURRENCY_SYMBOLS = {
    "C$": "CAD", "c $": "CAD", "CA$": "CAD", "cad$": "CAD", "A$": "AUD", "AU$": "AUD", "aud$": "AUD",
    "HK$": "HKD", "hk $": "HKD", "NZ$": "NZD", "nzd$": "NZD", "us $": "USD", "u.s $": "USD", "u.s. $": "USD",
    "usd$": "USD", "Mex$": "MXN", "MX$": "MXN", "mxn$": "MXN", "S$": "SGD", "€ur": "EUR", "₡": "CRC",
    "₾": "GEL", "₭": "LAK", "元": "CNY", "ரூ": "LKR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS",
    "₿": "XBT", "฿": "THB", "zł": "PLN", "Kč": "CZK",
}
# Codes also read in lower case after or before a number ("10 rmb 20 usd").
LOWERCASE_CODES = ["usd", "eur", "gbp", "nok", "sek", "dkk", "jpy", "chf", "cny", "rmb"]
# Codes with a scale letter in front, as in trade press ("30 MUSD", "MEUR 120").
SCALED_CODES = {"MUSD": ("USD", 1e6), "MEUR": ("EUR", 1e6), "MGBP": ("GBP", 1e6), "MAUD": ("AUD", 1e6),
                "MNOK": ("NOK", 1e6), "MSEK": ("SEK", 1e6), "MCHF": ("CHF", 1e6), "KUSD": ("USD", 1e3),
                "KEUR": ("EUR", 1e3)}
# ISO 4217 codes read only in capitals (so "try" and "all" stay words).
MORE_ISO_CODES = [
    "KWD", "LBP", "EGP", "QAR", "SAR", "AED", "BGN", "MYR", "ILS", "MNT", "UAH", "CZK", "PKR", "THB",
    "KHR", "CRC", "GEL", "LAK", "LKR", "HUF", "RON", "ISK", "IDR", "VND", "TWD", "NGN", "KES",
]

# Letters-plus-number names that are products, not quantities (GPT-5, H100, Windows 11).
# Analysts' period shorthand, the same in every language: "Q3/25", "Q3'25", "3Q25", "H1'25", "1H 2025",
# "9M'25" (the first nine months), "FY24", "FQ1'26" (fiscal: the company's year), "Jul'24–Jun'25".
# {YY} is a year in two digits (20YY). Read before the language's own patterns.
SHORTHAND_FISCAL_PERIODS = [
    (r"\bFQ(?P<ord>[1-4])\s?(?:{YEAR}|{YY})", "fiscal_quarter"),
    (r"\bFY\s?{YY}", "fiscal_year"),
]
SHORTHAND_PERIODS = [
    # two quarters in a row added up: "(Q1 + Q2 2024)", "Q2 & Q3 2025"
    (r"\bQ(?P<ord>[1-4])\s?[+&]\s?Q(?P<ord2>[1-4])\s?(?:{YEAR}|['’]?{YY})", "quarter_pair"),
    # a run of quarters: "1-3Q25", "1Q-3Q25", "Q1-Q3'25" (the analyst's nine months)
    (r"\b(?P<ord>[1-4])Q?\s?[-–]\s?(?P<ord2>[1-4])Q\s?['’]?(?:{YEAR}|{YY})\b", "quarter_range"),
    (r"\bQ(?P<ord>[1-4])\s?[-–]\s?Q(?P<ord2>[1-4])\s?['’/]\s?(?:{YEAR}|{YY})\b", "quarter_range"),
    # a calendar year set against a fiscal one: "CY24", "CY2024"
    (r"\bCY\s?['’]?(?:{YEAR}|{YY})\b", "year"),
    (r"\bQ(?P<ord>[1-4])[/'’-](?:{YEAR}|{YY})(?!\s?(?:%|per\s?cent|prozent|prosent))", "quarter"),
    (r"\b(?P<ord>[1-4])Q\s?(?:{YEAR}|{YY})", "quarter"),
    (r"\bH(?P<ord>[12])[/'’-](?:{YEAR}|{YY})(?!\s?(?:%|per\s?cent|prozent|prosent))", "half"),
    (r"\b(?P<ord>[12])H\s?(?:{YEAR}|{YY})", "half"),
    (r"\b(?P<num>[1-9]|1[01])M(?:\s?|[/-])(?:{YEAR}|{YY})", "first_months"),  # "9M'25", "9M/25", "9M 2025"
    (r"\b{MONTH}\.?['’](?P<yy>\d{2})\s?[-–—]\s?{MONTH2}\.?['’](?P<yy2>\d{2})(?![\d'’])", "month_year_range"),
    # an ISO 8601 interval of whole months: "2024-01-01/2024-09-30" (the last day checked in claims.periods)
    (r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<nmonth>0[1-9]|1[0-2])-01/(?P<year2>(?:19|20)\d{2})-(?P<nmonth2>0[1-9]|1[0-2])-{DAY2}"
     r"(?![\d/])", "month_year_range"),
    # whole months as dates in figures: "01.01.–30.09.2025", "01.07.2024–30.06.2025" (the last day checked in claims.periods)
    (r"(?<![\d.])0?1\.(?P<nmonth>0?[1-9]|1[0-2])\.(?:(?P<year>(?:19|20)\d{2}))?[ \t]?[-–—][ \t]?{DAY2}\.(?P<nmonth2>0?[1-9]|1[0-2])\."
     r"(?P<year2>(?:19|20)\d{2})(?!\d)", "month_year_range"),
    # a year as a label before its figure, as on a chart or a graphic: "| 2024: $3.77 BILLION |"
    # (opening a line or a cell, so not the year of "JAN-SEP 2025: $8.67 BILLION")
    (r"(?m)(?:^|(?<=[|;(•] )|(?<=[|;(•]))(?P<year>(?:19|20)\d{2}):(?=[ \t]{0,3}[$€£]?[ \t]?\d)", "year"),
]

# A quarter's code with no year ("bill in Q3.", "3Q INFERENCE BILL", "fra Q2 til Q3"): read after every other
# pattern, like "the third quarter" (its year from the period before or the publication date); not a
# question's number opening a line ("Q1. Whose leaked documents …").
SHORTHAND_NOYEAR = [
    # (and "Q2's $2.947B": the quarter's, with a possessive)
    (r"(?m)(?<![\w/.-])(?:(?<!^)|(?!Q[1-4]\.[ \t]))Q(?P<ord>[1-4])(?![\w/-])(?!['’](?!s\b))(?!\s*(?:of\s+)?(?:19|20)\d{2})",
     "quarter_noyear"),
    (r"(?<![\w/.-])(?P<ord>[1-4])Q(?![\w/'’-])(?!\s*(?:of\s+)?(?:19|20)\d{2})", "quarter_noyear"),
]

MODEL_NAME_PATTERNS = [
    r"\b(?:GPT|GPT-o|o|Llama|Gemini|Claude|Grok|Mistral|Windows|iPhone|Pixel|Galaxy|Xbox|PS|"
    r"Copilot|DALL-E|DALL·E|Sora|Qwen|DeepSeek-[RV]|Phi|Stargate)[- ]?\d+(?:\.\d+)?[a-z]?\b",
    r"\b[A-Z]{1,3}\d{2,4}[A-Z]?\b",
]

# Publication lines the same in every language, read after the language's own: a forum post's or a comment's
# header, its fields parted by bars, the date with a two-digit year and a time ("#41 | Börsenfuchs_61 |
# 13.11.25, 08:57 | Beiträge: 12.408"): the thread's first post dates the page as well as any line can.
DATELINE_PATTERNS = [
    r"(?m)^[^\n|]{1,40}\|[^\n|]{1,40}\|[ \t]*(?P<day>\d{1,2})\.(?P<nmonth>0?[1-9]|1[0-2])\.(?:(?P<year>20\d{2})|(?P<yy>\d{2})),?"
    r"[ \t]+\d{1,2}:\d{2}",
]

# Abbreviations of a period word that a year follows ("1.–3. kv. 2025", "2. Hj. 2024"): their full stop
# does not end the sentence.
PERIOD_ABBREVIATIONS = ["kv.", "kvt.", "Hj.", "Qu.", "Quart.", "qtr."]
# A company name's abbreviated suffix: its full stop does not end the sentence when a bracket follows ("im Geschäftsjahr
# 2025 der Microsoft Corp. (Juli 2024 bis Juni 2025) waren es …").
COMPANY_ABBREVIATIONS = ["Corp.", "Inc.", "Ltd.", "Co.", "Bros.", "Cie."]
# Capitalised scale words that may follow a decimal at a line's start ("3.2 Milliarden" run on from the line before):
# such a line is no numbered section ("3.3 OpenAI betaler …").
CAPITALISED_SCALE_STARTS = ["Mrd", "Mio", "Mill", "Bill", "Tsd", "Tausend"]
