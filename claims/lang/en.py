"""English: words and patterns only. The code that uses them is in claims/."""

CODE = "en"

# Frequent function words, for telling the three languages apart.
STOP_WORDS = {
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "by",
    "are", "this", "from", "at", "its", "which", "has", "have", "be", "but", "not", "were", "than",
    "an", "or", "their", "will", "would", "been", "also", "said", "more", "about",
}

DECIMAL = "."
GROUP = [",", " ", "\u00a0", "\u202f"]  # "1 234 567" is grouped too

# Scale words written after a number.
SCALES = {
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "thousand": 1e3, "thousands": 1e3,
    # Indian English (number finder).
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
    "crore": 1e7, "crores": 1e7, "tln": 1e12,
}
# One-letter scales ("$4.3B", "$250m") count only when a currency is written too.
SHORT_SCALES = {"t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3, "mm": 1e6}  # "$547mm": finance's millions

# Currency words (before or after the number).
CURRENCIES = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "bucks": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "pound": "GBP", "norwegian kroner": "NOK", "kroner": "NOK", "krone": "NOK", "yen": "JPY",
    "swiss francs": "CHF", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
}
# Currency words that carry a scale: an amount before one is in thousands ("493.800 T USD").
SCALED_CURRENCIES: dict = {}
PERCENT_WORDS = ["percentage points", "percent", "per cent", "pct", "percentage point", "percentage", "percents"]

# Qualifier written before a number -> bound (shared/CONTRACT.md).
# Words that turn a qualifier after them over ("not below": at least).
NEGATIONS = ["not", "never", "cannot", "couldn", "wasn", "isn", "didn", "doesn", "hasn", "haven"]
NOT_ONLY = ["only", "just", "merely"]
# What makes a figure something other than the level the data give, so that it is never flagged
# as contradicting them (claims.normalize `caution`): a change written before it ("rose by
# $701 million"), a rate per month or day after it, a plan, expectation or hypothesis in its
# clause, a part of the revenue ("API revenue"), several periods added up.
CHANGE_BEFORE = ["rose by", "grew by", "increased by", "climbed by", "jumped by", "fell by", "dropped by", "declined by",
                 "up by", "down by", "an increase of", "a rise of", "a jump of", "a drop of", "a fall of", "rose", "grew",
                 "increased", "climbed", "jumped", "fell", "dropped", "declined", "up", "down"]
PER_TIME_AFTER = ["a month", "per month", "each month", "a day", "per day", "each day", "a week", "per week"]
PER_UNIT = ["per weekly user", "per active user", "per chatgpt user", "per paying user", "per subscriber", "per customer", "for every dollar", "for each dollar", "per dollar", "for every user", "per user", "per query", "per prompt", "per euro", "per pound", "per krone", "to the dollar", "to the euro", "per usd", "per eur", "per us dollar"]  # "for every dollar Microsoft got, OpenAI paid over seven": an amount per unit, not a total
# A company's own total ("well under 1% of group revenue"): a per cent of it is not the share of another's revenue.
GROUP_REVENUE_WORDS = ["group revenue", "group revenues", "group sales", "group turnover", "consolidated revenue"]
# Words in a key figure's label ("Avg. quarterly …", "… Q3 2025 vs Q3 2024") that make it no period's level.
LEADER_NOT_LEVEL = ["avg", "avg.", "vs", "vs.", "versus", "change", "growth", "per", "each", "share of", "share price", "price", "closing price", "exchange rate"]
CHANGE_HEADINGS = ["change", "growth", "increase", "rise", "% change", "y/y", "q/q", "yoy", "qoq", "on previous", "over previous"]  # a column or chart of changes, not levels
# A table row opening with one of these is a part of the row before ("davon 3. Quartal 2025"): its metric.
PART_OF_ROW = ["thereof", "incl", "including", "of which"]
NOT_A_TOTAL = ["average", "averaged", "averages", "on average", "cumulative", "cumulatively", "running total", "gross", "before netting"]  # an average, a running total, a gross amount: not the level the data give
OTHER_COSTS = ["training", "compensation", "payroll", "salaries", "marketing", "excluding", "combined", "total compute", "research", "staff"]  # in the figure's clause: a cost other than the inference bill ("training compute")
KEEP_WORDS = ["keeps", "kept", "retains", "retained"]  # "OpenAI keeps 80 per cent": the complement of the share paid
PER_QUARTER = ["quarterly", "each quarter", "every quarter", "in any quarter", "in any one quarter"]  # "the quarterly bill never exceeded $4bn in the first nine months"
ROUNDING_BEFORE = ["to the nearest", "rounded to the nearest", "rounded to"]  # "to the nearest ten million": a rounding's step, not an amount
# Two periods as the ends of a stretch ("From the first quarter of 2024 to the third quarter of 2025"): a level figure after them is for the whole
# stretch; a change or a multiple is measured from the first to the second.
SPAN_FROM = ["from", "between"]
QUARTER_NOUNS = ["quarter"]  # "from the second to the third quarter", "fra andre til tredje kvartal"
# ... but a figure the stretch climbs to is its end's level: "From Q1 2024 to Q3 2025 the bill climbed, reaching $3.65bn"
STRETCH_END_WORDS = ["to", "reaching", "reached", "hitting", "peaking at", "ending at", "ended at", "ending the stretch at"]
SPAN_TO = ["to", "through", "until", "and", "and the end of", "to the end of", "through the end of", "until the end of",
           "and the end", "to the end", "through the end", "until the end"]  # ("the end of September": "of" may open the month)
