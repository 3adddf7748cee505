"""English: words and patterns only. The code that uses them is in claims/."""

CODE = "en"

# Frequent function words, for telling the three languages apart.
STOP_WORDS = {
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "by",
    "are", "this", "from", "at", "its", "which", "has", "have", "be", "but", "not", "were", "than",
    "an", "or", "their", "will", "would", "been", "also", "said", "more", "about",
}

DECIMAL = "."
GROUP = [","]

# Scale words written after a number.
SCALES = {
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "thousand": 1e3, "thousands": 1e3,
}
# One-letter scales ("$4.3B", "$250m") count only when a currency is written too.
SHORT_SCALES = {"t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3}

# Currency words (before or after the number).
CURRENCIES = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "bucks": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "pound": "GBP", "norwegian kroner": "NOK", "kroner": "NOK", "krone": "NOK", "yen": "JPY",
    "swiss francs": "CHF", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
}
PERCENT_WORDS = ["percentage points", "percent", "per cent", "pct", "percentage point"]

# Qualifier written before a number -> bound (shared/CONTRACT.md).
QUALIFIERS = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "circa": "approx", "ca": "approx", "an estimated": "approx", "estimated": "approx",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just shy of": "nearly",
    "over": "gt", "more than": "gt", "above": "gt", "in excess of": "gt", "upwards of": "gt",
    "well over": "gt", "well more than": "gt", "exceeding": "gt", "exceeded": "gt", "north of": "gt",
    "at least": "gte", "a minimum of": "gte", "minimum of": "gte", "no less than": "gte",
    "under": "lt", "less than": "lt", "below": "lt", "fewer than": "lt", "just under": "lt",
    "at most": "lte", "up to": "lte", "no more than": "lte", "a maximum of": "lte", "maximum of": "lte",
}
# Words inside a metric word or header that make the figure a bound.
BOUND_WORDS = {"minimum": "gte", "at least": "gte", "maximum": "lte"}

# A percentage preceded or followed by these is a change, not a share.
GROWTH_BEFORE = [
    "up", "down", "rose", "rise of", "rising", "grew", "growth of", "increase of", "increased",
    "jump of", "jumped", "gain of", "climbed", "fell", "dropped", "decline of", "declined", "an increase of",
]
GROWTH_AFTER = ["year over year", "year-over-year", "year on year", "yoy", "growth", "increase", "rise"]

# Ratios written in words: value of the multiple.
RATIO_WORDS = {
    "twice": 2.0, "double": 2.0, "doubled": 2.0, "triple": 3.0, "tripled": 3.0, "threefold": 3.0,
    "three times": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0, "half": 0.5,
}
RATIO_SUFFIXES = ["times", "x", "×", "fold"]

# Number words for counts and periods ("first nine months").
COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Period phrases. {YEAR} {MONTH} {MONTH2} {NUM} {ORD} are filled from the lists above;
# each pattern names the shape of period it gives.
PERIODS = [
    (r"\b(?:the\s+)?first\s+{NUM}\s+quarters\s+(?:of\s+)?(?:fiscal\s+)?{YEAR}", "first_quarters"),
    (r"\bQ1\s*[-–—]\s*Q(?P<q2>[1-4])\s*(?:of\s+)?{YEAR}", "first_quarters_q"),
    (r"\b(?:the\s+)?first\s+{NUM}\s+months\s+(?:of\s+)?{YEAR}", "first_months"),
    (r"\b{NUM}\s+months\s+(?:of|into)\s+{YEAR}", "first_months"),
    (r"\b(?:the\s+)?{ORD}\s+quarter\s+(?:of\s+)?{YEAR}", "quarter"),
    (r"\bQ(?P<ord>[1-4])\s*(?:of\s+)?'?{YEAR}", "quarter"),
    (r"\b{YEAR}\s*Q(?P<ord>[1-4])\b", "quarter"),
    (r"\b(?:the\s+)?{ORD}\s+half\s+(?:of\s+)?{YEAR}", "half"),
    (r"\bH(?P<ord>[12])\s*(?:of\s+)?{YEAR}", "half"),
    (r"\b{MONTH}\s+(?:to|through|until|-|–)\s+{MONTH2}\s+(?:of\s+)?{YEAR}", "month_range"),
    (r"\b(?:by|at|until)\s+(?:the\s+)?end\s+of\s+{YEAR}", "year_end"),
    (r"\b(?:by\s+)?year-end\s+{YEAR}", "year_end"),
    (r"\b(?:in|during|for|of)\s+{MONTH}\s+(?:of\s+)?{YEAR}", "month"),
    (r"\b{MONTH}\s+{YEAR}", "month"),
    (r"\b(?:calendar|fiscal|financial)\s+year\s+{YEAR}", "year"),
    (r"\b(?:in|for|during|throughout|of|all\s+of|across)\s+(?:the\s+(?:whole|full|entire)\s+(?:year\s+)?)?{YEAR}\b", "year"),
    (r"\b(?:full[- ]year|whole[- ]year)\s+{YEAR}", "year"),
    (r"\b{YEAR}\s+(?=(?:revenue|sales|costs?|spending|loss|capex|inference|results?)\b)", "year"),
    (r"\b(?:in\s+)?(?:the\s+)?(?:last|latest|most\s+recent|past|previous)\s+quarter\b", "last_quarter"),
    (r"\b(?:last|previous)\s+year\b", "last_year"),
]

