"""Reading claims the way a fact-checker does: anaphora, ratios, fiscal years,
datelines and organisations nobody told us about, in each language."""
import datetime as dt

import pytest

from claims.lang import load
from claims.lexicon import get
from claims.periods import find_dateline, fiscal_period
from pipeline import ArticleInput, check_article


def read(text, lang, **kw):
    result = check_article(text, ArticleInput(language=lang, **kw))
    for c in result.claims:
        assert text[c.span[0]:c.span[1]] == c.value_text
    return result


FIRST = {
    "en": "In the first half of 2025 OpenAI spent $5.02 billion on inference.",
    "nb": "I første halvår 2025 brukte OpenAI 5,02 milliarder dollar på inferens.",
    "de": "Im ersten Halbjahr 2025 gab OpenAI 5,02 Milliarden US-Dollar für Inferenz aus.",
}
SECOND = {
    "en": "OpenAI paid Microsoft $454 million in revenue share {a}.",
    "nb": "OpenAI betalte Microsoft 454 millioner dollar i inntektsdeling {a}.",
    "de": "OpenAI zahlte {a} 454 Millionen US-Dollar Umsatzbeteiligung an Microsoft.",
}


@pytest.mark.parametrize("lang, anaphor", [
    ("en", "in the same period"), ("en", "in that period"), ("en", "over the same six months"),
    ("en", "in those six months"), ("nb", "i samme periode"), ("nb", "i denne perioden"),
    ("nb", "i samme tidsrom"), ("de", "im selben Zeitraum"), ("de", "im gleichen Zeitraum"),
    ("de", "in diesem Zeitraum"),
])
def test_period_anaphora_carry_the_previous_period(lang, anaphor):
    text = FIRST[lang] + "\n\n" + SECOND[lang].format(a=anaphor)
    share = [c for c in read(text, lang).claims if c.metric == "revenue_share"][0]
    assert (share.period.label(), share.period.how, share.verdict) == ("2025-01-01..2025-06-30", "context", "supported")


@pytest.mark.parametrize("lang, text", [
    ("en", "Microsoft builds data centres.\n\nThe company's capital expenditure reached $35 billion in Q3 2025."),
    ("nb", "Microsoft bygger datasentre.\n\nSelskapets kapitalutgifter nådde 35 milliarder dollar i tredje kvartal 2025."),
    ("de", "Microsoft baut Rechenzentren.\n\nDes Unternehmens Investitionen erreichten 35 Milliarden US-Dollar im dritten Quartal 2025."),
])
def test_company_anaphora(lang, text):
    [c] = read(text, lang).claims
    assert (c.entity, c.metric) == ("Microsoft", "capex")


@pytest.mark.parametrize("lang, text, value_text, value, bound", [
    ("en", "OpenAI's inference bill was nearly double the revenue in 2025.", "double the", 2.0, "nearly"),
    ("en", "Inference cost OpenAI more than three times its revenue.", "three times", 3.0, "gt"),
    ("en", "OpenAI spent twice as much on inference as on training.", "twice as", 2.0, "eq"),
    ("en", "Costs rose 5 × over the year at OpenAI.", "5 ×", 5.0, "eq"),
    ("nb", "OpenAIs kostnader er nesten det dobbelte av inntekten.", "det dobbelte", 2.0, "nearly"),
    ("nb", "OpenAI brukte tre ganger så mye på inferens.", "tre ganger", 3.0, "eq"),
    ("de", "OpenAI gab doppelt so viel für Inferenz aus wie für Training.", "doppelt so", 2.0, "eq"),
    ("de", "Die Kosten von OpenAI waren dreimal so hoch wie der Umsatz.", "dreimal", 3.0, "eq"),
    ("en", "OpenAI's inference bill rose to $5bn, close to a fourfold increase.", "fourfold", 4.0, "nearly"),
    ("en", "OpenAI's inference spending saw a near sevenfold rise.", "sevenfold", 7.0, "nearly"),
    ("nb", "OpenAIs inferenskostnad økte med nesten en firedobling.", "firedobling", 4.0, "nearly"),
    ("de", "Die Inferenzkosten von OpenAI betrugen mehr als das Doppelte des Umsatzes.", "das Doppelte", 2.0, "gt"),
    ("de", "Die Inferenzkosten von OpenAI haben sich fast vervierfacht.", "vervierfacht", 4.0, "nearly"),
])
def test_ratio_words(lang, text, value_text, value, bound):
    ratios = [c for c in read(text, lang).claims if c.kind == "ratio"]
    assert [(c.value_text, c.value, c.unit, c.bound) for c in ratios] == [(value_text, value, "x", bound)]


@pytest.mark.parametrize("text", ["Haaland scored twice in the first half.", "Half of the staff left."])
def test_ratio_words_need_a_comparison(text):
    assert read(text, "en").claims == []


@pytest.mark.parametrize("lang, text, basis", [
    ("en", "OpenAI's inference spend reached $3.648 billion in Q3 2025, up 263% from Q3 2024.", "2024-07-01..2024-09-30"),
    ("en", "OpenAI spent $3.648 billion on inference in Q3 2025, up 24 % from the previous quarter.", "2025-04-01..2025-06-30"),
    ("nb", "OpenAI brukte 3,648 milliarder dollar på inferens i tredje kvartal 2025, en økning på 263 % fra år til år.", "2024-07-01..2024-09-30"),
    ("de", "Die Inferenzkosten von OpenAI lagen im dritten Quartal 2025 bei 3,648 Milliarden US-Dollar, ein Plus von 24 Prozent gegenüber dem Vorquartal.", "2025-04-01..2025-06-30"),
])
def test_growth_takes_the_figure_that_grew_and_its_basis(lang, text, basis):
    growth = [c for c in read(text, lang).claims if c.kind == "growth"][0]
    assert (growth.metric, growth.entity, growth.period.label()) == ("inference_cost", "OpenAI", "2025-07-01..2025-09-30")
    assert growth.basis.period.label() == basis


@pytest.mark.parametrize("lang, text", [
    ("en", "OpenAI's inference costs rose 42% in the second quarter of 2025 from the previous quarter."),
    ("en", "In the second quarter of 2025, OpenAI's inference spending grew 42% on the preceding quarter."),
    ("nb", "I andre kvartal 2025 økte OpenAIs inferenskostnader med 42 prosent fra forrige kvartal."),
    ("nb", "I andre kvartal 2025 økte OpenAIs inferenskostnader med 42 prosent sammenlignet med foregående kvartal."),
    ("de", "Im zweiten Quartal 2025 stiegen die Inferenzkosten von OpenAI um 42 Prozent gegenüber dem vorherigen Quartal."),
    ("de", "Im zweiten Quartal 2025 stiegen die Inferenzkosten von OpenAI um 42 Prozent im Vergleich zum letzten Quartal."),
])
def test_a_basis_named_relative_to_now_is_a_step_back_from_the_figures_own_period(lang, text):
    """Published in November 2025, "the previous quarter" is Q3 2025, which would make the second
    quarter's 42 % rise a false contradiction (Q2 on Q3: -19 %). The change is on the quarter before Q2."""
    growth = read(text, lang, published=dt.date(2025, 11, 14)).claims[0]
    assert (growth.period.label(), growth.basis.period.label()) == ("2025-04-01..2025-06-30", "2025-01-01..2025-03-31")
    assert growth.verdict == "supported"


def test_a_basis_counted_from_now_that_lies_before_the_figure_stays():
    text = "OpenAI's inference costs in the first three quarters of 2025 were 130% higher than last year."
    growth = read(text, "en", published=dt.date(2025, 11, 14)).claims[0]
    assert growth.basis.period.label() == "2024-01-01..2024-12-31"


@pytest.mark.parametrize("year_end, q, fy, label", [
    ("06-30", 1, 2026, "2025-07-01..2025-09-30"), ("06-30", None, 2025, "2024-07-01..2025-06-30"),
    ("01-31", 3, 2026, "2025-08-01..2025-10-31"), ("12-31", 2, 2025, "2025-04-01..2025-06-30"),
])
def test_fiscal_periods(year_end, q, fy, label):
    assert fiscal_period(year_end, q, fy).label() == label


@pytest.mark.parametrize("lang, text, label", [
    ("en", "Microsoft spent $19.4 billion on capex in fiscal Q1 2026.", "2025-07-01..2025-09-30"),
    ("en", "Microsoft's capital expenditure was $64.6 billion in fiscal year 2025.", "2024-07-01..2025-06-30"),
    ("de", "Microsoft investierte im ersten Quartal des Geschäftsjahres 2026 rund 19 Milliarden US-Dollar.", "2025-07-01..2025-09-30"),
    ("nb", "Microsofts kapitalutgifter var 64,6 milliarder dollar i regnskapsåret 2025.", "2024-07-01..2025-06-30"),
])
def test_fiscal_year_of_the_company(lang, text, label):
    [c] = read(text, lang).claims
    assert (c.entity, c.period.label(), c.period.how) == ("Microsoft", label, "stated")


@pytest.mark.parametrize("lang, text, date", [
    ("nb", "Publisert 12. november\nOpenAI brukte penger i 2025.", dt.date(2025, 11, 12)),
    ("en", "Published November 12, 2025\nSome text.", dt.date(2025, 11, 12)),
    ("en", "November 13, 2025 – OpenAI spent money.", dt.date(2025, 11, 13)),
    ("de", "Veröffentlicht am 3. Oktober 2025\nText.", dt.date(2025, 10, 3)),
    ("nb", "Publisert fredag 14. november 2025 – sist oppdatert kl. 13.40\nTekst.", dt.date(2025, 11, 14)),
    ("en", "Headline\n\nSAN FRANCISCO, Nov 14, 2025 (Wire) – The ChatGPT maker spent.", dt.date(2025, 11, 14)),
    ("de", "Veröffentlicht am Freitag, 14. November 2025\nText.", dt.date(2025, 11, 14)),
    ("en", "No dateline here in 2025.", None),
    ("nb", "Tittel\n\nPublisert 13.11.2025, kl. 17.45\n\nTekst.", dt.date(2025, 11, 13)),
    ("nb", "Tittel\n\nPublisert onsdag 26.11.2025 kl. 07.10\n\nTekst.", dt.date(2025, 11, 26)),
    ("nb", "Tittel\n\nOSLO (19. november 2025)\n\nTekst.", dt.date(2025, 11, 19)),
    ("de", "Titel\n\nFrankfurt am Main, 20.11.2025\n\nText.", dt.date(2025, 11, 20)),
    ("de", "Titel\n\nBERLIN (3. Oktober 2025) – Text.", dt.date(2025, 10, 3)),
    ("de", "Titel\n\nErschienen am 25. November 2025 · Das Interview führte J. B.\n\nText.", dt.date(2025, 11, 25)),
    ("de", "+++ Liveticker +++\n\nMittwoch, 12.11.2025 · neueste Einträge oben\n\nText.", dt.date(2025, 11, 12)),
    ("en", "Live\n\nWednesday, November 12, 2025 · updates\n\nText.", dt.date(2025, 11, 12)),
    ("nb", "Direkte\n\nonsdag 12. november 2025 · oppdateres\n\nTekst.", dt.date(2025, 11, 12)),
    ("en", "Headline\n\nLONDON (12 November 2025) - Text.", dt.date(2025, 11, 12)),
    ("de", "Titel\n\nDer Umsatz lag am 20.11.2025 bei 3 Mrd. Euro.", None),  # a date in a sentence is not a dateline
    ("nb", "Tittel\n\nOslo, 31.02.2025\n\nTekst.", None),  # no such day
])
def test_dateline(lang, text, date):
    assert find_dateline(text, get(lang)) == date


def test_dateline_resolves_last_quarter():
    result = read("Publisert 12. november 2025\nMicrosofts kapitalutgifter nådde 35 milliarder dollar i siste kvartal.", "nb")
    assert result.article.published == dt.date(2025, 11, 12)
    assert result.claims[0].period.label() == "2025-07-01..2025-09-30" and result.claims[0].period.how == "published"
    # "siste kvartal av 2025" in November 2025 may be the fourth or the latest: no period rather than a guess
    result = read("Publisert 12. november 2025\nMicrosofts kapitalutgifter nådde 35 milliarder dollar i siste kvartal "
                  "av 2025.", "nb")
    assert result.claims[0].period is None


@pytest.mark.parametrize("lang, text, name", [
    ("de", "OpenAI gab 2024 viel aus.\n\nSAP will mehr als 20 Milliarden Euro in eine souveräne Cloud stecken.", "SAP"),
    ("en", "OpenAI spent $3.77 billion on inference in 2024. The Norwegian club Rosenborg spent $25 million on players.",
     "Rosenborg"),
    ("nb", "OpenAI brukte mye i 2024. I fjor brukte Rosenborg 250 millioner kroner på spillere.", "Rosenborg"),
])
def test_unknown_organisations_keep_their_name(lang, text, name):
    claims = read(text, lang).claims
    other = [c for c in claims if c.entity != "OpenAI"]
    assert other and other[-1].entity == name and other[-1].verdict == "unverifiable"


@pytest.mark.parametrize("lang, text", [
    ("en", "OpenAI spent $3.77 billion on inference in 2024 and $8.67 billion in the first nine months of 2025."),
    ("de", "OpenAI gab 3,77 Milliarden US-Dollar im Jahr 2024 und 8,67 Milliarden US-Dollar in den ersten neun Monaten 2025 für Inferenz aus."),
])
def test_each_figure_takes_its_own_period(lang, text):
    claims = read(text, lang).claims
    assert [c.period.label() for c in claims] == ["2024-01-01..2024-12-31", "2025-01-01..2025-09-30"]
    assert [c.verdict for c in claims] == ["supported", "supported"]


def test_company_named_in_a_relative_clause():
    text = "The memo compares OpenAI with Anthropic, whose annualized revenue it puts at about $7 billion in October 2025."
    [c] = read(text, "en").claims
    assert (c.entity, c.metric) == ("Anthropic", "annualized_revenue")


def test_product_is_not_the_company():
    text = "OpenAI betalte for Microsoft Azure. Demnach gab das Unternehmen 3,77 Mrd. US-Dollar für Inferenz aus."
    claims = read(text, "de").claims
    assert claims[0].entity == "OpenAI"


def test_a_contradiction_on_a_guessed_reading_is_held_back():
    # The figure's metric and period both come from context: the data would contradict it,
    # but claimcheck says so in a finding instead of flagging the claim.
    text = "In Q3 2025 OpenAI's inference spend hit $3.648 billion. Critics put it at $1 billion."
    result = read(text, "en")
    held = [c for c in result.claims if c.value_text == "$1 billion"]
    assert held and held[0].verdict == "unverifiable"
    assert any(f.rule == "reading-confidence" for f in held[0].findings)


def test_a_contradiction_read_in_its_own_clause_is_flagged():
    [c] = read("In Q3 2025 OpenAI spent $1 billion on inference.", "en").claims
    assert c.verdict == "contradicted"


def _every(name):
    return [(lang, word) for lang in ("en", "nb", "de") for word in getattr(load(lang), name)]


RATIO_TEMPLATES = {"en": "OpenAI's costs were {w} its revenue.", "nb": "OpenAIs kostnader var {w} inntektene.",
                   "de": "Die Kosten von OpenAI waren {w} der Umsatz."}


@pytest.mark.parametrize("lang, word", _every("RATIO_WORDS"))
def test_every_ratio_word_in_the_word_lists(lang, word):
    text = RATIO_TEMPLATES[lang].format(w=word)
    ratios = [c for c in read(text, lang).claims if c.kind == "ratio"]
    assert [(c.value, c.unit) for c in ratios] == [(load(lang).RATIO_WORDS[word], "x")]


@pytest.mark.parametrize("lang, anaphor", [(lang, a) for lang, a in _every("PERIOD_ANAPHORA")])
def test_every_period_anaphor_in_the_word_lists(lang, anaphor):
    text = FIRST[lang] + "\n\n" + {
        "en": "OpenAI paid Microsoft $454 million in revenue share — {a}.",
        "nb": "OpenAI betalte Microsoft 454 millioner dollar i inntektsdeling – {a}.",
        "de": "OpenAI zahlte 454 Millionen US-Dollar Umsatzbeteiligung an Microsoft – {a}.",
    }[lang].format(a=anaphor)
    share = [c for c in read(text, lang).claims if c.metric == "revenue_share"][0]
    assert share.period is not None and share.period.label() == "2025-01-01..2025-06-30", share.reading


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "In 2024 OpenAI paid Microsoft $493.8 million.", "$493.8 million"),
    ("nb", "I 2024 var andelen til Microsoft 493,8 millioner dollar.", "493,8 millioner dollar"),
    ("de", "An Microsoft seien im Jahr 2024 genau 493,8 Millionen US-Dollar geflossen.", "493,8 Millionen US-Dollar"),
])
def test_company_phrases_from_the_gazetteer_name_the_metric(lang, text, value_text):
    """"payments to Microsoft" means revenue share: knowledge of the deal, kept in claims/gazetteer.yaml."""
    c = next(c for c in read(text, lang).claims if c.value_text == value_text)
    assert (c.metric, c.verdict) == ("revenue_share", "supported")


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "In the six months to June 2025 OpenAI's inference came to $5.02bn, up from $1.3 billion in the "
           "same stretch of 2024.", "$1.3 billion"),
    ("en", "OpenAI spent $5.02 billion on inference in the first half of 2025, against $1.3 billion in the "
           "same period of 2024.", "$1.3 billion"),
    ("nb", "I første halvår 2025 brukte OpenAI 5,02 milliarder dollar på inferens, mot 1,3 milliarder dollar "
           "i samme periode i 2024.", "1,3 milliarder dollar"),
    ("de", "Im ersten Halbjahr 2025 gab OpenAI 5,02 Milliarden US-Dollar für Inferenz aus, nach 1,3 Milliarden "
           "US-Dollar im gleichen Zeitraum 2024.", "1,3 Milliarden US-Dollar"),
])
def test_the_same_span_of_another_year(lang, text, value_text):
    """"the same stretch of 2024" is the months of the period just named, in 2024 — not all of 2024."""
    claim = next(c for c in read(text, lang).claims if c.value_text == value_text)
    assert (claim.period.label(), claim.period.how, claim.verdict) == ("2024-01-01..2024-06-30", "context", "supported")
    assert claim.reading["period"].startswith("context: '") and "2024' after '" in claim.reading["period"]


def test_the_same_span_with_no_period_named_is_not_a_year():
    text = "OpenAI spent $1.3 billion on inference in the same stretch of 2024."
    claim = read(text, "en").claims[0]
    assert (claim.period, claim.verdict) == (None, "unverifiable")


def test_the_same_quarter_a_year_before_the_one_named():
    text = ("Publisert 13. november 2025\n\nI tredje kvartal 2025 var OpenAIs andel til Microsoft 411 mill. dollar, "
            "nesten tre ganger så mye som i samme kvartal året før (139 mill. dollar).")
    claim = next(c for c in read(text, "nb").claims if c.value_text == "139 mill. dollar")
    assert (claim.period.label(), claim.verdict) == ("2024-07-01..2024-09-30", "supported")


def test_a_full_stop_glued_to_the_next_sentence_ends_the_sentence():
    text = ("Die OpenAI hat im ersten Halbjahr 2024 ca. 1,3 Mrd. US-Dollar für die Inferenz ausgegeben .Für das "
            "erste Halbjahr 2025 ist die Summe auf 5,022 Mrd. Dollar gestiegen.")
    claims = {c.value_text: c for c in read(text, "de").claims}
    assert claims["1,3 Mrd. US-Dollar"].period.label() == "2024-01-01..2024-06-30"
    assert claims["5,022 Mrd. Dollar"].sentence.startswith("Für das erste Halbjahr 2025")


def test_a_comma_glued_to_the_next_word_still_ends_the_clause():
    text = ("Publisert 13. november 2025\n\nOpenAIs inferensregning for de tre første kvartalene i år var på rundt "
            "8,7 mrd. dollar ,mens andelen til Microsoft i samme periode var 865,9 millioner dollar.")
    claims = {c.value_text: c for c in read(text, "nb").claims}
    assert (claims["8,7 mrd. dollar"].metric, claims["8,7 mrd. dollar"].verdict) == ("inference_cost", "supported")
    assert claims["865,9 millioner dollar"].metric == "revenue_share"


def test_a_separator_that_reads_both_ways_is_not_a_contradiction():
    """"2.947 milliarder": 2 947 milliarder in Norwegian, 2.947 in translated text. The data
    contradicts the first and supports the second, so the claim is held back, with both."""
    text = "Publisert 13. november 2025\n\nI andre kvartal 2025 steg OpenAIs inferens til 2.947 milliarder dollar."
    [claim] = read(text, "nb").claims
    assert (claim.value, claim.verdict) == (2947e9, "unverifiable")
    held = claim.findings[-1]
    assert held.rule == "reading-confidence" and "2.947 billion USD" in held.message and "supported" in held.message
    plain = read(text.replace("2.947", "2 947"), "nb").claims[0]  # grouped with a space: no doubt, contradicted
    assert plain.verdict == "contradicted"


@pytest.mark.parametrize("lang, text, value_text, label", [
    ("de", "Die OpenAI hat im ersten Halbjahr 2024 ca. 1,3 Mrd. US-Dollar für die Inferenz ausgegeben,davon im "
           "zweiten Quartal allein 748 Millionen Dollar.", "748 Millionen Dollar", "2024-04-01..2024-06-30"),
    ("en", "In the first half of 2024 OpenAI spent $1.3 billion on inference, $748 million of it in the second "
           "quarter.", "$748 million", "2024-04-01..2024-06-30"),
    ("nb", "Publisert 13. november 2025\n\nI fjor var OpenAIs inferensregning 3,8 milliarder dollar. I årets første "
           "halvår alene passerte den 5 milliarder dollar.", "5 milliarder dollar", "2025-01-01..2025-06-30"),
])
def test_a_quarter_or_half_without_a_year(lang, text, value_text, label):
    """The year of the period named before it in the sentence ("davon im zweiten Quartal"),
    or this year's ("årets første halvår")."""
    claim = next(c for c in read(text, lang).claims if c.value_text == value_text)
    assert (claim.period.label(), claim.verdict) == (label, "supported")


def test_a_quarter_without_any_year_is_no_period():
    claim = read("OpenAI spent $2.9 billion on inference in the second quarter.", "en").claims[0]
    assert (claim.period, claim.verdict) == (None, "unverifiable")


DATED = {"en": "Title\n\nPublished 12 November 2025\n\n", "nb": "Tittel\n\nOSLO (12. november 2025)\n\n",
         "de": "Titel\n\nFrankfurt am Main, 12.11.2025\n\n"}


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "An investor said third-quarter inference at OpenAI was in fact under $3 billion.", "$3 billion"),
    ("nb", "I tredje kvartal brukte OpenAI 3,6 milliarder dollar på inferens.", "3,6 milliarder dollar"),
    ("de", "Im dritten Quartal gab OpenAI 3,6 Milliarden Dollar für Inferenz aus.", "3,6 Milliarden Dollar"),
])
def test_a_quarter_with_no_year_is_the_latest_by_the_publication_date(lang, text, value_text):
    [c] = [c for c in read(DATED[lang] + text, lang).claims if c.value_text == value_text]
    assert (c.period.label(), c.period.how) == ("2025-07-01..2025-09-30", "published")
    assert c.reading["period"].startswith("published, no year")
    [c] = [c for c in read("Title\n\n" + text, lang).claims if c.value_text == value_text]
    assert c.period is None or c.period.how == "inferred"  # no date line: no guess from it


def test_a_quarter_with_no_year_of_a_company_with_a_fiscal_year_stays_open():
    text = DATED["en"] + "Microsoft booked capital expenditure of $30 billion in the third quarter."
    [c] = read(text, "en").claims
    assert (c.entity, c.metric, c.period) == ("Microsoft", "capex", None)


def test_a_quarter_with_no_year_stays_open_when_paragraph_and_date_line_disagree():
    text = (DATED["nb"] + "OpenAI brukte 2,1 mrd. dollar på inferens, etter 1,5 mrd. dollar i siste kvartal i fjor. "
            "Samtidig betalte OpenAI Microsoft 206 millioner dollar i første kvartal.")
    [c] = [c for c in read(text, "nb").claims if c.value_text == "206 millioner dollar"]
    assert "2024 by the paragraph but 2025 by the publication date" in c.reading["period"]
    assert c.verdict != "contradicted"


def test_a_period_after_another_quantity_is_that_quantitys():
    text = ("OpenAI's inference bill for the second half of 2024 was $2.47bn – by coincidence the same number "
            "as the implied revenue floor for the whole of 2024.")
    [c] = read(text, "en").claims
    assert (c.metric, c.period.label(), c.verdict) == ("inference_cost", "2024-07-01..2024-12-31", "supported")


@pytest.mark.parametrize("lang, text, bound", [
    ("en", "OpenAI's cost of revenue in 2024 could not have been below $3.7 billion.", "gte"),
    ("en", "OpenAI's cost of revenue in 2024 was not more than $9 billion.", "lte"),
    ("nb", "OpenAIs varekostnad for 2024 kan ikke ha vært under 3,7 mrd. dollar.", "gte"),
    ("de", "Die Umsatzkosten von OpenAI lagen 2024 nicht unter 3,7 Milliarden Dollar.", "gte"),
    ("en", "OpenAI's cost of revenue in 2024 was below $3.7 billion.", "lt"),
])
def test_a_negation_turns_a_qualifier_over(lang, text, bound):
    [c] = read(text, lang).claims
    assert c.bound == bound


@pytest.mark.parametrize("lang, text, value_text, metric", [
    ("en", "OpenAI pays Microsoft under a revenue-sharing deal. Its share is 20 per cent.", "20 per cent",
     "revenue_share_rate"),
    ("de", "OpenAI zahlt Microsoft eine Umsatzbeteiligung. Der vertragliche Anteil liegt bei 20 Prozent.",
     "20 Prozent", "revenue_share_rate"),
    ("de", "Microsoft hat einen Anteil von 27 Prozent an OpenAI.", "27 Prozent", "equity_stake"),
    ("nb", "Inntektsdelingen har vokst. Andelen var 411 millioner dollar i tredje kvartal 2025.",
     "411 millioner dollar", "revenue_share"),
])
def test_a_share_is_the_share_named_around_it(lang, text, value_text, metric):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert c.metric == metric


def test_a_full_stop_inside_a_name_stays():
    from pipeline.check import tools
    doc = tools("en").nlp("The service runs on ASP.NET Core in the U.S. and Node.js elsewhere.")
    assert len(list(doc.sents)) == 1


def test_a_full_stop_glued_between_sentences_parts_them():
    text = ("For hele 2024 utgjorde inntektsdelingen 493,8 mill. dollar for OpenAI.I tredje kvartal 2025 "
            "var andelen 411 mill. dollar.")
    [c] = [c for c in read(text, "nb").claims if c.value_text == "411 mill. dollar"]
    assert c.period.label() == "2025-07-01..2025-09-30"


def test_a_comma_glued_to_a_period_phrase_parts_it_from_the_figure_before():
    text = ("An Microsoft gingen in den ersten drei Quartalen 2025 insgesamt 865,9 Mio. US$ ,im "
            "Vorjahreszeitraum es waren nur 326 Mio. Dollar.")
    claims = {c.value_text: c for c in read(text, "de").claims}
    assert claims["865,9 Mio. US$"].period.label() == "2025-01-01..2025-09-30"
    assert claims["326 Mio. Dollar"].period.label() == "2024-01-01..2024-09-30"
    assert claims["326 Mio. Dollar"].verdict == "supported"


@pytest.mark.parametrize("lang, text, value, precision, verdict", [
    ("en", "OpenAI spent between $2 and $2.5 billion on inference in 2024.", 2.25e9, 0.25e9, "contradicted"),
    ("en", "OpenAI spent $3-4 billion on inference in 2024.", 3.5e9, 0.5e9, "supported"),
    ("nb", "OpenAI brukte 3–4 milliarder dollar på inferens i 2024.", 3.5e9, 0.5e9, "supported"),
])
def test_a_range_is_its_middle_give_or_take_half_its_width(lang, text, value, precision, verdict):
    [c] = read(text, lang).claims
    assert (c.value, c.precision, c.verdict) == (value, precision, verdict)
    assert c.reading["value"].startswith("range")


@pytest.mark.parametrize("lang, text, value_text, value, bound", [
    ("en", "OpenAI's revenue-share payment in the third quarter almost tripled from a year earlier.", "tripled", 3.0,
     "nearly"),
    ("en", "That is a doubling of OpenAI's inference bill in six months.", "a doubling", 2.0, "eq"),
    ("de", "Die Inferenzkosten von OpenAI sind mehr als das Dreieinhalbfache.", "das Dreieinhalbfache", 3.5, "gt"),
])
def test_multiples_written_as_verbs_and_nouns(lang, text, value_text, value, bound):
    [c] = read(text, lang).claims
    assert (c.value_text, c.kind, c.value, c.bound) == (value_text, "ratio", value, bound)