STRETCH_COMPARISONS = ["largest", "biggest", "highest", "lowest", "smallest", "record", "peak", "peaked", "peaking", "highest ever"]  # "the largest of any quarter between …": a stretch compared over
GROWTH_BASIS_BEFORE = ["on", "over", "than", "than in"]  # "up 41% on the final quarter of 2024": what a change is measured on
COMPARED_LINKS = ["when", "in which", "with"]  # "… than in all of 2024, when it spent $3.77 billion": the figure is the compared period's
APPOSITION_BREAKS = ["from", "to", "at", "with", "of", "by"]  # not in apposition: "Microsoft's revenue from its partner, OpenAI,"
LEVEL_AFTER_CHANGE = ["to"]  # "had tripled to $1.47bn": the level a change reached
PERIOD_PREPOSITIONS = ["in", "over", "during", "for", "throughout", "across"]  # "over Microsoft's fiscal 2025": a period, not the owner
ARTICLES = ["the"]  # may come between a preposition and its noun ("from the first quarter")
ROLE_NOUNS = ["partner", "supplier", "provider", "rival", "competitor", "investor", "backer", "customer", "client", "landlord", "chipmaker"]  # "OpenAI's cloud partner CoreWeave reported …": a role, then the company that acts
CONTRAST_WORDS = ["whereas", "while", "but"]  # "…, whereas Anthropic, which …, paid about $1bn": the company after these is the next clause's subject
CORRECTION_AFTER = ["but", "rather", "instead"]  # "not $5 billion, as rumoured, but $3.65 billion": the figure denied, then the right one
SPEND_VERBS = ["paid", "pays", "has paid", "spent", "spends", "has spent"]  # "the roughly $1bn Anthropic paid Amazon": whose the figure is
OBJECT_RELATIVES = ["that", "which"]  # "the $1bn that Anthropic paid"
PERCENT_OF_IT = ["of it", "of that", "of this", "of which"]  # "made up about 0.5 per cent of it": of a figure named before
# Abbreviations whose full stop never ends a sentence ("im 1.-3. Qu. 2025 insg. 8,67 Mrd.", teletext and tables).
ABBREVIATIONS = ["approx.", "incl.", "excl.", "est.", "avg.", "approx", "vs."]
OF_WORDS = ["of"]  # "0.5 per cent of Microsoft's revenue"
# The words after a fraction that make it a share ("a fifth of OpenAI's revenue").
FRACTION_OF = OF_WORDS
HEAD_LINKS = ["at", "worth"]  # a noun, one of these (or OF_WORDS), its figure: "a bill of $3.65 billion", "en regning på 3,65 mrd."
# A sentence opening with one of these is a condition, and all its figures a hypothesis.
CONDITIONAL_OPENERS = ["had", "were", "suppose", "supposing"]  # not "if": "If you divide …, at least $2bn" is arithmetic
# A counterfactual in mid-sentence: one of these verbs after one of these conditions before the figure
# ("Bei einem Satz von 30 Prozent hätte Microsoft … 741 Mio. erhalten"); the verb alone may be reported speech.
COUNTERFACTUAL_VERBS = ["would have", "could have", "might have", "would be", "would come to"]
CONDITION_MARKERS = ["if", "with a", "without", "had it"]  # not "at a": "At a time when investors would be …"
HYPOTHETICAL = ["will", "offered", "offers", "proposed", "would", "budgeted", "budget", "expected", "expects", "projected", "forecast", "plans", "planned",
                "target", "if", "we model", "we estimate", "we assume", "we expect", "we forecast", "we project"]
SCENARIO_WORDS = ["scenario", "scenarios", "modelled", "modeled", "projection", "projections", "bull case", "bear case", "base case", "probability"]  # anywhere in the sentence: its figures are a model's, not a fact
DATED_BEFORE = ["dated", "dated from", "published in", "released in"]  # "documents dated November 2025": when they were written, not a period for figures
SUBPERIOD_BEFORE = ["month of", "months of", "week of", "weeks of", "day of", "days of"]  # "the first month of Q3 2025": a part of the period, not all of it
SINCE_BEFORE = ["since", "ever since"]  # "since Q1'24": open-ended, up to an unsaid day
OTHER_COMPANY_NOUNS = ["the issuer", "a bank", "an unnamed bank", "a customer", "another customer", "a rival", "a competitor", "another company", "an unnamed company", "an unnamed customer", "a startup", "another startup",
                       "our own", "we ourselves"]  # ("For comparison, our own inference spend was $3.1 million": the writer's)  # a company the text does not name: not the one before
SEGMENT_WORDS = ["subscriptions", "subscription", "api", "enterprise", "consumer", "advertising", "segment", "division",
                 "bing"]
COMBINED_WORDS = ["combined", "altogether", "together", "in total"]
# A total: a figure in a sentence with one of these and no period phrase takes no period from the sentences before.
# A year's figure: a sentence with one of these takes a carried period only when it is a whole year ("Jahresumsatz von 3,7 Mrd." after the first nine months of 2025).
ANNUAL_WORDS = ["annual", "annually", "yearly", "a year", "per year", "full-year"]
# A figure said to be so now, in a clause after the sentence's period, is not of that period.
NOW_WORDS = ["now", "currently", "by now", "these days"]
# A metric word right after one of these glosses the metric before it, which stays the topic.
GLOSS_WORDS = ["i.e.", "ie", "that is", "in other words", "namely", "meaning"]
# "only", before a payment's purpose: "…, nur dafür, dass ChatGPT läuft".
ONLY_WORDS = ["only", "just", "solely", "merely"]
TOTAL_WORDS = ["in total", "altogether", "all told", "cumulative", "cumulatively", "overall", "to date", "together they", "combined they",
               "add up to", "adds up to", "added up to", "sum to", "sums to", "summed to"]  # not "in all": "in all likelihood"
PAY_VERBS = ["paid", "pays", "pay", "has paid"]
PAYEE_PRONOUNS = ["it", "them", "the company", "the group"]  # "OpenAI paid it $248m": the one paid, named before
PAYEE_MARKERS = ["paid", "pays", "payments to", "paid to", "to"]  # a company phrase opening with these names the one paid ("paid Microsoft")
SUPPLIER_BEFORE = ["at", "with", "from", "on", "through", "via"]  # "$500 million on inference at Oracle": who sold it  # "Microsoft paid OpenAI …": who pays whom
PURPOSE_BEFORE = ["for"]  # what a payment to a company was for: "paid to Microsoft for inference"
PURPOSE_PRONOUNS = ["for that", "for this", "for it"]  # a payment's purpose pointing back: "bezahlte OpenAI dafür … an Microsoft"
# Between an amount and the same amount in another currency: "8'670 Mio. Dollar …, das sind … knapp 7 Mrd. Franken"
CONVERSION_WORDS = ["that is", "or about", "or roughly", "or some", "equivalent to", "converted", "at an exchange rate", "at a rate of", "i.e."]
SPENT_ON = ["on"]  # an amount's spending object right after it names its metric: "burned $12.4B on inference"
# A caption cue opening with these (a preposition, a relative, a verb of its subject) goes on with the cue before
# (auto-captions have no stops)
CUE_GOES_ON = ["of", "in", "for", "to", "at", "from", "than", "into", "per", "with", "which", "that", "who", "whose", "is", "was", "were", "are", "has", "had", "have", "will", "would"]
OTHER_PAYMENTS = ["licence", "license", "fees", "training", "api access", "subscription"]  # a payment for these is not the revenue share (read inside compounds too)
# "up from $547 million a year earlier": the earlier value of a comparison.
EARLIER_BEFORE = ["from", "compared with", "compared to", "versus", "against", "after"]
EARLIER_AFTER = ["a year earlier", "a year ago", "a year before", "the year before", "the previous quarter",
                 "the quarter before", "last year", "in the same quarter last year"]
# Words that make a sentence a forecast.
FUTURE_WORDS = ["will", "would", "expects", "expected", "forecast", "forecasts", "plans", "once"]  # "not only more than": the negation is not the qualifier's  # "couldn't" is read as "couldn t"
NEAR_WORDS = ["anything like", "anywhere near"]  # after a negation these mean "well under": at most
QUALIFIERS = {
    "anything like": "approx", "anywhere near": "approx", 
    "not even": "lt",
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "circa": "approx", "ca": "approx", "an estimated": "approx", "estimated": "approx",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just shy of": "nearly", "near": "nearly",
    "over": "gt", "more than": "gt", "above": "gt", "in excess of": "gt", "upwards of": "gt",
    "well over": "gt", "well more than": "gt", "exceeding": "gt", "exceeded": "gt", "north of": "gt",
    "at least": "gte", "a minimum of": "gte", "minimum of": "gte", "no less than": "gte",
    "under": "lt", "less than": "lt", "below": "lt", "fewer than": "lt", "just under": "lt",
    "at most": "lte", "up to": "lte", "no more than": "lte", "a maximum of": "lte", "maximum of": "lte",
}
# Words inside a metric word or header that make the figure a bound.
BOUND_WORDS = {"minimum": "gte", "at least": "gte", "maximum": "lte", "floor": "gte", "lower bound": "gte",
               "upper bound": "lte"}

