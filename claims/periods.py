"""Period phrases ("de tre første kvartalene av 2025", "Q1 2024", "im
Kalenderjahr 2024") turned into closed date intervals."""
from __future__ import annotations

import bisect
import calendar

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from claims.lexicon import Lexicon, fold
from models import Period, months, quarter


@dataclass(frozen=True)
class PeriodPhrase:
    start: int
    end: int
    text: str
    period: Optional[Period]  # None when relative and no publication date is known, or fiscal
    shape: str
    fiscal: Optional[tuple] = None  # (quarter or None, fiscal year or None): needs the company
    year: Optional[int] = None  # the year a "same_span" phrase moves the period just named to
    year_before: bool = False  # ... or "a year earlier": the year before the period just named
    span: Optional[tuple[int, int]] = None  # a "*_noyear" phrase: (last month, number of months)


def fiscal_period(year_end: str, quarter_no: Optional[int], fiscal_year: Optional[int]) -> Optional[Period]:
    """Fiscal year Y ends in the month of `year_end` ("06-30") of year Y; quarter q is its q-th quarter."""
    if fiscal_year is None:
        return None
    end_month = int(year_end.split("-")[0])
    first = fiscal_year * 12 + end_month - 12  # months since year 0 of the fiscal year's first month, zero-based
    if quarter_no:
        first += 3 * (quarter_no - 1)
        length = 3
    else:
        length = 12
    last = first + length - 1
    start = dt.date(first // 12, first % 12 + 1, 1)
    return Period(start=start, end=months(last // 12, last % 12 + 1, last % 12 + 1).end, how="stated")


def find_dateline(text: str, lex: Lexicon) -> Optional[dt.date]:
    """"Publisert 12. november" near the top; with no year, the latest year the article names."""
    return dateline_date(dateline_match(text, lex), text, lex)


def dateline_date(m: Optional[re.Match], text: str, lex: Lexicon) -> Optional[dt.date]:
    """The date a publication line (`dateline_match`) gives."""
    if m is not None:
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else 2000 + int(g["yy"]) if g.get("yy") else None
        if year is None:
            years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)]
            year = max(years) if years else None
        month = int(m.group("nmonth")) if m.groupdict().get("nmonth") else lex.month(fold(m.group("month")))
        try:
            return dt.date(year, month, int(m.group("day"))) if year and month else None
        except ValueError:
            return None
    return None


def dateline_match(text: str, lex: Lexicon) -> Optional[re.Match]:
    """Where the publication line is: its date is when the article appeared, not a period the
    figures are about ("NEW YORK, 13. Nov 2025 (Agentur) - Die Zahlungen ...")."""
    head = text[:800]
    folded = head.casefold()
    return next((m for m in (p.search(head, folded) for p in lex.dateline_res) if m), None)


class _Spans:
    """Non-overlapping [start, end) spans kept sorted: whether a new one overlaps any is two
    bisections, not a pass over all (a table cell of thousands of quarters made that quadratic)."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before `end`; the last of them reaches furthest
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class PeriodResolver:
    """Finds the period phrases of one language in a text."""

    def __init__(self, lex: Lexicon, published: Optional[dt.date] = None, dateline: tuple[int, int] = (0, 0)):
        self.lex = lex
        self.published = published
        self.dateline = dateline  # [start, end) of the publication line: no period phrase is read there
        self.sub_before = [fold(w) for w in lex.data.SUBPERIOD_BEFORE]
        self.since_before = [fold(w) for w in lex.data.SINCE_BEFORE]
        self.dated_before = [fold(w) for w in lex.data.DATED_BEFORE]

    def find(self, text: str, offset: int = 0) -> list[PeriodPhrase]:
        found: list[PeriodPhrase] = []
        asides: set[int] = set()  # where "the last of 2024" phrases start
        taken = _Spans()
        folded = text.casefold()
        for pattern, shape in self.lex.period_res:  # patterns are listed most specific first
            for m in pattern.finditer(text, folded):
                if taken.overlaps(m.start(), m.end()) or self._in_dateline(m, offset):
                    continue
                taken.add(m.start(), m.end())
                fiscal = None
                if shape.startswith("fiscal"):
                    g = m.groupdict()
                    fiscal = (self.lex.ordinal(g["ord"], 4) if g.get("ord") else None,
                              self._year_of(m))
                year = self._year_of(m) if shape == "same_span" else None
                before = bool(m.groupdict().get("before"))
                if shape == "elided":
                    found.extend(self._elided(m, offset, found))
                    continue
                if shape == "elided_of_year":
                    found.append(self._elided_of_year(m, offset))
                    asides.add(m.start() + offset)
                    continue
                if self._after(text, m, self.since_before):  # "Since Q1'24 … in total": open-ended, no period to check against
                    found.append(PeriodPhrase(m.start() + offset, m.end() + offset, m.group(0), None, "since"))
                    continue
                if self._after(text, m, self.dated_before):  # "documents dated November 2025": no figure's period
                    found.append(PeriodPhrase(m.start() + offset, m.end() + offset, m.group(0), None, "dated"))
                    continue
                if self._after(text, m, self.sub_before):  # "the first month of Q3 2025": a month, not the quarter
                    found.append(PeriodPhrase(m.start() + offset, m.end() + offset, m.group(0), None, "part"))
                    continue
                span = self._span_without_year(m, shape) if shape.endswith("_noyear") else None
                period = self._period(m, shape)
                if period is None and shape == "month_year_range" and not m.groupdict().get("year") \
                        and m.groupdict().get("month2"):
                    span = self._span_without_year(m, "year_through_noyear")  # "this year through September", undated
                found.append(PeriodPhrase(m.start() + offset, m.end() + offset, m.group(0),
                                          period, shape, fiscal, year, before, span))
        found.sort(key=lambda p: p.start)
        found = self._years_before_noyear(text, offset, found)
        return self._with_asides(text, offset, found, asides) if asides else found

    @staticmethod
    def _years_before_noyear(text: str, offset: int, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
        """"heuer in den ersten drei Quartalen", "last year in the second quarter": a year named right before a
        phrase with none is its year; the two are one phrase."""
        out: list[PeriodPhrase] = []
        for p in found:
            q = out[-1] if out else None
            gap = text[q.end - offset:p.start - offset].split() if q is not None else []
            if q is not None and p.shape.endswith("_noyear") and p.span and q.shape in ("year", "last_year") \
                    and q.period is not None and q.period.months() == 12 and len(gap) <= 2 \
                    and all(w.isalpha() and w.islower() and len(w) <= 3 for w in gap) \
                    and (period := part_of_year(p.span, q.period.start.year)) is not None:
                out[-1] = PeriodPhrase(q.start, p.end, text[q.start - offset:p.end - offset],
                                       period.with_how(q.period.how),
                                       "first_months" if p.shape == "year_through_noyear" else p.shape.removesuffix("_noyear"))
                continue
            out.append(p)
        return out

    @staticmethod
    def _with_asides(text: str, offset: int, found: list[PeriodPhrase], asides: set[int]) -> list[PeriodPhrase]:
        """"in the preceding quarter, the second of 2025,": the step (or a quarter with no year) and the aside
        naming it are one phrase, with the aside's period."""
        out: list[PeriodPhrase] = []
        for p in found:
            before = out[-1] if out else None
            if p.start in asides and p.period is not None and before is not None \
                    and (before.shape in STEPS or before.shape in ("last_quarter", "quarter_noyear")) \
                    and text[before.end - offset:p.start - offset].strip() == ",":
                out[-1] = dataclasses.replace(p, start=before.start, text=text[before.start - offset:p.end - offset])
                continue
            out.append(p)
        return out

    def _elided(self, m: re.Match, offset: int, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
        """"im ersten Quartal 2025 206 Mio. Dollar und im zweiten 248 Mio.": an ordinal whose noun is
        left out takes the unit and year of the quarter or half named just before it, or is no period."""
        before = [p for p in found if p.end <= m.start() + offset and p.shape in ("quarter", "half") and p.period]
        if not before:
            return self._elided_noyear(m, offset, found)
        named = max(before, key=lambda p: p.end)
        parts = 4 if named.shape == "quarter" else 2
        n, named_n = self.lex.ordinal(m.group("ord"), parts), self._ordinal_of(named, parts)
        between = m.string[named.end - offset:m.start()]
        # "the first month of Q3 … in the second", "in the first, $300m; in the second": not quarters
        if n is None or named_n is None or n <= named_n or self.lex.ordinal_re.search(between):
            return []  # (a later one: "im ersten Quartal 2025 … 2'075 Mio., im dritten bei 3'648 Mio.")
        g = {"ord": m.group("ord")}
        period = self._period_in(g, named.shape, named.period.end.year)
        if period is None or period == named.period:
            return []
        return [PeriodPhrase(m.start() + offset, m.end() + offset, m.group(0), period.with_how(named.period.how),
                             named.shape)]

    def _elided_noyear(self, m: re.Match, offset: int, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
        """"$2.075 billion in the first quarter, 42% more in the second": the next quarter (or half) after one named
        with no year, with no year either (the reader gives both the year named before them)."""
        before = [p for p in found if p.end <= m.start() + offset and p.shape in ("quarter_noyear", "half_noyear") and p.span]
        if not before:
            return []
        named = max(before, key=lambda p: p.end)
        size = named.span[1]
        n = self.lex.ordinal(m.group("ord"), 12 // size)
        between = m.string[named.end - offset:m.start()]
        if n is None or n != named.span[0] // size + 1 or self.lex.ordinal_re.search(between):
            return []
        return [PeriodPhrase(m.start() + offset, m.end() + offset, m.group(0), None, named.shape, span=(n * size, size))]

    def _elided_of_year(self, m: re.Match, offset: int) -> PeriodPhrase:
        """"In the previous quarter, the last of 2024, …": the aside's noun is the quarter the words before
        it name; with no quarter there, it names no period (not the year it gives)."""
        lead = fold(m.string[max(0, m.start() - 60):m.start()])
        quarterly = any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", lead) for w in self.lex.data.QUARTER_NOUNS)
        period = self._period(m, "quarter") if quarterly else None
        return PeriodPhrase(m.start() + offset, m.end() + offset, m.group(0), period, "quarter" if period else "part")

    @staticmethod
    def _after(text: str, m: re.Match, words: list[str]) -> bool:
        """Whether the phrase comes right after one of the words ("since Q1'24", "the first month of Q3")."""
        lead = " " + fold(" ".join(text[max(0, m.start() - 20):m.start()].split())) + " "
        return any(lead.endswith(f" {w} ") for w in words)

    @staticmethod
    def _ordinal_of(phrase: PeriodPhrase, parts: int) -> Optional[int]:
        """Which quarter or half of its year a stated phrase is (from its months)."""
        size = 12 // parts
        return (phrase.period.end.month // size) if phrase.period and phrase.period.end.month % size == 0 else None

    def _in_dateline(self, m: re.Match, offset: int) -> bool:
        a, b = self.dateline
        return a <= m.start() + offset and m.end() + offset <= b

    def _span_without_year(self, m: re.Match, shape: str) -> Optional[tuple[int, int]]:
        """(last month, number of months) of a phrase that names no year: "the second
        quarter" (6, 3), "January to June" (6, 6), "the twelve months to June" (6, 12)."""
        g = m.groupdict()
        if shape in ("first_quarters_noyear", "first_months_noyear"):  # "the first three quarters": (9, 9)
            n = (self.lex.count_word(g["num"]) or 0) * (3 if shape == "first_quarters_noyear" else 1)
            return (n, n) if 1 <= n <= 12 else None
        if shape in ("quarter_noyear", "half_noyear"):
            size = 3 if shape == "quarter_noyear" else 6
            n = self.lex.ordinal(g["ord"], 12 // size) or 0
            return (n * size, size) if 1 <= n <= 12 // size else None
        last = self.lex.month(fold(g.get("month2") or g["month"])) or 0
        if shape == "year_through_noyear":  # "through September": (9, 9)
            return (last, last) if last else None
        if shape == "month_range_noyear":
            first = self.lex.month(fold(g["month"])) or 0
            return (last, last - first + 1) if 1 <= first <= last else None
        n = 3 if shape == "quarter_to_noyear" else self._months_counted(g)
        return (last, n) if last and 1 <= n <= 24 else None

    def _quarter_number(self, word: str) -> int:
        return int(word) if word.isdigit() else self.lex.ordinal(word, 4) or 0

    def _months_counted(self, g: dict) -> int:
        """"the nine months to September": 9; "the year to September": 12."""
        return (self.lex.count_word(g["num"]) or 0) if g.get("num") else 12

    def _year_of(self, m: re.Match) -> Optional[int]:
        """The year written, or the publication's for "this year", the one before for "last
        year" (None when there is no publication date)."""
        g = m.groupdict()
        if g.get("year"):
            return int(g["year"])
        if g.get("yy"):
            return 2000 + int(g["yy"])
        if self.published is None:
            return None
        return self.published.year if g.get("thisyear") else self.published.year - 1 if g.get("lastyear") else None

    def _period(self, m: re.Match, shape: str) -> Optional[Period]:
        g = m.groupdict()
        year = self._year_of(m)
        if g.get("thisyear") or g.get("lastyear") or g.get("thisyear2"):  # "i fjor": from the publication date, else none
            period = self._period_in(g, shape, year) if year is not None else None
            return period.with_how("published") if period else None
        return self._period_in(g, shape, year)

    def _period_in(self, g: dict, shape: str, year: Optional[int]) -> Optional[Period]:
        if shape.startswith(("fiscal", "step_")) or shape in ("since", "same_span") or shape.endswith("_noyear"):
            return None  # resolved with the company's fiscal year or the period named before (claims.normalize)
        if shape in ("last_quarter", "last_year"):
            return self._relative(shape)
        if shape == "recent_quarters":
            return self._recent_quarters(self.lex.count_word(g["num"]) or 0)
        if shape == "first_quarters":
            return quarter_span(year, self.lex.count_word(g["num"]))
        if shape in ("last_quarters", "last_months"):  # "the last two quarters of 2024": the year's end
            n = (self.lex.count_word(g["num"]) or 0) * (3 if shape == "last_quarters" else 1)
            return months(year, 13 - n, 12) if 1 <= n <= 12 else None
        if shape == "first_quarters_q":
            return quarter_span(year, int(g["q2"]))
        if shape == "first_months":
            n = self.lex.count_word(g["num"])
            return months(year, 1, n) if n else None
        if shape == "quarter":
            if self.lex.is_latest_ordinal(g["ord"]) and (self.published is None or year >= self.published.year):
                return None  # "siste kvartal av 2025" in November 2025: the fourth, or the latest? Not a guess.
            return quarter(year, self.lex.ordinal(g["ord"], 4) or 0)
        if shape in ("quarter_pair", "quarter_range"):  # "the second and third quarters", "Q2-Q4": one period
            q1, q2 = self._quarter_number(g["ord"]), self._quarter_number(g["ord2"])
            last = q1 + 1 if shape == "quarter_pair" else q2  # (two quarters apart are two periods, not a pair)
            return months(year, 3 * q1 - 2, 3 * q2) if 1 <= q1 < q2 == last <= 4 else None
        if shape == "half":
            h = self.lex.ordinal(g["ord"], 2) or 0
            return months(year, 6 * h - 5, 6 * h) if h in (1, 2) else None
        if shape == "month_range":
            return months(year, self.lex.month(fold(g["month"])) or 0, self.lex.month(fold(g["month2"])) or 0)
        if shape == "month":
            mo = self.lex.month(fold(g["month"])) or 0
            return months(year, mo, mo)
        if shape == "month_year_range":
            first = self.lex.month(fold(g["month"])) or 0 if g.get("month") else int(g["nmonth"]) if g.get("nmonth") \
                else 1  # "from the start of 2024"
            last = int(g["nmonth2"]) if g.get("nmonth2") else self.lex.month(fold(g["month2"])) or 0
            year2 = int(g["year2"]) if g.get("year2") else 2000 + int(g["yy2"]) if g.get("yy2") else \
                self.published.year if self.published else None
            year = year if year is not None or g.get("thisyear") or g.get("lastyear") else year2  # "01.01.–30.09.2025"
            period = months_between(year, first, year2, last) if year is not None and year2 is not None else None
            # "through June 30": whole months only; "through July 30" is no stretch of the data's periods
            return period if period is None or not g.get("day2") or period.end.day == int(g["day2"]) else None
        if shape in ("quarter_to", "months_to"):
            n = 3 if shape == "quarter_to" else self._months_counted(g)
            return months_ending(year, self.lex.month(fold(g["month"])) or 0, n)
        if shape == "year_end":
            return Period(start=dt.date(year, 12, 31), end=dt.date(year, 12, 31), how="stated")
        return months(year, 1, 12)

    def relative_to_publication(self, shape: str) -> Optional[Period]:
        """"last quarter", "last year": counted back from the publication date."""
        return self._relative(shape)

    def _recent_quarters(self, n: int) -> Optional[Period]:
        """"the last four reported quarters": the n quarters up to the last one before the publication date."""
        last = self._relative("last_quarter")
        if last is None or not 1 <= n <= 8:
            return None
        return months_ending(last.end.year, last.end.month, 3 * n).with_how("published")

    def _relative(self, shape: str) -> Optional[Period]:
        if self.published is None:
            return None
        p = self.published
        if shape == "last_year":
            return months(p.year - 1, 1, 12, how="published")
        q = (p.month - 1) // 3  # the quarter before the one the date falls in
        return quarter(p.year, q, "published") if q else quarter(p.year - 1, 4, "published")


def part_of_year(span: Optional[tuple[int, int]], year: int) -> Optional[Period]:
    """The months of a phrase with no year in `year`: (6, 3) in 2024 -> Q2 2024."""
    period = months_ending(year, *span) if span else None
    return period.with_how("context") if period else None


def same_span(period: Period, year: int) -> Period:
    """The months of `period` moved to `year` (its last month's year): H1 2025 -> H1 2024."""
    shift = year - period.end.year
    end = months(period.end.year + shift, period.end.month, period.end.month).end
    start = months(period.start.year + shift, period.start.month, period.start.month).start
    return Period(start=start, end=end, how="context")


def months_ending(year: int, month: int, n: int) -> Optional[Period]:
    """The n months that end with `month` of `year` ("the quarter to September 2025")."""
    if not (1 <= month <= 12 and 1 <= n <= 24):
        return None
    first = year * 12 + month - n  # months since year 0, zero-based
    start = dt.date(first // 12, first % 12 + 1, 1)
    end = months(year, month, month).end
    return Period(start=start, end=end, how="stated")


def months_between(year: int, month: int, year2: int, month2: int) -> Optional[Period]:
    """From `month` of `year` to `month2` of `year2` ("January 2024 to September 2025")."""
    if not (1 <= month <= 12 and 1 <= month2 <= 12) or (year2, month2) < (year, month):
        return None
    return Period(start=dt.date(year, month, 1), end=months(year2, month2, month2).end, how="stated")


def quarter_span(year: int, n: Optional[int]) -> Optional[Period]:
    return months(year, 1, 3 * n) if n and 1 <= n <= 4 else None


STEP_BACK = {"last_quarter": "quarter", "last_year": "year"}  # the period shapes counted back from the publication date
# Phrases that name the period a step from the one named before them ("in the previous quarter", "ein Jahr
# später"): the unit and the direction of the step.
STEPS = {"step_back_quarter": ("quarter", 1), "step_fwd_quarter": ("quarter", -1),
         "step_back_year": ("year", 1), "step_fwd_year": ("year", -1),
         # "the year before": a year back from a year, or from a shorter period with "the same period" beside it;
         # after "the first nine months of 2025" alone it may mean all of 2024, so it is left open there
         "step_back_year_loose": ("year", 1)}


def shift(period, step: str, times: int = 1):
    """The same-length period one quarter or one year earlier (`times` -1: later)."""
    months_back = (3 if step == "quarter" else 12) * times

    def back(d: dt.date, end: bool) -> dt.date:
        total = d.year * 12 + d.month - 1 - months_back
        year, month = divmod(total, 12)
        if end:
            return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])
        return dt.date(year, month + 1, 1)
    return Period(start=back(period.start, False), end=back(period.end, True), how="context")
