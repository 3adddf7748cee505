"""Period phrases in each language, as closed date intervals."""
import datetime as dt

import pytest

from claims.lexicon import get
from claims.periods import PeriodResolver
from models import parse_period_label


def periods(lang, text, published=None):
    return [(p.text, p.period.label() if p.period else None)
            for p in PeriodResolver(get(lang), published).find(text)]


@pytest.mark.parametrize("lang, text, phrase, label", [
    ("en", "revenue in Q1 2024 rose", "Q1 2024", "2024-01-01..2024-03-31"),
    ("en", "in the first nine months of 2025", "the first nine months of 2025", "2025-01-01..2025-09-30"),
    ("en", "over the first three quarters of 2025", "the first three quarters of 2025", "2025-01-01..2025-09-30"),
    ("en", "in the first half of 2025", "the first half of 2025", "2025-01-01..2025-06-30"),
    ("en", "in H2 2024", "H2 2024", "2024-07-01..2024-12-31"),
    ("en", "in the third quarter of 2025", "the third quarter of 2025", "2025-07-01..2025-09-30"),
    ("en", "from January to September 2025", "from January to September 2025", "2025-01-01..2025-09-30"),
    ("en", "in October 2025", "in October 2025", "2025-10-01..2025-10-31"),
    ("en", "by the end of 2025", "by the end of 2025", "2025-12-31..2025-12-31"),
    ("en", "spent in 2024", "in 2024", "2024-01-01..2024-12-31"),
    ("nb", "i de første ni månedene av 2025", "de første ni månedene av 2025", "2025-01-01..2025-09-30"),
    ("nb", "For de tre første kvartalene av 2025 nådde", "de tre første kvartalene av 2025", "2025-01-01..2025-09-30"),
    ("nb", "i første halvår 2025", "første halvår 2025", "2025-01-01..2025-06-30"),
    ("nb", "i andre kvartal 2024", "andre kvartal 2024", "2024-04-01..2024-06-30"),
    ("nb", "for hele 2024", "for hele 2024", "2024-01-01..2024-12-31"),
    ("nb", "på bare ni måneder av 2025", "ni måneder av 2025", "2025-01-01..2025-09-30"),
    ("nb", "I oktober 2025 fullførte", "I oktober 2025", "2025-10-01..2025-10-31"),
    ("de", "In den ersten drei Quartalen 2025 seien", "den ersten drei Quartalen 2025", "2025-01-01..2025-09-30"),
    ("de", "in den ersten neun Monaten 2025", "den ersten neun Monaten 2025", "2025-01-01..2025-09-30"),
    ("de", "im Kalenderjahr 2024 rund", "im Kalenderjahr 2024", "2024-01-01..2024-12-31"),
    ("de", "im ersten Halbjahr 2025", "ersten Halbjahr 2025", "2025-01-01..2025-06-30"),
    ("de", "im dritten Quartal 2025", "dritten Quartal 2025", "2025-07-01..2025-09-30"),
    ("de", "ab Ende 2025", "ab Ende 2025", "2025-12-31..2025-12-31"),
])
def test_period_phrases(lang, text, phrase, label):
    assert (phrase, label) in periods(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "up from last quarter"), ("nb", "bare i siste kvartal"), ("de", "im letzten Quartal"),
])
def test_relative_quarter_needs_a_publication_date(lang, text):
    assert periods(lang, text)[0][1] is None
    assert periods(lang, text, dt.date(2025, 11, 12))[0][1] == "2025-07-01..2025-09-30"
    assert periods(lang, text, dt.date(2025, 2, 1))[0][1] == "2024-10-01..2024-12-31"


@pytest.mark.parametrize("lang, text", [("en", "compared with last year"), ("nb", "i fjor"), ("de", "im Vorjahr")])
def test_relative_year(lang, text):
    assert periods(lang, text, dt.date(2025, 11, 12))[0][1] == "2024-01-01..2024-12-31"