# A percentage preceded or followed by these is a change, not a share.
GROWTH_BEFORE = [
    "up", "down", "rose", "rise of", "rising", "grew", "growth of", "increase of", "increased",
    "jump of", "jumped", "gain of", "climbed", "fell", "dropped", "decline of", "declined", "an increase of",
]
# A qualifier that is part of a verb before it: "OpenAI hands over a fifth of its revenue" is a fifth, not more.
QUALIFIER_VERBS = ["hands over", "hand over", "handed over", "handing over", "turns over", "turn over", "turned over",
                   "signs over", "signed over", "passes over", "passed over", "gives up", "gave up", "give up"]
# ... but not where "up" is part of another verb: "made up about 0.5 per cent of it" is a share.
NOT_GROWTH_BEFORE = ["made up", "make up", "makes up", "making up", "took up", "take up", "takes up", "taking up",
                     "add up", "adds up", "added up"]
# A change verb, a few words, then "by" before the figure: "Payments to Microsoft increased by 23 percent",
# "the bill grew sharply by 24%" (CHANGE_BY right before the figure, CHANGE_VERBS at most four words before it).
CHANGE_VERBS = ["rose", "grew", "increased", "climbed", "jumped", "surged", "soared", "fell", "dropped", "declined",
                "decreased", "shrank", "rise", "rises", "grow", "grows", "increase", "increases", "decline", "declines",
                "fall", "falls", "grown", "risen", "went up", "went down", "was up", "were up", "was down", "were down"]
CHANGE_BY = ["by"]
DIFFERENCE_AFTER = ["more", "less", "higher", "lower", "above", "below"]  # "$163 million more … than": a difference
DIFFERENCE_THAN = ["than"]
EXCEED_VERBS = ["exceeded", "exceeds", "topped", "outstripped", "surpassed", "outpaced"]  # "exceeded … by $3.24bn"
FALL_VERBS = ["fell", "dropped", "declined", "decreased", "shrank", "decline", "declines", "fall", "falls", "went down",
              "was down", "were down"]
# Words that make a change a fall: the value becomes negative.
FALL_WORDS = ["down", "fell", "dropped", "decline of", "declined", "a drop of", "a fall of", "lower by"]
GROWTH_AFTER = ["q/q", "y/y", "qoq", "year over year", "year-over-year", "year on year", "yoy", "growth", "increase", "rise", "more than", "more",
                "higher than", "above"]

# Ratios written in words: value of the multiple.
# Only as comparisons ("twice as much", "double the revenue"): "scored twice" and
# "the first half" are not ratios.
RATIO_WORDS = {
    "twice as": 2.0, "twice the": 2.0, "twice that": 2.0, "twice what": 2.0, "double the": 2.0,
    "double that": 2.0, "double what": 2.0, "double its": 2.0, "triple the": 3.0, "three times": 3.0,
    "threefold": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0, "half as": 0.5,
    "six times": 6.0, "seven times": 7.0, "eight times": 8.0, "nine times": 9.0,
    "two and a half times": 2.5, "three and a half times": 3.5, "one and a half times": 1.5,
    # "-fold" names a multiple and nothing else ("a near sevenfold rise").
    "twofold": 2.0, "fourfold": 4.0, "fivefold": 5.0, "sixfold": 6.0, "sevenfold": 7.0, "eightfold": 8.0,
    "ninefold": 9.0, "tenfold": 10.0,
    # A multiple as a verb or a noun ("almost tripled", "a doubling in six months").
    "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "a doubling": 2.0, "a tripling": 3.0,
}
RATIO_SUFFIXES = ["times", "x", "×", "fold"]
# An article between a qualifier and a ratio word ("close to a fourfold increase").
RATIO_ARTICLES = ["a", "an"]
RATIO_OF = ["of", "that of", "of the", "the", "as much as", "as much as in", "as high as", "as high as in", "as large as",
            "as large as in", "what it was in", "the level of"]  # between a multiple and the period it is a multiple of: "das Vierfache des ersten Halbjahres 2024"

# Number words for counts and periods ("first nine months").
COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "opening": 1}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Period phrases. {YEAR} {MONTH} {MONTH2} {NUM} {ORD} are filled from the lists above;
# each pattern names the shape of period it gives.
# "this year": the year of publication, wherever a period phrase takes a year.
THIS_YEAR = ["this year", "the current year"]
# "last year": the year before the publication's, wherever a period phrase takes a year.
LAST_YEAR = ["last year"]  # not "the previous year": that is the year before the one just named
# Ordinals that name the last quarter or half of a year ("the final quarter of 2024").
LAST_ORDINALS = ["final", "closing", "last"]
LATEST_ORDINALS = ["last"]  # of those, the ones that also mean "the latest" ("the last quarter of 2025" in November)