@pytest.mark.parametrize("lang, text, metric", [
    ("en", "OpenAI took in at least $2 billion in the third quarter of 2025.", "revenue"),
    ("en", "Elon Musk's xAI is reported to be raising $15 billion.", "funding"),
    ("en", "Microsoft received $411 million from OpenAI in the third quarter of 2025.", "revenue_share"),
    ("nb", "Det betyr at OpenAI må ha omsatt for minst 6,8 milliarder dollar i 2025.", "revenue"),
    ("nb", "I tredje kvartal 2025 mottok Microsoft 411 millioner dollar fra OpenAI.", "revenue_share"),
    ("de", "Aleph Alpha hat einst mehr als 500 Mio. Dollar eingesammelt.", "funding"),
])
def test_verbs_that_name_a_metric(lang, text, metric):
    [c] = read(text, lang).claims
    assert c.metric == metric


@pytest.mark.parametrize("lang, text, value_text", [
    ("nb", "Microsoft mottok 248 millioner dollar, 125 prosent over nivået i andre kvartal i fjor.", "125 prosent"),
    ("nb", "Betalingene økte til 206 millioner dollar, 23 prosent mer enn kvartalet før.", "23 prosent"),
    ("en", "Payments rose to $206 million, 23% more than the quarter before.", "23%"),
])
def test_a_percentage_more_than_something_is_a_change(lang, text, value_text):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert c.kind == "growth"


@pytest.mark.parametrize("lang, text", [
    ("en", "OpenAI paid $761 million in revenue share to Microsoft in Microsoft's fiscal year 2025."),
    ("nb", "OpenAI betalte 761 millioner dollar i inntektsdeling til Microsoft i Microsofts regnskapsår 2025."),
])
def test_a_fiscal_year_is_the_company_named_with_it(lang, text):
    [c] = read(text, lang).claims
    assert (c.entity, c.period.label(), c.verdict) == ("OpenAI", "2024-07-01..2025-06-30", "supported")
    assert c.reading["period"].endswith("(fiscal year of Microsoft)")


def test_speakers_in_a_transcript_are_not_organisations():
    text = ("Podcast\n\nTranscript published 20 November 2025.\n\n"
            "[00:00:33] DANA REYES: And the money going the other way?\n\n"
            "[00:02:26] MARCUS OYELARAN: OpenAI paid $493.8m in revenue share to Microsoft for 2024.\n\n"
            "[00:03:43] MARCUS OYELARAN: The September quarter this year was the biggest yet at $3.648bn "
            "of inference.")
    claims = {c.value_text: c for c in read(text, "en", id="pod").claims}
    assert claims["$3.648bn"].entity == "OpenAI"
    assert claims["$3.648bn"].verdict == "supported"
    assert "unknown organisation" not in claims["$3.648bn"].reading.get("entity", "")


def test_the_date_line_is_not_a_period_the_figures_are_about():
    text = ("Titel\n\nNEW YORK, 13. Nov 2025 (Agentur) - Die Zahlungen von OpenAI an Microsoft haben sich "
            "binnen eines Jahres mehr als verdoppelt.\n")
    result = read(text, "de")
    assert result.article.published == dt.date(2025, 11, 13)
    assert all(c.period is None for c in result.claims)


@pytest.mark.parametrize("lang, text, value_text, label", [
    ("en", "They show OpenAI's inference bill at $8.67bn from January to September.", "$8.67bn",
     "2025-01-01..2025-09-30"),
    ("de", "In den zwölf Monaten bis Ende September 2025 zahlte OpenAI 1.033 Mio. Dollar an Microsoft.",
     "1.033 Mio. Dollar", "2024-10-01..2025-09-30"),
    ("de", "Im Juli-September-Quartal dieses Jahres gab OpenAI knapp 3,65 Mrd. Dollar für Inferenz aus.",
     "3,65 Mrd. Dollar", "2025-07-01..2025-09-30"),
])
def test_periods_written_in_news_style(lang, text, value_text, label):
    [c] = [c for c in read(DATED[lang] + text, lang).claims if c.value_text == value_text]
    assert c.period.label() == label and c.verdict == "supported"


@pytest.mark.parametrize("lang, text, value_text", [
    ("de", "Microsoft erhält 20 v. H. der Erlöse von OpenAI.", "20 v. H."),
    ("nb", "Microsoft får 20 pst. av OpenAIs inntekter.", "20 pst."),
])
def test_percent_written_the_old_way(lang, text, value_text):
    [c] = read(text, lang).claims
    assert (c.value_text, c.value, c.unit) == (value_text, 20.0, "%")


@pytest.mark.parametrize("lang, text, value_text, metric", [
    ("en", "Q: Start with OpenAI's inference bill. Where does it begin?\n\n"
           "A: In the first quarter of 2024 it was just over half a billion dollars.", "half a billion dollars",
     "inference_cost"),
    ("nb", "Spørsmål: Hvor mye fikk Microsoft i inntektsdeling fra OpenAI?\n\n"
           "Svar: I 2024 var det 493,8 millioner dollar.", "493,8 millioner dollar", "revenue_share"),
])
def test_an_answer_is_about_the_metric_its_question_names(lang, text, value_text, metric):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert c.metric == metric
    # (an answer that opens with its figure has it as asked; one with more words before, from the question's context)
    assert c.reading["metric"].startswith(("context: the question before", "asked: the question it answers"))
    answer_alone = text.split("\n\n")[1]
    [c] = [c for c in read(answer_alone, lang).claims if c.value_text == value_text]
    assert c.metric is None


@pytest.mark.parametrize("lang, text", [
    ("en", "OpenAI expects its inference bill to reach $5 billion in the final quarter of 2025."),
    ("en", "In the third quarter of 2025 OpenAI not only spent more than $3.5 billion on inference but also grew."),
    ("de", "Im dritten Quartal 2025 hat OpenAI nicht nur mehr als 3,5 Milliarden Dollar für Inferenz ausgegeben."),
    ("nb", "I tredje kvartal 2025 brukte OpenAI ikke bare over 3,5 milliarder dollar på inferens."),
    ("de", "OpenAI gab 2023 wenig aus. Im ersten Quartal des Vorjahres zahlte OpenAI 50 Millionen Dollar an Microsoft."),
    ("en", "Microsoft receives 20 per cent of OpenAI's revenue. Microsoft's share of the cloud market is 24 per cent."),
    ("de", "Microsoft erhält 20 Prozent der Erlöse von OpenAI. Microsofts Anteil am Cloud-Markt liegt bei 24 Prozent."),
    ("en", "Microsoft's revenue share from OpenAI will drop to 8 per cent once AGI is declared."),
    ("en", "OpenAI's inference costs keep climbing. Can it afford them?\n\n"
           "Its cash reserves stood at $17 billion in the third quarter of 2025."),
    ("en", "Half-year figures, 30 June 2025\n\nIn the third quarter, OpenAI paid Microsoft $411 million."),
])
def test_no_contradiction_from_a_misreading(lang, text):
    """Sentences a review of this reading found contradicted on a misreading: a forecast for the
    final quarter, "not only more than", "des Vorjahres" after another year, a market share, a
    future rate, a rhetorical question, a heading read as a date line."""
    assert [c.value_text for c in read(text, lang).claims if c.verdict == "contradicted"] == []


def test_a_german_heading_with_a_date_is_not_a_date_line():
    assert find_dateline("Halbjahreszahlen, 30.06.2025\n\nText.", get("de")) is None


@pytest.mark.parametrize("lang, text, value_text, caution", [
    ("en", "OpenAI's inference costs rose by $701 million in the third quarter of 2025.", "$701 million", "a change"),
    ("de", "OpenAIs Inferenzkosten stiegen im dritten Quartal 2025 um 701 Mio. Dollar.", "701 Mio. Dollar", "a change"),
    ("en", "OpenAI spent an average of $1.2 billion a month on inference in the third quarter of 2025.",
     "$1.2 billion", "a rate per month"),
    ("nb", "OpenAI brukte 40 millioner dollar om dagen på inferens i tredje kvartal 2025.", "40 millioner dollar",
     "a rate per month"),
    ("en", "OpenAI had budgeted $2 billion for inference in 2024.", "$2 billion", "a plan"),
    ("de", "OpenAI hatte für 2024 Inferenzkosten von 2 Mrd. Dollar eingeplant.", "2 Mrd. Dollar", "a plan"),
    ("en", "OpenAI's API revenue was about $1 billion in 2024.", "$1 billion", "a part of the revenue"),
    ("nb", "OpenAIs abonnementsinntekter var rundt 2 milliarder dollar i 2024.", "2 milliarder dollar",
     "a part of the revenue"),
    ("nb", "I 2024 og de tre første kvartalene av 2025 til sammen brukte OpenAI 12,44 milliarder dollar på inferens.",
     "12,44 milliarder dollar", "several periods"),
    ("en", "In the first quarter of 2025, OpenAI spent $2.075 billion on inference, up from $547 million a year "
           "ago.", "$547 million", "the earlier value"),
    ("en", "Microsoft paid OpenAI $50 million in revenue share in the third quarter of 2025.", "$50 million",
     "a payment the other way"),
    ("en", "OpenAI spent $500 million on inference at Oracle and CoreWeave in the third quarter of 2025, on top of "
           "its Azure bill.", "$500 million", "a purchase from another company"),
    ("nb", "OpenAI brukte 500 millioner dollar på inferens hos CoreWeave i tredje kvartal 2025.", "500 millioner dollar",
     "a purchase from another company"),
    ("nb", "For hver dollar Microsoft fikk i fjor, betalte OpenAI over sju dollar for inferens.", "sju dollar",
     "an amount per unit"),
    ("de", "OpenAI gab im dritten Quartal 2025 bei Oracle 500 Mio. Dollar für Inferenz aus.", "500 Mio. Dollar",
     "a purchase from another company"),
])
def test_a_figure_that_is_not_the_level_is_never_flagged(lang, text, value_text, caution):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert c.reading["caution"].startswith(caution)
    assert c.verdict == "unverifiable"
    if any(f.rule == "reading-confidence" for f in c.findings):
        assert caution in next(f.message for f in c.findings if f.rule == "reading-confidence")


@pytest.mark.parametrize("lang, text", [
    ("en", "OpenAI spent $3.648 billion on inference at Microsoft in the third quarter of 2025."),
    ("en", "OpenAI spent $3.648 billion on inference on Azure in the third quarter of 2025."),
    ("nb", "OpenAI brukte 3,648 milliarder dollar på inferens hos Microsoft i tredje kvartal 2025."),
])
def test_inference_bought_from_the_company_that_sells_it_is_judged(lang, text):
    """The gazetteer says Microsoft sells the inference the data count: bought there, it is that bill."""
    [c] = read(text, lang).claims
    assert "caution" not in c.reading
    assert (c.metric, c.period.label(), c.verdict) == ("inference_cost", "2025-07-01..2025-09-30", "supported")


@pytest.mark.parametrize("lang, text, second", [
    ("de", "Microsoft erhielt im ersten Quartal 2025 206 Mio. Dollar und im zweiten 248 Mio. Dollar.", "248 Mio. Dollar"),
    ("en", "Microsoft received $206 million in the first quarter of 2025 and $248 million in the second.",
     "$248 million"),
    ("nb", "Microsoft mottok 206 millioner dollar i første kvartal 2025 og i andre 248 millioner dollar.",
     "248 millioner dollar"),
])
def test_an_ordinal_with_its_noun_left_out_takes_the_quarter_named_before(lang, text, second):
    claims = {c.value_text: c for c in read(text, lang).claims}
    assert claims[second].period.label() == "2025-04-01..2025-06-30"
    assert claims[second].period.how == "stated"
    assert [c.verdict for c in claims.values()] == ["supported", "supported"]


def test_an_ordinal_with_no_quarter_before_it_is_no_period():
    text = "In the first round the team scored 3 goals and in the second 4. OpenAI spent $3 billion."
    [c] = read(text, "en").claims
    assert c.period is None or c.period.how != "stated"


def test_a_metric_word_of_another_company_in_another_clause_is_not_borrowed():
    text = "Microsofts Cloud-Umsatz stieg im dritten Quartal 2025 auf 49,1 Mrd. Dollar; OpenAI zahlte dem Konzern 411 Mio. Dollar."
    claims = {c.value_text: c for c in read(text, "de").claims}
    assert (claims["49,1 Mrd. Dollar"].entity, claims["49,1 Mrd. Dollar"].metric) == ("Microsoft", "revenue")
    assert (claims["411 Mio. Dollar"].entity, claims["411 Mio. Dollar"].metric) == ("OpenAI", None)
    assert claims["411 Mio. Dollar"].verdict == "unverifiable"


def test_a_span_from_the_start_of_a_year():
    text = "From the start of 2024 through September 2025, OpenAI spent $12.44 billion on inference."
    [c] = read(text, "en").claims
    assert (c.period.label(), c.verdict) == ("2024-01-01..2025-09-30", "supported")


def test_a_payment_to_a_company_with_a_fiscal_year_is_dated_by_the_calendar():
    """Microsoft's "third quarter" of its own capex may be a fiscal one (left open, see above); a
    payment it receives under the deal is dated by the payer."""
    text = DATED["de"] + "In den drei Monaten bis Ende Juni erhielt Microsoft 248 Mio. Dollar von OpenAI."
    [c] = read(text, "de").claims
    assert (c.entity, c.metric, c.period.label(), c.verdict) == (
        "Microsoft", "revenue_share", "2025-04-01..2025-06-30", "supported")


ANALYST_NOTE = ("Microsoft Corp. (MSFT) – Overweight\n\n"
                "Bottom line: the documents give OpenAI's inference spend on Azure and the revenue share it pays "
                "MSFT.\n\n"
                "Key figures (leaked docs)\n"
                "• Inference, FY24: USD 3.77bn\n"
                "• Inference, Q3/25: USD 3.648bn, +24% q/q\n"
                "• Rev share paid to MSFT, Q3/25: USD 411m\n"
                "• Implied min. OpenAI revenue, 9M'25: USD 4.3bn+ (rev share ÷ 20%)\n")


def test_an_analysts_key_figures_list():
    """Bullets are sentences; "FY24" is the owner's fiscal year (OpenAI: the calendar); an
    unowned "Inference" is the company whose inference the note named, not the note's subject;
    "+24% q/q" is a change on the quarter before; "paid to MSFT" is the revenue share; "4.3bn+"
    is at least that much."""
    claims = {c.value_text: c for c in read(ANALYST_NOTE, "en").claims}
    assert {v: (c.entity, c.metric, c.period.label(), c.verdict) for v, c in claims.items() if v != "20%"} == {
        "USD 3.77bn": ("OpenAI", "inference_cost", "2024-01-01..2024-12-31", "supported"),
        "USD 3.648bn": ("OpenAI", "inference_cost", "2025-07-01..2025-09-30", "supported"),
        "24%": ("OpenAI", "inference_cost", "2025-07-01..2025-09-30", "supported"),
        "USD 411m": ("OpenAI", "revenue_share", "2025-07-01..2025-09-30", "supported"),
        "USD 4.3bn": ("OpenAI", "revenue", "2025-01-01..2025-09-30", "supported"),
    }
    assert claims["24%"].kind == "growth" and claims["24%"].basis.period.label() == "2025-04-01..2025-06-30"
    assert claims["USD 4.3bn"].bound == "gte"


@pytest.mark.parametrize("text, kind", [
    ("OpenAI's inference spend was USD 3.648bn in Q3 2025, +24% q/q.", "growth"),
    ("OpenAI's inference spend rose 24% y/y in Q3 2025.", "growth"),
    ("Microsoft receives 20% of OpenAI's revenue.", "percent"),
    ("Between 10-24% of OpenAI's revenue goes to Microsoft.", "percent"),
])
def test_a_signed_percentage_is_a_change(text, kind):
    [c] = [c for c in read(text, "en").claims if c.value_text.endswith("%")]
    assert c.kind == kind


def test_a_payment_to_a_company_is_what_the_text_says_it_paid_for():
    text = ("Erschienen am 25. November 2025\n\nAllein im zweiten Quartal dieses Jahres hat OpenAI knapp drei "
            "Milliarden Dollar an Microsoft gezahlt, nur für Inferenz.")
    [c] = read(text, "de").claims
    assert (c.metric, c.period.label(), c.verdict) == ("inference_cost", "2025-04-01..2025-06-30", "supported")
    paid = read("OpenAI paid Microsoft $865.9 million in the first three quarters of 2025.", "en").claims
    assert [(c.metric, c.verdict) for c in paid] == [("revenue_share", "supported")]


@pytest.mark.parametrize("lang, text, value_text", [
    ("de", "Im ersten Halbjahr 2025 gab OpenAI gut fünf Milliarden Dollar für Inferenz aus – mehr als im gesamten "
           "vergangenen Jahr.", "fünf Milliarden Dollar"),
    ("en", "OpenAI spent over $5 billion on inference in the first half of 2025, more than in the whole of 2024.",
     "$5 billion"),
])
def test_the_period_of_a_comparison_is_not_the_figures(lang, text, value_text):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert (c.period.label(), c.verdict) == ("2025-01-01..2025-06-30", "supported")


def test_the_first_word_after_a_post_number_is_no_organisation():
    text = "«4/5 Samtidig var inferens hos OpenAI i Q3 2025 på 3,6 mrd. USD.»"
    [c] = read(text, "nb").claims
    assert (c.entity, c.metric, c.verdict) == ("OpenAI", "inference_cost", "supported")


def test_an_equation_parts_its_two_sides():
    text = "Q3 2025: 411 mill. USD til Microsoft = en omsetning på minst 2 mrd. USD for OpenAI på ett kvartal."
    claims = {c.value_text: c for c in read(text, "nb").claims}
    assert (claims["411 mill. USD"].metric, claims["411 mill. USD"].verdict) == ("revenue_share", "supported")
    assert (claims["2 mrd. USD"].metric, claims["2 mrd. USD"].bound) == ("revenue", "gte")


def test_a_question_heading_a_section_names_the_metric_of_its_answer():
    text = ("Published 14 November 2025\n\n2. How big is the inference bill?\nBig, and bigger every quarter. "
            "For calendar 2024 OpenAI's came to $3.77bn.\n\n3. Can OpenAI afford it?\nIts cash stood at $17bn "
            "in the third quarter of 2025.")
    claims = {c.value_text: c for c in read(text, "en").claims}
    assert (claims["$3.77bn"].metric, claims["$3.77bn"].period.label(), claims["$3.77bn"].verdict) == (
        "inference_cost", "2024-01-01..2024-12-31", "supported")
    assert claims["$17bn"].verdict == "unverifiable"  # a question naming no metric names none


def test_the_period_a_multiple_is_of_is_its_basis():
    text = "Im ersten Halbjahr 2025 zahlte OpenAI für Inferenz 5,02 Mrd. $ – knapp das Vierfache des ersten Halbjahres 2024."
    [ratio] = [c for c in read(text, "de").claims if c.kind == "ratio"]
    assert (ratio.period.label(), ratio.basis.period.label(), ratio.bound, ratio.verdict) == (
        "2025-01-01..2025-06-30", "2024-01-01..2024-06-30", "nearly", "supported")
    [more] = [c for c in read("Die Zahlungen an Microsoft stiegen von 77 Mio. $ auf 411 Mio. $ – mehr als das "
                              "Fünffache.", "de").claims if c.kind == "ratio"]
    assert more.bound == "gt"


def test_the_owner_named_before_is_a_possessive_not_a_payee():
    text = ("OpenAI betalte 5 022 millioner dollar til Microsoft for inferens i første halvår 2025.\n\n"
            "I tredje kvartal 2025 gikk det med 3,648 milliarder dollar til inferens.")
    claims = {c.value_text: c for c in read(text, "nb").claims}
    assert claims["3,648 milliarder dollar"].entity == "OpenAI"


@pytest.mark.parametrize("lang, text, value_text", [
    ("nb", "I andre halvår 2024 fikk Microsoft 307 millioner dollar. Da må OpenAI i det samme halvåret ha omsatt for "
           "minst halvannen milliard dollar.", "halvannen milliard dollar"),
])
def test_the_same_half_year_points_back(lang, text, value_text):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    # "halvannen milliard" is as precise as "1,5 milliarder" (±0.05 bn): the implied minimum, 1.535 bn
    assert (c.period.label(), c.bound, c.verdict) == ("2024-07-01..2024-12-31", "gte", "supported")


@pytest.mark.parametrize("lang, text, value_text, entity", [
    ("nb", "Ifølge dokumentene brukte OpenAI 3,8 mrd. dollar på inferens i fjor.\n\nMicrosoft får bare 8 pst. av "
           "OpenAIs inntekter, og inferensregningen i tredje kvartal 2025 var 2,1 mrd. dollar.", "2,1 mrd. dollar", "OpenAI"),
    # not after an aside: the clause goes on with the main clause's subject
    ("nb", "OpenAI omsatte for 4,3 milliarder dollar i første halvår 2025.\n\nNvidia , som leverer de fleste brikkene, "
           "omsatte for 46,7 milliarder dollar i sitt andre regnskapskvartal.", "46,7 milliarder dollar", "Nvidia"),
])
def test_a_joined_clause_about_a_metric_takes_the_company_the_article_gave_it_for(lang, text, value_text, entity):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert c.entity == entity


@pytest.mark.parametrize("lang, text, label", [
    ("de", "Erschienen am 15. März 2025\n\nIn den ersten drei Quartalen zahlte OpenAI 326 Mio. Dollar an Microsoft.",
     "2024-01-01..2024-09-30"),
    ("en", "Published 12 November 2025\n\nIn the third quarter, OpenAI paid Microsoft $411 million.",
     "2025-07-01..2025-09-30"),
    ("en", "Published 12 November 2025\n\nIn the fourth quarter, OpenAI paid Microsoft $411 million.", None),
])
def test_a_span_with_no_year_is_the_latest_completed_by_the_publication_date(lang, text, label):
    """One still running on the day ("the fourth quarter" in November) is this year's so far or
    last year's: no period is guessed."""
    [c] = read(text, lang).claims
    assert (c.period.label() if c.period else None) == label


def test_the_publication_date_wins_over_the_update():
    assert find_dateline("Zuletzt aktualisiert am 3. Dezember 2025 · Erschienen am 14. Oktober 2024\n\nText.",
                         get("de")) == dt.date(2024, 10, 14)


def test_a_rounding_step_and_the_half_of_that_year():
    text = ("Published 12 November 2025\n\nThere is an odd coincidence in the 2024 figures. OpenAI's inference bill "
            "for the second half of that year came to $2.47bn – the same, to the nearest ten million, as the "
            "minimum revenue the documents imply for the whole of 2024.")
    claims = {c.value_text: c for c in read(text, "en").claims}
    assert claims["ten million"].verdict == "unverifiable" and claims["ten million"].reading["caution"].startswith(
        "the step of a rounding")
    assert (claims["$2.47bn"].period.label(), claims["$2.47bn"].verdict) == ("2024-07-01..2024-12-31", "supported")


def test_a_change_on_a_period_is_measured_on_it():
    text = "In the first quarter of 2025 OpenAI's inference bill was $2.075bn, up 41% on the final quarter of 2024."
    [growth] = [c for c in read(text, "en").claims if c.kind == "growth"]
    assert (growth.period.label(), growth.basis.period.label(), growth.verdict) == (
        "2025-01-01..2025-03-31", "2024-10-01..2024-12-31", "supported")


@pytest.mark.parametrize("lang, text, parts", [
    ("en", "the payments added up to $865.9m. Because Microsoft pays", 2),
    ("nb", "betalingene var 865,9 mill. Fordi Microsoft fikk 411 mill. USD i fjor", 2),
    ("nb", "OpenAI betalte 411 mill. USD til Microsoft", 1),
    ("de", "Es waren 411 Mio. Dollar und 3 Mio. Euro", 1),  # German capitalises nouns: "Mio. Dollar" goes on
])
def test_a_scale_word_with_its_full_stop_can_end_a_sentence(lang, text, parts):
    from pipeline.check import tools
    assert len(list(tools(lang).nlp(text).sents)) == parts


@pytest.mark.parametrize("lang, text, date", [
    ("en", "Headline\n\nBy Harriet Vance · Markets · Friday 21 November 2025, 07:30 GMT\n\nText.", dt.date(2025, 11, 21)),
    ("de", "Titel\n\nVon Lea Kampmann (Datenteam) · 24.11.2025\n\nText.", dt.date(2025, 11, 24)),
    ("nb", "Tittel\n\nAv Kari Nordmann · 24. november 2025\n\nTekst.", dt.date(2025, 11, 24)),
])
def test_a_byline_with_the_date(lang, text, date):
    assert find_dateline(text, get(lang)) == date


@pytest.mark.parametrize("lang, text, value", [
    ("en", "OpenAI's inference bill was two and a half times what it paid Microsoft.", 2.5),
    ("de", "Die Inferenzkosten waren fast neunmal so hoch wie die Zahlung an Microsoft.", 9.0),
    ("de", "Die Inferenzkosten erreichten das Siebenfache der Zahlungen.", 7.0),
])
def test_more_multiples_in_words(lang, text, value):
    assert [c.value for c in read(text, lang).claims if c.kind == "ratio"] == [value]


# A code review of the day's reading rules (2026-11-30) found each of these read into a false contradiction.
REVIEW_DATELINES = {"en": "Published 12 November 2025\n\n", "nb": "Publisert 12. november 2025\n\n",
                    "de": "Veröffentlicht am 12. November 2025\n\n"}


@pytest.mark.parametrize("lang, text", [
("en","OpenAI spent more on inference in the first nine months of 2025 than in all of 2024: $8.67 billion."),
("de","OpenAI hat in den ersten neun Monaten 2025 mehr für Inferenz ausgegeben als im gesamten Jahr 2024, nämlich 8,67 Mrd. Dollar."),
("en","OpenAI's inference bill rose 24% on the second quarter of 2025 to $3.648 billion in the third quarter of 2025."),
("en","OpenAI spent $3.648 billion on inference in the third quarter of 2025.\n\nAnthropic grew quickly, and the inference bill came to $1.2 billion in the third quarter of 2025."),
("nb","OpenAI brukte 3,648 milliarder dollar på inferens i tredje kvartal 2025.\n\nAnthropic vokste raskt, og inferensregningen var 1,2 milliarder dollar i tredje kvartal 2025."),
("de","Im dritten Quartal 2025 zahlte Microsoft 100 Mio. Dollar an OpenAI zurück."),
("nb","OpenAIs inferenskostnader til Microsoft var 3,648 milliarder dollar i tredje kvartal 2025."),
("en","The figure, which OpenAI did not confirm, was roughly $3.7 billion of inference spending in 2024."),
("en","OpenAI paid Microsoft $411 million in the third quarter of 2025, far less than the $3.648 billion it paid for inference."),
("en","In the third quarter of 2025, unlike in 2024, OpenAI paid Microsoft $411 million."),
("en","Anthropic's inference costs are secret.\n\nOpenAI's inference spending leaked last week.\n\nThe lab behind Claude does not disclose such numbers. One person familiar put the inference bill at $1.2 billion in the third quarter of 2025."),
("en","Microsoft's revenue from its partner, OpenAI, was $411 million in the third quarter of 2025."),
("en","More than in all of 2024, in the first three quarters OpenAI spent $8.67 billion on inference."),
("en","OpenAI's inference bill rose in Q3 - 24% above the second quarter, to $3.648 billion."),
("en","From Jul 24–Sep 25, 2025, OpenAI paid Microsoft $200 million."),
])
def test_no_contradiction_found_by_the_review(lang, text):
    claims = read(REVIEW_DATELINES[lang] + text, lang).claims
    assert [c.value_text for c in claims if c.verdict == "contradicted"] == []


# -- 2026-11-30, second session: set 3's misreadings and holdout7 ---------------------------------
PUBLISHED = "Published 12 November 2025\n\n"


def claim_of(text, lang, value_text, **kw):
    return next(c for c in read(text, lang, **kw).claims if c.value_text == value_text)


@pytest.mark.parametrize("lang, text, value_text, entity", [
    # a company right after the figure, then a verb of paying or spending, owns the figure
    ("en", "OpenAI's inference spending in the third quarter of 2025 dwarfed the roughly $1bn Anthropic paid "
           "Amazon over the same period.", "$1bn", "Anthropic"),
    ("en", "OpenAI spent far more than the $1bn that Anthropic spent in the third quarter of 2025.", "$1bn",
     "Anthropic"),
    # a role noun makes an apposition without commas
    ("de", "OpenAIs Cloud-Partner CoreWeave meldete für das dritte Quartal einen Umsatz von 1,36 Milliarden Dollar.",
     "1,36 Milliarden Dollar", "CoreWeave"),
    ("en", "OpenAI's cloud partner CoreWeave reported revenue of $1.36bn in the third quarter.", "$1.36bn",
     "CoreWeave"),
    # a company opening a contrasting clause is that clause's subject
    ("en", "OpenAI paid Microsoft $411m in the third quarter of 2025, whereas Anthropic, which has no comparable "
           "revenue-share arrangement, paid its cloud providers about $1bn in the same quarter.", "$1bn", "Anthropic"),
    # the company whose fiscal year it is names the period, not the figure's owner
    ("en", "OpenAI's costs keep rising.\n\n• Inference, first nine months of 2024: $2.30bn.\n"
           "• Inference over Microsoft's fiscal 2025 (July 2024 to June 2025): $7.49bn.", "$7.49bn", "OpenAI"),
])
def test_whose_figure_it_is(lang, text, value_text, entity):
    c = claim_of(PUBLISHED + text, lang, value_text)
    assert c.entity == entity and c.verdict != "contradicted"