@pytest.mark.parametrize("label, start, end", [
    ("2024", "2024-01-01", "2024-12-31"), ("2024-Q4", "2024-10-01", "2024-12-31"),
    ("2025-H1", "2025-01-01", "2025-06-30"), ("2025-Q1..2025-Q3", "2025-01-01", "2025-09-30"),
    ("2025-10", "2025-10-01", "2025-10-31"), ("2025-12-31", "2025-12-31", "2025-12-31"),
])
def test_period_labels(label, start, end):
    p = parse_period_label(label)
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize("bad", ["2025-Q5", "last year", "2025-13", ""])
def test_bad_period_labels(bad):
    with pytest.raises(ValueError):
        parse_period_label(bad)


@pytest.mark.parametrize("lang, text, phrase", [
    ("en", "up from $1.3 billion in the same stretch of 2024", "the same stretch of 2024"),
    ("en", "against the same quarter of 2024", "the same quarter of 2024"),
    ("nb", "mot 1,3 milliarder i samme periode i 2024", "i samme periode i 2024"),
    ("de", "nach 1,3 Milliarden im gleichen Zeitraum 2024", "im gleichen Zeitraum 2024"),
])
def test_the_same_span_of_a_year_waits_for_the_period_before_it(lang, text, phrase):
    """Not all of 2024: the months come from the period named before it (claims.normalize)."""
    found = PeriodResolver(get(lang)).find(text)
    assert [(p.text, p.shape, p.year, p.period) for p in found] == [(phrase, "same_span", 2024, None)]


@pytest.mark.parametrize("label, year, moved", [
    ("2025-01-01..2025-06-30", 2024, "2024-01-01..2024-06-30"),
    ("2025-07-01..2025-09-30", 2023, "2023-07-01..2023-09-30"),
    ("2024-12-01..2025-02-28", 2024, "2023-12-01..2024-02-29"),  # a leap year's February
])
def test_same_span_moves_the_months(label, year, moved):
    from claims.periods import same_span
    assert same_span(parse_period_label(label), year).label() == moved


@pytest.mark.parametrize("lang, text, phrase, label", [
    ("nb", "for de tre første kvartalene i år var", "de tre første kvartalene i år", "2025-01-01..2025-09-30"),
    ("en", "in the first half of this year", "the first half of this year", "2025-01-01..2025-06-30"),
    ("en", "In the July-September quarter of this year", "July-September quarter of this year",
     "2025-07-01..2025-09-30"),
    ("de", "in den ersten drei Quartalen des laufenden Jahres", "den ersten drei Quartalen des laufenden Jahres",
     "2025-01-01..2025-09-30"),
    ("nb", "brukte selskapet i år", "i år", "2025-01-01..2025-12-31"),
])
def test_this_year_is_the_year_of_publication(lang, text, phrase, label):
    published = dt.date(2025, 11, 13)
    assert periods(lang, text, published) == [(phrase, label)]
    found = PeriodResolver(get(lang), published).find(text)[0]
    assert found.period.how == "published"
    assert periods(lang, text) == [(phrase, None)]  # no date: no period, not a guess


@pytest.mark.parametrize("lang, text", [
    ("en", "spent so far this year"), ("nb", "brukt hittil i år"), ("de", "bisher in diesem Jahr ausgegeben"),
])
def test_so_far_this_year_is_open_ended(lang, text):
    found = PeriodResolver(get(lang), dt.date(2025, 11, 13)).find(text)
    assert [(p.shape, p.period) for p in found] == [("since", None)]


@pytest.mark.parametrize("lang, text", [
    ("en", "against the same period last year"), ("en", "the same quarter a year earlier"),
    ("nb", "i samme kvartal året før"), ("nb", "i samme periode i fjor"),
    ("de", "im gleichen Quartal des Vorjahres"),
])
def test_the_same_span_a_year_before(lang, text):
    found = PeriodResolver(get(lang), dt.date(2025, 11, 13)).find(text)
    assert [(p.shape, p.year, p.year_before) for p in found] == [("same_span", None, True)]