PERIODS = [
    # "the second and third quarters of 2025": two quarters in a row, together (not the last two of a list,
    # "the first, second and third quarters … respectively").
    (r"(?<!,\s)\b(?:the\s+)?{ORD}\s+and\s+{ORD2}\s+quarters?\s+(?:of\s+)?{YEAR}", "quarter_pair"),
    (r"\bQ(?P<ord>[1-4])\s+and\s+Q(?P<ord2>[1-4])\s+(?:{YEAR}|['’]?{YY})", "quarter_pair"),
    # "the second to fourth quarters of 2024", "Q2-Q4 2024": the quarters from the one to the other, together.
    # After "from" it is a stretch claims.normalize reads: a change from the one to the other, or a total.
    (r"(?<!from\s)(?<!from\sthe\s)(?<!between\s)(?<!between\sthe\s)(?<!,\s)\b(?:the\s+)?{ORD}(?:\s(?:to|through|thru)\s|\s?[-–—]\s?)(?:the\s+)?{ORD2}\s+quarters?\s+(?:of\s+)?{YEAR}", "quarter_range"),
    (r"(?<!from\s)(?<!from\sthe\s)(?<!between\s)(?<!between\sthe\s)\bQ(?P<ord>[1-4])(?:\s(?:to|through|thru)\s|\s?[-–—]\s?)Q(?P<ord2>[1-4])\s(?:of\s)?(?:{YEAR}|['’]?{YY})", "quarter_range"),
    # "the same stretch of 2024": the months of the period just named, in that year.
    (r"\b(?:the\s+)?same\s+(?:stretch|period|time|timeframe|months|(?:three|six|nine)\s+months|quarter|half)"
     r"\s+(?:(?P<before>a\s+year\s+(?:before|earlier)|last\s+year|(?:the\s+)?(?:previous|prior)\s+year)"
     r"|(?:(?:of|in)\s+)?{YEAR})", "same_span"),
    # "so far this year": up to an unsaid day, so no period to check against.
    (r"\b(?:so\s+far\s+{THIS_YEAR}|year[- ]to[- ]date)\b", "since"),
    # "since the start of 2024": open-ended, so no period to check against.
    (r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?{YEAR}", "since"),
    # "the last two quarters of 2024", "the final three months of 2024": the year's end, not its start.
    (r"\b(?:the\s+)?(?:last|final|closing)\s+{NUM}\s+quarters\s+(?:of\s+)?{YEAR}", "last_quarters"),
    (r"\b(?:the\s+)?(?:last|final|closing)\s+{NUM}\s+months\s+(?:of\s+)?{YEAR}", "last_months"),
    (r"\b(?:the\s+)?first\s+{NUM}\s+quarters\s+(?:of\s+)?(?:fiscal\s+|calendar\s+(?:year\s+)?)?{YEAR}", "first_quarters"),
    (r"\b(?:the\s+)?{NUM}\s+first\s+quarters\s+(?:of\s+)?{YEAR}", "first_quarters"),  # translated: "de tre første kvartalene"
    (r"\bQ1\s*[-–—]\s*Q(?P<q2>[1-4])\s*(?:of\s+)?{YEAR}", "first_quarters_q"),
    (r"\b(?:the\s+)?first\s+{NUM}\s+months\s+(?:of\s+)?(?:calendar\s+(?:year\s+)?)?{YEAR}", "first_months"),
    (r"\b{NUM}\s+months\s+(?:of|into)\s+(?:calendar\s+(?:year\s+)?)?{YEAR}", "first_months"),
    (r"\b(?:from\s+)?{MONTH}\s+{YEAR}\s*(?:[-–—]|to|through|until)\s*(?:the\s+end\s+of\s+)?{MONTH2}\s+(?:of\s+)?{YEAR2}",
     "month_year_range"),  # "from January 2024 to the end of September this year"
    (r"\bfrom\s+the\s+(?:start|beginning)\s+of\s+{YEAR}\s+(?:to|through|until)\s+(?:the\s+end\s+of\s+)?{MONTH2}\s+{YEAR2}",
     "month_year_range"),
    (r"\bbetween\s+{MONTH}\s+{YEAR}\s+and\s+{MONTH2}\s+{YEAR2}", "month_year_range"),
    # whole months written as days: "from July 1, 2024 through June 30, 2025", "1 July 2024 to 30 June 2025"
    (r"\b(?:from\s+)?{MONTH}\s+1(?:st)?,?\s+{YEAR}\s*(?:[-–—]|to|through|until)\s*{MONTH2}\s+{DAY2}(?:st|th)?,?\s+{YEAR2}",
     "month_year_range"),
    (r"\b(?:from\s+)?1(?:st)?\s+{MONTH}\s+{YEAR}\s*(?:[-–—]|to|through|until)\s*{DAY2}(?:st|th)?\s+{MONTH2}\s+{YEAR2}",
     "month_year_range"),
    (r"\b(?:the\s+)?{ORD}[\s-]+quarter\s+(?:of\s+)?(?:calendar\s+(?:year\s+)?)?{YEAR}", "quarter"),
    (r"\bthe\s+{MONTH}\s+quarter\s+(?:of\s+)?{YEAR}", "quarter_to"),
    (r"\bQ(?P<ord>[1-4])\s*(?:of\s+)?'?{YEAR}", "quarter"),
    (r"\b{YEAR}\s*Q(?P<ord>[1-4])\s?[-–—]\s?Q(?P<ord2>[1-4])\b", "quarter_range"),  # a table's "2025 Q1–Q3" row
    (r"\b{YEAR}\s*Q(?P<ord>[1-4])\b", "quarter"),
    (r"\b(?:the\s+)?{ORD}[\s-]+half(?:[\s-]+year)?\s+(?:of\s+)?(?:calendar\s+(?:year\s+)?)?{YEAR}", "half"),  # "the first half year of 2024"
    (r"\bH(?P<ord>[12])\s*(?:of\s+)?{YEAR}", "half"),
    (r"\b(?:from\s+)?{MONTH}(?:\s*[-–—]\s*|[\s-]+(?:to|through|until)[\s-]+){MONTH2}\s+(?:(?:quarter|period)\s+)?(?:of\s+)?{YEAR}",
     "month_range"),
    (r"\bbetween\s+{MONTH}\s+and\s+{MONTH2}\s+(?:of\s+)?{YEAR}", "month_range"),
    # "the quarter ended March 31, 2024" (a filing's quarter, named by its last day)
    (r"\b(?:the\s+)?(?:quarter|three\s+months)\s+(?:that\s+|which\s+)?(?:to|ending|ended|through)\s+(?:on\s+)?(?:the\s+end\s+of\s+)?"
     r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?{MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+{YEAR}",
     "quarter_to"),
    # "this year through September 2025": from January of that year
    (r"\bthis\s+year\s+(?:to|through|until)\s+(?:the\s+end\s+of\s+)?{MONTH2}\s+(?P<year2>(?P<year>(?:19|20)\d{2}))",
     "month_year_range"),
    # ... and with no year after the month: "this year through september", the publication's year
    (r"\b{THIS_YEAR},?\s+(?:to|through|thru|until)\s+(?:the\s+end\s+of\s+)?{MONTH2}\b(?!\s+(?:of\s+)?(?:19|20)\d{2})",
     "month_year_range"),
    # "the twelve months to June 2025", "the year to September 2025" (twelve months),
    # "its fiscal year that ended on June 30, 2025" (the company's year end written out)
    (r"\b(?:the\s+)?(?:{NUM}\s+months|(?<!this )(?<!current )(?:fiscal\s+|financial\s+)?year)\s+(?:that\s+|which\s+)?(?:to|ending|ended|through)"
     r"\s+(?:on\s+)?(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?{MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+{YEAR}",
     "months_to"),
    # "at least $4.33 billion through September 2025": from January of that year (not "from 2024 through …")
    (r"(?<!\d\s)(?<!\d)(?<!\()\b(?:through|thru|until|up\s+to)\s+(?:the\s+end\s+of\s+)?{MONTH2},?\s+(?:of\s+)?(?P<year2>(?P<year>(?:19|20)\d{2}))\b",
     "month_year_range"),
    (r"\b(?:by|at|until)\s+(?:the\s+)?end\s+of\s+{YEAR}", "year_end"),
    (r"\b(?:by\s+)?year-end\s+{YEAR}", "year_end"),
    (r"\b(?:in|during|for|of)\s+{MONTH}\s+(?:of\s+)?{YEAR}", "month"),
    (r"\b{MONTH}\s+{YEAR}", "month"),
    # the start of a stretch: "from 2024 through the third quarter of 2025", "between the start of 2024 and …"
    (r"(?<=\bfrom\s)(?:the\s+(?:start|beginning)\s+of\s+)?{YEAR}\b(?=\s+(?:to|through|until)\s)", "year"),
    (r"(?<=\bbetween\s)the\s+(?:start|beginning)\s+of\s+{YEAR}\b", "year"),
    # an aside naming the quarter just stepped to: "in the previous quarter, the last of 2024," (not the year)
    (r"(?<=,\s)the\s+{ORD}\s+(?:one\s+)?(?:of|in)\s+{YEAR}\b", "elided_of_year"),
    (r"\bcalendar\s+(?:year\s+)?{YEAR}", "year"),
    (r"\b(?:in|for|during|throughout|of|all\s+of|across)\s+(?:the\s+(?:whole|full|entire)\s+(?:year\s+)?(?:of\s+)?)?{YEAR}\b", "year"),
    (r"\b(?:full[- ]year|whole[- ]year)\s+{YEAR}", "year"),
    (r"\b{THIS_YEAR}\b", "year"),
    (r"\b{YEAR}\s+(?=(?:revenue|sales|costs?|spending|loss|capex|inference|results?|total|bill|payments?)\b)", "year"),
    (r"\b(?:the\s+)?{ORD}[\s-]+quarter\s+(?P<before>of\s+the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before))\b", "quarter_noyear"),  # the year before the one named
    # a quarter or a year on from the period named before ("against $1.467bn in the previous quarter")
    (r"\b(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+quarter\b", "step_back_quarter"),
    (r"\b(?:in\s+)?the\s+quarter\s+(?:before|earlier|prior)\b(?!\s+last\b)", "step_back_quarter"),  # not "the quarter before last"
    (r"\ba\s+quarter\s+(?:earlier|before)\b", "step_back_quarter"),
    (r"\b(?:in\s+)?the\s+(?:following|next|subsequent)\s+quarter\b", "step_fwd_quarter"),
    (r"\ba\s+quarter\s+later\b", "step_fwd_quarter"),
    (r"\ba\s+year\s+(?:earlier|before)\b", "step_back_year"),
    (r"\bthe\s+(?:year|previous\s+year|prior\s+year)\s+before\b(?!\s+last\b)", "step_back_year_loose"),
    (r"\ba\s+year\s+later\b", "step_fwd_year"),
    (r"\b(?:in\s+)?(?:the\s+)?(?:last|latest|most\s+recent|past)\s+(?:quarter|qtr)\b(?!\s+(?:of|in)\b|\s+(?:19|20)\d{2}\b)", "last_quarter"),  # not "the last quarter of 2024"
    # "over the last four reported quarters": the quarters up to the last one before the publication date
    (r"\b(?:the\s+)?(?:last|past|latest|trailing|most\s+recent)\s+{NUM}\s+(?:reported\s+)?quarters\b"
     r"(?!\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{2})", "recent_quarters"),
    (r"\blast\s+year\b", "last_year"),  # not "the previous year": the year before the one just named
    # "the second quarter" with no year: the year of the period named before it.
    # ("... of fiscal 2026", "... of Microsoft's fiscal year": not a bare quarter)
    (r"\b(?:the\s+)?{ORD}[\s-]+quarter\s+of\s+(?:that|the\s+same|the)\s+year\b", "quarter_noyear"),  # the year before
    (r"\b(?:the\s+)?{ORD}[\s-]+half\s+of\s+(?:that|the\s+same|the)\s+year\b", "half_noyear"),
    (r"\b(?:the\s+)?{ORD}[\s-]+quarter\b(?!\s+(?:of|in|for)\b|\s+(?:19|20)\d{2})", "quarter_noyear"),
    (r"\b(?:the\s+)?{ORD}[\s-]+half\b(?!\s+(?:of|in|for)\b|\s+(?:19|20)\d{2})", "half_noyear"),
    (r"\bbetween\s+{MONTH}\s+and\s+{MONTH2}\b(?!\s+(?:of\s+)?(?:19|20)\d{2})", "month_range_noyear"),
    (r"\b(?:from\s+)?{MONTH}(?:\s*[-–—]\s*|[\s-](?:to|through|until)[\s-]){MONTH2}\b(?!\s+(?:(?:quarter|period)\s+)?(?:of\s+)?(?:19|20)\d{2})",
     "month_range_noyear"),
    (r"\b(?:the\s+)?(?:{NUM}\s+months|(?:fiscal\s+|financial\s+)?year)\s+(?:that\s+|which\s+)?(?:to|ending|ended|through)"
     r"\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?{MONTH}\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?!,?\s+(?:19|20)\d{2})", "months_to_noyear"),
    (r"\b(?:the\s+)?(?:quarter|three\s+months)\s+(?:that\s+|which\s+)?(?:to|ending|ended|through)\s+(?:on\s+)?(?:the\s+end\s+of\s+)?"
     r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?{MONTH}\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?!,?\s+(?:19|20)\d{2})",
     "quarter_to_noyear"),
    (r"\bthe\s+{MONTH}\s+quarter\b", "quarter_to_noyear"),
    (r"\b(?:the\s+)?first\s+{NUM}\s+quarters\b(?!\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{2})", "first_quarters_noyear"),
    (r"\b(?:the\s+)?first\s+{NUM}\s+months\b(?!\s+(?:of\s+)?(?:19|20)\d{2})", "first_months_noyear"),
    # "in the first quarter of 2025 $206 million and in the second, $248 million": the noun left out,
    # a figure right after; the unit and year of the quarter or half named before it (claims.periods).
    (r"\bin\s+the\s+{ORD}(?=\s*(?:,?\s*(?:\d|[$€£])|[.;]|,\s+(?:and|but|while|then)\b|$))", "elided"),
    # "no less than $4.33 billion through September": from January of the year the text is in
    (r"\b(?:through|thru|until)\s+(?:the\s+end\s+of\s+)?{MONTH}\b(?!\s+\d|,?\s+(?:of\s+)?(?:19|20)\d{2})", "year_through_noyear"),
]

# A publication line: the date an article's "last quarter" is relative to.
DATELINE_PATTERNS = [
    # a code host's issue or pull request: "mhagen opened this issue on Nov 15, 2025 · 6 comments"
    r"\bopened[ \t]+this[ \t]+(?:issue|pull[ \t]+request)[ \t]+on[ \t]+{MONTH}[ \t]+(?P<day>\d{1,2}),?[ \t]+{YEAR}",
    # a document's version and its date: "Script, version 3 – 28 November 2025", "Draft 2 — 2025-11-28"
    r"\b(?:version|draft)[ \t]+\d{1,2}[ \t]*[–—-][ \t]*(?P<day>\d{1,2})[ \t]+{MONTH},?[ \t]+{YEAR}",
    r"\b(?:version|draft)[ \t]+\d{1,2}[ \t]*[–—-][ \t]*(?P<year>20\d{2})-(?P<nmonth>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?!\d)",
    # an ISO date after a label: "Last updated 2025-12-01T09:30Z", "Published: 2025-11-14"
    r"\b(?-i:Last updated|Updated|Published|Posted)(?:\s+on)?:?[ \t]+(?P<year>20\d{2})-(?P<nmonth>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?!\d)",
    # a post's date and time on a line of its own: "November 14 at 9:17 PM ·" (no year: the latest the text names)
    r"(?m)^[ \t]*{MONTH}[ \t]+(?P<day>\d{1,2})(?:,[ \t]*{YEAR})?[ \t]+at[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?",
    # an archived copy's date: "[archived copy of news.ycombinator.com/item?id=…, saved 2025-11-13 18:20 UTC]"
    r"\b(?-i:saved|archived|captured|Saved|Archived|Captured)(?:\s+on)?:?[ \t]+(?P<year>20\d{2})-(?P<nmonth>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?!\d)",
    # a broadcast's date in its header: "Episode 212, aired Wednesday, November 19, 2025"
    r"\b(?-i:Aired|aired|Broadcast|broadcast)(?:\s+on)?:?[ \t]+(?:[A-Z][a-z]{2,8},?[ \t]+)?{MONTH}\.?[ \t]+(?P<day>\d{1,2}),?[ \t]+{YEAR}",
    r"\b(?-i:Aired|aired|Broadcast|broadcast)(?:\s+on)?:?[ \t]+(?:[A-Z][a-z]{2,8},?[ \t]+)?(?P<day>\d{1,2})[ \t]+{MONTH}\.?[ \t]+{YEAR}",
    # an e-mail's header: "Date: Tue, 25 Nov 2025 16:42:09 -0800", "Sent: Tuesday, November 25, 2025 4:42 PM"
    r"(?m)^(?-i:Date|Sent):[ \t]+(?:[A-Z][a-z]{2,8},?[ \t]+)?(?P<day>\d{1,2})[ \t]+{MONTH}\.?[ \t]+{YEAR}",
    r"(?m)^(?-i:Date|Sent):[ \t]+(?:[A-Z][a-z]{2,8},?[ \t]+)?{MONTH}\.?[ \t]+(?P<day>\d{1,2}),?[ \t]+{YEAR}",
    # (a label, capitalised: not "Documents published on 12 November" in the body)
    # ("Transcript published 20 November 2025" opening a line counts)
    # a video page's date: "Premiered Nov 30, 2025", "Streamed live on 30 Nov 2025", "Uploaded Nov 30, 2025"
    r"\b(?-i:Premiered|Streamed live|Uploaded)(?:\s+on)?\s+{MONTH}\.?\s+(?P<day>\d{1,2}),?\s+{YEAR}",
    r"\b(?-i:Premiered|Streamed live|Uploaded)(?:\s+on)?\s+(?P<day>\d{1,2})\s+{MONTH}\.?,?\s+{YEAR}",
    r"(?:\b(?-i:Published|Posted|First published)|(?m:^)(?-i:(?:Transcript|Article|Story|Episode|Report|Interview|Originally)\s)published)(?:\s+on)?\s+{MONTH}\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+{YEAR})?",
    r"(?:\b(?-i:Published|Posted|First published)|(?m:^)(?-i:(?:Transcript|Article|Story|Episode|Report|Interview|Originally)\s)published)(?:\s+on)?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+{MONTH}(?:\s+{YEAR})?",
    r"^\s*{MONTH}\s+(?P<day>\d{1,2}),\s+{YEAR}\s+[–—-]",
    # a wire story's time line: "November 13, 2025 9:41 PM GMT · Updated 2 hours ago"
    r"(?m)^[ \t]*{MONTH}[ \t]+(?P<day>\d{1,2}),[ \t]+{YEAR}[ \t]+\d{1,2}:\d{2}",
    # A wire dateline: "SAN FRANCISCO, Nov 14, 2025 (Wire) –"
    r"(?m)^[A-Z][A-Z .'-]+,\s+{MONTH}\.?\s+(?P<day>\d{1,2}),\s+{YEAR}\b",
    # A place and a date opening a line: "LONDON (12 November 2025)", "London, 12 November 2025".
    r"(?m)^{PLACE}\s?[,(]\s*(?P<day>\d{1,2})\s+{MONTH}\s+{YEAR}",
    # A line opening with a weekday and the date: "Wednesday, November 12, 2025 · live updates".
    r"(?m)(?:^|^[^\n·|]{0,40}[·|](?:[^\n·|]{0,40}[·|])?[ \t]*)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+{MONTH}\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+{YEAR}",
    r"(?m)(?:^|^[^\n·|]{0,40}[·|](?:[^\n·|]{0,40}[·|])?[ \t]*)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+{MONTH}\s+{YEAR}",
    # A byline with the date: "By Priya Natarajan · 14 November 2025".
    r"(?m)^By\s[^\n]{1,80}?[·|]\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?P<day>\d{1,2})\s+{MONTH}\s+{YEAR}",
    r"(?m)^By\s[^\n]{1,80}?[·|]\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"{MONTH}\s+(?P<day>\d{1,2}),?\s+{YEAR}",
    # When a page was captured: the page as read then ("Page snapshot: November 21, 2025, 09:14 UTC").
    r"\b(?:(?:[Pp]age\s+)?[Ss]napshot(?:\s+taken)?|Captured|Retrieved|Accessed|Archived)(?:\s+on)?:?\s+{MONTH}\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+{YEAR}",
    r"\b(?:(?:[Pp]age\s+)?[Ss]napshot(?:\s+taken)?|Captured|Retrieved|Accessed|Archived)(?:\s+on)?:?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+{MONTH}\s+{YEAR}",
    # An update's date only when no publication date is given.
    r"\b(?:Updated|Last updated)(?:\s+on)?\s+{MONTH}\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+{YEAR})?",
    r"\b(?:Updated|Last updated)(?:\s+on)?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+{MONTH}(?:\s+{YEAR})?",
]
# Fiscal periods: resolved with the company's fiscal year end (claims/gazetteer.yaml).
FISCAL_PATTERNS = [
    (r"\b(?:its\s+)?fiscal\s+{ORD}\s+quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?{YEAR})?", "fiscal_quarter"),
    (r"\bQ(?P<ord>[1-4])\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?){YEAR}", "fiscal_quarter"),
    (r"\bfiscal\s+Q(?P<ord>[1-4])\s+{YEAR}", "fiscal_quarter"),
    # "the fourth quarter of Microsoft's fiscal 2025": the owner inside the phrase
    (r"\b{ORD}\s+quarter\s+of\s+[^\W\d_]{2,30}['’]s\s+(?:current\s+)?fiscal\s+(?:year\s+)?{YEAR}", "fiscal_quarter"),
    (r"\b(?:fiscal\s+(?:year\s+)?|FY\s?){YEAR}", "fiscal_year"),
]

# Words that point back to a period named earlier ("in the same period").
# Words that name a period: a sentence using one claimcheck could not read takes no period from context.
PERIOD_WORDS = ["quarter", "quarters", "qtr", "qtrs", "half", "months", "fiscal"]
# A figure whose metric is the thing the sentence before named, pointed back to ("Then the cost of
# inference. In the first half of 2025 OpenAI paid $5.02 billion for it."): only at a clause's end or before
# a figure, so "on that basis", "for that reason" do not count.
# (a period may follow it: "OpenAI paid $3.648 billion for it in the third quarter")
METRIC_BACK_REFERENCE = [r"\b(?:for|on)\s+(?:it|that|this|them|those)\b(?!\s+(?!(?:in|during|over)\s)[a-z])",
                         r"\b(?:that|this)\s+cost\b"]  # "That's called inference. Over nine months that cost $8.67bn"

PERIOD_ANAPHORA = [
    "the same year", "that year",
    "those two periods", "those periods", "these periods", "the two periods", "the same periods",
    "the same period", "that period", "this period", "the period", "the same nine months",
    "those six months", "those nine months", "the same quarter", "that quarter", "the same six months",
    "over the same time", "the same timeframe", "in that quarter", "in that half", "the same half", "that half-year", "the same half-year",
]
ANAPHOR_UNITS = {"half": 6, "quarter": 3, "year": 12, "six months": 6, "nine months": 9}  # "the same quarter" points back to a quarter, not a year
SAME_SPAN_WORDS = ["the same period", "the same stretch", "the same months", "the same nine months"]  # "last year, in the same period, $326m": that year's same months
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
    "revenue share": "revenue_share", "rev share": "revenue_share", "rev. share": "revenue_share", "revenue-share": "revenue_share", "revenue sharing": "revenue_share",
    "run rate": "annualized_revenue", "run-rate": "annualized_revenue", "annual recurring revenue": "annualized_revenue",
    "annualized revenue": "annualized_revenue", "annualised revenue": "annualized_revenue",
    "implied revenue": "revenue", "minimum revenue": "revenue",
    # a reporter's shorthand: "implied rev", "cost of rev", "OAI inf on Azure" (the word alone, not a stem: "info")
    "implied rev": "revenue", "cost of rev": "cost_of_revenue", "inf": "inference_cost",
    # "the $2.47bn floor implied by the revenue share": the implied revenue, a minimum (BOUND_WORDS)
    "revenue floor": "revenue", "floor implied": "revenue", "implied floor": "revenue", "as a floor": "revenue",
    "training costs": "training_cost", "training cost": "training_cost", "spent on training": "training_cost",
    "compute spend": "compute_spend", "compute costs": "compute_spend", "cloud spending": "compute_spend",
    "spent on compute": "compute_spend",
    "net loss": "net_loss", "operating loss": "operating_loss", "operating losses": "operating_loss",
    "capital expenditure": "capex", "capital expenditures": "capex", "capital spending": "capex",
    "equity stake": "equity_stake", "ownership stake": "equity_stake",
    "commitment": "compute_commitment", "committed to": "compute_commitment", "commit to": "compute_commitment",
    "compute commitments": "compute_commitment",
    "funding round": "funding",
    "running its models": "inference_cost", "running the models": "inference_cost", "run its models": "inference_cost",
    "run the models": "inference_cost", "serving its models": "inference_cost",
    "running its ai models": "inference_cost", "running its artificial intelligence models": "inference_cost",
    "run its ai models": "inference_cost", "run its artificial intelligence models": "inference_cost",
    "compute contracts": "compute_commitment", "compute contract": "compute_commitment",
    "deals worth": "compute_commitment", "contracts worth": "compute_commitment", "deal worth": "compute_commitment",
    "holds": "equity_stake", "owns": "equity_stake", "valued at": "valuation",
    "implied floor": "revenue", "took in": "revenue", "brought in": "revenue", "raked in": "revenue",
    "taken in": "revenue", "take in": "revenue", "takes in": "revenue", "brings in": "revenue",
    "raising": "funding", "to raise": "funding", "series a": "funding", "series b": "funding", "series c": "funding",
    "series d": "funding", "seed round": "funding", "invested in": "funding", "investments in": "funding",
    "investment in": "funding",
    "revenue-sharing": "revenue_share", "market value": "valuation", "market cap": "valuation",
    "market capitalisation": "valuation", "market capitalization": "valuation",
}
# Words before a period that make it the comparison, not the claim's own period ("up 263% from Q3 2024").
# Words before a company that acts on a figure rather than owning it.
AGENT_WORDS = ["to", "by", "led by", "with"]
# What a change is measured against, relative to the claim's own period.
BASIS_RELATIVE = {"q/q": "quarter", "the preceding quarter": "quarter", "previous quarter": "quarter", "prior quarter": "quarter", "the quarter prior": "quarter", "qoq": "quarter", "y/y": "year", "yoy": "year", "the previous quarter": "quarter", "the prior quarter": "quarter", "the quarter before": "quarter", "a year earlier": "year", "a year ago": "year", "year over year": "year", "year-over-year": "year", "year on year": "year", "the same quarter last year": "year", "the same period last year": "year"}
BASIS_WORDS = ["from", "compared with", "compared to", "versus", "vs", "against", "than in", "than", "than in the whole of", "than in all of", "than in the whole", "than in the entire", "what it spent in", "what it paid in", "what it spent in all of", "what it paid in all of"]
FROM_LEVEL = ["from", "compared with", "against", "versus", "vs"]  # "up from $1.3bn": the level a change is from
# Capitalised words that are not organisations (the code also skips months and the first word).
NOT_ORGANISATIONS = ["AI", "CEO", "CFO", "GPU", "GPUs", "US", "U.S.", "EU", "I", "I've", "I'm", "I'd", "I'll", "I’ve", "I’m", "I’d", "I’ll", "The", "A", "An", "In", "On", "At", "For", "By", "According", "Analysts", "Reported",
                     "Elsewhere", "Looking", "Quarter", "Revenue", "Inference", "Losses", "Where", "Neither", "Not",
                     "EPS", "AM", "PM", "ET", "PT", "GMT", "UTC", "CFA", "CY", "FY", "YTD", "QoQ", "YoY", "GDP", "CPI", "ETF", "CAGR", "ARR"]