def test_a_possessive_before_a_payment_still_owns_it():
    c = claim_of(PUBLISHED + "OpenAI's payments to Microsoft reached $411m in the third quarter.", "en", "$411m")
    assert (c.entity, c.metric, c.verdict) == ("OpenAI", "revenue_share", "supported")


@pytest.mark.parametrize("text, value_text", [
    ("OpenAI spent $3bn on inference and training combined in the first half of 2024.", "$3bn"),
    ("OpenAI spent $2.5bn on stock-based compensation in the first half of 2025, roughly half of what it "
     "spent on inference.", "$2.5bn"),
])
def test_another_cost_named_right_after_the_figure_is_not_judged(text, value_text):
    c = claim_of(PUBLISHED + text, "en", value_text)
    assert c.verdict == "unverifiable" and "another cost" in c.reading["caution"]


def test_another_cost_after_a_comma_leaves_the_inference_bill_judged():
    c = claim_of(PUBLISHED + "OpenAI spent $1.2bn on inference in the third quarter of 2025, more than on training.",
                 "en", "$1.2bn")
    assert c.verdict == "contradicted" and "caution" not in c.reading


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "Microsoft's own revenue in the September quarter was $77.7bn; the OpenAI revenue share made up "
           "about 0.5 per cent of it.", "0.5 per cent"),
    ("nb", "Microsofts egne inntekter i tredje kvartal var 77,7 milliarder dollar. Inntektsdelingen fra OpenAI "
           "utgjorde om lag 0,5 prosent av det.", "0,5 prosent"),
])
def test_a_percentage_of_the_payees_figure_is_not_the_rate(lang, text, value_text):
    c = claim_of(PUBLISHED + text, lang, value_text)
    assert c.verdict == "unverifiable" and "other than the company's revenue" in c.reading["caution"]


def test_a_percentage_of_the_payers_revenue_is_still_the_rate():
    text = PUBLISHED + "OpenAI's revenue in 2024 was $2.5bn. Its revenue share with Microsoft is 20 per cent of it."
    c = claim_of(text, "en", "20 per cent")
    assert (c.metric, c.verdict) == ("revenue_share_rate", "supported") and "caution" not in c.reading


def test_a_year_named_without_figures_dates_the_paragraphs_quarters():
    text = PUBLISHED + ("OpenAI's inference spending in 2024 started modestly. In the first quarter OpenAI spent "
                        "$547m on inference; by the fourth quarter its inference bill had almost tripled to $1.47bn.")
    fourth = claim_of(text, "en", "$1.47bn")
    assert (fourth.period.start, fourth.period.end, fourth.verdict) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31),
                                                                        "supported")
    assert claim_of(text, "en", "$547m").verdict != "contradicted"  # the date line says 2025: not guessed


def test_a_quote_dated_otherwise_does_not_take_last_quarter_from_the_article():
    text = PUBLISHED + ('In a memo dated 15 January 2025, OpenAI\'s finance chief wrote that "last quarter OpenAI '
                        'spent about $1.5bn on inference".')
    c = claim_of(text, "en", "$1.5bn")
    assert c.period is None and c.verdict == "unverifiable" and "quote dated" in c.reading["period"]


def test_a_quote_dated_the_publication_month_keeps_last_quarter():
    text = PUBLISHED + 'On 12 November 2025 Altman wrote that "last quarter OpenAI spent about $3.6bn on inference".'
    c = claim_of(text, "en", "$3.6bn")
    assert (c.period.start, c.verdict) == (dt.date(2025, 7, 1), "supported")


@pytest.mark.parametrize("lang, text, value_text", [
    ("de", "In den ersten drei Quartalen 2025 überwies OpenAI 866 Millionen Dollar an Microsoft; im Vorjahr waren "
           "es im gleichen Zeitraum 326 Millionen Dollar.", "326 Millionen Dollar"),
    ("en", "OpenAI paid Microsoft $865.9m in the first three quarters of 2025; last year, in the same period, "
           "it paid $326m.", "$326m"),
])
def test_a_year_then_the_same_period_is_that_years_months(lang, text, value_text):
    c = claim_of(PUBLISHED + text, lang, value_text)
    assert (c.period.start, c.period.end, c.verdict) == (dt.date(2024, 1, 1), dt.date(2024, 9, 30), "supported")


def test_that_quarter_points_to_the_period_a_sentence_without_figures_named():
    text = ("Publisert 14.11.2025\n\nOpenAI betalte 3,65 milliarder dollar for inferens i tredje kvartal 2025. "
            "Dette er en økning på 76 prosent fra det første kvartalet av samme år, hvor regningen var 2,075 "
            "milliarder dollar.\n\nKvartalet tilsvarer Microsofts første kvartal, som Microsoft rapporterer som "
            "første kvartal av regnskapsåret 2026. I det kvartalet betalte OpenAI 411 millioner dollar til Microsoft.")
    first = claim_of(text, "nb", "2,075 milliarder dollar")
    assert (first.period.start, first.verdict) == (dt.date(2025, 1, 1), "supported")
    share = claim_of(text, "nb", "411 millioner dollar")
    assert (share.period.start, share.period.end, share.verdict) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30),
                                                                     "supported")


def test_the_metric_the_sentence_before_named_carries_to_a_bare_figure():
    text = PUBLISHED + ("The big one is inference, which is what OpenAI pays Microsoft's Azure to run the models. "
                        "January through September 2025: $8.67 billion.")
    c = claim_of(text, "en", "$8.67 billion")
    assert (c.metric, c.verdict) == ("inference_cost", "supported") and "sentence before" in c.reading["metric"]


def test_a_readers_question_with_its_asker_heads_the_bullets_answering_it():
    text = ("Published 1 December 2025\n\nQ: \"Did OpenAI really spend $12bn on inference last year?\" "
            "(Priya, Leeds)\n\n• Not last year, no. The total for seven quarters: $12.4bn from January 2024 to "
            "September 2025.\n")
    c = claim_of(text, "en", "$12.4bn")
    assert (c.metric, c.verdict) == ("inference_cost", "supported")


@pytest.mark.parametrize("lang, text, value_text, start, end", [
    ("de", "Im vierten Quartal von Microsofts Geschäftsjahr 2025 überwies OpenAI 248 Mio. Dollar an Microsoft, "
           "im ersten Quartal des laufenden Geschäftsjahres 2026 dann 411 Mio. Dollar.", "248 Mio. Dollar",
     dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
    ("de", "Im vierten Quartal von Microsofts Geschäftsjahr 2025 überwies OpenAI 248 Mio. Dollar an Microsoft, "
           "im ersten Quartal des laufenden Geschäftsjahres 2026 dann 411 Mio. Dollar.", "411 Mio. Dollar",
     dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
    ("en", "In the fourth quarter of Microsoft's fiscal 2025 OpenAI paid Microsoft $248 million.", "$248 million",
     dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
    ("nb", "I fjerde kvartal av Microsofts regnskapsår 2025 betalte OpenAI 248 millioner dollar til Microsoft.",
     "248 millioner dollar", dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
])
def test_a_fiscal_quarter_with_its_owner_inside_the_phrase(lang, text, value_text, start, end):
    c = claim_of(PUBLISHED + text, lang, value_text)
    assert (c.entity, c.period.start, c.period.end) == ("OpenAI", start, end) and c.verdict != "contradicted"


def test_a_fiscal_code_with_no_owner_written_is_the_figures_company():
    """"OpenAI paid Microsoft $411 million in Q3 FY25": OpenAI's fiscal year is the calendar's."""
    c = claim_of(PUBLISHED + "OpenAI paid Microsoft $411 million in Q3 FY25.", "en", "$411 million")
    assert c.verdict != "contradicted"


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI spent $2.947bn on inference in the second quarter of 2025. Microsoft has not commented. "
           "In the same quarter, OpenAI paid it $248m.", "$248m"),
    ("nb", "Microsoft har ikke kommentert saken. I tredje kvartal 2025 betalte OpenAI selskapet 411 millioner dollar.",
     "411 millioner dollar"),
    ("de", "Microsoft wollte sich nicht äußern. Im dritten Quartal 2025 zahlte OpenAI dem Konzern 411 Millionen Dollar.",
     "411 Millionen Dollar"),
])
def test_a_payment_to_a_pronoun_is_to_the_company_named_before(lang, text, value_text):
    c = claim_of(PUBLISHED + text, lang, value_text)
    assert (c.metric, c.verdict) == ("revenue_share", "supported") and "paid to the company named before" in c.reading["metric"]


def test_a_payment_to_a_pronoun_with_no_company_before_takes_no_metric():
    text = PUBLISHED + "OpenAI spent $2.947bn on inference in the second quarter of 2025. In the same quarter, it paid it $248m."
    c = claim_of(text, "en", "$248m")
    assert c.metric is None and c.verdict == "unverifiable"


def test_a_transcripts_turns_keep_the_topic_of_the_turn_before():
    text = PUBLISHED + ("[00:00:21] DEV RAMASWAMY (guest): The big one is inference, what OpenAI pays to run its "
                        "models. For the whole of 2024: about $3.8 billion.\n\n[00:00:47] MAYA: And this year?\n\n[00:00:52] DEV: The second quarter "
                        "of 2025 was $2.95 billion, roughly.")
    c = claim_of(text, "en", "$2.95 billion")
    assert (c.metric, c.verdict) == ("inference_cost", "supported") and "turn before" in c.reading["metric"]


def test_a_metric_carried_from_another_speaker_never_makes_a_contradiction_alone():
    text = PUBLISHED + ("[00:02:19] DANA: Microsoft got about seven hundred million dollars from OpenAI last year?\n\n"
                        "[00:02:26] MARCUS: No. The figure is $493.8m for 2024.")
    c = claim_of(text, "en", "$493.8m")
    assert c.verdict != "contradicted"


def test_headings_with_a_colon_are_not_turns():
    text = PUBLISHED.replace("Published", "Veröffentlicht am").replace("12 November", "12. November") + (
        "Die Kosten: stark gestiegen\n\nIm Gesamtjahr 2024 beliefen sich die Inferenzkosten auf 3,77 Mrd. Dollar.\n\n"
        "Die Erlöse: nur eine Untergrenze\n\nIm vierten Quartal von Microsofts Geschäftsjahr 2025 überwies OpenAI "
        "knapp 250 Mio. Dollar.")
    c = claim_of(text, "de", "250 Mio. Dollar")
    assert c.metric != "inference_cost" and c.verdict != "contradicted"


def test_last_year_then_its_final_quarter_with_a_qualifier():
    """"im vergangenen Jahr … 1,6 Mrd. umgesetzt und allein im Schlussquartal knapp 1,5 Mrd. für Inferenz": the
    final quarter of the year named through the date, the phrase the figure's despite "knapp" between."""
    text = ("Veröffentlicht am 12. November 2025\n\nOpenAI hat im vergangenen Jahr gerade einmal 1,6 Milliarden Dollar "
            "umgesetzt und allein im Schlussquartal knapp 1,5 Milliarden Dollar für Inferenz bezahlt.")
    c = claim_of(text, "de", "1,5 Milliarden Dollar")
    assert (c.period.start, c.period.end, c.verdict) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31), "supported")
    assert claim_of(text, "de", "1,6 Milliarden Dollar").period.start == dt.date(2024, 1, 1)


def test_forum_shorthand_periods_and_a_phrase_whose_figure_before_has_its_own():
    text = ("Innlegg #1 · 21.11.2025 kl. 22:14\n\nHar gått gjennom tallene om OpenAI (OAI heretter), alle tall i USD:\n\n"
            "- inferens (det OAI betaler Azure for å kjøre modellene) kv3 -25: 3,648 mrd dollar\n\n"
            "Revenue share til MSFT: 411 mill dollar i kv3. H1 -25 fikk MSFT 454 mill dollar, +48 % fra H2 -24. "
            "Minsteomsetningen for 9mnd -25 er 4,33 mrd dollar.")
    first = claim_of(text, "nb", "3,648 mrd dollar", published=dt.date(2025, 11, 21))
    assert (first.entity, first.period.start, first.verdict) == ("OpenAI", dt.date(2025, 7, 1), "supported")
    half = claim_of(text, "nb", "454 mill dollar", published=dt.date(2025, 11, 21))
    assert (half.period.start, half.period.end, half.verdict) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30), "supported")
    assert claim_of(text, "nb", "411 mill dollar", published=dt.date(2025, 11, 21)).verdict != "contradicted"
    nine = claim_of(text, "nb", "4,33 mrd dollar", published=dt.date(2025, 11, 21))
    assert (nine.period.start, nine.period.end) == (dt.date(2025, 1, 1), dt.date(2025, 9, 30))


def test_a_wire_storys_time_line_dates_it_and_running_its_ai_models_is_inference():
    text = ("OpenAI's cloud bill soars\n\nBy Hannah Pell\n\nNovember 13, 2025 9:41 PM GMT · Updated 2 hours ago\n\n"
            "SAN FRANCISCO, Nov 13 (Meridian) - OpenAI spent more than $8.6 billion running its artificial "
            "intelligence models on Microsoft's Azure cloud in the first nine months of 2025.\n\n"
            "In the third quarter alone OpenAI spent $3.648 billion on inference.")
    result = read(text, "en")
    assert result.article.published == dt.date(2025, 11, 13)
    first = claim_of(text, "en", "$8.6 billion")
    assert (first.metric, first.bound, first.verdict) == ("inference_cost", "gt", "supported")
    assert claim_of(text, "en", "$3.648 billion").period.start == dt.date(2025, 7, 1)


def test_a_heading_line_without_a_blank_line_under_it_is_a_sentence_of_its_own():
    """"Die Erlöse: nur eine Untergrenze\nIm vierten Quartal … 250 Mio.": the heading's "Erlöse" is not the figure's
    metric (it made the payment a revenue under the implied floor). A hard-wrapped line of prose stays one sentence."""
    text = ("Veröffentlicht am 12. November 2025\n\nDie Kosten sind gestiegen.\nDie Erlöse: nur eine Untergrenze\n"
            "Im vierten Quartal von Microsofts Geschäftsjahr 2025 überwies OpenAI knapp 250 Mio. Dollar an Microsoft.")
    c = claim_of(text, "de", "250 Mio. Dollar")
    assert (c.metric, c.verdict) == ("revenue_share", "supported")
    wrapped = PUBLISHED + "OpenAI paid Microsoft a share of its revenue, and in the third quarter of\n2025 it paid $411m."
    assert claim_of(wrapped, "en", "$411m").period.start == dt.date(2025, 7, 1)


# -- what holdout9 (written blind) taught -------------------------------------------------

def test_an_article_that_writes_decimal_commas_in_english_means_them_everywhere():
    """Machine-translated from Norwegian: "8,67 billion" and "4,33 billion" can only be decimals, so "2,075 billion" is
    2.075 billion too (supported), and "1,925 billion" for H1 2024 is contradicted as 1.925 billion."""
    text = ("For the three first quarters of 2025 used OpenAI 8,67 billion dollars on inference. For the same period "
            "must OpenAI have had revenues of at least 4,33 billion dollars.\n\n"
            "In the first half year of 2024 used OpenAI 1,925 billion dollars on inference. In the first quarter "
            "of 2025 the inference bill of OpenAI landed on 2,075 billion dollars.")
    nine = claim_of(text, "en", "8,67 billion dollars")
    assert (nine.period.label(), nine.verdict) == ("2025-01-01..2025-09-30", "supported")
    q1 = claim_of(text, "en", "2,075 billion dollars")
    assert (q1.value, q1.period.label(), q1.verdict) == (2.075e9, "2025-01-01..2025-03-31", "supported")
    assert "decimals with ','" in q1.reading["value"]
    h1 = claim_of(text, "en", "1,925 billion dollars")
    assert (h1.value, h1.period.label(), h1.verdict) == (1.925e9, "2024-01-01..2024-06-30", "contradicted")
    # with no figure that settles it, "2,075 billion" stays 2 075 billion and its contradiction is held back
    alone = claim_of("In the first quarter of 2025 OpenAI spent 2,075 billion dollars on inference.", "en",
                     "2,075 billion dollars")
    assert (alone.value, alone.verdict) == (2075e9, "unverifiable")


@pytest.mark.parametrize("lang, text, value_text", [
    ("de", "Erstes Gedankenspiel: Hätte OpenAI im Jahr 2024 nicht 3,77, sondern nur zwei Milliarden Dollar für "
           "Inferenz bezahlt, wäre das Unternehmen nahe an der Gewinnschwelle.", "zwei Milliarden Dollar"),
    ("de", "Würde OpenAI eigene Rechenzentren betreiben, blieben von den Inferenzkosten im dritten Quartal 2025 "
           "rund 1,2 Milliarden Dollar übrig.", "1,2 Milliarden Dollar"),
    ("en", "Had OpenAI paid only $2 billion for inference in 2024, it would be close to breaking even.", "$2 billion"),
])
def test_a_sentence_opening_with_a_counterfactual_is_a_hypothesis(lang, text, value_text):
    c = claim_of(text, lang, value_text)
    assert (c.verdict, c.reading.get("caution")) == ("unverifiable", "a plan, an expectation or a hypothesis")


def test_if_you_divide_is_arithmetic_not_a_hypothesis():
    text = ("In the third quarter of 2025 OpenAI paid Microsoft $411 million. If you divide the payment by the "
            "20% rate, OpenAI must have brought in at least two billion dollars in that quarter alone.")
    c = claim_of(text, "en", "two billion dollars")
    assert "caution" not in c.reading and c.verdict == "supported"


@pytest.mark.parametrize("lang, text, value_text", [
    ("de", "Im zweiten Halbjahr 2024 zahlte OpenAI 307 Millionen Dollar an Microsoft. Insgesamt hat OpenAI knapp "
           "1,36 Milliarden Dollar an Microsoft überwiesen.", "1,36 Milliarden Dollar"),
    ("en", "In the second half of 2024 OpenAI paid Microsoft $307 million. All told, OpenAI has paid Microsoft more "
           "than $1.3 billion.", "$1.3 billion"),
    ("en", "In the third quarter of 2025 OpenAI paid Microsoft $411 million. Overall, the documents show OpenAI has "
           "paid Microsoft $1.36 billion.", "$1.36 billion"),
])
def test_a_total_takes_no_period_from_the_sentence_before(lang, text, value_text):
    c = claim_of(text, lang, value_text)
    assert c.verdict != "contradicted" and (c.period is None or c.period.how == "inferred")


def test_its_points_to_the_company_named_in_the_same_sentence():
    text = ("Microsoft sells the cloud capacity.\n\n$1.295bn — what OpenAI spent on inference, the cost of "
            "running its models on Azure, in the first half of 2024.")
    c = claim_of(text, "en", "$1.295bn")
    assert (c.entity, c.verdict) == ("OpenAI", "supported")


def test_the_owner_of_the_metric_named_before_beats_the_company_of_another_metrics_figure():
    text = ("Gjest: Avtalen gir Microsoft 20 prosent av OpenAIs inntekter. Deler du betalingene på den andelen, "
            "får du et gulv for omsetningen: minst 4,3 milliarder dollar for de tre første kvartalene i 2025.")
    c = claim_of(text, "nb", "4,3 milliarder dollar")
    assert (c.entity, c.metric, c.bound, c.verdict) == ("OpenAI", "revenue", "gte", "supported")


def test_a_company_carried_from_a_figure_that_had_only_the_articles_company_is_still_a_guess():
    """A rival's press release: its highlights name no company, so claimcheck falls back on the company the
    article names most (OpenAI). Carried on to the next figure, that guess must not make a contradiction."""
    text = ("Halvard Compute reports record quarter; CEO says leaked OpenAI bill shows the hyperscaler tax\n\n"
            "OSLO, November 19, 2025 -- Halvard Compute ASA today reported results and commented on OpenAI.\n\n"
            "Highlights\n\n  * Revenue of $418.6 million, up 212% from $134.2 million in the third quarter of 2024.")
    c = claim_of(text, "en", "$134.2 million")
    assert c.verdict == "unverifiable"
    assert c.reading["entity"].startswith("article")


def test_a_committee_transcripts_answer_takes_the_questions_metric_and_a_rate_its_amount():
    text = ("Abg. Markus Feldner (CDU/CSU): Frau Dr. Brandt, ich habe gelesen, OpenAI habe im ersten Quartal 2025 "
            "über drei Milliarden Dollar für Inferenz ausgegeben. Stimmt das?\n\n"
            "Sachverständige Dr. Lea Brandt: Nein. Im ersten Quartal 2025 waren es rund zwei Komma eins "
            "Milliarden Dollar.\n\n"
            "Abg. Sina Okafor (BÜNDNIS 90/DIE GRÜNEN): Und was verdient Microsoft an OpenAI?\n\n"
            "Sachverständige Dr. Lea Brandt: Microsoft erhält zwanzig Prozent von OpenAIs Umsatz. Im dritten Quartal "
            "2025 waren das vierhundertelf Millionen Dollar, im Jahr 2024 insgesamt rund eine halbe Milliarde Dollar, "
            "genau 493,8 Millionen.")
    asked = claim_of(text, "de", "drei Milliarden Dollar")
    assert (asked.metric, asked.verdict) == ("inference_cost", "contradicted")
    answer = claim_of(text, "de", "zwei Komma eins Milliarden Dollar")
    assert (answer.metric, answer.period.label(), answer.verdict) == ("inference_cost", "2025-01-01..2025-03-31", "supported")
    q3 = claim_of(text, "de", "vierhundertelf Millionen Dollar")
    assert (q3.metric, q3.period.label(), q3.verdict) == ("revenue_share", "2025-07-01..2025-09-30", "supported")
    # past "im Jahr 2024", which opened the figure before, the year is 2024, not the sentence's Q3 2025
    year = claim_of(text, "de", "493,8 Millionen")
    assert (year.metric, year.period.label(), year.verdict) == ("revenue_share", "2024-01-01..2024-12-31", "supported")


# -- what holdout10 (written blind) taught --------------------------------------------------

def test_a_reference_mark_glued_to_a_full_stop_ends_the_sentence():
    text = ("Laut den Dokumenten gab OpenAI im Kalenderjahr 2024 insgesamt 3,77 Mrd. US-Dollar für Inferenz aus.[1] "
            "Im ersten Quartal 2024 beliefen sich OpenAIs Inferenzkosten auf 457 Mio. US-Dollar.[2]")
    year = claim_of(text, "de", "3,77 Mrd. US-Dollar")
    assert (year.period.label(), year.verdict) == ("2024-01-01..2024-12-31", "supported")
    q1 = claim_of(text, "de", "457 Mio. US-Dollar")
    assert (q1.period.label(), q1.verdict) == ("2024-01-01..2024-03-31", "contradicted")


def test_a_graphic_on_one_line_labels_each_figure_with_its_year():
    text = ('[GFX FULL SCREEN: "OPENAI\'S INFERENCE BILL ON AZURE" | 2024: $3.77 BILLION | JAN-SEP 2025: $8.67 BILLION '
            '| SOURCE: DOCUMENTS]')
    year = claim_of(text, "en", "$3.77 BILLION")
    assert (year.period.label(), year.verdict) == ("2024-01-01..2024-12-31", "supported")
    nine = claim_of(text, "en", "$8.67 BILLION")
    assert (nine.period.label(), nine.verdict) == ("2025-01-01..2025-09-30", "supported")


def test_a_payment_to_microsoft_for_running_its_ai_is_the_inference_bill():
    text = ("Geheime Unterlagen zeigen: Allein in den ersten neun Monaten 2025 überwies OpenAI für den Betrieb seiner "
            "KI – Fachleute sagen „Inferenz“ – sage und schreibe 8,67 Milliarden Dollar an Microsoft!")
    c = claim_of(text, "de", "8,67 Milliarden Dollar")
    assert (c.metric, c.verdict) == ("inference_cost", "supported")


def test_one_dollar_in_an_exchange_rate_is_no_claim():
    text = "I de tre første kvartalene av 2025 brukte OpenAI 8,67 mrd dollar på inferens (ca 10,1 kr for en dollar)."
    assert "en dollar" not in [c.value_text for c in read(text, "nb").claims]


def test_a_years_figure_takes_no_carried_period_shorter_than_a_year():
    text = ("In den ersten drei Quartalen 2025 gab OpenAI 8,67 Mrd. US-Dollar für Inferenz aus. Zum Vergleich nannte "
            "OpenAI einen Jahresumsatz von 3,7 Mrd. US-Dollar.")
    c = claim_of(text, "de", "3,7 Mrd. US-Dollar")
    assert c.verdict != "contradicted" and (c.period is None or c.period.how == "inferred")


def test_a_tabloids_word_in_capitals_is_no_company():
    text = ("In den ersten neun Monaten 2025 gab OpenAI 8,67 Milliarden Dollar für Inferenz aus. Zum Vergleich: Im "
            "GANZEN Jahr 2024 waren es „nur“ 3,77 Milliarden Dollar.")
    c = claim_of(text, "de", "3,77 Milliarden Dollar")
    assert (c.entity, c.verdict) == ("OpenAI", "supported")


# -- what holdout11 (written blind) taught --------------------------------------------------

def test_a_social_media_posts_pictograph_bullets_are_list_items():
    text = ("💸 OpenAI spent $8.67B on inference in the first nine months of 2025.\n\n"
            "2️⃣ QUARTER BY QUARTER (OpenAI inference on Azure)\n🔹 Q1 2024: $547M\n🔹 Q4 2024: $1,467M\n"
            "🔹 Q2 2025: $2.947B\n📅 For the whole of 2024, OpenAI's inference bill was $3.77B.")
    for value_text, label in (("$547M", "2024-01-01..2024-03-31"), ("$1,467M", "2024-10-01..2024-12-31"),
                              ("$2.947B", "2025-04-01..2025-06-30"), ("$3.77B", "2024-01-01..2024-12-31")):
        c = claim_of(text, "en", value_text)
        assert (c.period.label(), c.verdict) == (label, "supported"), value_text


def test_a_year_then_to_and_a_dollar_figure_is_no_range():
    text = ("OpenAI's expenditures on inference rose from $1,005 million in the third quarter of 2024 to $3,648 "
            "million in the third quarter of calendar year 2025.")
    c = claim_of(text, "en", "$3,648 million")
    assert (c.value, c.period.label(), c.verdict) == (3648e6, "2025-07-01..2025-09-30", "supported")


# -- what holdout12 (written blind) taught --------------------------------------------------

def test_a_share_price_after_a_figure_is_no_internal_contradiction():
    text = ("Microsoft, for its part, spent $34.9 billion on capital expenditure in the July–September 2025 quarter, "
            "much of it on GPUs. Its shares closed at $480.50 that day.")
    c = claim_of(text, "en", "$34.9 billion")
    assert c.verdict == "unverifiable" and not any(f.rule == "internal-consistency" for f in c.findings)


def test_a_scale_glued_to_its_number_then_a_full_stop_ends_the_sentence():
    text = ("Divide by the share. Jan–Sep 2025: $865.9M / 0.2 = $4.33B. That's a floor, not the real revenue, "
            "because Microsoft also pays OpenAI a cut.")
    c = claim_of(text, "en", "$865.9M")
    assert c.sentence == "Jan–Sep 2025: $865.9M / 0.2 = $4.33B." and c.verdict != "contradicted"


@pytest.mark.parametrize("lang, text, value_text, label", [
    ("nb", "* OpenAIs inferenskostnader på Azure: 3,77 milliarder dollar i 2024 og 8,67 milliarder dollar i årets tre første "
           "kvartaler.", "8,67 milliarder dollar", "2025-01-01..2025-09-30"),
    ("de", "Im dritten Quartal 2025 bezahlte OpenAI für Inferenz 3’648 Mio. Dollar.", "3’648 Mio. Dollar",
     "2025-07-01..2025-09-30"),  # a Swiss thousands mark, typographic
    ("de", "Das ist fünfmal so viel wie im dritten Quartal 2024.\nIm Gesamtjahr 2024 lag OpenAIs Inferenzrechnung "
           "bei 3,77 Milliarden Dollar.", "3,77 Milliarden Dollar", "2024-01-01..2024-12-31"),  # "2024.\nIm": two sentences
    ("en", "OpenAI spent $3.77 billion on inference in 2024 and, in the first nine months of 2025, already more than "
           "twice what it spent in all of 2024: $8.67 billion.", "$8.67 billion", "2025-01-01..2025-09-30"),
    # a nearer phrase is the figure's, not one before it
    ("en", "OpenAI's inference spending more than tripled between the third quarter of 2024 and the third quarter "
           "of 2025, and the fourth-quarter 2024 bill alone, $1,467 million, was larger than a rival's revenue.",
     "$1,467 million", "2024-10-01..2024-12-31"),
    ("nb", "Inntektsdelingen fra OpenAI til Microsoft for 1.–3. kvartal 2025 ble 865,9 mill. USD.", "865,9 mill. USD",
     "2025-01-01..2025-09-30"),
    ("de", "OpenAI zahlte im 1.–3. Quartal 2025 insgesamt 865,9 Mio. US-Dollar an Microsoft.", "865,9 Mio. US-Dollar",
     "2025-01-01..2025-09-30"),
])
def test_more_periods_the_holdouts_wrote(lang, text, value_text, label):
    c = claim_of(text, lang, value_text, published=dt.date(2025, 11, 13))
    assert (c.period.label(), c.verdict) == (label, "supported")


