"""Whose number, what it measures, for when: read from the sentence or carried from context."""
import pytest

from pipeline import ArticleInput, check_article


def read(text, lang, **kw):
    result = check_article(text, ArticleInput(language=lang, **kw))
    for c in result.claims:
        assert text[c.span[0]:c.span[1]] == c.value_text
    return {c.value_text: c for c in result.claims}


def test_entity_metric_period_in_one_sentence():
    c = read("In Q2 2025 OpenAI spent $2.947 billion on inference.", "en")["$2.947 billion"]
    assert (c.entity, c.metric, c.period.label(), c.period.how, c.verdict) == \
        ("OpenAI", "inference_cost", "2025-04-01..2025-06-30", "stated", "supported")


def test_same_period_is_carried_from_the_previous_sentence():
    text = ("For de tre første kvartalene av 2025 nådde OpenAIs slutningsregning 8,67 milliarder dollar. "
            "I samme periode var OpenAIs omsetning minst 4,33 milliarder dollar.")
    c = read(text, "nb")["4,33 milliarder dollar"]
    assert (c.period.label(), c.period.how, c.metric, c.bound) == ("2025-01-01..2025-09-30", "context", "revenue", "gte")


def test_period_phrase_after_each_figure():
    text = "Die Inferenzkosten von OpenAI lagen bei 3,77 Milliarden US-Dollar im Jahr 2024 und 8,67 Milliarden US-Dollar in den ersten neun Monaten 2025."
    got = read(text, "de")
    assert got["3,77 Milliarden US-Dollar"].period.label() == "2024-01-01..2024-12-31"
    assert got["8,67 Milliarden US-Dollar"].period.label() == "2025-01-01..2025-09-30"


def test_the_company_points_back_to_the_last_one_named():
    text = ("Microsoft bygger datasentre i stor skala.\n"
            "Selskapets kapitalutgifter nådde nesten 35 milliarder dollar i tredje kvartal 2025.")
    c = read(text, "nb")["35 milliarder dollar"]
    assert (c.entity, c.metric, c.bound) == ("Microsoft", "capex", "nearly")


def test_people_speak_for_their_company():
    c = read("Sam Altman sprach von mehr als 20 Milliarden US-Dollar annualisiertem Umsatz.", "de")[
        "20 Milliarden US-Dollar"]
    assert (c.entity, c.metric, c.speaker, c.bound) == ("OpenAI", "annualized_revenue", "Sam Altman", "gt")


def test_damaged_company_name_still_matches():
    c = read("Relatert Anitthropic: Forutser et tap på 74 milliarder dollar", "nb")["74 milliarder dollar"]
    assert (c.entity, c.metric) == ("Anthropic", "net_loss")


def test_scaled_number_without_currency_takes_the_articles():
    text = "OpenAI zahlte 2024 rund 493,8 Millionen US-Dollar. Altman sprach von mehr als 20 Milliarden annualisiertem Umsatz."
    c = read(text, "de")["20 Milliarden"]
    assert (c.unit, c.value, c.metric) == ("USD", 20e9, "annualized_revenue")


def test_scaled_number_without_any_money_is_not_a_claim():
    assert read("Die Stadt hat 1,2 Millionen Einwohner.", "de") == {}


def test_growth_and_percent():
    got = read("Microsoft's capital expenditure rose to $35 billion in Q3 2025, up 74 % year over year.", "en")
    assert got["74 %"].kind == "growth" and got["74 %"].metric == "capex"
    got = read("Microsoft fikk en eierandel på 27 % i oktober 2025.", "nb")
    assert (got["27 %"].kind, got["27 %"].metric, got["27 %"].entity) == ("percent", "equity_stake", "Microsoft")


def test_percent_of_revenue_share_is_the_rate():
    c = read("OpenAI zahlt eine 20-Prozent-Umsatzbeteiligung an Microsoft.", "de")["20-Prozent"]
    assert (c.metric, c.kind, c.value) == ("revenue_share_rate", "percent", 20.0)


def test_aside_between_dashes_does_not_give_the_metric():
    text = "Die Inferenzkosten – also die reinen Rechenkosten – lagen bei OpenAI im Jahr 2024 bei 3,77 Milliarden US-Dollar."
    assert read(text, "de")["3,77 Milliarden US-Dollar"].metric == "inference_cost"


def test_no_period_no_verdict():
    c = read("OpenAI's revenue was well over $13 billion, Altman said.", "en")["$13 billion"]
    assert (c.period, c.verdict, c.bound) == (None, "unverifiable", "gt")


def test_relative_period_from_publication_date():
    import datetime as dt
    c = read("OpenAI spent $3.648 billion on inference last quarter.", "en",
             published=dt.date(2025, 11, 12))["$3.648 billion"]
    assert (c.period.label(), c.period.how, c.verdict) == ("2025-07-01..2025-09-30", "published", "supported")


@pytest.mark.parametrize("text", [
    "GPT-5 came out on 7 August 2025 and Windows 11 runs on 1.5 billion PCs.",
    "Rosenborg won 3-1 in 2024 and finished 2nd.",
])
def test_traps_are_not_claims(text):
    assert read(text, "en") == {}


@pytest.mark.parametrize("headline, company", [
    ("Tallene bak OpenAIs skyregning", "OpenAI"),   # one company in the headline: the article's
    # two: the one named most, the payee here; but the inference bill Microsoft sells is its buyer's
    ("OpenAI og Microsoft: pengestrømmen", "OpenAI"),
])
def test_the_article_company_is_the_one_the_headline_names(headline, company):
    text = (f"{headline}\n\nSelskapet betaler Microsoft. Microsoft får en andel, sier Microsoft.\n\n"
            "Inferens kostet 3,77 milliarder dollar i 2024.\n")
    claim = check_article(text, ArticleInput(language="nb")).claims[0]
    assert (claim.value_text, claim.entity, claim.reading["entity"]) == (
        "3,77 milliarder dollar", company, "article: the company the article is about")