CAPITALISED_NOUNS = False
# Quantities outside the contract's vocabulary: a figure next to these has no metric.
OTHER_METRICS = ["invested", "invests", "cash burn", "burned", "burn rate", "burning", "gross margin", "margin", "users", "employees", "staff", "gpus", "chips", "customers",
                 "subscribers", "downloads", "parameters", "tokens", "market share", "share price",
                 "in the bank", "in cash", "cash and securities", "cash reserves"]
# Words that open a clause about the company named just before it ("Anthropic, whose revenue").
# Verbs that say what a thing amounts to: a relative clause with one is about the word it hangs on ("OpenAI's
# revenue, which in 2024 was at least $2.47 billion"), not one with another verb ("…, which brought it $411 million").
COPULAS = ["was", "is", "were", "are", "came to", "amounted to", "stood at", "totalled", "totaled", "reached"]
RELATIVE_WORDS = ["whose", "which", "who"]
# Words that open a clause saying when, after a comma: the period named right before it is the time of the
# figure in that clause ("… fell in the fourth quarter, when it spent $1.467 billion").
TIME_CLAUSE_WORDS = ["when"]
# Words for a payment made: a figure they name is paid, not received ("The payments went from $186 million …"
# after the revenue floor they imply): it takes the metric of the last payment before it, not of the revenue.
PAYMENT_NOUNS = ["payments", "payment", "paid out"]
RECEIPT_VERBS = ["collected", "received", "took in", "taken in", "takes in", "pocketed", "banked"]  # the payee's side of a payment
# Words for spending in general: they take the specific cost named nearby.
GENERIC_COST_WORDS = ["costs", "cost", "spending", "spend", "spent", "expenses", "expenditure", "outlay", "bill"]
# Words for a share that say what it is a share of only through the text around them: "its
# share is 20 per cent" after a sentence on the revenue-sharing deal is that deal's rate. The
# value is the metric when nothing nearby says (None: no metric).
GENERIC_SHARE_WORDS = {"share": None}
# A share word followed by one of these and a company is a stake in it ("a share in OpenAI").
STAKE_WORDS = ["in"]