def test_a_rates_base_is_not_lent_to_the_payment_it_comes_to():
    """"20% of OpenAI's revenue" is the rate's own base: the payments in the next clause are the revenue share
    (was read as revenue, a false contradiction); the next sentence's payments carry it."""
    text = ("Under the partnership agreement Microsoft receives 20% of OpenAI's revenue; those payments totalled "
            "$493.8 million in 2024. In the first quarter of 2025 the payments came to $206 million.")
    got = {c.value_text: (c.metric, c.verdict) for c in read(text, "en").claims}
    assert got["$493.8 million"] == ("revenue_share", "supported")
    assert got["$206 million"] == ("revenue_share", "supported")
    assert got["20%"][0] == "revenue_share_rate"


QUIZ = """Q2. How much did OpenAI spend on inference on Microsoft Azure in calendar 2024?
A: $3.77 billion.

Q6. What did OpenAI pay Microsoft under that deal in the first half of 2025?
A: $454 million ($206 million in Q1 plus $248 million in Q2).

Q7. What is the least revenue OpenAI can have had from January to September 2025?
A: $4.33 billion, i.e. the $865.9 million it paid Microsoft divided by 0.2.
"""


def test_an_answer_takes_the_period_and_metric_of_the_question_right_before_it():
    got = {c.value_text: c for c in read(QUIZ, "en").claims}
    assert (got["$3.77 billion"].metric, got["$3.77 billion"].period.label()) == ("inference_cost", "2024-01-01..2024-12-31")
    assert got["$3.77 billion"].reading["period"] == "asked: the question it answers: 'calendar 2024'"
    assert (got["$454 million"].metric, got["$454 million"].period.label(), got["$454 million"].verdict) == (
        "revenue_share", "2025-01-01..2025-06-30", "supported")
    # "in Q1" next to a figure is its own period, in the year of the half year asked about
    assert (got["$206 million"].period.label(), got["$206 million"].verdict) == ("2025-01-01..2025-03-31", "supported")
    # the answer's first figure is what was asked, not the payment of the clause after it
    assert (got["$4.33 billion"].metric, got["$4.33 billion"].verdict) == ("revenue", "supported")
    assert got["$865.9 million"].metric == "revenue_share"


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Payments to Microsoft increased by 23 percent in the first quarter of 2025.", 23),
    ("en", "OpenAI's inference bill fell sharply by 12% in the first quarter of 2025.", -12),
    ("nb", "I første kvartal 2025 økte betalingene til Microsoft med 23 prosent.", 23),
    ("de", "Im ersten Quartal 2025 sanken die Zahlungen an Microsoft um 23 Prozent.", -23),
])
def test_a_change_verb_with_words_before_by_makes_a_change_not_a_rate(lang, text, value):
    """"økte betalingene med 23 prosent" was read as a revenue-share rate of 23 % and flagged against the 20 %."""
    (c,) = read(text, lang).claims
    assert (c.kind, c.value, c.verdict) == ("growth", value, "unverifiable")


def test_a_change_verb_far_before_by_is_not_a_change():
    (c,) = read("Microsoft grew its share of the whole deal by 20%.", "en").claims
    assert c.kind == "percent"


@pytest.mark.parametrize("lang, head, published", [
    ("nb", "UKENS GRAF · nr. 48 · Lørdag 29. november 2025\n\n", dt.date(2025, 11, 29)),
    ("en", "THE WEEKLY CHART | Saturday 29 November 2025\n\n", dt.date(2025, 11, 29)),
    ("de", "GRAFIK DER WOCHE · Samstag, 29. November 2025\n\n", dt.date(2025, 11, 29)),
])
def test_a_mastheads_weekday_date_after_its_separators_is_the_publication_date(lang, head, published):
    body = {"en": "OpenAI spent $3.77 billion on inference last year.",
            "nb": "OpenAI brukte 3,77 mrd. dollar på inferens i fjor.",
            "de": "OpenAI gab im vergangenen Jahr 3,77 Mrd. Dollar für Inferenz aus."}[lang]
    result = read(head + body, lang)
    assert result.article.published == published
    (c,) = result.claims
    assert (c.period.label(), c.verdict) == ("2024-01-01..2024-12-31", "supported")


def test_a_total_with_a_figure_for_each_period_is_no_sum_of_periods():
    """"Samlet ble regningen 3,77 mrd. dollar i fjor, og i årets tre første kvartaler … 8,67 mrd.": each figure
    has its period; "til sammen … i 2024 og 2025 … 12,4 mrd." is one figure over two."""
    text = ("Publisert 29. november 2025. Samlet ble OpenAIs inferensregning 3,77 mrd. dollar i 2024, og i de tre "
            "første kvartalene av 2025 har den nådd 8,67 mrd. dollar.")
    assert [c.verdict for c in read(text, "nb").claims] == ["supported", "supported"]
    text = "Til sammen brukte OpenAI 12,4 mrd. dollar på inferens i 2024 og i de tre første kvartalene av 2025."
    (c,) = read(text, "nb").claims
    assert c.reading.get("caution") == "several periods added up"


@pytest.mark.parametrize("lang, text, period, verdict", [
    ("en", "From the first quarter of 2024 to the third quarter of 2025, OpenAI paid Microsoft $1.36 billion.",
     "2024-01-01..2025-09-30", "supported"),
    ("en", "Between the first quarter of 2024 and the third quarter of 2025 OpenAI paid Microsoft $1.36 billion.",
     "2024-01-01..2025-09-30", "supported"),
    ("de", "Vom ersten Quartal 2024 bis zum dritten Quartal 2025 zahlte OpenAI 1,36 Mrd. Dollar an Microsoft.",
     "2024-01-01..2025-09-30", "supported"),
])
def test_two_periods_as_the_ends_of_a_stretch_give_a_level_figure_the_whole_stretch(lang, text, period, verdict):
    """Was read as the third quarter alone: a false contradiction against its $411 million."""
    (c,) = read(text, lang).claims
    assert (c.period.label(), c.verdict) == (period, verdict)


@pytest.mark.parametrize("lang, text, basis, verdict", [
    ("en", "From the third quarter of 2024 to the third quarter of 2025, OpenAI's inference bill grew 263%.",
     "2024-07-01..2024-09-30", "supported"),
    ("nb", "Fra 3. kvartal 2024 til 3. kvartal 2025 økte OpenAIs inferenskostnader med 263 %.",
     "2024-07-01..2024-09-30", "supported"),
    ("nb", "OpenAIs inferensregning ble mer enn firedoblet fra andre kvartal 2024 til tredje kvartal 2025.",
     "2024-04-01..2024-06-30", "supported"),
    ("de", "Vom ersten Quartal 2024 bis zum dritten Quartal 2025 hat sich OpenAIs Inferenzrechnung fast verzehnfacht.",
     "2024-01-01..2024-03-31", "contradicted"),  # 3.648 / 0.547 = 6.7: not nearly tenfold
])
def test_a_change_over_a_stretch_is_measured_from_its_first_end(lang, text, basis, verdict):
    (c,) = read(text, lang).claims
    assert (c.period.label(), c.basis.period.label(), c.verdict) == ("2025-07-01..2025-09-30", basis, verdict)


@pytest.mark.parametrize("lang, text, verdict", [
    ("nb", "Publisert 16. november 2025. I tredje kvartal 2025 betalte OpenAI 411 mill. dollar til Microsoft. "
           "Inntektsdelingen økte med 85 % fra Q2 til Q3.", "contradicted"),  # 411 / 248: +66 %
    ("nb", "Publisert 16. november 2025. I tredje kvartal 2025 betalte OpenAI 411 mill. dollar til Microsoft. "
           "Inntektsdelingen økte med 66 prosent fra andre til tredje kvartal.", "supported"),
    ("en", "Published November 16, 2025. In the third quarter of 2025 OpenAI paid Microsoft $411 million, up 66% "
           "from the second to the third quarter.", "supported"),
])
def test_a_change_between_two_quarters_named_without_a_year(lang, text, verdict):
    """"fra Q2 til Q3": the change's basis is the first quarter of the year its own period is in."""
    change = [c for c in read(text, lang).claims if c.kind == "growth"][0]
    assert (change.period.label(), change.basis.period.label(), change.verdict) == (
        "2025-07-01..2025-09-30", "2025-04-01..2025-06-30", verdict)


def test_a_figure_takes_the_period_of_a_figure_before_it_in_its_clause():
    """Not an older period of the paragraph; but not across "and" in a list of separate facts."""
    text = ("Auf S. 143 heißt es, OpenAI habe im zweiten Quartal 2025 rund 1,9 Milliarden Dollar für Inferenz gezahlt. "
            "Aus den Zahlungen von 865,9 Millionen Dollar an Microsoft in den ersten drei Quartalen 2025 leitet sie "
            "korrekt einen Mindestumsatz von 4,33 Milliarden Dollar ab.")
    got = {c.value_text: c for c in read(text, "de").claims}
    assert got["4,33 Milliarden Dollar"].period.label() == "2025-01-01..2025-09-30"
    assert got["4,33 Milliarden Dollar"].reading["period"].startswith("context: the period of a figure before it")
    text = ("The document cites a $40 billion funding round led by SoftBank in March 2025 and compute contracts "
            "with Oracle worth more than $300 billion.")
    got = {c.value_text: c for c in read(text, "en").claims}
    assert got["$300 billion"].period is None


WIRE = """HEADLINE MONITOR | exported 12-Nov-2025 17:30 CET

09:41:07 *OPENAI FULL-YEAR 2024 INFERENCE SPEND WAS $3.77B, DOCUMENTS SHOW [FT]
09:41:31 *OPENAI 3Q INFERENCE BILL $3.648B, UP 24% Q/Q [FT]
09:41:31 *OPENAI PAID MICROSOFT $411M IN QTR UNDER REVENUE SHARE [FT]
09:44:58 *OPENAI 1H 2025 INFERENCE $5.02B, NEARLY 4X 1H 2024'S $1.295B [FT]
"""


def test_a_wires_time_stamped_headlines_are_entries_of_their_own():
    """Each line a sentence and an entry: no period carried from one headline to the next (the "3Q" of the
    second is not 2024's); "1H 2024'S $1.295B" is that figure's period, not the ratio's."""
    got = {c.value_text: c for c in read(WIRE, "en", published=dt.date(2025, 11, 12)).claims}
    assert len({c.sentence for c in got.values()}) == 4
    assert (got["$3.648B"].period.label(), got["$3.648B"].verdict) == ("2025-07-01..2025-09-30", "supported")
    assert got["$411M"].verdict != "contradicted"
    assert (got["$1.295B"].period.label(), got["$1.295B"].verdict) == ("2024-01-01..2024-06-30", "supported")


@pytest.mark.parametrize("lang, text, label", [
    ("en", "in the second and third quarters of 2025", "2025-04-01..2025-09-30"),
    ("nb", "i andre og tredje kvartal 2025", "2025-04-01..2025-09-30"),
    ("de", "im zweiten und dritten Quartal 2025", "2025-04-01..2025-09-30"),
    ("en", "(Q1 + Q2 2024)", "2024-01-01..2024-06-30"),
    ("en", "in the first and third quarters of 2025", None),  # not in a row: two periods, not one
])
def test_two_quarters_in_a_row_together(lang, text, label):
    from claims.periods import PeriodResolver
    (p,) = PeriodResolver(get(lang)).find(text)
    assert (p.period.label() if p.period else None) == label


@pytest.mark.parametrize("lang, text, label", [
    ("en", "in the second to fourth quarters of 2024", "2024-04-01..2024-12-31"),
    ("en", "in the second through fourth quarter of 2024", "2024-04-01..2024-12-31"),
    ("en", "in Q2-Q4 2024", "2024-04-01..2024-12-31"),
    ("nb", "i andre til fjerde kvartal 2024", "2024-04-01..2024-12-31"),
    ("nb", "i andre–fjerde kvartal 2024", "2024-04-01..2024-12-31"),
    ("de", "im zweiten bis vierten Quartal 2024", "2024-04-01..2024-12-31"),
    ("de", "Q2 bis Q4 2024", "2024-04-01..2024-12-31"),
    ("en", "in the fourth to second quarters of 2024", None),  # backwards: no period
])
def test_a_range_of_quarters_is_one_period(lang, text, label):
    from claims.periods import PeriodResolver
    (p,) = PeriodResolver(get(lang)).find(text)
    assert (p.shape, p.period.label() if p.period else None) == ("quarter_range", label)


@pytest.mark.parametrize("lang, text, value_text, period, basis", [
    # a total over the range, the figure before or after it: not the last quarter's level (a false contradiction)
    ("nb", "OpenAI brukte 3,22 mrd. dollar på inferens i andre til fjerde kvartal 2024.", "3,22 mrd. dollar",
     "2024-04-01..2024-12-31", None),
    ("nb", "OpenAI brukte 3,22 mrd. dollar på inferens fra andre til fjerde kvartal 2024.", "3,22 mrd. dollar",
     "2024-04-01..2024-12-31", None),
    ("en", "OpenAI spent $3.22 billion on inference in Q2-Q4 2024.", "$3.22 billion", "2024-04-01..2024-12-31", None),
    # after "from", a change from the one quarter to the other
    ("en", "OpenAI's inference costs rose 76% from Q1 to Q3 2025.", "76%", "2025-07-01..2025-09-30", "2025-01-01..2025-03-31"),
    ("nb", "OpenAIs inferenskostnader økte med 24 prosent fra andre til tredje kvartal 2025.", "24 prosent",
     "2025-07-01..2025-09-30", "2025-04-01..2025-06-30"),
    # where a stretch ended, not its total
    ("en", "OpenAI's inference bill rose to $3.65 billion from the first to the third quarter of 2025.", "$3.65 billion",
     "2025-07-01..2025-09-30", None),
])
def test_figures_over_a_range_of_quarters(lang, text, value_text, period, basis):
    (c,) = [c for c in read(text, lang, published=dt.date(2025, 11, 14)).claims if c.value_text == value_text]
    assert (c.period.label(), c.basis.period.label() if c.basis else None, c.verdict) == (period, basis, "supported")


def test_a_hard_wrapped_sentence_is_read_across_its_line_breaks():
    """"revenue\nshare" is the revenue share: read as "revenue", the payment was flagged against the revenue
    floor it implies. A text with no blank line is one paragraph per line, unless the next line goes on
    in lower case."""
    text = ("According to the leaked documents, OpenAI paid Microsoft a total of $411m in revenue\nshare in the third "
            "quarter of 2025, while its inference costs on Azure came\nto $3.648bn in the same quarter, the documents show.\n")
    got = {c.value_text: c for c in read(text, "en").claims}
    assert (got["$411m"].metric, got["$411m"].verdict) == ("revenue_share", "supported")
    assert (got["$3.648bn"].metric, got["$3.648bn"].period.label()) == ("inference_cost", "2025-07-01..2025-09-30")
    assert len({c.sentence for c in got.values()}) == 1


@pytest.mark.parametrize("lang, text, period", [
    ("en", "OpenAI paid Microsoft $307 million in the last two quarters of 2024.", "2024-07-01..2024-12-31"),
    ("en", "OpenAI's inference costs were $1.467 billion in the last three months of 2024.", "2024-10-01..2024-12-31"),
    ("nb", "OpenAI betalte Microsoft 307 millioner dollar i de to siste kvartalene av 2024.", "2024-07-01..2024-12-31"),
    ("nb", "OpenAIs inferenskostnader var 1,467 milliarder dollar de siste tre månedene av 2024.", "2024-10-01..2024-12-31"),
    ("de", "OpenAI zahlte Microsoft in den letzten zwei Quartalen 2024 307 Millionen Dollar.", "2024-07-01..2024-12-31"),
    ("de", "Die Inferenzkosten von OpenAI lagen in den letzten drei Monaten des Jahres 2024 bei 1,467 Milliarden Dollar.",
     "2024-10-01..2024-12-31"),
])
def test_the_last_quarters_or_months_of_a_year_end_with_it(lang, text, period):
    """"the last three months of 2024" were read as the first three (and "the last two quarters of 2024" as
    the year), and the right figures flagged."""
    (c,) = read(text, lang, published=dt.date(2025, 11, 14)).claims
    assert (c.period.label(), c.verdict) == (period, "supported")


@pytest.mark.parametrize("lang, text", [
    ('en', "OpenAI's inference costs were $2.075 billion and $2.947 billion in the first and second quarters of 2025 respectively."),
    ('en', "OpenAI's revenue-share payments and inference costs in the third quarter of 2025 were $411 million and $3.648 billion respectively."),
    ('en', "In the third quarter of 2025, OpenAI's inference costs and revenue-share payments rose to $3.648 billion and $411 million."),
    ('nb', 'OpenAIs inferenskostnader var 2,075 milliarder dollar og 2,947 milliarder dollar i første og andre kvartal 2025.'),
    ('nb', 'I tredje kvartal 2025 steg OpenAIs inferenskostnader og betalinger til Microsoft til 3,648 milliarder dollar og 411 millioner dollar.'),
    ('de', 'Die Inferenzkosten von OpenAI beliefen sich im ersten und zweiten Quartal 2025 auf 2,075 Milliarden Dollar und 2,947 Milliarden Dollar.'),
    ('de', 'Im dritten Quartal 2025 stiegen die Inferenzkosten und die Zahlungen von OpenAI an Microsoft auf 3,648 Milliarden Dollar und 411 Millionen Dollar.'),
])
def test_listed_figures_take_the_listed_metrics_and_quarters_in_turn(lang, text):
    """"inference costs and revenue-share payments rose to $3.648 billion and $411 million": the nearest metric
    word gave both figures the payments (and flagged the bill); "$2.075 billion and $2.947 billion in the first
    and second quarters" gave both the half year (and flagged the second)."""
    claims = read(text, lang, published=dt.date(2025, 11, 14)).claims
    assert len(claims) == 2 and [c.verdict for c in claims] == ["supported", "supported"]
    assert all(c.period.label().endswith(("-03-31", "-06-30", "-09-30")) and c.period.how == "stated" for c in claims)
    assert len({c.metric for c in claims} | {c.period.label() for c in claims}) == 3  # one of them differs


def test_a_list_of_figures_with_fewer_quarters_is_not_split():
    text = "OpenAI paid Microsoft $110 million and $139 million in the second to fourth quarters of 2024."
    assert [c.period.label() for c in read(text, "en").claims] != ["2024-04-01..2024-06-30", "2024-07-01..2024-09-30"]


@pytest.mark.parametrize("lang, text", [
    ("en", "In the third quarter of 2025, OpenAI's inference costs hit $3.648 billion and Microsoft's take $411 million."),
    ("en", "In the third quarter of 2025, OpenAI's inference costs hit $3.648 billion and Microsoft’s cut was $411 million."),
])
def test_microsofts_take_is_the_revenue_share(lang, text):
    """"… and Microsoft's take $411 million": the inference bill's metric, flagged against $3.648 billion."""
    claims = read(text, lang, published=dt.date(2025, 11, 14)).claims
    assert [(c.metric, c.verdict) for c in claims] == [("inference_cost", "supported"), ("revenue_share", "supported")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Microsoft's revenue share amounted to just 11% of what OpenAI spent on inference in the third quarter of 2025."),
    ("nb", "Microsofts andel utgjorde bare 11 prosent av det OpenAI brukte på inferens i tredje kvartal 2025."),
    ("de", "Microsofts Anteil lag bei 11 Prozent der Inferenzkosten von OpenAI im dritten Quartal 2025."),
])
def test_a_share_of_another_metric_is_not_the_revenue_share_rate(lang, text):
    """11% of the inference bill is no share of revenue: it was flagged against the 20% rate."""
    (c,) = read(text, lang, published=dt.date(2025, 11, 14)).claims
    assert c.metric != "revenue_share_rate" and c.verdict == "unverifiable"


def test_a_share_of_revenue_is_still_the_rate():
    for lang, text in (("en", "Microsoft receives 20% of OpenAI's revenue."), ("nb", "Microsoft får 20 prosent av OpenAIs inntekter."),
                       ("de", "Microsoft erhält 20 Prozent von OpenAIs Umsatz.")):
        (c,) = read(text, lang).claims
        assert (c.metric, c.verdict) == ("revenue_share_rate", "supported")


@pytest.mark.parametrize("lang, text, value_text, period", [
    ('en', "In the first half of 2025, OpenAI's inference costs came to $5.02 billion. In the previous quarter, the last of 2024, they were $1.467 billion.", '$1.467 billion', '2024-10-01..2024-12-31'),
    ('en', "OpenAI's payments to Microsoft were $248 million in the preceding quarter, the second of 2025, and $411 million in the third.", '$248 million', '2025-04-01..2025-06-30'),
    ('en', 'In the third quarter of 2025 OpenAI spent $3.648 billion on inference. In the fourth quarter, the last of 2024, it spent $1.467 billion.', '$1.467 billion', '2024-10-01..2024-12-31'),
    ('nb', 'I første halvår 2025 brukte OpenAI 5,02 milliarder dollar på inferens. I kvartalet før, det siste i 2024, var kostnadene 1,467 milliarder dollar.', '1,467 milliarder dollar', '2024-10-01..2024-12-31'),
    ('de', 'Im ersten Halbjahr 2025 gab OpenAI 5,02 Milliarden Dollar für Inferenz aus. Im Quartal davor, dem letzten des Jahres 2024, waren es 1,467 Milliarden Dollar.', '1,467 Milliarden Dollar', '2024-10-01..2024-12-31'),
])
def test_an_aside_naming_the_quarter_is_that_quarter(lang, text, value_text, period):
    """"In the previous quarter, the last of 2024, they were $1.467 billion": "of 2024" was read as the year,
    and the figure flagged against the year's bill."""
    (c,) = [c for c in read(text, lang, published=dt.date(2025, 11, 14)).claims if c.value_text == value_text]
    assert (c.period.label(), c.period.how, c.verdict) == (period, "stated", "supported")


def test_a_capitalised_noun_after_a_list_mark_is_no_company():
    """"a) Inferenskostnaden i andre kvartal 2025 …": the first word of an answer is no unknown organisation."""
    text = ("Tabellen viser tall for OpenAI.\n\na) Inferenskostnaden i andre kvartal 2025 var 294 prosent høyere "
            "enn i samme kvartal året før.")
    (c,) = read(text, "nb").claims
    assert (c.entity, c.metric, c.verdict) == ("OpenAI", "inference_cost", "supported")


def test_a_bill_the_article_gives_no_owner_is_not_the_suppliers():
    """An explainer that names Microsoft most: a figure of the inference bill with no company near it is
    OpenAI's, the company that buys it, not Microsoft's."""
    text = ("Microsoft får betalt av OpenAI. Microsoft leverer skyen, og Microsoft har sagt at tallene ikke er riktige.\n\n"
            "Inferenskostnaden i andre kvartal 2025 var 2,947 milliarder dollar.")
    (c,) = read(text, "nb").claims
    assert (c.entity, c.metric, c.verdict) == ("OpenAI", "inference_cost", "supported")


@pytest.mark.parametrize("lang, text", [
    ("de", "Umgerechnet entsprechen die Inferenzkosten der ersten drei Quartale 2025 bei einem Kurs von 1,16 Dollar je Euro rund 7,5 Milliarden Euro."),
    ("en", "At 1.16 dollars per euro, OpenAI's inference costs in the first three quarters of 2025 come to about 7.5 billion euros."),
    ("nb", "Med en kurs på 10,10 kroner per dollar tilsvarer OpenAIs inferensregning i tredje kvartal 2025 om lag 36,8 milliarder kroner."),
])
def test_an_exchange_rate_is_no_amount(lang, text):
    claims = read(text, lang).claims
    assert all(c.verdict != "contradicted" for c in claims)


@pytest.mark.parametrize("lang, text, value_text", [
    ('en', "Microsoft is entitled to 20% of OpenAI's revenue, so dividing the payments by five gives a floor for revenue. For the first nine months of 2025 that floor is $4.33 billion.", '$4.33 billion'),
    ('nb', 'Microsoft har krav på 20 prosent av OpenAIs inntekter, så betalingene delt på fem gir et minimum for inntektene. For de første ni månedene av 2025 er dette minimum 4,33 milliarder dollar.', '4,33 milliarder dollar'),
    ('de', 'Microsoft stehen 20 Prozent von OpenAIs Umsatz zu, die Zahlungen mal fünf ergeben also eine Untergrenze. Für die ersten neun Monate 2025 liegt dieses Minimum bei 4,33 Milliarden Dollar.', '4,33 Milliarden Dollar'),
])
def test_a_floor_after_a_rate_is_the_floor_of_what_the_rate_is_of(lang, text, value_text):
    """"… a floor for revenue. For the first nine months of 2025 that floor is $4.33 billion": read as the
    amount of the 20% (Microsoft's payments) and flagged against $865.9 million."""
    (c,) = [c for c in read(text, lang, published=dt.date(2025, 11, 14)).claims if c.value_text == value_text]
    assert (c.entity, c.metric, c.bound, c.verdict) == ("OpenAI", "revenue", "gte", "supported")


def test_a_figure_denied_after_the_right_one_is_not_judged():
    """"$3.65 billion, not $5 billion as rumoured": the rumour is quoted to be denied, not claimed."""
    text = "OpenAI's inference costs in the third quarter of 2025 were $3.65 billion, not $5 billion as rumoured."
    got = {c.value_text: c.verdict for c in read(text, "en", published=dt.date(2025, 11, 14)).claims}
    assert got == {"$3.65 billion": "supported", "$5 billion": "unverifiable"}


def test_a_line_that_opens_with_a_camel_case_name_is_a_sentence_of_its_own():
    """A line with no full stop, then "eBay, which …": read as one sentence, the other company's fees were
    OpenAI's payments in the same quarter, and flagged."""
    for name in ("eBay", "xAI"):
        text = (f"OpenAI paid Microsoft $411 million in the third quarter of 2025\n{name}, which is not part of the "
                "deal, paid $120 million in fees in the same quarter.")
        got = {c.value_text: c for c in read(text, "en", published=dt.date(2025, 11, 14)).claims}
        assert got["$411 million"].verdict == "supported"
        assert got["$120 million"].verdict != "contradicted"
        assert got["$120 million"].sentence != got["$411 million"].sentence


def test_the_last_two_of_a_list_of_quarters_are_not_one_period():
    text = "OpenAI spent $2.075bn, $2.947bn and $3.648bn on inference in the first, second and third quarters of 2025, respectively."
    assert all(c.verdict != "contradicted" for c in read(text, "en").claims)


def test_payments_after_the_revenue_they_imply_are_payments():
    """"… OpenAI's revenue … was at least $4.33 billion. The payments went from $186 million …": the
    last payment's metric, not the revenue's (a false contradiction at $411 million)."""
    tail = (" If Microsoft's cut is 20%, OpenAI's revenue over those nine months was at least $4.33 billion. The "
            "payments went from $186 million in the fourth quarter of 2024 to $411 million in the third quarter of 2025.")
    text = "OpenAI paid Microsoft $865.9 million from January through September 2025." + tail
    got = {c.value_text: c for c in read(text, "en").claims}
    assert (got["$411 million"].metric, got["$411 million"].verdict) == ("revenue_share", "supported")
    assert (got["$186 million"].metric, got["$186 million"].verdict) == ("revenue_share", "contradicted")  # 168 m
    # no payment read before: the amount of the rate before, never the revenue's nor the inference bill's
    got = {c.value_text: c for c in read("OpenAI spent $8.67 billion on inference in 2025." + tail, "en").claims}
    assert [got[v].metric for v in ("$186 million", "$411 million")] == ["revenue_share", "revenue_share"]
    tail = tail.replace("If Microsoft's cut is 20%, ", "")
    got = {c.value_text: c for c in read("OpenAI spent $8.67 billion on inference in 2025." + tail, "en").claims}
    assert got["$411 million"].metric is None and got["$411 million"].verdict == "unverifiable"


def test_a_figures_own_noun_outranks_a_payment_phrase_before_it():
    text = "In the third quarter of 2025 OpenAI's largest payment to Microsoft was its Azure bill of $3.65 billion."
    (c,) = read(text, "en").claims
    assert c.metric != "revenue_share" and c.verdict != "contradicted"


def test_a_bare_german_year_before_a_quoted_figure():
    (c,) = read("Der Anfang ist solide. OpenAI habe 2024 „gut 3,7 Milliarden Dollar“ für Inferenz ausgegeben.", "de").claims
    assert (c.period.label(), c.verdict) == ("2024-01-01..2024-12-31", "supported")


def test_a_numbered_question_on_its_own_and_the_answer_after_it():
    """A written answer to a parliamentary question: "1. Wie hoch waren … im Jahr 2024?" then "Den
    Presseberichten zufolge 3,77 Mrd. US-Dollar, davon … 0,784 Mrd. US-Dollar im zweiten Quartal."."""
    text = ("1. Wie hoch waren nach Kenntnis der Bundesregierung die Inferenzkosten von OpenAI im Jahr 2024?\n\n"
            "Den Presseberichten zufolge 3,77 Mrd. US-Dollar, davon 0,547 Mrd. US-Dollar im ersten Quartal und "
            "0,784 Mrd. US-Dollar im zweiten Quartal.")
    got = {c.value_text: c for c in read(text, "de").claims}
    assert [(got[v].metric, got[v].period.label(), got[v].verdict) for v in got] == [
        ("inference_cost", "2024-01-01..2024-12-31", "supported"),
        ("inference_cost", "2024-01-01..2024-03-31", "supported"),
        ("inference_cost", "2024-04-01..2024-06-30", "contradicted")]  # 748 m