@pytest.mark.parametrize("lang, text, phrase, span", [
    ("en", "in the three months to September alone", "the three months to September", (9, 3)),
    ("en", "over the twelve months to June", "the twelve months to June", (6, 12)),
    ("en", "in the September quarter", "the September quarter", (9, 3)),
    ("en", "the tables show for January to June.", "January to June", (6, 6)),
    ("nb", "betalte fra januar til september", "fra januar til september", (9, 9)),
    ("de", "von Januar bis Juni", "von Januar bis Juni", (6, 6)),
    ("de", "davon im zweiten Quartal allein", "zweiten Quartal", (6, 3)),
    ("en", "third-quarter inference was", "third-quarter", (9, 3)),
    ("en", "between January and September", "between January and September", (9, 9)),
    ("en", "In the year to September, inference", "the year to September", (9, 12)),
    ("en", "in its fiscal year that ended in June, OpenAI", "fiscal year that ended in June", (6, 12)),
    ("en", "for the financial year ending June 30, it paid", "the financial year ending June 30", (6, 12)),
    ("nb", "i regnskapsåret som endte i juni betalte", "regnskapsåret som endte i juni", (6, 12)),
    ("de", "im Ende Juni abgelaufenen Geschäftsjahr zahlte", "im Ende Juni abgelaufenen Geschäftsjahr", (6, 12)),
    ("de", "im Geschäftsjahr bis Ende Juni zahlte", "Geschäftsjahr bis Ende Juni", (6, 12)),
    ("nb", "mellom januar og september", "mellom januar og september", (9, 9)),
    ("de", "zwischen Januar und September", "zwischen Januar und September", (9, 9)),
])
def test_months_with_no_year_wait_for_the_year_named_before(lang, text, phrase, span):
    found = PeriodResolver(get(lang), dt.date(2025, 11, 14)).find(text)
    assert [(p.text, p.span, p.period) for p in found] == [(phrase, span, None)]


@pytest.mark.parametrize("lang, text", [
    ("en", "in the first quarter of Microsoft's fiscal year"),
    ("de", "im ersten Quartal seines Geschäftsjahres 2026"),
    ("de", "für das erste Quartal des Geschäftsjahres"),
])
def test_a_fiscal_quarter_is_not_a_bare_quarter(lang, text):
    assert all(not p.shape.endswith("_noyear") for p in PeriodResolver(get(lang)).find(text))


@pytest.mark.parametrize("lang, text, phrase, label", [
    ("nb", "etter nesten 1,5 mrd. i siste kvartal i fjor", "siste kvartal i fjor", "2024-10-01..2024-12-31"),
    ("nb", "i første halvår i fjor", "første halvår i fjor", "2024-01-01..2024-06-30"),
    ("nb", "for hele fjoråret", "for hele fjoråret", "2024-01-01..2024-12-31"),
    ("en", "in the third quarter of last year", "the third quarter of last year", "2024-07-01..2024-09-30"),
    ("de", "im dritten Quartal des vergangenen Jahres", "dritten Quartal des vergangenen Jahres",
     "2024-07-01..2024-09-30"),
])
def test_last_year_is_the_year_before_publication(lang, text, phrase, label):
    published = dt.date(2025, 11, 19)
    assert periods(lang, text, published) == [(phrase, label)]
    assert PeriodResolver(get(lang), published).find(text)[0].period.how == "published"
    assert periods(lang, text) == [(phrase, None)]  # no date: no period