# Dates: "12 November", "November 12, 2025".
DATE_PATTERNS = [
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+{MONTH}\b",
    r"\b{MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b",
]
# Words that mark the end of a clause, for reading who a number belongs to.
CLAUSE_BREAKS = [" that ", ", while", ", whereas", "; ", ", and ", ", but ", " which ", " while "]
# "that" before a time word points at a period ("OpenAI's revenue that year"), it opens no clause
DEMONSTRATIVE_BREAKS = {" that ": ["year", "quarter", "month", "half", "period", "time", "day", "week", "same", "summer", "spring", "autumn", "winter"],
                        # "≥8.6b since inf is only one piece of it": a reason, not the start of a period ("since 2024",
                        # "since the third quarter", "since January", "since Q1")
                        " since ": ["<digit>", "the", "then", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "cy", "last", "early",
                                    "late", "mid", "january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
                                    "aug", "sep", "sept", "oct", "nov", "dec", "its", "launch", "founding"]}
# A break word after a preposition is a pronoun: "$411 million of that was just the third quarter"
PRONOUN_BREAKS = {" that ": ["of", "than", "to", "from", "with", "like", "all", "after", "before"]}
# The word that ends a list, of figures or of what they are: "inference costs and revenue-share payments rose to $3.648 billion and $411 million", one each in turn.
LIST_AND = ["and"]
COORDINATORS = ["and", "but", "while", "whereas"]  # a clause joined on with these has a subject of its own