def test_teletext_abbreviations():
    """"im 1.-3. Qu.\\n 2025 insg. 8,67 Mrd. US-$": "Qu." is a quarter, and "insg." ends no sentence."""
    text = (" WIRTSCHAFT                        1/2\n\n"
            " Der ChatGPT-Anbieter OpenAI hat lt.\n geleakten Unterlagen im 1.-3. Qu.\n 2025 insg. 8,67 Mrd. US-$ für\n"
            " Inferenz bezahlt. Allein im 3. Qu. 2025 waren es\n 3,648 Mrd. US-$ für Inferenz.")
    got = {c.value_text: c for c in read(text, "de").claims}
    assert got["8,67 Mrd. US-$"].period.label() == "2025-01-01..2025-09-30"
    assert got["3,648 Mrd. US-$"].period.label() == "2025-07-01..2025-09-30"
    assert len({c.sentence for c in got.values()}) == 2


CHAT = """Aksjeklubben – eksportert samtale
Eksportert 10.12.2025, 4 deltakere

[21:04] Magnus: og ms tar 20 prosent av inntektene deres??
[21:05] Ida: jepp. openai betalte 865,9 mill dollar til Microsoft fra jan til sept
[21:10] Sindre: og betalingene til Microsoft hoppa 66 % fra q2 til q3, til 411 mill dollar
[21:11] Jonas: i q1 ifjor betalte OpenAI bare 57 mill dollar til Microsoft
"""


def test_a_chat_export():
    """The export's date dates the chat; an answer that says what it is itself does not take the question's
    metric (the revenue: a false alarm); "fra q2 til q3, til 411 mill" ends at 411; "ifjor" is last year."""
    result = read(CHAT, "nb")
    assert result.article.published == dt.date(2025, 12, 10)
    got = {c.value_text: c for c in result.claims}
    assert (got["865,9 mill dollar"].metric, got["865,9 mill dollar"].verdict) == ("revenue_share", "supported")
    assert got["411 mill dollar"].period.label() == "2025-07-01..2025-09-30"
    assert (got["57 mill dollar"].period.label(), got["57 mill dollar"].verdict) == ("2024-01-01..2024-03-31", "contradicted")


@pytest.mark.parametrize("text", [
    "For the July-to-September quarter of 2024 that floor was just under $700 million.",
    "For the July to September quarter of 2024 that floor was just under $700 million.",
    "For July–September 2024 that floor was just under $700 million.",
])
def test_a_month_range_written_with_hyphens_is_a_quarter(text):
    """"the July-to-September quarter of 2024" was read as the year 2024 ("of 2024") and the floor under
    $700 million flagged against the year's revenue: a false alarm."""
    (claim,) = read(text, "en").claims
    assert (claim.period.label(), claim.verdict) == ("2024-07-01..2024-09-30", "unverifiable")


@pytest.mark.parametrize("lang, text, value_text", [
    ("de", "Zuerst die Kosten für die Inferenz, also für den laufenden Betrieb der Modelle. Im ersten Halbjahr 2025 "
           "zahlte OpenAI dafür 5,02 Milliarden Dollar.", "5,02 Milliarden Dollar"),
    ("en", "Then there is the cost of inference. In the first half of 2025 OpenAI paid $5.02 billion for it.",
     "$5.02 billion"),
    ("nb", "Så inferenskostnadene. I første halvår 2025 brukte OpenAI 5,02 milliarder dollar på det.",
     "5,02 milliarder dollar"),
])
def test_a_figure_pointing_back_takes_the_metric_the_sentence_before_named(lang, text, value_text):
    """"zahlte OpenAI dafür 5,02 Milliarden Dollar": "dafür" is the inference the sentence before named (the
    figure had no metric, and an amount with no currency after it was dropped)."""
    got = {c.value_text: c for c in read(text, lang).claims}
    assert (got[value_text].metric, got[value_text].verdict) == ("inference_cost", "supported")


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "Then there is the cost of inference. On that basis OpenAI could be worth $500 billion.", "$500 billion"),
    ("en", "Then there is the cost of inference. For that reason OpenAI raised $40 billion in 2025.", "$40 billion"),
    ("nb", "Så inferenskostnadene. OpenAI hentet på det meste 40 milliarder dollar i 2025.", "40 milliarder dollar"),
    ("nb", "Så inferenskostnadene. På det meste var OpenAI verdt 500 milliarder dollar.", "500 milliarder dollar"),
])
def test_a_phrase_that_does_not_point_back_takes_no_metric(lang, text, value_text):
    got = {c.value_text: c for c in read(text, lang).claims}
    assert got[value_text].metric != "inference_cost"


@pytest.mark.parametrize("lang, text, value_text", [
    ("de", "Weil Microsoft ein Fünftel der Erlöse von OpenAI zusteht, lässt sich zurückrechnen.", "ein Fünftel"),
    ("en", "Microsoft is entitled to a fifth of OpenAI's revenue.", "a fifth"),
    ("en", "Microsoft gets one-fifth of OpenAI's revenue.", "one-fifth"),
    ("nb", "Microsoft har krav på en femtedel av OpenAIs inntekter.", "en femtedel"),
])
def test_a_fraction_in_words_of_revenue_is_the_share_rate(lang, text, value_text):
    """"ein Fünftel der Erlöse" was no claim at all: a fraction in words is a share, 20 %."""
    (c,) = read(text, lang).claims
    assert (c.value_text, c.kind, c.value, c.unit, c.metric, c.verdict) == \
        (value_text, "percent", 20.0, "%", "revenue_share_rate", "supported")
    assert text[c.span[0]:c.span[1]] == value_text


@pytest.mark.parametrize("lang, text", [
    ("en", "In the second half of the match they scored twice."),
    ("en", "In the first quarter of 2025 it rained on 40 days."),
    ("en", "Half of the staff left."),
])
def test_a_bare_half_or_quarter_is_no_share(lang, text):
    assert [c.value_text for c in read(text, lang).claims if c.kind == "percent"] == []


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI spent about 66 percent of its revenue on inference.", "66 percent"),
    ("en", "OpenAI spent about two-thirds of its revenue on inference.", "two-thirds"),
    ("de", "OpenAI gab rund zwei Drittel seines Umsatzes für Inferenz aus.", "zwei Drittel"),
    ("nb", "OpenAI brukte to tredjedeler av inntektene på inferens.", "to tredjedeler"),
])
def test_the_part_of_revenue_spent_on_something_is_not_the_revenue_share(lang, text, value_text):
    """"66 percent of its revenue on inference" was read as Microsoft's share of revenue and flagged against
    20 %: a false alarm. It is a ratio of inference to revenue, which the reference data do not give."""
    (c,) = read(text, lang).claims
    assert (c.value_text, c.metric, c.verdict) == (value_text, None, "unverifiable")


@pytest.mark.parametrize("lang, text, value_text, value", [
    ("en", "In the third quarter of 2025, OpenAI's inference costs rose 23.8% to $3.648 billion and its payments to "
           "Microsoft 65.7% to $411 million.", "65.7%", 65.7),
    ("nb", "I tredje kvartal 2025 økte OpenAIs inferenskostnader 23,8 prosent til 3,648 milliarder dollar og "
           "betalingene til Microsoft 65,7 prosent til 411 millioner dollar.", "65,7 prosent", 65.7),
    ("en", "In 2025 OpenAI's cash pile fell 12% to $4 billion and its payments to Microsoft 30% to $200 million.",
     "30%", -30.0),
])
def test_a_change_whose_verb_is_left_out_is_a_change(lang, text, value_text, value):
    """"… rose 23.8% to $3.648 billion and its payments to Microsoft 65.7% to $411 million": the second verb is
    left out, and 65.7% was read as Microsoft's share rate and flagged against 20 %."""
    got = {c.value_text: c for c in read(text, lang).claims}
    assert (got[value_text].kind, got[value_text].value, got[value_text].verdict) == ("growth", value, "unverifiable")


@pytest.mark.parametrize("lang, text, first, second", [
    ("de", "Die Inferenzkosten von OpenAI stiegen im dritten Quartal 2025 um 23,8 Prozent gegenüber dem Vorquartal "
           "und um 263 Prozent gegenüber dem Vorjahresquartal auf 3,648 Milliarden Dollar.", "23,8 Prozent", "263 Prozent"),
    ("en", "OpenAI's inference costs rose 23.8% from the previous quarter and 263% year over year to $3.648 billion "
           "in the third quarter of 2025.", "23.8%", "263%"),
    ("nb", "OpenAIs inferenskostnader økte med 23,8 prosent fra forrige kvartal og 263 prosent fra år til år, til "
           "3,648 milliarder dollar i tredje kvartal 2025.", "23,8 prosent", "263 prosent"),
])
def test_each_change_takes_the_basis_named_after_it(lang, text, first, second):
    """"um 263 Prozent gegenüber dem Vorjahresquartal" took the basis of the change before it ("Vorquartal")
    and was flagged: each change's basis is the one named nearest after it."""
    got = {c.value_text: c for c in read(text, lang).claims}
    assert got[first].basis.period.label() == "2025-04-01..2025-06-30"
    assert got[second].basis.period.label() == "2024-07-01..2024-09-30"
    assert (got[first].verdict, got[second].verdict) == ("supported", "supported")


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI's inference costs rose 23.8% to $3.648 billion in the third quarter of 2025.", "23.8%"),
    ("nb", "OpenAIs inferenskostnader økte med 23,8 prosent til 3,648 milliarder dollar i tredje kvartal 2025.",
     "23,8 prosent"),
    ("de", "Die Inferenzkosten von OpenAI stiegen um 23,8 Prozent auf 3,648 Milliarden Dollar im dritten Quartal 2025.",
     "23,8 Prozent"),
])
def test_a_change_has_the_period_of_the_level_it_reached(lang, text, value_text):
    got = {c.value_text: c for c in read(text, lang).claims}
    assert got[value_text].period.label() == "2025-07-01..2025-09-30"
    assert got[value_text].reading["period"].startswith("context: the period of the level it reached")


@pytest.mark.parametrize("lang, text", [
    ("de", "Im dritten Quartal 2025 zahlte OpenAI 411 Millionen Dollar an Microsoft, im dritten Quartal des Vorjahres "
           "139 Millionen Dollar."),
    ("en", "OpenAI paid Microsoft $411 million in the third quarter of 2025 and $139 million in the third quarter a year "
           "earlier."),
    ("en", "OpenAI paid Microsoft $411 million in the third quarter of 2025, against $139 million in the third quarter "
           "of the previous year."),
    ("nb", "OpenAI betalte Microsoft 411 millioner dollar i tredje kvartal 2025 og 139 millioner dollar i tredje kvartal "
           "året før."),
])
def test_a_quarter_of_the_year_before_is_of_the_year_before_the_one_named(lang, text):
    """"im dritten Quartal des Vorjahres" after "im dritten Quartal 2025", in an article of February 2026, was read as
    Q3 2025 and the right $139 million flagged (review8 de_p01)."""
    for published in (dt.date(2025, 11, 14), dt.date(2026, 2, 10)):
        got = [c for c in read(text, lang, published=published).claims if c.value_text.startswith(("139", "$139"))]
        assert [(c.period.label(), c.verdict) for c in got] == [("2024-07-01..2024-09-30", "supported")]


def test_a_quarter_of_the_previous_year_with_none_named_is_counted_from_the_publication_date():
    text = "Im dritten Quartal des Vorjahres zahlte OpenAI 139 Millionen Dollar an Microsoft."
    (c,) = read(text, "de", published=dt.date(2025, 11, 14)).claims
    assert (c.period.label(), c.period.how, c.verdict) == ("2024-07-01..2024-09-30", "published", "supported")


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI spent just over $5 billion on inference in the first half of 2025. The year before, it spent "
           "$1.3 billion in the same period.", "$1.3 billion"),
    ("nb", "OpenAI brukte 5 milliarder dollar på inferens i første halvår 2025. Året før var tallet 1,3 milliarder "
           "dollar i samme periode.", "1,3 milliarder dollar"),
    ("de", "OpenAI gab im ersten Halbjahr 2025 rund 5 Milliarden Dollar für Inferenz aus. Im Jahr davor waren es im "
           "gleichen Zeitraum 1,3 Milliarden Dollar.", "1,3 Milliarden Dollar"),
])
def test_the_year_before_the_same_period_is_that_period_a_year_earlier(lang, text, value_text):
    """"The year before, it spent $1.3 billion in the same period" was read as the first half of 2025 itself and
    flagged (review8 en175, nb74)."""
    got = {c.value_text: c for c in read(text, lang, published=dt.date(2025, 11, 14)).claims}
    assert (got[value_text].period.label(), got[value_text].verdict) == ("2024-01-01..2024-06-30", "supported")


@pytest.mark.parametrize("lang, text, value_text, basis", [
    ("en", "OpenAI's payments to Microsoft in the third quarter came to $411 million, up 66% on the second quarter and "
           "nearly three times the figure for the same quarter last year.", "66%", "2025-04-01..2025-06-30"),
    ("en", "OpenAI's inference bill in the first quarter of 2025 was $2.075 billion, up 41% on the fourth quarter.",
     "41%", "2024-10-01..2024-12-31"),
    ("nb", "OpenAIs betalinger til Microsoft i tredje kvartal 2025 var 411 millioner dollar, opp 66 prosent fra andre "
           "kvartal.", "66 prosent", "2025-04-01..2025-06-30"),
])
def test_a_basis_with_no_year_is_the_latest_before_the_change(lang, text, value_text, basis):
    """"up 66% on the second quarter and nearly three times the figure for the same quarter last year": 66% took
    the multiple's basis, the same quarter last year, and was flagged (holdout19, a false alarm). A basis named
    with no year is the latest such period before the change's own."""
    got = {c.value_text: c for c in read(text, lang, published=dt.date(2025, 11, 19)).claims}
    assert (got[value_text].basis.period.label(), got[value_text].verdict) == (basis, "supported")


@pytest.mark.parametrize("dash", ["—", " – ", " — "])
def test_an_aside_between_a_figure_and_its_period_does_not_part_them(dash):
    """"$3.77 billion on inference – that is, the computing needed to answer users' queries – in calendar year
    2024, and $8,670 million in the first three quarters of this year": the year went to the second figure, which
    was flagged against 2024 (holdout19, a false alarm)."""
    text = (f"They indicate that OpenAI spent $3.77 billion on inference{dash}that is, the computing needed to answer "
            f"users' queries{dash}in calendar year 2024, and $8,670 million in the first three quarters of this year.")
    got = {c.value_text: c for c in read(text, "en", published=dt.date(2025, 11, 19)).claims}
    assert (got["$3.77 billion"].period.label(), got["$3.77 billion"].verdict) == ("2024-01-01..2024-12-31", "supported")
    assert (got["$8,670 million"].period.label(), got["$8,670 million"].metric, got["$8,670 million"].verdict) == \
        ("2025-01-01..2025-09-30", "inference_cost", "supported")


def test_a_stretch_ending_in_a_month_of_this_year():
    """"the total from January 2024 to the end of September this year" was read as September alone."""
    text = ("OpenAI paid Microsoft $865.9 million in the first nine months of 2025. The total from January 2024 to the "
            "end of September this year comes to just under $1.36 billion.")
    got = {c.value_text: c for c in read(text, "en", published=dt.date(2025, 11, 19)).claims}
    assert (got["$1.36 billion"].period.label(), got["$1.36 billion"].verdict) == ("2024-01-01..2025-09-30", "supported")


@pytest.mark.parametrize("lang, text, verdict", [
    ("en", "OpenAI sends 20 percent of its revenue to Microsoft.", "supported"),
    ("en", "OpenAI sends 25 percent of its revenue to Microsoft.", "contradicted"),
    ("de", "OpenAI muss ein Fünftel des Umsatzes an Microsoft abgeben.", "supported"),
])
def test_a_share_of_the_payers_revenue_sent_to_the_payee_is_the_rate(lang, text, verdict):
    """"25 percent of its revenue to Microsoft" was held back as "a percentage of something other than the
    company's revenue" (Microsoft within reach of "of"): never judged (review10)."""
    (c,) = read(text, lang).claims
    assert (c.metric, c.verdict) == ("revenue_share_rate", verdict)


def test_a_percentage_of_the_payees_revenue_is_still_held_back():
    (c,) = read("The payments were about 0.5 per cent of Microsoft's revenue.", "en").claims
    assert c.reading["caution"] == "a percentage of something other than the company's revenue"


@pytest.mark.parametrize("lang, text", [
    ("en", "Compared with the previous quarter, OpenAI's inference costs rose 23.8% in the third quarter of 2025, and "
           "compared with a year earlier, 263%."),
    ("de", "Im Vergleich zum Vorquartal stiegen die Inferenzkosten von OpenAI im dritten Quartal 2025 um 23,8 Prozent, "
           "gegenüber dem Vorjahresquartal um 263 Prozent."),
])
def test_a_basis_named_before_its_change_is_its_own(lang, text):
    """The first change took the basis named for the second and was flagged (review10)."""
    first = read(text, lang).claims[0]
    assert (first.basis.period.label(), first.verdict) == ("2025-04-01..2025-06-30", "supported")


def test_paying_for_a_share_of_revenue_is_no_revenue():
    """"Dafür zahlte …" after "einen Teil seiner Umsätze an Microsoft abgeben" took revenue and was flagged
    against the revenue floor (review10)."""
    text = ("OpenAI muss einen Teil seiner Umsätze an Microsoft abgeben. Dafür zahlte das Unternehmen im dritten "
            "Quartal 2025 411 Millionen Dollar.")
    (c,) = read(text, "de").claims
    assert c.metric != "revenue" and c.verdict != "contradicted"


def test_the_revenue_a_fraction_is_of_is_not_the_payments_metric():
    """"Microsoft's cut, a fifth of OpenAI's revenue, amounted to $206 million": the payment took "revenue" from
    the fraction's "of" and was flagged (review10)."""
    text = "Microsoft's cut, a fifth of OpenAI's revenue, amounted to $206 million in the first quarter of 2025."
    got = {c.value_text: c for c in read(text, "en").claims}
    assert (got["$206 million"].metric, got["$206 million"].verdict) == ("revenue_share", "supported")


@pytest.mark.parametrize("text, period", [
    ("Roughly a third of OpenAI's 2024 payments to Microsoft, $168 million, came in the fourth quarter.",
     "2024-10-01..2024-12-31"),
    ("OpenAI's 2024 payments to Microsoft were $493.8 million, with the fourth quarter the largest.",
     "2024-01-01..2024-12-31"),
])
def test_a_year_before_a_figure_and_a_quarter_after_it_are_not_a_guess(text, period):
    """"OpenAI's 2024 payments to Microsoft, $168 million, came in the fourth quarter" was checked against all of
    2024 and flagged (review10 f05): the year's figure or the quarter's is left to the data, which match one."""
    (c,) = read(text, "en").claims
    assert (c.period.label(), c.period.how, c.verdict) == (period, "inferred", "supported")
    assert c.reading["period"].startswith("inferred")


@pytest.mark.parametrize("text, lang, wrong", [
    ("Nearly two fifths of OpenAI's 2024 inference bill of $3.77 billion fell in the fourth quarter, when it spent "
     "$1.467 billion.", "en", "$1.567 billion"),
    ("Nesten to femtedeler av OpenAIs inferensregning for 2024 på 3,77 milliarder dollar falt i fjerde kvartal, da "
     "selskapet brukte 1,467 milliarder dollar.", "nb", "1,567 milliarder dollar"),
    ("Fast zwei Fünftel der Inferenzrechnung von OpenAI für 2024 in Höhe von 3,77 Milliarden Dollar fielen im vierten "
     "Quartal an, als das Unternehmen 1,467 Milliarden Dollar ausgab.", "de", "1,567 Milliarden Dollar"),
])
def test_a_period_before_a_when_clause_is_the_time_of_its_figure(text, lang, wrong):
    """"… of $3.77 billion fell in the fourth quarter, when it spent $1.467 billion": the quarter is the when-clause's
    figure's, and the year before the first figure stays its own. The quarter went to the first figure and the year
    to the second, which was flagged against all of 2024 (review10 f34)."""
    big, quarter = [c for c in read(text, lang).claims if c.kind == "amount"]
    assert (big.period.label(), big.verdict) == ("2024-01-01..2024-12-31", "supported")
    assert (quarter.period.label(), quarter.verdict) == ("2024-10-01..2024-12-31", "supported")
    planted = [c for c in read(text.replace(quarter.value_text, wrong), lang).claims if c.value_text == wrong]
    assert [(c.period.label(), c.verdict) for c in planted] == [("2024-10-01..2024-12-31", "contradicted")]


def test_a_when_clause_after_a_figure_with_no_period_before_it_does_not_take_the_phrase():
    # no comma: "when" does not open a clause about the period ("in the quarter when demand peaked")
    text = "OpenAI paid Microsoft $168 million in the fourth quarter of 2024 when demand peaked."
    (c,) = read(text, "en").claims
    assert (c.period.label(), c.verdict) == ("2024-10-01..2024-12-31", "supported")


@pytest.mark.parametrize("text, lang", [
    ("Inferens er dyrt. For det betalte OpenAI 3,648 milliarder dollar i tredje kvartal 2025, mens Microsoft fikk "
     "411 millioner dollar i inntektsdeling.", "nb"),
    ("Inferens er dyrt. OpenAI betalte 3,648 milliarder dollar for det i tredje kvartal 2025, mens Microsoft fikk "
     "411 millioner dollar i inntektsdeling.", "nb"),
    ("Inference is expensive. OpenAI paid $3.648 billion for it in the third quarter of 2025, while Microsoft "
     "received $411 million in revenue share.", "en"),
    ("Inferenz ist teuer. Dafür zahlte OpenAI im dritten Quartal 2025 3,648 Milliarden Dollar, während Microsoft "
     "411 Millionen Dollar aus der Umsatzbeteiligung erhielt.", "de"),
])
def test_a_figure_whose_clause_points_back_takes_what_the_sentence_before_named(text, lang):
    """"For det betalte OpenAI 3,648 mrd. …, mens Microsoft fikk 411 mill. i inntektsdeling": the first figure is
    what "det" points back to (inference), not the payments the other clause names; it was flagged (review10 h32).
    "for it" / "for det" before a period ("… for it in the third quarter") points back too."""
    spent, paid = read(text, lang).claims
    assert (spent.metric, spent.verdict) == ("inference_cost", "supported")
    assert spent.reading["metric"].startswith("context: what the sentence before named")
    assert (paid.metric, paid.verdict) == ("revenue_share", "supported")


@pytest.mark.parametrize("text", [
    "For det tredje kvartalet betalte OpenAI 411 millioner dollar til Microsoft.",
    "For det meste betalte OpenAI 411 millioner dollar til Microsoft i tredje kvartal 2025.",
])
def test_for_det_as_an_article_or_an_idiom_points_back_to_nothing(text):
    (c,) = read("Inferens er dyrt. " + text, "nb").claims
    assert c.metric == "revenue_share" and not c.reading["metric"].startswith("context: what the sentence before")


def test_lettered_items_are_items_of_their_own():
    """"(a) Inference. … $5.02bn.\n(c) Revenue share. … The payments were $493.8 million in 2024": the payments
    are not the inference figures of the item before (they were read as inference and flagged; holdout20)."""
    text = ("2. The numbers\n"
            "(a) Inference. OpenAI's Azure inference bill was USD 3.77bn in calendar 2024. The first half of 2025 "
            "accounted for $5.02bn.\n"
            "(c) Revenue share. On top of the infrastructure bill, Microsoft takes 20% of OpenAI's revenue. The "
            "payments were $493.8 million in 2024 and $761 million in Microsoft's fiscal year 2025.\n\n"
            "Microsoft declined to comment.\n")
    got = {c.value_text: c for c in read(text, "en").claims}
    assert (got["$5.02bn"].metric, got["$5.02bn"].verdict) == ("inference_cost", "supported")
    for figure in ("$493.8 million", "$761 million"):
        assert (got[figure].metric, got[figure].verdict) == ("revenue_share", "supported")
    assert got["$761 million"].period.label() == "2024-07-01..2025-06-30"


@pytest.mark.parametrize("text, lang, verdict", [
    ("In the first half of 2024 OpenAI spent about $1.3 billion on inference; a year later it was nearly four times "
     "that.", "en", "supported"),
    ("In the first half of 2024 OpenAI spent about $1.3 billion on inference; a year later it was six times that.",
     "en", "contradicted"),
    ("Schon im ersten Halbjahr 2024 gab OpenAI rund 1,3 Milliarden Dollar für Inferenz aus; ein Jahr später war es "
     "fast das Vierfache.", "de", "supported"),
    ("I første halvår 2024 brukte OpenAI rundt 1,3 milliarder dollar på inferens; et år senere var det nesten "
     "firedoblet.", "nb", "supported"),
])
def test_a_step_forward_before_a_multiple_is_when_it_was_reached(text, lang, verdict):
    """"…; ein Jahr später war es fast das Vierfache": H1 2025 against the H1 2024 figure before it (5.022 / 1.295 =
    3.88). The multiple took the earlier figure's period and no basis, so it was never checked (holdout20)."""
    multiple = read(text, lang, published=dt.date(2025, 11, 27)).claims[1]
    assert multiple.kind == "ratio"
    assert (multiple.period.label(), multiple.basis.period.label()) == ("2025-01-01..2025-06-30",
                                                                        "2024-01-01..2024-06-30")
    assert multiple.verdict == verdict


@pytest.mark.parametrize("text, verdict", [
    ("Der Vorstand teilte mit, OpenAI habe 2024 nur 1,5 Mrd. Dollar für Inferenz ausgegeben.", "contradicted"),
    ("OpenAI hat 2024 bereits 3,77 Mrd. Dollar für Inferenz ausgegeben.", "supported"),
])
def test_a_bare_german_year_before_only_or_already_and_a_figure(text, verdict):
    (c,) = read(text, "de").claims
    assert (c.period.label(), c.verdict) == ("2024-01-01..2024-12-31", verdict)


@pytest.mark.parametrize("text, lang", [
    ("I tredje kvartal 2025 betalte OpenAI 411 mill. dollar til Microsoft – med en kurs på 10,10 kroner per dollar om "
     "lag 4,15 milliarder kroner.", "nb"),
    ("In the third quarter of 2025 OpenAI paid Microsoft $411 million, at 10.10 kroner to the dollar some NOK 4.15 "
     "billion.", "en"),
    ("Im dritten Quartal 2025 zahlte OpenAI 411 Mio. Dollar an Microsoft, bei 0,86 Euro je Dollar rund 353 Mio. "
     "Euro.", "de"),
])
def test_an_exchange_rates_per_dollar_is_its_own_unit_not_the_totals(text, lang):
    """"… 411 mill. dollar – med en kurs på 10,10 kroner per dollar …": "per dollar" is the rate's unit; the payment
    beside it is a total, and was never checked (holdout20)."""
    got = read(text, lang).claims
    assert (got[0].metric, got[0].verdict) == ("revenue_share", "supported")
    assert "caution" not in got[0].reading
    assert got[1].reading["caution"] == "an amount per unit (per dollar, per user), not a total"


def test_an_amount_per_dollar_with_no_figure_before_it_is_still_per_unit():
    text = "For every dollar Microsoft got from OpenAI in the third quarter of 2025, OpenAI paid over $8 on inference."
    (c,) = read(text, "en").claims
    assert c.reading["caution"] == "an amount per unit (per dollar, per user), not a total" and c.verdict == "unverifiable"


@pytest.mark.parametrize("head, lang, text", [
    ("Deres ref.: 25/4402-3          Vår ref.: 25/1187          Dato: 20.11.2025\n\n", "nb",
     "I tredje kvartal i år betalte OpenAI 411 millioner dollar til Microsoft."),
    ("Ihr Zeichen: 12-3/25          Datum: 20. November 2025\n\n", "de",
     "Im dritten Quartal dieses Jahres zahlte OpenAI 411 Millionen Dollar an Microsoft."),
])
def test_a_letters_date_field_dates_it(head, lang, text):
    """A consultation response's "Dato: 20.11.2025": "i år" is 2025 (it was left unresolved; holdout20)."""
    (c,) = read(head + text, lang).claims
    assert (c.period.label(), c.verdict) == ("2025-07-01..2025-09-30", "supported")