@pytest.mark.parametrize("lang, text, published, label", [
    ("en", "in the final quarter of 2024", dt.date(2025, 11, 19), "2024-10-01..2024-12-31"),
    ("de", "im letzten Quartal 2024", dt.date(2025, 11, 19), "2024-10-01..2024-12-31"),
    ("en", "in the final quarter of 2025", dt.date(2025, 11, 19), "2025-10-01..2025-12-31"),
    # in the publication's own year "im letzten Quartal" may be the fourth or the latest: no guess
    ("de", "im letzten Quartal 2025", dt.date(2025, 11, 19), None),
    ("nb", "i siste kvartal av 2025", dt.date(2025, 11, 19), None),
    ("en", "in the opening quarter of 2025", None, "2025-01-01..2025-03-31"),
    ("en", "in the third-quarter of 2025", None, "2025-07-01..2025-09-30"),
    ("en", "In the December quarter of 2024 it", None, "2024-10-01..2024-12-31"),
    ("en", "by the June quarter of this year", dt.date(2025, 12, 3), "2025-04-01..2025-06-30"),
    ("en", "between January and June 2025", None, "2025-01-01..2025-06-30"),
    ("nb", "mellom januar og juni 2025", None, "2025-01-01..2025-06-30"),
    ("de", "zwischen Januar und Juni 2025", None, "2025-01-01..2025-06-30"),
    ("en", "in the year to September 2025", None, "2024-10-01..2025-09-30"),
    ("en", "the twelve months to the end of June 2025", None, "2024-07-01..2025-06-30"),
    # the company's year end written out: the twelve months to it, whoever's year it is
    ("en", "in Microsoft's fiscal year ended June 30, 2025", None, "2024-07-01..2025-06-30"),
    ("en", "in its fiscal year that ended on 30 June 2025", None, "2024-07-01..2025-06-30"),
    ("nb", "i regnskapsåret som endte 30. juni 2025", None, "2024-07-01..2025-06-30"),
    ("nb", "de tolv månedene fram til juni 2025", None, "2024-07-01..2025-06-30"),
    ("de", "im Geschäftsjahr bis Ende Juni 2025", None, "2024-07-01..2025-06-30"),
    ("de", "im am 30. Juni 2025 abgelaufenen Geschäftsjahr", None, "2024-07-01..2025-06-30"),
    ("de", "im Geschäftsjahr, das im Juni 2025 endete,", None, "2024-07-01..2025-06-30"),
    ("en", "from January 2024 to September 2025", None, "2024-01-01..2025-09-30"),
    ("nb", "Fra januar 2024 til september 2025 fikk", None, "2024-01-01..2025-09-30"),
    ("de", "von Januar 2024 bis September 2025", None, "2024-01-01..2025-09-30"),
])
def test_more_ways_to_name_a_period(lang, text, published, label):
    [(_, found)] = periods(lang, text, published)
    assert found == label


def test_the_previous_years_span_in_german():
    [p] = PeriodResolver(get("de")).find("gegenüber 2,3 Mrd. Dollar im Vorjahreszeitraum")
    assert (p.text, p.shape, p.year_before) == ("im Vorjahreszeitraum", "same_span", True)


@pytest.mark.parametrize("lang, text, phrase", [
    ("nb", "Fra oktober i fjor til mars i år fikk Microsoft", "Fra oktober i fjor til mars i år"),
    ("en", "from October last year to March this year", "from October last year to March this year"),
])
def test_a_month_range_across_years_named_from_the_publication_date(lang, text, phrase):
    assert periods(lang, text, dt.date(2025, 11, 26)) == [(phrase, "2024-10-01..2025-03-31")]
    assert periods(lang, text) == [(phrase, None)]  # no date: no period


@pytest.mark.parametrize("lang, text", [
    ("en", "in the first quarter of the previous year"), ("de", "im ersten Quartal des Vorjahres"),
    ("nb", "i første kvartal året før"),
])
def test_the_year_before_the_one_just_named_is_not_last_year(lang, text):
    """"OpenAI gab 2023 wenig aus. Im ersten Quartal des Vorjahres …" means 2022, not the
    year before publication: these are never resolved from the date line."""
    assert all(label is None for _, label in periods(lang, text, dt.date(2025, 11, 19)))