# --- Spelled-out numbers (read by claims/number_words.py) -------------------
# Owned by the number finder; the grammar is language-free, these are the words.
NUMBER_UNITS = {
    "zero": 0, "naught": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
NUMBER_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
NUMBER_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
NUMBER_HUNDREDS = {"hundred": 100}
# Multipliers after a group of words ("twenty-one thousand"); lakh and crore are
# Indian English. "dozen" multiplies the same way ("two hundred dozens").
NUMBER_SCALES = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "trillions": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7, "lkh": 1e5,
    "dozen": 12, "dozens": 12, "dzs": 12, "dozs": 12,
}
# "a"/"an" is one only before hundred, a scale word or a fraction ("a million", "a third").
NUMBER_ARTICLES = ["a", "an"]
NUMBER_AND = ["and"]
NUMBER_POINT = ["point"]
NUMBER_SPOKEN_ZERO = ["oh"]  # a zero among spoken decimals: "five point oh two"
NUMBER_MINUS = ["minus", "negative"]
# Denominators: "two thirds", "a quarter million", "a hundred trillionths".
# ("first" and "second" are left out: "a second" is time.)
NUMBER_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "thirtieth": 30, "hundredth": 100, "hundredths": 100,
    "thousandth": 1e3, "thousandths": 1e3, "millionth": 1e6, "millionths": 1e6, "billionth": 1e9,
    "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12,
}
# Denominators only "a"/"one" takes: "two millionth" is an ordinal, not 2e-6.
NUMBER_FRACTIONS_SINGULAR: list = [
    "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "thirtieth", "hundredth",
    "thousandth", "millionth", "billionth", "trillionth",
]
NUMBER_PLUS_HALF: dict = {}
# Ordinals that are a denominator only at the end of a compound ("three twenty-firsts").
NUMBER_COMPOUND_ORDINALS = {"first": 1, "firsts": 1}
# Words between two numbers that make them one fraction ("one over three"); True:
# only when the first is smaller ("one in five", but "12 in six boxes" is two numbers).
NUMBER_FRACTION_WORDS = {"over": False, "out of": True, "in": True}
# "one" after these is a pronoun ("the one you mentioned"), not a number.
ONE_IS_PRONOUN_AFTER = ["the", "this", "that", "which", "each", "every", "any", "no", "another"]
# Ranges: "10 to 20", "between 10 and 20"; "from 3 to 8" is a change, not a range.
RANGE_WORDS = ["to"]
RANGE_BETWEEN = ["between"]
# Percent written before its number ("percent of 10").
PERCENT_PREFIXES: list = ["percent of", "per cent of", "percents of"]
RANGE_FROM = ["from"]
# Set phrases that are one number.
NUMBER_PHRASES = {"a couple": 2, "a pair": 2}
# Numbers written as a digit and a scale word that is not money ("322 hundred", "3 dozens").
COUNT_SCALES = {"hundred": 100, "dozen": 12, "dozens": 12, "dzs": 12, "dozs": 12, "doz": 12}
# Metric suffixes glued to digits ("100k", "3M", ".0012G"); lower-case "m" is metres.
METRIC_SUFFIXES = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mil": 1e6, "G": 1e9, "b": 1e9, "B": 1e9}
# Words that may follow an amount in shorthand ("8.67b for 1Q-3Q25"); any other word makes it a count ("38k pageviews").
SHORTHAND_AMOUNT_AFTER = ["for", "in", "since", "and", "vs", "versus", "not", "on", "from", "to", "by", "at", "but", "or", "over", "through", "thru", "last", "this", "per", "a", "each", "of"]