@pytest.mark.parametrize("text, lang, verdict", [
    ("Im dritten Quartal 2025 lagen die Zahlungen von OpenAI an Microsoft um rund 196 % über dem Vorjahresquartal.",
     "de", "supported"),
    ("Im dritten Quartal 2025 lagen die Zahlungen von OpenAI an Microsoft um rund 196 % höher als im "
     "Vorjahresquartal.", "de", "supported"),
    ("Im dritten Quartal 2025 lagen die Zahlungen von OpenAI an Microsoft um 96 % höher als im Vorjahresquartal.",
     "de", "contradicted"),
    ("In the third quarter of 2025 OpenAI's payments to Microsoft were 196% higher than in the third quarter of 2024.",
     "en", "supported"),
    ("I tredje kvartal 2025 var OpenAIs betalinger til Microsoft 196 prosent høyere enn i tredje kvartal 2024.",
     "nb", "supported"),
])
def test_a_change_measured_above_or_higher_than_another_period(text, lang, verdict):
    """"lagen um rund 165 % über dem Vorjahreszeitraum", "um rund 277 % höher": changes, measured on the period
    after "über", "als (im)", "than (in)", "enn (i)" (411 / 139 = +195.7 %). They were read as percentages of revenue
    (holdout20)."""
    (c,) = read(text, lang).claims
    assert (c.kind, c.metric) == ("growth", "revenue_share")
    assert (c.period.label(), c.basis.period.label()) == ("2025-07-01..2025-09-30", "2024-07-01..2024-09-30")
    assert c.verdict == verdict


def test_a_change_in_the_quarter_before_is_still_not_its_basis():
    # ("im Vorquartal" right after a change is when it happened: only "als im" compares)
    text = "Nach einem Plus von 66 Prozent im Vorquartal zahlte OpenAI im dritten Quartal 2025 411 Mio. Dollar an Microsoft."
    growth, paid = read(text, "de").claims
    assert growth.basis is None and paid.verdict == "supported"


def test_a_footnote_mark_glued_to_a_word_does_not_hide_it():
    """"lagen die Inferenzausgaben um rund 277 % höher.⁸⁸": the superscript digits are no part of the word."""
    from claims.extract import normalise_words
    assert normalise_words("um rund 277 % höher.⁸⁸ Der Anstieg").split() == ["um", "rund", "277", "%", "höher", "der",
                                                                             "anstieg"]
    (c,) = read("Im dritten Quartal 2025 lagen die Inferenzausgaben von OpenAI um rund 263 % höher.⁸⁸", "de").claims
    assert c.kind == "growth"


def test_a_price_in_cents_ends_its_sentence():
    """"Bought NO at 36¢. Payments to Microsoft went from $77M …": the tokenizer keeps "36¢." whole, and the next
    sentence's figures took "NO" for the company (holdout20)."""
    result = read("Bought NO at 36¢. Payments to Microsoft went from $77M in Q1 2024 to $865.9M for Jan-Sep 2025.",
                  "en")
    assert [c.sentence for c in result.claims] == [
        "Payments to Microsoft went from $77M in Q1 2024 to $865.9M for Jan-Sep 2025."] * 2
    assert all(c.entity != "NO" for c in result.claims)


def test_a_lone_capital_is_no_organisation():
    (c,) = read("If no figure is reported by June 30, 2026, the market resolves N/A and each share is settled at $1.00.",
                "en").claims
    assert c.entity is None


@pytest.mark.parametrize("text", [
    "Bei einem Satz von 25 Prozent läge OpenAIs Umsatz 2024 nur bei 1,98 Mrd. Dollar.",
    "Mit 30 Prozent wären es 2024 nur 741 Mio. Dollar an Microsoft gewesen.",
])
def test_a_german_counterfactual_in_the_subjunctive_is_no_fact(text):
    # ("läge", "wäre": with the bare year now read before "nur", the floor would have flagged it)
    for c in read(text, "de").claims:
        assert c.verdict == "unverifiable" and c.reading["caution"] == "a plan, an expectation or a hypothesis"


@pytest.mark.parametrize("text, lang, verdict", [
    ("In the third quarter of 2025 OpenAI's payments to Microsoft were 196% higher than in the same quarter of 2024.",
     "en", "supported"),
    ("In the third quarter of 2025 OpenAI's payments to Microsoft were 96% higher than in the same quarter of 2024.",
     "en", "contradicted"),
    ("Im dritten Quartal 2025 lagen die Zahlungen von OpenAI an Microsoft um 196 % über dem gleichen Quartal 2024.",
     "de", "supported"),
    ("I tredje kvartal 2025 var OpenAIs betalinger til Microsoft 196 prosent høyere enn i samme kvartal i 2024.",
     "nb", "supported"),
])
def test_a_change_on_the_same_span_of_a_named_year(text, lang, verdict):
    """"higher than in the same quarter of 2024": the change's own months in that year (Q3 2024; 411 / 139)."""
    (c,) = read(text, lang).claims
    assert (c.basis.period.label(), c.verdict) == ("2024-07-01..2024-09-30", verdict)


def test_a_change_after_a_qualifier_is_a_change_of_the_figure_that_grew():
    """"up from $2.947 billion in the second, a rise of roughly 24% in three months": "roughly" between "a rise
    of" and the figure hid the change, so 24% was read as a level and took the earlier quarter (holdout20)."""
    claims = read("OpenAI spent $3.648 billion on inference in the third quarter of 2025, up from $2.947 billion in "
                  "the second, a rise of roughly 24% in three months.", "en").claims
    change = next(c for c in claims if c.value_text == "24%")
    assert change.kind == "growth" and change.bound == "approx"
    assert (change.period.start, change.period.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    for text, lang in [("Betalingene økte med om lag 24 prosent i tredje kvartal 2025.", "nb"),
                       ("Die Zahlungen stiegen um rund 24 Prozent im dritten Quartal 2025.", "de")]:
        (c,) = read(text, lang).claims
        assert c.kind == "growth" and c.bound == "approx", text


@pytest.mark.parametrize("text", [
    "Q3 2025 alone was more than three and a half times Q3 2024.",
    "OpenAI's inference spending in Q3 2025 was more than three and a half times Q3 2024.",
])
def test_a_period_right_after_a_multiple_is_what_it_is_a_multiple_of(text):
    (c,) = read(text, "en").claims
    assert c.kind == "ratio" and c.value == 3.5
    assert (c.period.start, c.period.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert (c.basis.period.start, c.basis.period.end) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))


def test_a_period_after_a_multiple_that_opens_a_figure_is_that_figures():
    # ("nearly 4x 1H 2024's $1.295B": the half-year is the $1.295B's, not the multiple's basis; holdout14's headline)
    claims = read("OpenAI 1H 2025 inference $5.02B, nearly 4x 1H 2024's $1.295B.", "en").claims
    level = next(c for c in claims if c.value_text == "$1.295B")
    assert (level.period.start, level.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert level.verdict == "supported"


@pytest.mark.parametrize("text, lang, value_text, verdict", [
    ("Published 21 November 2025. Over the last four reported quarters OpenAI spent just over $10.1 billion on "
     "inference.", "en", "$10.1 billion", "supported"),
    ("Publisert 21. november 2025. De siste fire kvartalene brukte OpenAI 10,14 milliarder dollar på inferens.", "nb",
     "10,14 milliarder dollar", "supported"),
    ("Publisert 21. november 2025. I de fire siste kvartalene brukte OpenAI 12 milliarder dollar på inferens.", "nb",
     "12 milliarder dollar", "contradicted"),
    ("Veröffentlicht am 21. November 2025. In den letzten vier Quartalen gab OpenAI 10,14 Milliarden Dollar für "
     "Inferenz aus.", "de", "10,14 Milliarden Dollar", "supported"),
])
def test_the_last_quarters_count_back_from_the_publication_date(text, lang, value_text, verdict):
    (c,) = read(text, lang).claims
    assert c.value_text == value_text and c.verdict == verdict
    assert (c.period.start, c.period.end, c.period.how) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30), "published")


def test_the_last_quarters_of_a_named_year_are_that_years_end_and_with_no_date_none():
    (c,) = read("Over the last two quarters of 2024 OpenAI spent $2.47 billion on inference.", "en").claims
    assert (c.period.start, c.period.end) == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    (c,) = read("Over the last four quarters OpenAI spent $12 billion on inference.", "en").claims
    assert c.period is None and c.verdict == "unverifiable"


def test_a_page_snapshot_line_dates_the_page():
    result = read("Will it top $4.5 billion?\nForecastr · Market #88214\nPage snapshot: November 21, 2025, 09:14 UTC"
                  " · Market opened Nov 13, 2025\n\nIn the second half of last year OpenAI spent $2.7bn on inference.",
                  "en")
    assert result.article.published == dt.date(2025, 11, 21)
    c = next(c for c in result.claims if c.value_text == "$2.7bn")
    assert (c.period.start, c.period.end) == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    assert c.verdict == "contradicted"


def test_a_change_of_a_figure_read_from_context_leans_on_that_context():
    """"Tredje kvartal alene kostet 3,6 milliarder dollar – en økning på rundt 24 prosent fra kvartalet før": the
    change takes its period from the figure that grew, whose own period (and metric) came from the paragraph; the
    change is no surer of them than that figure, so its contradiction is held back (holdout's false alarm)."""
    result = read("Første tall fra dokumentene: I første halvdel av 2025 gikk det med drøyt 5 milliarder dollar til "
                  "inferens, mens andelen til Microsoft var 454 millioner dollar. Tredje kvartal alene kostet 3,6 "
                  "milliarder dollar – en økning på rundt 24 prosent fra kvartalet før.", "nb")
    change = next(c for c in result.claims if c.value_text == "24 prosent")
    assert change.kind == "growth"
    assert change.reading["period"].startswith("context: earlier in the paragraph")
    assert change.verdict != "contradicted"


def test_a_company_set_off_by_an_aside_is_its_clauses_subject():
    # ("For comparison, CoreWeave, a …, reported revenue of USD 1.36 billion" was read as OpenAI's revenue and
    # flagged against its floor: holdout21)
    result = read("OpenAI spent USD 3.77 billion on inference in 2024. For comparison, CoreWeave, a specialised GPU "
                  "cloud provider, reported revenue of USD 1.36 billion for 2025 Q3.", "en")
    c = next(c for c in result.claims if c.value_text == "USD 1.36 billion")
    assert c.entity == "CoreWeave" and c.verdict == "unverifiable"


def claims_by_text(text, lang):
    return {c.value_text: c for c in read(text, lang).claims}


def test_a_table_row_of_quarters_with_the_year_first_is_the_range():
    text = ("Table 2. OpenAI inference spending (USD thousands)\n\n"
            "Quarter        Inference (Azure)    Implied revenue, lower bound\n"
            "2025 Q3            3,648,000                2,055,000\n"
            "2025 Q1–Q3         8,670,000                4,329,500\n")
    claims = claims_by_text(text, "en")
    nine = claims["8,670,000"]
    assert (nine.period.start, nine.period.end) == (dt.date(2025, 1, 1), dt.date(2025, 9, 30))
    assert nine.verdict == "supported"
    assert claims["4,329,500"].bound == "gte" and claims["4,329,500"].verdict == "supported"


def test_a_quarter_after_a_figure_whose_period_could_not_be_read_takes_no_older_year():
    """"493,8 mill. i 2024 og 0,87 mrd. i årets tre første kvartaler; i tredje kvartal alene 411 mill." with no
    date: "årets" cannot be read, so the third quarter is not 2024's (holdout21's false alarm)."""
    result = read("OpenAIs betalinger til Microsoft utgjorde 493,8 millioner dollar i 2024 og 0,87 mrd. dollar i "
                  "årets tre første kvartaler; i tredje kvartal alene var det 411 millioner dollar.", "nb")
    c = next(c for c in result.claims if c.value_text == "411 millioner dollar")
    assert c.verdict != "contradicted"
    assert c.period is None or c.period.start.year == 2025
    dated = read("Besvart: 24.11.2025\n\nOpenAIs betalinger til Microsoft utgjorde 493,8 millioner dollar i 2024 og "
                 "0,87 mrd. dollar i årets tre første kvartaler; i tredje kvartal alene var det 411 millioner dollar.",
                 "nb")
    assert dated.article.published == dt.date(2025, 11, 24)
    c = next(c for c in dated.claims if c.value_text == "411 millioner dollar")
    assert (c.period.start, c.period.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30)) and c.verdict == "supported"


def test_norwegian_costs_tied_to_revenue_are_cost_of_revenue():
    (c,) = read("Publisert 20. november 2025. Tidligere medieoppslag har anslått at OpenAIs samlede kostnader knyttet "
                "til inntektene («cost of revenue») var på bare 2,2 milliarder dollar i fjor.", "nb").claims
    assert c.metric == "cost_of_revenue" and c.verdict == "contradicted"


def test_a_change_of_a_figure_with_a_stated_metric_is_judged():
    # ("I den tredje kvartal Microsoft fikk betalt 411 millioner dollar, en økning på 86 prosent fra kvartalet
    # før": the change's metric is the payment's, stated there, so only its period leans on the date)
    result = read("Publisert 13.11.2025\n\nMicrosoft får en femtedel av OpenAI sin inntekt. I den tredje kvartal "
                  "Microsoft fikk betalt 411 millioner dollar fra OpenAI i inntektsdeling, en økning på 86 prosent fra "
                  "kvartalet før.", "nb")
    c = next(c for c in result.claims if c.value_text == "86 prosent")
    assert c.kind == "growth" and c.reading["metric"].startswith("changed:")
    assert c.verdict == "contradicted"


def test_a_machine_translated_half_of_this_year():
    claims = read("Publisert 13.11.2025\n\nFor hele året 2024 brukte OpenAI 3,77 milliarder dollar på inferens, og i "
                  "den første halvdel av dette år 5,02 milliarder dollar.", "nb").claims
    c = next(c for c in claims if c.value_text == "5,02 milliarder dollar")
    assert (c.period.start, c.period.end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert c.verdict == "supported"


def test_a_german_press_release_dateline_and_a_year_after_an_opening_adverb():
    text = ("PRESSEMITTEILUNG Nr. 41/2025\n\nBerlin, 27. November 2025 – Sperrfrist: 27.11.2025, 10:00 Uhr\n\n"
            "Schon 2024 hatte OpenAI knapp eine halbe Milliarde Dollar an Microsoft überwiesen; zuletzt brachte ein "
            "einzelnes Quartal dem Konzern 411 Mio. US-Dollar.")
    result = read(text, "de")
    assert result.article.published == dt.date(2025, 11, 27)
    claims = {c.value_text: c for c in result.claims}
    half = claims["eine halbe Milliarde Dollar"]
    assert (half.period.start, half.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert half.verdict == "supported"
    # (past the semicolon, "ein einzelnes Quartal" is not the year 2024)
    assert claims["411 Mio. US-Dollar"].verdict != "contradicted"
    assert claims["411 Mio. US-Dollar"].period is None or claims["411 Mio. US-Dollar"].period.start.year == 2025


@pytest.mark.parametrize("text, lang", [
    ("I tredje kvartal i år fikk Microsoft 411 millioner dollar fra OpenAI, nesten tre ganger så mye som i samme "
     "kvartal i fjor.", "nb"),
    ("Im dritten Quartal dieses Jahres flossen 411 Millionen Dollar aus der Umsatzbeteiligung von OpenAI an "
     "Microsoft, mehr als doppelt so viel wie im Vorjahresquartal.", "de"),
])
def test_the_period_a_multiple_is_as_much_as_is_its_basis(text, lang):
    result = read("Publisert 20. november 2025.\n\n" + text if lang == "nb" else
                  "Veröffentlicht am 20. November 2025.\n\n" + text, lang)
    c = next(c for c in result.claims if c.kind == "ratio")
    assert (c.period.start, c.period.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert (c.basis.period.start, c.basis.period.end) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))


@pytest.mark.parametrize("text, value_text, value", [
    ("Microsoft får en tiendedel av OpenAIs inntekter.", "en tiendedel", 10.0),
    ("Microsoft får en femte del av OpenAI sin inntekt.", "en femte del", 20.0),  # (machine-translated)
])
def test_norwegian_fractions_of_revenue_are_share_rates(text, value_text, value):
    (c,) = read(text, "nb").claims
    assert (c.value_text, c.value, c.unit, c.metric) == (value_text, value, "%", "revenue_share_rate")
    assert c.verdict == ("supported" if value == 20.0 else "contradicted")


def test_a_rise_of_the_payments_after_a_change_of_another_metric_is_the_payments():
    text = ("Veröffentlicht am 20. November 2025\n\n"
            "• Im ersten Halbjahr 2025 stieg die Inferenz um 288 Prozent gegenüber dem Vorjahreshalbjahr.\n"
            "• 307 Mio. US-Dollar überwies OpenAI im zweiten Halbjahr 2024 an Microsoft.\n"
            "• Im ersten Halbjahr 2025 stiegen die Zahlungen um 143 Prozent gegenüber dem ersten Halbjahr 2024.\n")
    c = next(c for c in read(text, "de").claims if c.value_text == "143 Prozent")
    assert c.kind == "growth" and c.metric == "revenue_share" and c.verdict == "supported"


def test_figures_stated_for_one_company_outweigh_a_payee_named_more_often():
    """A minister's answer names Microsoft (the payee, the supplier) most, but states its figures for OpenAI: a
    figure with no company is OpenAI's, not Microsoft's (holdout21)."""
    text = ("Besvart: 24.11.2025\n\nStatlige virksomheter kjøper KI fra Microsoft. Microsoft får en femtedel av "
            "OpenAIs inntekter, og Microsoft har sagt at tallene ikke er riktige. Microsoft leverer skyen.\n\n"
            "OpenAIs betalinger til Microsoft utgjorde 493,8 millioner dollar i 2024. OpenAI brukte 3,77 milliarder "
            "dollar på inferens i 2024, og OpenAI betalte 411 millioner dollar i tredje kvartal 2025.\n\n"
            "Inferenskostnadene var alene 3,648 milliarder dollar i tredje kvartal 2025.")
    c = next(c for c in read(text, "nb").claims if c.value_text == "3,648 milliarder dollar")
    assert c.entity == "OpenAI" and c.verdict == "supported"


@pytest.mark.parametrize("text, lang, value_text", [
    ("In the second half of 2024 OpenAI paid Microsoft $307m, which implies revenue of at least $1.53bn for those six "
     "months.", "en", "$1.53bn"),
])
def test_a_relative_clause_after_a_payment_is_the_payers(text, lang, value_text):
    c = next(c for c in read(text, lang).claims if c.value_text == value_text)
    assert c.entity == "OpenAI" and c.metric == "revenue" and c.verdict == "supported"


def test_a_slides_signs_and_footnote_marks():
    """"≥ $4.33bn³", "> $8.6bn", "$865.9m²": a sign before the figure bounds it, a footnote mark after the scale
    does not hide it (holdout22's slide deck: "$4.33bn³" was read as $4.33 and flagged)."""
    text = ("Implied OpenAI revenue, 9M 2025: ≥ $4.33bn³\n"
            "Cost of revenue, 9M 2025: > $8.6bn (inference is only one line of it)\n"
            "Rev-share paid to Microsoft, 9M 2025: $865.9m²\n")
    claims = {c.value_text: c for c in read(text, "en").claims}
    assert (claims["$4.33bn"].value, claims["$4.33bn"].bound, claims["$4.33bn"].verdict) == (4.33e9, "gte", "supported")
    assert (claims["$8.6bn"].bound, claims["$8.6bn"].verdict) == ("gt", "consistent")
    assert (claims["$865.9m"].value, claims["$865.9m"].verdict) == (865.9e6, "supported")
    (c,) = read("Last quarter alone: ~24% q/q", "en").claims
    assert c.bound == "approx"


def test_an_obituarys_byline_date_not_a_date_in_the_body():
    text = ("OBITUARIES\n\nGPT-4o\n\nBy Eleanor Marsh · Saturday 22 November 2025\n\nDocuments published on 12 "
            "November show what its parents spent. Over the first half of 2025 OpenAI spent just over five billion "
            "dollars on inference.")
    assert read(text, "en").article.published == dt.date(2025, 11, 22)
    assert read("Transcript published 20 November 2025. Recorded in New York.", "en").article.published == \
        dt.date(2025, 11, 20)
    assert read("THE LEDGER LINE\nIssue #87 · Monday 1 December 2025 · 4 min read\n\nHello.", "en").article.published \
        == dt.date(2025, 12, 1)


def test_the_first_half_of_the_year_and_an_elided_quarter_before_and():
    text = ("In the first quarter of 2025 alone OpenAI spent $2.075bn on inference, and over the first half of the year "
            "just over five billion dollars. Under their agreement OpenAI hands over a fifth of its revenue to "
            "Microsoft; OpenAI paid Microsoft $139m in the third quarter of 2024 and $168m in the fourth, and more "
            "after that.")
    claims = claims_by_text(text, "en")
    half = claims["five billion dollars"]
    assert (half.period.start, half.period.end, half.verdict) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30), "supported")
    assert claims["a fifth"].bound == "eq"  # ("hands over": not "over a fifth")
    fourth = claims["$168m"]
    assert (fourth.period.start, fourth.period.end, fourth.verdict) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31),
                                                                        "supported")


@pytest.mark.parametrize("text, lang", [
    ("Published 20 November 2025. For comparison, our own inference spend was $3.1 million in Q3.", "en"),
    ("Publisert 20. november 2025. Til sammenligning var våre egne inferenskostnader 3,1 millioner dollar i tredje "
     "kvartal.", "nb"),
])
def test_the_writers_own_company_is_not_the_one_named_before(text, lang):
    result = read("OpenAI spent $3.648 billion on inference in the third quarter of 2025. " + text if lang == "en" else
                  "OpenAI brukte 3,648 milliarder dollar på inferens i tredje kvartal 2025. " + text, lang)
    c = result.claims[-1]
    assert c.entity is None and c.verdict == "unverifiable"


def test_an_amount_after_a_rate_of_revenue_in_the_clause_before_is_what_the_rate_comes_to():
    # ("OpenAI hands over a fifth of its revenue; that came to $139m …" was read as revenue and flagged: holdout22)
    (rate, c) = read("Under their agreement OpenAI hands over a fifth of its revenue; that came to $139m in the third "
                     "quarter of 2024.", "en").claims
    assert (c.metric, c.verdict) == ("revenue_share", "supported")


# -- holdout23: readings its first, blind run found missing ---------------------------------------------

def period_of(c):
    return (c.period.start, c.period.end) if c.period else None


@pytest.mark.parametrize("text, lang, want", [
    ("OpenAI spent $547 million on inference for the quarter ended March 31, 2024.", "en", (1, 3)),
    ("OpenAI spent $748 million on inference in the three months that ended on June 30, 2024.", "en", (4, 6)),
    ("OpenAI spent $1,005 million on inference in the quarter ended 30 September 2024.", "en", (7, 9)),
])
def test_a_quarter_named_by_its_last_day(text, lang, want):
    """A filing names a quarter by the day it ended; "March 31" between the month and the year left it unread."""
    (c,) = read(text, lang).claims
    assert period_of(c) == (dt.date(2024, want[0], 1), months_end(2024, want[1]))
    assert c.verdict == "supported"


def months_end(year, month):
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))


@pytest.mark.parametrize("text, lang", [
    ("From July 1, 2024 through June 30, 2025, OpenAI spent $7,494 million on inference.", "en"),
    ("From 1 July 2024 to 30 June 2025, OpenAI spent $7,494 million on inference.", "en"),
    ("Fra 1. juli 2024 til 30. juni 2025 brukte OpenAI 7 494 millioner dollar på inferens.", "nb"),
    ("Vom 1. Juli 2024 bis zum 30. Juni 2025 gab OpenAI 7.494 Millionen Dollar für Inferenz aus.", "de"),
])
def test_whole_months_written_as_days_are_the_stretch(text, lang):
    (c,) = read(text, lang).claims
    assert (period_of(c), c.verdict) == ((dt.date(2024, 7, 1), dt.date(2025, 6, 30)), "supported")


def test_days_that_are_not_a_months_end_are_no_stretch():
    (c,) = read("From July 1, 2024 through July 30, 2025, OpenAI spent $9 billion on inference.", "en").claims
    assert c.period is None and c.verdict == "unverifiable"


def test_a_term_a_filing_defines_is_no_organisation():
    text = ('On November 12, 2025, Ed Zitron published internal documents on OpenAI (the "Documents"). According to '
            'the Documents, OpenAI spent $3.77 billion on inference for calendar year 2024. For the nine months ended '
            'September 30, 2025, the Documents report inference expenditure of $8.67 billion.')
    claims = read(text, "en").claims
    assert [(c.entity, c.verdict) for c in claims] == [("OpenAI", "supported")] * 2


def test_a_metric_word_in_an_aside_after_the_subject_is_not_the_figures():
    """"Inference alone, only one component of cost of revenue, amounted to …" was read as cost of revenue and
    flagged against the inference bill."""
    (c,) = read("Inference alone, only one component of cost of revenue, amounted to $3,767 million in 2024, the "
                "documents show for OpenAI.", "en").claims
    assert (c.metric, c.verdict) == ("inference_cost", "supported")
    # (a list is no aside, and a figure after a list of metrics is their sum, none of them: it was read as revenue
    # share and flagged)
    (c,) = read("OpenAI's inference, revenue share and compute, together, came to $9 billion in 2024.", "en").claims
    assert (c.metric, c.verdict) == (None, "unverifiable")
    # (with a figure for each, each is its own: "inference and revenue share were $3.648bn and $411m")
    claims = read("In Q3 2025 OpenAI's inference and revenue share were $3.648bn and $411m.", "en").claims
    assert [(c.metric, c.verdict) for c in claims] == [("inference_cost", "supported"), ("revenue_share", "supported")]


def test_figures_added_up_do_not_take_the_last_ones_period():
    text = ("OpenAI spent $547 million on inference in Q1 2024, $748 million in Q2 2024, $1,005 million in Q3 2024 and "
            "$1,467 million in Q4 2024. Together they total $3,767 million.")
    c = read(text, "en").claims[-1]
    assert (period_of(c), c.verdict) == ((dt.date(2024, 1, 1), dt.date(2024, 12, 31)), "supported")
    assert c.period.how == "inferred"


def test_the_owner_of_a_fiscal_year_is_not_the_next_figures_company():
    text = ("OpenAI spent $8.67 billion on inference in the first nine months of 2025.\n\nMicrosoft's fiscal year 2025 "
            "ended June 30, 2025. For the four quarters from July 1, 2024 through June 30, 2025, the inference amounts "
            "sum to $7,494 million.")
    c = read(text, "en").claims[-1]
    assert (c.entity, c.verdict) == ("OpenAI", "supported")


@pytest.mark.parametrize("text, lang", [
    ("Microsoft has disclosed investments in OpenAI totaling $13 billion.", "en"),
    ("Halvard Compute closed a $140M Series B in September.", "en"),
])
def test_investments_and_rounds_are_funding(text, lang):
    (c,) = read(text, lang).claims
    assert (c.metric, c.verdict) == ("funding", "unverifiable")


@pytest.mark.parametrize("text, lang", [
    ("Publisert 19. november 2025. I hele fjor var regningen for inferens hos OpenAI 3,77 mrd. dollar, hvorav "
     "2,47 mrd. dollar i andre halvår.", "nb"),
])
def test_i_hele_fjor_is_last_year(text, lang):
    year, half = read(text, lang).claims
    assert (period_of(year), year.verdict) == ((dt.date(2024, 1, 1), dt.date(2024, 12, 31)), "supported")
    assert (period_of(half), half.verdict) == ((dt.date(2024, 7, 1), dt.date(2024, 12, 31)), "supported")


@pytest.mark.parametrize("text, lang, multiple", [
    ("OpenAI brukte 3,648 mrd. dollar på inferens i tredje kvartal 2025, over tre og en halv gang så mye som ett år "
     "tidligere.", "nb", "tre og en halv gang"),
    ("OpenAI gab im dritten Quartal 2025 3,648 Mrd. Dollar für Inferenz aus, mehr als dreieinhalbmal so viel wie ein "
     "Jahr zuvor.", "de", "dreieinhalbmal"),
])
def test_a_multiple_and_a_half_of_a_year_before(text, lang, multiple):
    c = claims_by_text(text, lang)[multiple]
    assert (c.kind, c.value, c.bound, c.verdict) == ("ratio", 3.5, "gt", "supported")
    assert (c.basis.period.start, c.basis.period.end) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))