# Words that point back to a period named earlier ("in the same period").
PERIOD_ANAPHORA = [
    "the same period", "that period", "this period", "the period", "the same nine months",
    "those six months", "those nine months", "the same quarter", "that quarter", "the same six months",
    "over the same time", "the same timeframe",
]
# Words that point back to a company named earlier.
ENTITY_ANAPHORA = ["the company", "the firm", "the group", "the startup", "the lab", "its"]

# Metric words: a stem matches a token that starts with it (and, for compounds,
# contains it); phrases are matched word by word. Longest match wins.
# Compounds are written as one word ("Inferenzkosten"): metric stems match inside words.
COMPOUNDS = False
# Words that contain a metric stem but are not about the metric.
METRIC_NOT = ["mistake", "almost", "glossary", "stakeholder"]
METRIC_WORDS = {
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
    "annualized": "annualized_revenue", "annualised": "annualized_revenue",
    "inference": "inference_cost", "capex": "capex", "stake": "equity_stake",
    "valuation": "valuation", "valued": "valuation", "funding": "funding", "raised": "funding",
    "loss": "net_loss", "losses": "net_loss", "lost": "net_loss",
}
METRIC_PHRASES = {
    "cost of revenue": "cost_of_revenue", "costs of revenue": "cost_of_revenue",
    "cost of sales": "cost_of_revenue", "cost of goods sold": "cost_of_revenue",
    "revenue share": "revenue_share", "revenue-share": "revenue_share", "revenue sharing": "revenue_share",
    "run rate": "annualized_revenue", "run-rate": "annualized_revenue", "annual recurring revenue": "annualized_revenue",
    "annualized revenue": "annualized_revenue", "annualised revenue": "annualized_revenue",
    "implied revenue": "revenue", "minimum revenue": "revenue",
    "training costs": "training_cost", "training cost": "training_cost", "spent on training": "training_cost",
    "compute spend": "compute_spend", "compute costs": "compute_spend", "cloud spending": "compute_spend",
    "spent on compute": "compute_spend",
    "net loss": "net_loss", "operating loss": "operating_loss", "operating losses": "operating_loss",
    "capital expenditure": "capex", "capital expenditures": "capex", "capital spending": "capex",
    "equity stake": "equity_stake", "ownership stake": "equity_stake",
    "commitment": "compute_commitment", "committed to": "compute_commitment", "commit to": "compute_commitment",
    "compute commitments": "compute_commitment",
    "funding round": "funding",
}
# Words for spending in general: they take the specific cost named nearby.
GENERIC_COST_WORDS = ["costs", "cost", "spending", "spend", "spent", "expenses", "expenditure", "outlay", "bill"]

# Dates: "12 November", "November 12, 2025".
DATE_PATTERNS = [
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+{MONTH}\b",
    r"\b{MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b",
]
# Words that mark the end of a clause, for reading who a number belongs to.
CLAUSE_BREAKS = [", while", ", whereas", "; ", ", and ", ", but ", " which ", " while "]