# --- Money words beyond CURRENCIES (read by the number finder) --------------
# Country adjectives that name the currency of the noun after them ("australian dollars").
CURRENCY_ADJECTIVES = {
    "us": "USD", "u.s.": "USD", "u.s": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "swiss": "CHF", "chinese": "CNY",
    "japanese": "JPY", "indian": "INR", "pakistani": "PKR", "turkish": "TRY", "kuwaiti": "KWD",
    "lebanese": "LBP", "egyptian": "EGP", "qatari": "QAR", "saudi": "SAR", "malaysia": "MYR",
    "malaysian": "MYR", "mexican": "MXN", "british": "GBP", "norwegian": "NOK", "swedish": "SEK",
    "danish": "DKK", "south african": "ZAR", "cambodian": "KHR", "dutch": "NLG", "finnish": "FIM",
}
# Currency nouns; "XXX" (ISO 4217: no currency) where the word names no single currency.
CURRENCY_NOUNS = {
    "ringgit": "MYR", "ringgits": "MYR", "shekel": "ILS", "shekels": "ILS", "tugrik": "MNT", "tugriks": "MNT",
    "dinar": "XXX", "dinars": "XXX", "riyal": "XXX", "riyals": "XXX", "rial": "XXX", "rials": "XXX",
    "franc": "XXX", "francs": "XXX", "lira": "TRY", "liras": "TRY", "peseta": "ESP", "pesetas": "ESP",
    "markka": "FIM", "guilder": "NLG", "guilders": "NLG", "bitcoin": "XBT", "bitcoins": "XBT", "btc": "XBT",
    "rmb": "CNY", "kuai": "CNY", "egyptianpound": "EGP", "saudiriyal": "SAR", "geneh": "EGP",
    "genihat masriya": "EGP", "le": "EGP", "l.e.": "EGP", "l.e": "EGP", "rs.": "INR", "rs": "INR",
    "rm": "MYR", "rupi": "INR", "riel": "KHR",
}
# Minor units: an amount in them is counted in the minor unit ("10 cents" -> 10,
# role "minor_unit"); after a major amount they add hundredths ("$20 and 43c" -> 20.43).
MINOR_UNITS = {
    "cents": None, "cent": None, "c": None, "¢": None, "pennies": "GBP", "penny": "GBP", "pence": "GBP",
    "p": "GBP", "sen": "MYR", "sens": "MYR", "paise": "INR", "paisa": "INR", "kopiykas": "UAH",
    "kopiyka": "UAH", "fen": "CNY", "mao": "CNY", "satoshi": "XBT", "satoshis": "XBT",
}