def test_a_records_formal_date_dates_it():
    text = ("Deutscher Bundestag – 48. Sitzung. Berlin, Freitag, den 28. November 2025          5761\n\n"
            "In den ersten drei Quartalen dieses Jahres hat OpenAI 8,67 Milliarden US-Dollar für Inferenz ausgegeben.")
    result = read(text, "de")
    assert result.article.published == dt.date(2025, 11, 28)
    assert (period_of(result.claims[0]), result.claims[0].verdict) == ((dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
                                                                       "supported")


def test_a_year_named_past_the_last_figure_is_the_paragraphs_from_then_on():
    text = ("Berlin, den 28. November 2025\n\nIm Gesamtjahr 2024 hat OpenAI 3,77 Milliarden Dollar für Inferenz "
            "ausgegeben; in diesem Jahr ist es mehr. Aus den Zahlungen an Microsoft ergibt sich für die ersten neun "
            "Monate ein Mindestumsatz von 4,33 Milliarden Dollar.")
    c = read(text, "de").claims[-1]
    assert (period_of(c), c.verdict) == ((dt.date(2025, 1, 1), dt.date(2025, 9, 30)), "supported")


def test_a_forum_posts_header_dates_the_thread_and_9m_is_nine_months():
    text = ("#41 | Börsenfuchs_61 | 13.11.25, 08:57 | Beiträge: 12.408\n"
            "Die Kurzfassung:\n- Inferenz auf Azure 9M/25: 8,67 Mrd. $\n\n"
            "#43 | Zueri_Invest | 13.11.25, 09:40 | Beiträge: 2.077\n"
            "Also lag OpenAIs Umsatz im Q3 bei mindestens 2,055 Mrd. USD.")
    result = read(text, "de")
    assert result.article.published == dt.date(2025, 11, 13)
    nine, floor = result.claims
    assert (period_of(nine), nine.reading["period"]) == ((dt.date(2025, 1, 1), dt.date(2025, 9, 30)), "stated: '9M/25'")
    assert (period_of(floor), floor.verdict) == ((dt.date(2025, 7, 1), dt.date(2025, 9, 30)), "supported")


def test_a_basis_before_the_change_after_ggue():
    """"Inferenz Q3/25 ggü. Q3/24 +263 %" took Q3/24 as the change's own period and was flagged."""
    (c,) = read("Viel spannender: OpenAIs Inferenz Q3/25 ggü. Q3/24 +263 %.", "de").claims
    assert (period_of(c), c.verdict) == ((dt.date(2025, 7, 1), dt.date(2025, 9, 30)), "supported")
    assert c.basis.text == "Q3/24"


def test_kosten_des_umsatzes_is_cost_of_revenue():
    (c,) = read("Die Kosten des Umsatzes von OpenAI müssen in den ersten drei Quartalen 2025 über 8,6 Mrd. USD gelegen "
                "haben.", "de").claims
    assert (c.metric, c.verdict) == ("cost_of_revenue", "consistent")


@pytest.mark.parametrize("head, lang", [
    ("Date: Tue, 25 Nov 2025 16:42:09 -0800\nSubject: RE: numbers", "en"),
    ("Sent: Tuesday, November 25, 2025 4:42 PM\nSubject: RE: numbers", "en"),
    ("Gesendet: Dienstag, 25. November 2025 16:42\nBetreff: Zahlen", "de"),
    ("Sendt: tirsdag 25. november 2025 16:42\nEmne: tall", "nb"),
])
def test_an_emails_header_dates_it(head, lang):
    assert read(head + "\n\nHello.", lang).article.published == dt.date(2025, 11, 25)


def test_a_quoted_line_opening_with_i_is_no_organisation():
    text = ("> You say OpenAI paid Microsoft $1.2B in revenue share in 2024. Everything\n"
            "> I've read says it was under half a billion.")
    claims = read(text, "en").claims
    assert all(c.entity == "OpenAI" for c in claims)


@pytest.mark.parametrize("text, metric", [
    ("OpenAI's inference bill was $1.005 billion in Q3 2024 and $3.648B in Q3 2025. Year over year, Q3 was up ~263%.",
     "inference_cost"),
    ("OpenAI zahlte im zweiten Quartal 2025 248 Millionen Dollar an Microsoft. Aus den Zahlungen ergibt sich ein "
     "Mindestumsatz von 1,24 Milliarden Dollar. Dass die Zahlungen im dritten Quartal 2025 um 66 Prozent über dem "
     "Vorquartal lagen, steht nur in einer Fußnote.", "revenue_share"),
])
def test_a_change_naming_no_metric_is_of_the_paragraphs_last_figure(text, metric):
    c = read(text, "en" if text.startswith("OpenAI's") else "de").claims[-1]
    assert (c.kind, c.metric, c.verdict) == ("growth", metric, "supported")


def test_a_change_word_before_a_colon_makes_no_change_of_the_list():
    (c, *_) = read("OpenAI's inference curve keeps bending up: $547M in Q1 2024, $3.648B in Q3 2025.", "en").claims
    assert (c.kind, c.verdict) == ("amount", "supported")


def test_the_end_of_a_boxs_row_ends_the_clause():
    text = ("+------------------------------------------------------------+\n"
            "| OpenAI, inferens, endring 3. kv. 2025 mot 3. kv. 2024 +263 % |\n"
            "| Inntektsdeling til Microsoft, 2024 ................... 493,8 |\n")
    c = read(text, "nb", published=dt.date(2025, 11, 20)).claims[0]
    assert (c.value_text, c.metric, c.verdict) == ("263 %", "inference_cost", "supported")


@pytest.mark.parametrize("text, lang", [
    ("OpenAI zahlte Microsoft 2025 viel. Bei 1,16 $/€ sind die Zahlungen aus 9M/25 übrigens rund 746 Mio. €.", "de"),
    ("OpenAI paid Microsoft $865.9m in 9M/25; at 10.15 NOK/USD that is NOK 8.8bn.", "en"),
])
def test_a_currency_pair_after_a_figure_makes_it_an_exchange_rate(text, lang):
    rate = next(c for c in read(text, lang).claims if c.value_text in ("1,16 $", "10.15 NOK"))
    assert rate.verdict == "unverifiable" and rate.reading["caution"] == "an exchange rate, not an amount"


def test_that_before_a_time_word_opens_no_clause():
    """"…, which would put OpenAI's revenue that year at no less than $2.47 billion" took "that" for a clause break,
    left "revenue" in a relative clause of its own and read the floor as the payments: a false alarm."""
    c = read("For 2024, OpenAI's payments to Microsoft totalled $493.8 million, which put OpenAI's revenue that year "
             "at no less than $2.47 billion.", "en").claims[-1]
    assert (c.metric, c.bound, c.verdict) == ("revenue", "gte", "supported")


def test_a_payment_with_no_payee_is_the_articles_last_payment():
    text = ("OpenAI paid Microsoft $493.8 million in revenue share for calendar year 2024.\n\n"
            "III. PAYMENTS BY QUARTER\n\n"
            "7. For the quarter ended June 30, 2025, the documents show a payment of $284 million.")
    c = read(text, "en").claims[-1]
    assert (c.metric, c.verdict) == ("revenue_share", "contradicted")
    assert c.reading["metric"] == "context: the article's last payment ('$493.8 million')"
    # (not when the clause names another company: "CoreWeave received a payment of $300 million")
    other = read(text.replace("the documents show a payment of", "CoreWeave received a payment of"), "en").claims[-1]
    assert other.metric != "revenue_share"


# -- holdout24: readings its first, blind run found missing ---------------------------------------------

def test_a_profile_boxs_key_value_lines_are_one_figure_each():
    """"Kalenderjahr 2024: 3,77 Mrd. $\\n3. Quartal 2025: …": the "$" closing a line was read as the next line's
    prefix ("$\\n01.01" as $1.01, flagged), and each figure took the next line's period."""
    text = ("Stand: 26.11.2025\n\nOpenAI\n\nINFERENZKOSTEN (Betrieb der Modelle auf Azure)\n"
            "1. Halbjahr 2024: 1,295 Mrd. $\nKalenderjahr 2024: 3,77 Mrd. $\n3. Quartal 2025: 3.648 Mio. $\n"
            "01.01.–30.09.2025: 8,67 Mrd. $\n")
    claims = read(text, "de").claims
    assert [c.value_text for c in claims] == ["1,295 Mrd. $", "3,77 Mrd. $", "3.648 Mio. $", "8,67 Mrd. $"]
    assert [(c.metric, c.verdict) for c in claims] == [("inference_cost", "supported")] * 4
    assert [period_of(c) for c in claims] == [
        (dt.date(2024, 1, 1), dt.date(2024, 6, 30)), (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        (dt.date(2025, 7, 1), dt.date(2025, 9, 30)), (dt.date(2025, 1, 1), dt.date(2025, 9, 30))]


@pytest.mark.parametrize("phrase, lang, want", [
    ("01.01.–30.09.2025", "de", (dt.date(2025, 1, 1), dt.date(2025, 9, 30))),
    ("01.07.2024–30.06.2025", "nb", (dt.date(2024, 7, 1), dt.date(2025, 6, 30))),
    ("2024-01-01/2024-09-30", "en", (dt.date(2024, 1, 1), dt.date(2024, 9, 30))),
    ("01.01.–30.07.2025", "de", None),
    ("2024-01-01/2024-09-29", "en", None),
])
def test_whole_months_as_dates_in_figures(phrase, lang, want):
    from claims.periods import PeriodResolver
    (p,) = PeriodResolver(get(lang)).find(phrase)
    assert (None if p.period is None else (p.period.start, p.period.end)) == want


def test_a_period_alone_on_a_line_heads_the_entry():
    text = ("OPENAI × MICROSOFT: THE MONEY TIMELINE\nLast updated 2025-12-01T09:30Z\n\n"
            "2024-01-01/2024-03-31\n  First quarter covered by the leak. Inference on Azure: $547M. Revenue share paid "
            "to Microsoft: $77M.\n\n2025-01-01/2025-09-30\n  Because inference is only one part of OpenAI's cost of "
            "revenue, cost of revenue was > $8.6B.\n")
    result = read(text, "en")
    assert result.article.published == dt.date(2025, 12, 1)
    first, second, floor = result.claims
    assert (period_of(first), first.verdict) == ((dt.date(2024, 1, 1), dt.date(2024, 3, 31)), "supported")
    assert first.reading["period"] == "context: the period heading the paragraph ('2024-01-01/2024-03-31')"
    assert (period_of(floor), floor.metric, floor.verdict) == ((dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
                                                              "cost_of_revenue", "consistent")


def test_a_numbered_list_after_a_lead_with_a_colon_takes_the_leads_metric():
    text = ("OpenAI's documents, for January–September 2025, show $8.67 billion of inference:\n\n"
            "1. Q1 2025: $2.075B\n2. Q2 2025: $2.947B\n3. Q3 2025: $3.648B\n")
    claims = read(text, "en").claims
    assert [c.sentence for c in claims[1:]] == ["1. Q1 2025: $2.075B", "2. Q2 2025: $2.947B", "3. Q3 2025: $3.648B"]
    assert [(c.metric, c.verdict) for c in claims] == [("inference_cost", "supported")] * 4


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI burned $12.4B on inference in Q1–Q3 2025.", "$12.4B"),
    ("en", "OpenAI burned through $12.4 billion on the inference in the first three quarters of 2025.", "$12.4 billion"),
    ("nb", "OpenAI brente 12,4 mrd. dollar på inferens i de tre første kvartalene av 2025.", "12,4 mrd. dollar"),
    ("de", "OpenAI hat in den ersten drei Quartalen 2025 12,4 Mrd. $ für Inferenz verbrannt.", "12,4 Mrd. $"),
])
def test_what_an_amount_was_spent_on_is_its_metric_whatever_the_verb(lang, text, value_text):
    [c] = read(text, lang).claims
    assert (c.value_text, c.metric, c.period.label(), c.verdict) == (
        value_text, "inference_cost", "2025-01-01..2025-09-30", "contradicted")


def test_a_metric_after_on_with_its_own_figure_is_not_the_spending():
    text = "OpenAI posted a loss of $5 billion on revenue of $4.3 billion in the first half of 2025."
    loss, revenue = read(text, "en").claims
    assert (loss.value_text, loss.metric, revenue.value_text, revenue.metric) == (
        "$5 billion", "net_loss", "$4.3 billion", "revenue")


CAPTIONS = ("0:35\nthat's inference the cost of answering your prompts\n0:39\nopen ai spent\n0:41\n"
            "12 billion on inference in the second quarter of 2025 uh no\n0:44\nand you get a floor for open ai's revenue\n"
            "0:48\nso at least 4.33 billion dollars in the first nine months of 2025\n0:52\n"
            "and inference alone was\n0:55\nfive point oh two billion in the first half of 2025\n")


def test_caption_cues_are_sentences_unless_a_cue_goes_on_with_the_one_before():
    claims = read(CAPTIONS, "en").claims
    got = [(c.value_text, c.metric, c.period.label(), c.verdict) for c in claims]
    assert got == [
        ("12 billion", "inference_cost", "2025-04-01..2025-06-30", "contradicted"),  # "spent\n0:41\n12 billion": one cue
        ("4.33 billion dollars", "revenue", "2025-01-01..2025-09-30", "supported"),  # the cue before named revenue
        ("five point oh two billion", "inference_cost", "2025-01-01..2025-06-30", "supported"),  # "oh" is a zero
    ]


def test_a_stamp_alone_on_a_line_is_not_a_figure():
    assert [c.value_text for c in read(CAPTIONS, "en").claims if ":" in c.value_text] == []


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI paid Microsoft $865.9 million this year through September.", "$865.9 million"),
    ("nb", "OpenAI betalte Microsoft 865,9 millioner dollar i år til og med september.", "865,9 millioner dollar"),
    ("de", "OpenAI zahlte Microsoft in diesem Jahr bis September 865,9 Mio. Dollar.", "865,9 Mio. Dollar"),
])
def test_this_year_through_a_month_is_from_january_of_the_publication_year(lang, text, value_text):
    [c] = read(text, lang, published=dt.date(2025, 11, 30)).claims
    assert (c.value_text, c.period.label(), c.verdict) == (value_text, "2025-01-01..2025-09-30", "supported")


@pytest.mark.parametrize("lang, text", [
    ("en", "OpenAI paid Microsoft $411 million in Q3 2025. Microsoft gets 20% of the revenue, so revenue was at least "
           "$2.055 billion in Q3 2025."),
    ("de", "OpenAI zahlte 411 Mio. $ an MS. MS kriegt 20 % vom Umsatz, also lag der Umsatz im Q3 2025 bei mindestens "
           "2,055 Mrd. USD."),
])
def test_the_revenue_a_payees_rate_is_of_is_the_payers(lang, text):
    revenue = [c for c in read(text, lang).claims if c.metric == "revenue"]
    assert [(c.entity, c.bound, c.verdict) for c in revenue] == [("OpenAI", "gte", "supported")]


def test_the_payees_own_revenue_stays_its_own():
    text = "OpenAI paid a lot in 2025. Microsoft gets 20% of the revenue, and its own revenue rose to $77.7 billion."
    [revenue] = [c for c in read(text, "en").claims if c.value_text == "$77.7 billion"]
    assert (revenue.entity, revenue.metric) == ("Microsoft", "revenue")


def test_a_company_named_most_as_the_one_paid_is_not_what_the_article_is_about():
    text = ("Thema: OpenAI-Leak\n\nZahlungen an MS 2024: 493,8 Mio. $. Zahlungen an MS im Q3 2025: 411 Mio. $. "
            "Alles an MS.\n\nInferenz im Q3 2025: 3,648 Mrd. $.")
    inference = [c for c in read(text, "de").claims if c.metric == "inference_cost"]
    assert [(c.value_text, c.entity, c.verdict) for c in inference] == [("3,648 Mrd. $", "OpenAI", "supported")]


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI spent $3.77 billion on inference in 2024. Microsoft has invested about $13 billion in OpenAI.", "$13 billion"),
    ("nb", "OpenAI brukte 3,77 milliarder dollar på inferens i 2024. Microsoft har investert rundt 13 milliarder dollar i "
           "OpenAI.", "13 milliarder dollar"),
    ("de", "OpenAI gab 2024 3,77 Mrd. USD für Inferenz aus. Microsoft hat rund 13 Mrd. USD in OpenAI investiert.", "13 Mrd. USD"),
])
def test_an_investment_is_no_figure_of_the_metric_before(lang, text, value_text):
    [c] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert (c.metric, c.verdict) == (None, "unverifiable")


def test_a_bare_german_year_before_bei_is_the_figures_period():
    text = "OpenAI: Da die Inferenz ein Teil der Umsatzkosten ist, lagen diese 2024 bei mehr als 3,7 Mrd. USD."
    [c] = read(text, "de").claims
    assert (c.metric, c.period.label(), c.bound, c.verdict) == ("cost_of_revenue", "2024-01-01..2024-12-31", "gt", "consistent")


def test_a_video_pages_premiere_date_is_the_publication_date():
    text = "OpenAI's Azure bill\nCompute Brief · 48,213 views · Premiered Nov 30, 2025\n\nOpenAI paid Microsoft $865.9 million this year through September."
    [c] = read(text, "en").claims
    assert (c.period.label(), c.verdict) == ("2025-01-01..2025-09-30", "supported")


def test_that_after_a_preposition_is_a_pronoun_not_a_clause_break():
    text = ("OpenAI paid Microsoft $865.9 million in the first nine months of 2025. And $411 million of that was just the "
            "third quarter, which is almost three times what it paid a year earlier.")
    share = read(text, "en").claims[1]
    assert (share.value_text, share.period.label(), share.verdict) == ("$411 million", "2025-07-01..2025-09-30", "supported")


LP_LETTER = ("OpenAI spent $8.67 billion on inference in the first nine months of 2025. The quarterly path: $2.075 billion "
             "in the first quarter, 42% more in the second, then $3.648 billion in the third.\n\n"
             "Microsoft receives one-fifth of OpenAI's revenue. Those payments were $493.8 million in 2024. Grossing them "
             "up gives a minimum revenue: at least $2.47 billion in 2024 (by coincidence the same figure as the "
             "second-half inference bill above) and at least $4.33 billion for the first nine months of 2025. Over "
             "Microsoft's fiscal 2025 (July 2024 to June 2025), OpenAI paid it $761 million.\n\n"
             "A note argued that OpenAI's cost of revenue over those nine months was \"no more than $6 billion.\"")


def test_elided_quarters_after_a_quarter_with_no_year_and_a_change_on_the_quarter_before():
    got = {c.value_text: c for c in read(LP_LETTER, "en").claims}
    assert [(got[v].period.label(), got[v].verdict) for v in ("$2.075 billion", "42%", "$3.648 billion")] == [
        ("2025-01-01..2025-03-31", "supported"), ("2025-04-01..2025-06-30", "supported"),
        ("2025-07-01..2025-09-30", "supported")]
    assert (got["42%"].kind, got["42%"].basis.period.label()) == ("growth", "2025-01-01..2025-03-31")


def test_revenue_grossed_up_from_payments_read_as_the_payees_is_the_payers():
    got = {c.value_text: c for c in read(LP_LETTER, "en").claims}
    assert [(got[v].entity, got[v].metric, got[v].period.label(), got[v].verdict) for v in ("$2.47 billion", "$4.33 billion")] == [
        ("OpenAI", "revenue", "2024-01-01..2024-12-31", "supported"),
        ("OpenAI", "revenue", "2025-01-01..2025-09-30", "supported")]  # not the aside's "second-half"


def test_those_nine_months_point_to_the_last_nine_months_named():
    cost = [c for c in read(LP_LETTER, "en").claims if c.value_text == "$6 billion"][0]
    assert (cost.metric, cost.bound, cost.period.label(), cost.verdict) == (
        "cost_of_revenue", "lte", "2025-01-01..2025-09-30", "contradicted")


def test_austrian_heuer_is_this_year_and_names_the_year_of_a_phrase_after_it():
    text = ("Microsoft erhält 20 Prozent vom Umsatz von OpenAI. Im Vorjahr überwies OpenAI dafür 493,8 Mio. Dollar, heuer "
            "in den ersten drei Quartalen 865,9 Mio. Dollar.")
    got = [(c.value_text, c.metric, c.period.label(), c.verdict) for c in read(text, "de", published=dt.date(2025, 11, 15)).claims
           if c.unit == "USD"]
    assert got == [("493,8 Mio. Dollar", "revenue_share", "2024-01-01..2024-12-31", "supported"),
                   ("865,9 Mio. Dollar", "revenue_share", "2025-01-01..2025-09-30", "supported")]


@pytest.mark.parametrize("text, value_text, metric, period", [
    ("OpenAI hadde brukt 8,67 milliardar dollar på å køyre modellane sine i skya til Microsoft i dei tre første kvartala "
     "i år.", "8,67 milliardar dollar", "inference_cost", "2025-01-01..2025-09-30"),
    ("OpenAI brukte 3,77 milliardar dollar på inferens i heile fjor.", "3,77 milliardar dollar", "inference_cost",
     "2024-01-01..2024-12-31"),
    ("OpenAI betalte Microsoft godt over 800 millionar dollar i dei ni første månadene i år.", "800 millionar dollar",
     "revenue_share", "2025-01-01..2025-09-30"),
])
def test_nynorsk_scale_words_and_periods(text, value_text, metric, period):
    [c] = read(text, "nb", published=dt.date(2025, 12, 14)).claims
    assert (c.value_text, c.metric, c.period.label()) == (value_text, metric, period)


SWISS = ("Diesen Betrieb der Modelle nennt man Inferenz, und er ist teuer. Laut Dokumenten bezahlte OpenAI dafür in den "
         "ersten neun Monaten dieses Jahres 8'670 Mio. Dollar an Microsoft, das sind bei einem Kurs von 0.80 Franken pro "
         "Dollar knapp 7 Mrd. Franken. Im ganzen Jahr 2024 waren es 3,77 Mrd. Dollar.\n\n"
         "Im ersten Quartal 2025 lag die Inferenzrechnung bei 2'075 Mio. Dollar, im dritten bei 3'648 Mio. Dollar.")


def test_a_payment_for_that_is_for_what_the_sentence_before_named_and_a_conversion_is_the_same_figure():
    got = {c.value_text: c for c in read(SWISS, "de", published=dt.date(2025, 11, 20)).claims}
    assert [(got[v].metric, got[v].verdict) for v in ("8'670 Mio. Dollar", "7 Mrd. Franken", "3,77 Mrd. Dollar")] == [
        ("inference_cost", "supported"), ("inference_cost", "unverifiable"), ("inference_cost", "supported")]
    assert got["7 Mrd. Franken"].period.label() == "2025-01-01..2025-09-30"


def test_a_later_quarter_with_its_noun_left_out():
    got = {c.value_text: c for c in read(SWISS, "de", published=dt.date(2025, 11, 20)).claims}
    assert (got["3'648 Mio. Dollar"].period.label(), got["3'648 Mio. Dollar"].verdict) == ("2025-07-01..2025-09-30", "supported")


def test_for_that_before_a_noun_is_a_determiner_not_a_purpose():
    text = ("OpenAI oppga en omsetning på 3,7 milliarder dollar for 2024. I første halvår 2025 kostet inferensen alene "
            "OpenAI 5,02 milliarder dollar, så selskapets varekostnad for det halvåret må ha vært over 5 milliarder dollar.")
    cost = [c for c in read(text, "nb").claims if c.value_text == "5 milliarder dollar"][0]
    assert cost.metric == "cost_of_revenue"


@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "The arithmetic says that OpenAI took in at least $2.47 billion last year and no less than $4.33 billion "
           "through September.", "$4.33 billion"),
    ("de", "Die Rechnung ergibt für OpenAI im Vorjahr einen Umsatz von mindestens 2,47 Mrd. Dollar und bis Ende "
           "September einen Umsatz von mindestens 4,33 Mrd. Dollar.", "4,33 Mrd. Dollar"),
])
def test_through_a_month_with_no_year_is_this_year_from_january(lang, text, value_text):
    claim = [c for c in read(text, lang, published=dt.date(2025, 12, 3)).claims if c.value_text == value_text][0]
    assert (claim.metric, claim.period.label(), claim.verdict) == ("revenue", "2025-01-01..2025-09-30", "supported")


def test_figures_whose_words_name_periods_of_different_lengths_are_inferred_apart():
    """No date line: neither "last year" nor "through September" can be placed, but the data can place each."""
    text = ("In diesem Jahr hat OpenAI bis Ende September bereits rund 8,7 Mrd. US-Dollar für Inferenz ausgegeben; im "
            "vergangenen Jahr waren es 3,77 Milliarden Dollar.")
    got = [(c.value_text, c.period.label(), c.period.how, c.verdict) for c in read(text, "de").claims]
    assert got == [("8,7 Mrd. US-Dollar", "2025-01-01..2025-09-30", "inferred", "supported"),
                   ("3,77 Milliarden Dollar", "2024-01-01..2024-12-31", "inferred", "supported")]


# -- holdout27's readings: shorthand, scenarios, multiples between metrics, "now", glosses, threads -----------------

@pytest.mark.parametrize("lang, text, value_text", [
    ("en", "OpenAI must have booked at least $4.33 billion of revenue through September 2025.", "$4.33 billion"),
    ("de", "OpenAI muss bis Ende September 2025 mindestens 4,33 Mrd. Dollar Umsatz gebucht haben.", "4,33 Mrd. Dollar"),
    ("nb", "OpenAI må ha hatt minst 4,33 milliarder dollar i inntekter til og med september 2025.", "4,33 milliarder dollar"),
])
def test_through_a_month_of_a_named_year_is_that_year_from_january(lang, text, value_text):
    [claim] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert (claim.period.label(), claim.period.how, claim.verdict) == ("2025-01-01..2025-09-30", "stated", "supported")


@pytest.mark.parametrize("lang, text, value_text, period", [
    ("en", "OpenAI spent $12.44 billion on inference from 2024 through September 2025.", "$12.44 billion",
     "2024-01-01..2025-09-30"),
    ("de", "Von 2024 bis September 2025 gab OpenAI 12,44 Mrd. Dollar für Inferenz aus.", "12,44 Mrd. Dollar",
     "2024-01-01..2025-09-30"),
    ("de", "OpenAI zahlte im Quartal bis Ende September 2025 an Microsoft 411 Mio. Dollar.", "411 Mio. Dollar",
     "2025-07-01..2025-09-30"),
    ("de", "Microsoft verbuchte für das Quartal Juli bis September 2025 einen Nettoverlust von OpenAI von 11 Mrd. Dollar.",
     "11 Mrd. Dollar", "2025-07-01..2025-09-30"),
])
def test_a_span_or_a_quarter_ending_in_a_month_stays_what_it_says(lang, text, value_text, period):
    [claim] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert claim.period.label() == period


SCENARIOS = ("Microsoft reports fiscal second-quarter 2026 results on January 28.\n\n"
             "Scenarios for fiscal 2026 (July 2025 to June 2026):\n"
             "- Bull ($760 per share): Azure re-accelerates; FY26 revenue of $331 billion.\n"
             "- Base ($640): revenue of $323 billion.\n"
             "- Bear ($480): FY26 revenue of $309 billion.\n\n"
             "We model revenue of $80.4 billion for the December quarter.")


def test_the_items_of_a_list_led_by_scenarios_are_a_models_and_never_contradict_each_other():
    got = {c.value_text: c for c in read(SCENARIOS, "en").claims}
    for value_text in ("$331 billion", "$323 billion", "$309 billion"):
        claim = got[value_text]
        assert claim.verdict == "unverifiable"
        assert claim.reading["caution"] == "a scenario or a model's projection"
        assert not [f for f in claim.findings if f.rule == "internal-consistency"]
    assert got["$80.4 billion"].reading["caution"] == "a plan, an expectation or a hypothesis"


@pytest.mark.parametrize("lang, text, value_text, verdict", [
    ("en", "A rival's note argued that OpenAI's inference spend ran at 15x its revenue-share payments in 2024.", "15x",
     "contradicted"),
    ("de", "2024 waren OpenAIs Inferenzkosten siebeneinhalbmal so hoch wie die Zahlungen an Microsoft.",
     "siebeneinhalbmal", "supported"),
])
def test_a_multiple_between_two_metrics_sets_the_one_before_it_against_the_one_after(lang, text, value_text, verdict):
    [claim] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert (claim.metric, claim.basis.metric, claim.period.label(), claim.verdict) == (
        "inference_cost", "revenue_share", "2024-01-01..2024-12-31", verdict)
    assert [f.rule for f in claim.findings] == ["ratio"]
    assert claim.findings[0].arithmetic.startswith("ratio = 3.77 billion USD / 493.8 million USD = 7.635")


def test_a_figure_said_to_be_so_now_is_the_latest_quarter_not_the_one_the_sentence_opened_with():
    text = ("I andre kvartal i år alene gikk det 2,749 milliarder dollar til OpenAIs inferens, og nå er regningen på "
            "3,648 mrd. dollar i kvartalet.")
    got = {c.value_text: c for c in read(text, "nb", published=dt.date(2025, 11, 22)).claims}
    assert (got["2,749 milliarder dollar"].period.label(), got["2,749 milliarder dollar"].verdict) == (
        "2025-04-01..2025-06-30", "contradicted")
    now = got["3,648 mrd. dollar"]
    assert (now.period.label(), now.period.how, now.verdict) == ("2025-07-01..2025-09-30", "published", "supported")


def test_a_rate_said_to_be_so_now_keeps_the_sentences_period():
    text = ("Von Januar bis September 2025 habe OpenAI nur 700 Millionen Dollar an Microsoft abgeführt, weil der Konzern "
            "aus Redmond inzwischen bloß noch 15 Prozent der Erlöse erhalte.")
    [rate] = [c for c in read(text, "de").claims if c.value_text == "15 Prozent"]
    assert (rate.metric, rate.period.label(), rate.verdict) == ("revenue_share_rate", "2025-01-01..2025-09-30", "contradicted")


@pytest.mark.parametrize("lang, text, value_text", [
    ("nb", "Den store utgiften er inferens, altså regnekraften som trengs for å svare på spørsmålene. I hele 2024 brukte "
           "OpenAI 3 767 millioner dollar på dette i Microsofts sky.", "3 767 millioner dollar"),
    ("en", "The big expense is inference, i.e. the computing power needed to answer queries. In 2024 OpenAI spent "
           "$3.77 billion on that.", "$3.77 billion"),
])
def test_a_metric_word_that_glosses_the_one_before_does_not_take_its_place_as_the_topic(lang, text, value_text):
    [claim] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert (claim.metric, claim.verdict) == ("inference_cost", "supported")