@pytest.mark.parametrize("lang, text", [
    ("en", "in the three months to June 2025 and September 2025 brought"),
    ("nb", "i mars 2024 og juni 2025"),
])
def test_two_months_joined_by_and_are_not_a_range(lang, text):
    assert all(" and " not in phrase and " og " not in phrase for phrase, _ in periods(lang, text))


@pytest.mark.parametrize("lang, text, phrase, label", [
    ("en", "Inference, Q3/25: USD 3.648bn", "Q3/25", "2025-07-01..2025-09-30"),
    ("en", "Inference, Q3'25: USD 3.648bn", "Q3'25", "2025-07-01..2025-09-30"),
    ("en", "revenue in 3Q25", "3Q25", "2025-07-01..2025-09-30"),
    ("en", "Inference, H1'25: USD 5,022m", "H1'25", "2025-01-01..2025-06-30"),
    ("en", "revenue in 1H 2025", "1H 2025", "2025-01-01..2025-06-30"),
    ("en", "Implied min. revenue, 9M'25: USD 4.3bn", "9M'25", "2025-01-01..2025-09-30"),
    ("en", "Rev share (Jul'24–Jun'25): USD 761m", "Jul'24–Jun'25", "2024-07-01..2025-06-30"),
    ("de", "Q3/2025: 411 Mio. Dollar", "Q3/2025", "2025-07-01..2025-09-30"),
    ("de", "im H1/25 waren es", "H1/25", "2025-01-01..2025-06-30"),
    ("nb", "inferens i Q3'25 var", "Q3'25", "2025-07-01..2025-09-30"),
])
def test_analysts_period_shorthand(lang, text, phrase, label):
    assert (phrase, label) in periods(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "FY24 results"), ("en", "FQ1'26 guidance"),
])
def test_fiscal_shorthand_waits_for_the_company(lang, text):
    """"FY24" is the company's fiscal year: read with the company (claims.normalize), not here."""
    [(phrase, label)] = periods(lang, text)
    assert label is None


@pytest.mark.parametrize("lang, text", [
    ("en", "GPT-5 and o3 launched; 4Q is not a year"), ("en", "a 7-year deal"), ("en", "Q3 25 people"),
])
def test_shorthand_needs_its_year(lang, text):
    """No period of its own: a bare "4Q" is at most a quarter waiting for a year from its context."""
    assert all(label is None for _, label in periods(lang, text))


@pytest.mark.parametrize("lang, text, phrase", [
    ("en", "in the first three quarters, OpenAI spent", "the first three quarters"),
    ("de", "in den ersten drei Quartalen die Rede", "den ersten drei Quartalen"),
    ("nb", "i de tre første kvartalene brukte", "de tre første kvartalene"),
    ("de", "für die ersten sechs Monate rund", "die ersten sechs Monate"),
])
def test_first_quarters_with_no_year_take_the_publication_year(lang, text, phrase):
    found = periods(lang, text)
    assert [p for p, _ in found] == [phrase]


def test_a_german_half_year_abbreviated():
    assert ("2. Hj. 2024", "2024-07-01..2024-12-31") in periods("de", "| 2. Hj. 2024 | 2.472,0 |")


@pytest.mark.parametrize("text, phrase", [
    ("2024 gab OpenAI knapp 2,5 Milliarden Dollar für Inferenz aus.", "2024 "),
    ("OpenAI überwies 2024 rund 0,3 Mrd. $ an Microsoft.", "2024 "),
])
def test_a_bare_german_year_as_an_adverb(text, phrase):
    assert (phrase, "2024-01-01..2024-12-31") in periods("de", text)


def test_a_bare_german_year_before_a_noun_is_no_period():
    assert periods("de", "Die Zahl 2024 Mitarbeiter stieg.") == []