def test_a_forecast_does_not_take_the_paragraphs_period():
    text = ("Deler man betalingene på andelen, får man minst 4,33 mrd. dollar fra januar til september 2025 i inntekter. "
            "Til sammenligning venter OpenAI selv rundt 13 milliarder dollar i omsetning.")
    [claim] = [c for c in read(text, "nb").claims if c.value_text == "13 milliarder dollar"]
    assert claim.period is None
    assert (claim.verdict, claim.reading["caution"]) == ("unverifiable", "a plan, an expectation or a hypothesis")


@pytest.mark.parametrize("lang, text, date", [
    ("de", "„Klartext“ · Sendung Nr. 212 vom Mittwoch, 19. November 2025, 22:50 Uhr · Das Erste\n\nText.",
     dt.date(2025, 11, 19)),
    ("en", "Episode 212, aired Wednesday, November 19, 2025\n\nText.", dt.date(2025, 11, 19)),
    ("nb", "Kjetil Brårud\n14. november kl. 21:17 · 👥\nhar noen sett tallene for 2024 og 2025??", dt.date(2025, 11, 14)),
    ("de", "Anna Berg\n14. November um 21:17 · öffentlich\nZahlen für 2024 und 2025.", dt.date(2025, 11, 14)),
    ("en", "Anna Berg\nNovember 14 at 9:17 PM · Public\nFigures for 2024 and 2025.", dt.date(2025, 11, 14)),
])
def test_broadcast_and_post_datelines(lang, text, date):
    assert find_dateline(text, get(lang)) == date


@pytest.mark.parametrize("lang, text, value_text, metric", [
    ("de", "OpenAI hat von Januar bis September 2025 8,67 Milliarden Dollar an Microsoft gezahlt, nur dafür, dass "
           "ChatGPT läuft – Fachleute nennen das Inferenz.", "8,67 Milliarden Dollar", "inference_cost"),
    ("en", "OpenAI paid Microsoft $8.67 billion in the first nine months of 2025, just for keeping ChatGPT running – "
           "experts call that inference.", "$8.67 billion", "inference_cost"),
    ("en", "OpenAI paid Microsoft $493.8 million in 2024, for its share of revenue, while inference cost $3.77 billion.",
     "$493.8 million", "revenue_share"),
])
def test_a_clause_after_a_payment_that_opens_with_its_purpose_says_what_it_paid_for(lang, text, value_text, metric):
    [claim] = [c for c in read(text, lang).claims if c.value_text == value_text]
    assert (claim.metric, claim.verdict) == (metric, "supported")


SLACK = ("Slack export · channel: #leak-desk\nExported Thu, Nov 13, 2025, 6:14 PM (ET)\n\n"
         "maya.k  9:02 AM\nzitron docs are live :eyes: OAI inf on Azure 8.67b for 1Q-3Q25\n\n"
         "dgreen  9:03 AM\nvs 3.77b for all of CY24. so well over 2x in 9 mos :fire:\n\n"
         "maya.k  9:06 AM\nqtrly inf per the table: Q1'25 2.075b / Q2'25 2.974b / Q3'25 3.648b\n\n"
         "    ↳ dgreen  9:09 AM  (reply in thread)\n    Q2'25 is 2.947b not 2.974b :upside_down_face: yours doesn't add "
         "up to the 8.67b\n\n"
         "maya.k  9:21 AM\nrev share side: $493.8mm CY24, $865.9mm 1-3Q25\nQ1'25 206k, Q3'25 411mm\n\n"
         "dgreen  12:30 PM\nlunch? the place on 14th st does 2 slices for $7 :pizza: 38k pageviews by dinner")


def test_a_chat_export_in_finance_shorthand():
    got = [(c.value_text, c.value, c.metric, c.period.label() if c.period else None, c.verdict)
           for c in read(SLACK, "en").claims if c.metric]
    assert got == [
        ("8.67b", 8.67e9, "inference_cost", "2025-01-01..2025-09-30", "supported"),
        ("3.77b", 3.77e9, "inference_cost", "2024-01-01..2024-12-31", "supported"),  # the turn before's metric
        ("2x", 2.0, "inference_cost", "2024-01-01..2024-12-31", "unverifiable"),
        ("2.075b", 2.075e9, "inference_cost", "2025-01-01..2025-03-31", "supported"),
        ("2.974b", 2.974e9, "inference_cost", "2025-04-01..2025-06-30", "contradicted"),
        ("3.648b", 3.648e9, "inference_cost", "2025-07-01..2025-09-30", "supported"),
        ("2.947b", 2.947e9, "inference_cost", "2025-04-01..2025-06-30", "supported"),
        ("2.974b", 2.974e9, "inference_cost", "2025-04-01..2025-06-30", "contradicted"),
        # past the emoji code, a sentence of its own: not Q2'25's
        ("8.67b", 8.67e9, "inference_cost", "2025-01-01..2025-09-30", "supported"),
        ("$493.8mm", 493.8e6, "revenue_share", "2024-01-01..2024-12-31", "supported"),
        ("$865.9mm", 865.9e6, "revenue_share", "2025-01-01..2025-09-30", "supported"),
        ("206k", 206e3, "revenue_share", "2025-01-01..2025-03-31", "contradicted"),  # Q3'25 heads the unread 411mm
    ]
    texts = [c.value_text for c in read(SLACK, "en").claims]
    assert "38k" not in " ".join(texts)
    assert [c.metric for c in read(SLACK, "en").claims if c.value_text == "$7"] == [None]  # no bill's metric for a pizza


@pytest.mark.parametrize("text, value, unit", [
    ("Zahlungen von 493.800 T USD", 493.8e6, "USD"), ("davon 77.000 TUSD", 77e6, "USD"), ("12 TEUR", 12e3, "EUR"),
    ("5 T€", 5e3, "EUR"), ("5 t Stahl", 5.0, None),
])
def test_amounts_in_thousands_as_accounts_write_them(text, value, unit):
    from claims.numbers import NumberFinder
    [m] = NumberFinder(get("de")).find(text)
    assert (m.value, m.unit) == (value, unit)


def test_shorthand_with_no_currency_is_no_amount_before_a_noun_or_as_a_periods_code():
    from claims.numbers import NumberFinder
    found = {m.text: m for m in NumberFinder(get("en")).find("9M'25 and 38k pageviews, 8.67b for 1Q-3Q25, $547mm")}
    assert found["$547mm"].value == 547e6 and found["8.67b"].shorthand
    text = "Inference 9M'25: OpenAI inf 8.67b for 1Q-3Q25; 38k pageviews; total $547mm."
    assert [c.value_text for c in read(text, "en").claims] == ["8.67b", "$547mm"]


@pytest.mark.parametrize("code, period", [
    ("1-3Q25", "2025-01-01..2025-09-30"), ("1Q-3Q25", "2025-01-01..2025-09-30"), ("Q1-Q3'25", "2025-01-01..2025-09-30"),
    ("CY24", "2024-01-01..2024-12-31"), ("CY2024", "2024-01-01..2024-12-31"),
])
def test_analysts_codes_for_runs_of_quarters_and_calendar_years(code, period):
    [claim] = read(f"OpenAI inference: $1.234 billion {code}.", "en").claims
    assert claim.period.label() == period


def test_names_of_people_and_currencies_are_no_companies():
    text = ("Kjetil Brårud\nhar noen sett lekkasjen om openai sin inferens på azure??\n\n"
            "Tore Lykke\nlol de brente 86 mrd dollar bare på inferens i fjor\n\n"
            "Ingrid Sæther\n@Tore Lykke nei. i fjor var det ca 3,77 mrd dollar.")
    got = [(c.value_text, c.entity, c.metric, c.period.label(), c.verdict)
           for c in read(text, "nb", published=dt.date(2025, 11, 14)).claims]
    assert got == [("86 mrd dollar", "OpenAI", "inference_cost", "2024-01-01..2024-12-31", "contradicted"),
                   ("3,77 mrd dollar", "OpenAI", "inference_cost", "2024-01-01..2024-12-31", "supported")]
    [eur] = read("OpenAI: Inferenzkosten 2024 rund 3,2 Mrd. EUR.", "de").claims
    assert eur.entity == "OpenAI"
    [eps] = read("Microsoft Corp. (MSFT): we expect EPS growth of 12% and Azure growth of 37% in 2026.", "en").claims[-1:]
    assert eps.entity == "Microsoft"


@pytest.mark.parametrize("lang, text", [
    ("nb", "sum jan–sep 2025: 8,67 mrd $ i inferens for OpenAI"),
    ("de", "Summe Jan–Sep 2025: 8,67 Mrd. $ Inferenz bei OpenAI"),
])
def test_month_abbreviations_without_a_stop(lang, text):
    [claim] = read(text, lang).claims
    assert (claim.period.label(), claim.verdict) == ("2025-01-01..2025-09-30", "supported")


# -- holdout28's readings: quiz options, tab tables, boxes, possessive periods, repeated phrases --------------------

DE_QUIZ = ("Stand: 18.11.2025\n\n"
        "Frage 1: Wie hoch waren die Inferenzkosten von OpenAI in den ersten drei Quartalen 2025?\n"
        "a) 3,77 Mrd. US-Dollar\nb) 8,67 Mrd. US-Dollar\nc) 86,7 Mrd. US-Dollar\n\n"
        "Lösungen\n\nFrage 1: Richtig ist b). In den ersten drei Quartalen 2025 beliefen sich die Inferenzkosten auf "
        "8,67 Mrd. US-Dollar.")


def test_a_multiple_choice_questions_options_are_not_claims_but_the_answer_is():
    got = [(c.value_text, c.period.label(), c.verdict) for c in read(DE_QUIZ, "de").claims]
    assert got == [("8,67 Mrd. US-Dollar", "2025-01-01..2025-09-30", "supported")]


TAB_TABLE = ("Dato: 27.11.2025\n\n3. Hovedtall fra lekkasjen (mill. USD og mill. kr)\n"
             "Post\tPeriode\tmill. USD\tmill. kr\n"
             "Inferens (drift av modellene på Azure)\t2024\t3 767\t38 423\n"
             "Inferens\t1.–3. kv. 2025\t8 670\t88 434\n"
             "Inntektsdeling til Microsoft\t3. kv. 2025\t441\t4 498\n\n"
             "OpenAI betaler Microsoft 20 prosent av inntektene.")


def test_a_table_copied_with_tabs_takes_its_metric_from_the_row_and_its_period_from_a_cell():
    got = {c.value_text: c for c in read(TAB_TABLE, "nb").claims}
    assert [(v, got[v].metric, got[v].period.label(), got[v].unit, got[v].verdict) for v in ("3 767", "8 670", "441")] == [
        ("3 767", "inference_cost", "2024-01-01..2024-12-31", "USD", "supported"),
        ("8 670", "inference_cost", "2025-01-01..2025-09-30", "USD", "supported"),
        ("441", "revenue_share", "2025-07-01..2025-09-30", "USD", "contradicted")]
    assert (got["38 423"].unit, got["38 423"].verdict) == ("NOK", "unverifiable")
    assert "2024" not in got  # the period's cell is no figure


BOX = ("Übersicht 2: Vergleichsgrößen OpenAI (Angaben in Mio. USD, soweit nicht anders angegeben)\n"
       "  Inferenzkosten (Betrieb auf Microsoft Azure) 2024 ............ 3.767\n"
       "  Inferenzkosten 01.01.–30.09.2025 ............................. 8.670\n"
       "    davon 3. Quartal 2025 ...................................... 3.648\n"
       "  Umsatzbeteiligung an Microsoft 2024 .......................... 493,8\n")


def test_a_box_with_a_numbered_long_title_a_year_closing_a_label_and_a_part_of_the_row_before():
    got = [(c.value_text, c.metric, c.period.label(), c.value, c.verdict) for c in read(BOX, "de").claims]
    assert got == [("3.767", "inference_cost", "2024-01-01..2024-12-31", 3.767e9, "supported"),
                   ("8.670", "inference_cost", "2025-01-01..2025-09-30", 8.67e9, "supported"),
                   ("3.648", "inference_cost", "2025-07-01..2025-09-30", 3.648e9, "supported"),
                   ("493,8", "revenue_share", "2024-01-01..2024-12-31", 493.8e6, "supported")]


def test_a_changes_basis_with_a_possessive_is_also_the_period_of_the_figure_after_it():
    text = "Q3 2025 alone: $3.648B of OpenAI's inference, up ~24% on Q2's $2.947B."
    got = {c.value_text: c for c in read(text, "en").claims}
    assert (got["$2.947B"].period.label(), got["$2.947B"].verdict) == ("2025-04-01..2025-06-30", "supported")
    assert got["24%"].basis.period.label() == "2025-04-01..2025-06-30"


def test_a_glued_scale_with_a_sign_before_it_ends_a_sentence():
    text = ("So OpenAI's revenue Jan–Sep 2025 was at least ~$4.3B. Same docs say inference on Azure cost them $8.67B "
            "over those nine months.")
    got = {c.value_text: c for c in read(text, "en").claims}
    assert (got["~$4.3B"].metric if "~$4.3B" in got else got["$4.3B"].metric) == "revenue"


@pytest.mark.parametrize("text, date", [
    ("Hacker News\n[archived copy of news.ycombinator.com/item?id=45903117, saved 2025-11-13 18:20 UTC]\n\nText.",
     dt.date(2025, 11, 13)),
])
def test_an_archived_copys_date(text, date):
    assert find_dateline(text, get("en")) == date


def test_a_figure_read_from_context_twice_over_is_not_set_against_a_table_cell():
    text = TAB_TABLE + ("\n\nHele KI-beløpet for 2026 tilsvarer om lag 1,4 pst. av OpenAIs inferensutgifter i 1.–3. kv. 2025. "
                        "Sekretariatet mener at 400 mill. kr-posten bør knyttes til krav om norsk drift.")
    got = {c.value_text: c for c in read(text, "nb").claims}
    assert got["88 434"].verdict == "unverifiable"
    assert not [f for f in got["88 434"].findings if f.rule == "internal-consistency"]


def test_the_same_phrase_with_no_year_again_in_a_paragraph_is_the_same_period():
    text = ("STRAUB: Wenn ein Fünftel 865,9 Millionen sind, dann hat OpenAI in den ersten neun Monaten mindestens "
            "4,33 Milliarden Dollar umgesetzt. Für 2024 kommt man auf mindestens 2,47 Milliarden. Und die Umsatzkosten "
            "lagen in den ersten neun Monaten zwangsläufig über 8,6 Milliarden Dollar.")
    got = {c.value_text: c for c in read(text, "de", published=dt.date(2025, 11, 19)).claims}
    cost = got["8,6 Milliarden Dollar"]
    assert (cost.metric, cost.period.label(), cost.verdict) == ("cost_of_revenue", "2025-01-01..2025-09-30", "consistent")


def test_since_opens_a_clause_unless_a_time_follows():
    text = "OpenAI's cost of revenue for the first nine months of 2025 has to be ≥$8.6b since inference is only one piece of it."
    [claim] = read(text, "en").claims
    assert (claim.metric, claim.bound, claim.verdict) == ("cost_of_revenue", "gte", "consistent")
    [share] = read("OpenAI's revenue share since 2024 came to $1.36 billion.", "en").claims
    assert share.metric == "revenue_share"


def test_two_periods_one_after_the_other_said_to_be_added_up_are_one_stretch():
    text = "OpenAI's inference bill for 2024 and the first nine months of 2025 combined was $12.44 billion."
    [claim] = read(text, "en").claims
    assert (claim.period.label(), claim.verdict) == ("2024-01-01..2025-09-30", "supported")
    [other] = read("OpenAI spent $5 billion on inference and training combined in 2024.", "en").claims
    assert other.reading["caution"] == "another cost than the inference bill (training, pay, marketing)"


# -- holdout29's readings (twelfth session) ----------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, percent", [
    ("Im zuletzt abgelaufenen Quartal zahlte OpenAI 411 Mio. US-Dollar an Microsoft; das sind rund 47 % der Zahlungen "
     "der ersten neun Monate 2025.", "de", "47 %"),
    ("In Q3 2025 OpenAI paid Microsoft $411 million, about 47% of the payments of the first nine months of 2025.", "en", "47%"),
    ("I 3. kvartal 2025 betalte OpenAI 411 mill. dollar til Microsoft, om lag 47 prosent av betalingene i de ni første "
     "månedene av 2025.", "nb", "47 prosent"),
])
def test_a_per_cent_of_the_payments_is_a_part_of_them_not_the_rate(text, lang, percent):
    got = {c.value_text: c for c in read(text, lang).claims}
    assert (got[percent].metric, got[percent].verdict) == (None, "unverifiable")
    assert got[percent].reading["metric"] == "none: a per cent of the payments, not of the revenue the rate is of"


@pytest.mark.parametrize("text, lang, percent, whole", [
    ("Im Geschäftsjahr 2024 erzielte die Emittentin Umsatzerlöse von 41,7 Mio. EUR; hiervon entfielen rund 74 % auf "
     "Azure-OpenAI-basierte Produkte.", "de", "74 %", "41,7 Mio. EUR"),
    ("Microsoft's revenue was $281.7 billion, of which 20% came from Azure.", "en", "20%", "$281.7 billion"),
    ("Inntektene var 41,7 mill. euro, og av dette kom 74 prosent fra Azure-produkter.", "nb", "74 prosent", "41,7 mill. euro"),
])
def test_a_per_cent_pointing_back_to_the_amount_before_is_a_part_of_it(text, lang, percent, whole):
    got = {c.value_text: c for c in read(text, lang).claims}
    assert (got[percent].metric, got[percent].verdict) == (None, "unverifiable")
    assert whole in got[percent].reading["metric"]


@pytest.mark.parametrize("text, lang, percent", [
    ("OpenAI pays Microsoft 20% of its revenue. Even annualised, this is well under 1% of group revenue.", "en", "1%"),
    ("OpenAI zahlt Microsoft 20 % seines Umsatzes. Das sind deutlich unter 1 % des Konzernumsatzes.", "de", "1 %"),
    ("OpenAI betaler Microsoft 20 prosent av inntektene. Det er godt under 1 prosent av konsernets inntekter.", "nb", "1 prosent"),
])
def test_a_per_cent_of_group_revenue_is_not_the_revenue_share_rate(text, lang, percent):
    got = {c.value_text: c for c in read(text, lang).claims}
    assert (got[percent].metric, got[percent].verdict) == (None, "unverifiable")
    assert [c.verdict for c in got.values() if c.value_text != percent] == ["supported"]


TENDER = ("3 MARKEDSFORHOLD\n"
          "3.2 Ifølge lekkede dokumenter brukte OpenAI 8,67 mrd. USD på inferens i de ni første månedene av 2025. "
          "I 1. halvår 2025 var den 5,02 mrd. USD, og fra 2. til 3. kvartal 2025 økte den med om lag 24 pst.\n"
          "3.3 OpenAI betaler 20 pst. av inntektene sine til Microsoft. Dette utgjorde 865,9 mill. USD for "
          "januar–september 2025. Omregnet med Norges Banks kurs 10,15 kr per USD tilsvarer det om lag 8,8 mrd. kr. "
          "For Microsofts regnskapsår 2025, som endte 30. juni 2025, utgjorde betalingene om lag 0,76 mrd. USD.")


def test_a_numbered_section_is_an_item_of_its_own():
    got = {c.value_text: c for c in read(TENDER, "nb", published=dt.date(2025, 12, 3)).claims}
    assert (got["24 pst."].kind, got["24 pst."].metric, got["24 pst."].verdict) == ("growth", "inference_cost", "supported")
    assert (got["20 pst."].metric, got["20 pst."].verdict) == ("revenue_share_rate", "supported")
    assert (got["865,9 mill. USD"].metric, got["865,9 mill. USD"].verdict) == ("revenue_share", "supported")


def test_an_amount_restated_in_another_currency_in_the_next_sentence_and_a_currency_stop_ending_a_sentence():
    got = {c.value_text: c for c in read(TENDER, "nb", published=dt.date(2025, 12, 3)).claims}
    nok = got["8,8 mrd. kr."]
    assert (nok.metric, nok.period.label(), nok.unit) == ("revenue_share", "2025-01-01..2025-09-30", "NOK")
    assert got["10,15 kr"].reading["caution"] == "an amount per unit (per dollar, per user), not a total"
    fiscal = got["0,76 mrd. USD"]
    assert (fiscal.metric, fiscal.period.label(), fiscal.verdict) == ("revenue_share", "2024-07-01..2025-06-30", "supported")


@pytest.mark.parametrize("text, lang", [
    ("Inference costs rose by about 24% from Q2 2025 to Q3 2025 at OpenAI.", "en"),
    ("Fra 2. til 3. kvartal 2025 økte OpenAIs inferenskostnad med om lag 24 prosent.", "nb"),
    ("Vom zweiten zum dritten Quartal 2025 stiegen die Inferenzkosten von OpenAI um rund 24 Prozent.", "de"),
])
def test_a_change_verb_with_a_qualifier_after_by_is_a_change(text, lang):
    [claim] = read(text, lang).claims
    assert (claim.kind, claim.bound, claim.verdict) == ("growth", "approx", "supported")


@pytest.mark.parametrize("text, lang", [
    ("OpenAI paid Microsoft $865.9 million for January–September 2025.", "en"),
    ("OpenAI betalte 865,9 mill. USD til Microsoft for de ni første månedene av 2025.", "nb"),
])
def test_paid_for_a_period_is_not_paid_for_something_bought(text, lang):
    [claim] = read(text, lang).claims
    assert (claim.metric, claim.period.label(), claim.verdict) == ("revenue_share", "2025-01-01..2025-09-30", "supported")
    [other] = read("OpenAI paid Microsoft $50 million for Bing search API access in 2025.", "en").claims
    assert other.metric is None


def test_a_bracket_after_a_company_suffix_does_not_start_a_sentence():
    text = ("Die Inferenzkosten lagen in den ersten drei Quartalen 2025 bei 8,67 Mrd. US-Dollar. Die Umsatzbeteiligung, "
            "die 20 % der Erlöse beträgt, lag im selben Zeitraum bei 865,9 Mio. US-Dollar; im Geschäftsjahr 2025 der "
            "Microsoft Corp. (Juli 2024 bis Juni 2025) waren es rund 761 Mio. US-Dollar.")
    got = {c.value_text: c for c in read(text, "de", published=dt.date(2025, 11, 24)).claims}
    assert (got["865,9 Mio. US-Dollar"].period.label(), got["865,9 Mio. US-Dollar"].verdict) == (
        "2025-01-01..2025-09-30", "supported")
    assert (got["761 Mio. US-Dollar"].period.label(), got["761 Mio. US-Dollar"].verdict) == (
        "2024-07-01..2025-06-30", "supported")


@pytest.mark.parametrize("text, lang", [
    ("KARI: Microsoft får tjue prosent av inntektene til OpenAI. I fjor ble det 493,8 millioner dollar, og i år, "
     "fram til september, 865,9 millioner.", "nb"),
    ("OpenAI paid Microsoft $493.8 million last year and, this year, through September, $865.9 million.", "en"),
])
def test_this_year_through_a_month_undated_is_nine_months_not_last_years_twelve(text, lang):
    got = [c for c in read(text, lang).claims if c.kind == "amount"]
    assert [(c.period.label(), c.period.how, c.verdict) for c in got] == [
        ("2024-01-01..2024-12-31", "inferred", "supported"), ("2025-01-01..2025-09-30", "inferred", "supported")]


@pytest.mark.parametrize("text, lang, date", [
    ("Manus, versjon 3 – 28.11.2025. Forfatter: Randi Holt.\n\nTekst.", "nb", dt.date(2025, 11, 28)),
    ("Script, version 3 – 28 November 2025.\n\nText.", "en", dt.date(2025, 11, 28)),
    ("Manuskript, Fassung 3 vom 28. November 2025.\n\nText.", "de", dt.date(2025, 11, 28)),
    ("data: row doesn't match #47\n✓ Closed   mhagen opened this issue on Nov 15, 2025 · 6 comments\n\nText.", "en",
     dt.date(2025, 11, 15)),
])
def test_a_documents_version_date_and_an_issues_opening_date(text, lang, date):
    assert find_dateline(text, get(lang)) == date


def test_the_first_months_of_a_calendar_year_and_a_fiscal_year_in_one_sentence():
    text = ("The same documents put OpenAI's spend on Azure inference at $8.67 billion for the first nine months of "
            "calendar 2025, and at $8.49 billion over Microsoft's fiscal 2025.")
    got = {c.value_text: c for c in read(text, "en").claims}
    assert (got["$8.67 billion"].period.label(), got["$8.67 billion"].verdict) == ("2025-01-01..2025-09-30", "supported")
    assert (got["$8.49 billion"].period.label(), got["$8.49 billion"].verdict) == ("2024-07-01..2025-06-30", "contradicted")


def test_ca_is_approximate_and_an_annualised_revenue_rate_is_annualised_revenue():
    text = ("Die Kosten lagen bei ca. 7,5 Mrd. EUR. OpenAI strebt eine annualisierte Umsatzrate von über 20 Mrd. "
            "US-Dollar an.")
    got = {c.value_text: c for c in read(text, "de").claims}
    assert got["7,5 Mrd. EUR"].bound == "approx"
    assert got["20 Mrd. US-Dollar"].metric == "annualized_revenue"


@pytest.mark.parametrize("text, lang", [
    ("Det heter inferens. De tre første kvartalene i år kosta det 8,67 milliarder dollar.", "nb"),
    ("Das nennt man Inferenz. In den ersten drei Quartalen 2025 kostete das 8,67 Mrd. Dollar.", "de"),
])
def test_what_it_cost_points_back_to_the_topic_the_sentence_before_named(text, lang):
    [claim] = read(text, lang).claims
    assert claim.metric == "inference_cost"
    assert claim.reading["metric"].startswith("context: what the sentence before named")


def test_data_centre_contracts_are_a_compute_commitment():
    [claim] = read("OpenAI hat zudem mit Oracle Rechenzentrumsverträge über rund 300 Mrd. US-Dollar abgeschlossen.", "de").claims
    assert (claim.metric, claim.bound) == ("compute_commitment", "approx")


# -- holdout30's readings ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, paid", [
    ("Microsoft's share is reported as 20% of OpenAI's revenue. The $454 million paid in the first half of calendar "
     "2025 therefore implies OpenAI revenue of at least $2.27 billion in those six months.", "en", "$454 million"),
    ("Microsoft erhält 20 % der Erlöse der OpenAI; aus den Zahlungen des zweiten Halbjahres 2024 von 307 Mio. "
     "US-Dollar leitet die Kandidatin einen Umsatz von mindestens 1,53 Mrd. US-Dollar ab.", "de", "307 Mio. US-Dollar"),
])
def test_a_metric_word_joined_to_the_next_figure_by_of_is_that_figures(text, lang, paid):
    got = {c.value_text: c for c in read(text, lang).claims}
    assert (got[paid].metric, got[paid].bound, got[paid].verdict) == ("revenue_share", "eq", "supported")
    [floor] = [c for c in got.values() if c.metric == "revenue"]
    assert (floor.bound, floor.verdict) == ("gte", "supported")


def test_a_translations_plural_currencies_and_french_milliards():
    text = ("PARIS, 14. Nov. 2025 (AFP) – Auf die Gesamtheit von 2024 hatten sich die Ausgaben für Inferenz von OpenAI "
            "auf 3,77 Md$ belaufen. Mistral AI ist mit 11,7 Milliarden Euros bewertet.")
    got = {c.value_text: c for c in read(text, "de").claims}
    assert (got["3,77 Md$"].value, got["3,77 Md$"].unit, got["3,77 Md$"].verdict) == (3.77e9, "USD", "supported")
    assert (got["11,7 Milliarden Euros"].value, got["11,7 Milliarden Euros"].unit) == (11.7e9, "EUR")


def test_the_nine_first_months_in_a_translations_word_order():
    text = "PARIS, 14. Nov. 2025 (AFP) – OpenAI hat in den neun ersten Monaten des Jahres 8,67 Milliarden Dollars für Inferenz ausgegeben."
    [claim] = read(text, "de").claims
    assert (claim.period.label(), claim.verdict) == ("2025-01-01..2025-09-30", "supported")


@pytest.mark.parametrize("text, lang, figure", [
    ("Die Emittentin vertreibt KI-Anwendungen, die auf Sprachmodellen der OpenAI beruhen. Im Geschäftsjahr 2024 "
     "erzielte die Emittentin Umsatzerlöse von 41,7 Mio. EUR.", "de", "41,7 Mio. EUR"),
    ("The issuer sells applications built on OpenAI's models. In 2024 the issuer had revenue of EUR 41.7 million.",
     "en", "EUR 41.7 million"),
])
def test_a_prospectus_issuer_is_a_company_the_text_does_not_name_not_the_one_before(text, lang, figure):
    got = {c.value_text: c for c in read(text, lang).claims}
    assert (got[figure].entity, got[figure].metric) == (None, "revenue")


def test_a_decimal_with_a_scale_word_opening_a_line_is_no_numbered_section():
    from claims.annotate import ITEM_LINE
    assert ITEM_LINE.search("… økte den med 24 pst.\n3.3 OpenAI betaler 20 pst.") is not None
    assert ITEM_LINE.search("OpenAI gab\n3.2 Milliarden Dollar aus") is None
