"""Markdown tables: every numeric cell is a claim, read from its header and row."""
import pytest

from claims.tables import find_tables
from pipeline import ArticleInput, check_article

TABLE = """OpenAI in Zahlen:

| Quartal (Kalenderjahr) | Inferenzkosten (Mrd. US‑$) | Microsoft-Umsatzbeteiligung (Mrd. US‑$) | Impliziter OpenAI-Umsatz, Minimum* (Mrd. US‑$) |
|---|---|---|---|
| Q1 2024 | 0,547 | 0,077 | 0,387 |
| Q2 2025 | 2,947 | 0,248 | 1,242 |
"""


def test_every_cell_is_a_claim_with_header_and_row():
    result = check_article(TABLE, ArticleInput(language="de"))
    got = {c.value_text: c for c in result.claims}
    assert list(got) == ["0,547", "0,077", "0,387", "2,947", "0,248", "1,242"]
    for c in result.claims:
        assert TABLE[c.span[0]:c.span[1]] == c.value_text
        assert c.unit == "USD"
    c = got["0,547"]
    assert (c.value, c.precision, c.metric, c.entity) == (547e6, 5e5, "inference_cost", "OpenAI")
    assert (c.period.label(), c.period.how) == ("2024-01-01..2024-03-31", "context")
    assert (got["0,077"].metric, got["0,077"].entity) == ("revenue_share", "Microsoft")
    assert (got["1,242"].metric, got["1,242"].bound, got["1,242"].period.label()) == \
        ("revenue", "gte", "2025-04-01..2025-06-30")


def test_table_cells_are_checked():
    result = check_article(TABLE, ArticleInput(language="de"))
    assert {c.value_text: c.verdict for c in result.claims} == {
        "0,547": "supported", "0,077": "supported", "0,387": "supported",
        "2,947": "supported", "0,248": "supported", "1,242": "supported"}


def test_row_labels_are_not_claims():
    result = check_article(TABLE, ArticleInput(language="de"))
    assert not any("Q1" in c.value_text or "2024" in c.value_text for c in result.claims)


def test_a_wrong_cell_is_contradicted():
    wrong = TABLE.replace("| 2,947 |", "| 2,497 |")
    result = check_article(wrong, ArticleInput(language="de"))
    c = next(c for c in result.claims if c.value_text == "2,497")
    assert c.verdict == "contradicted"
    assert "2.947" in c.findings[0].message


def test_a_caption_with_a_currency_sign_and_a_one_letter_scale():
    text = ("OpenAI's leaked figures.\n\n**Half by half ($m)**\n\n| Period | Inference | Paid to Microsoft |\n"
            "|---|---:|---:|\n| H1 2024 | 1,295 | 187 |\n| Q3 2025 | 3,648 | 411 |\n")
    got = {c.value_text: c for c in check_article(text, ArticleInput(language="en")).claims}
    assert (got["1,295"].value, got["1,295"].unit, got["1,295"].verdict) == (1295e6, "USD", "supported")
    assert (got["411"].value, got["411"].metric, got["411"].verdict) == (411e6, "revenue_share", "supported")


ALIGNED = """Veröffentlicht am 22. November 2025

Was OpenAI bei Microsoft bezahlt. Microsoft nennt die Zahlen nicht ganz richtig, sagt Microsoft.

Die Übersicht nach Microsofts Halbjahren:

Zeitraum                          Inferenz       Zahlung an Microsoft
                                  (Mrd. US-$)    (Mio. US-$)
Jul.–Dez. 2024 (GJ 2025, H1)      2,472          307
Jan.–Jun. 2025 (GJ 2025, H2)      5,022          454
Jul.–Sep. 2025 (GJ 2026, Q1)      3,648          441

Quelle: geleakte Unterlagen.
"""


def test_a_table_of_columns_aligned_with_spaces():
    """Cells parted by two spaces or more, a header of two lines read as one cell per column, the row
    label's month range ("Jul.–Dez. 2024") as the period; the payer owns the figures, not Microsoft,
    whom the explainer names most but who sells the inference and is paid the share."""
    result = check_article(ALIGNED, ArticleInput(language="de"))
    got = {c.value_text: (c.entity, c.metric, c.value, c.period.start.isoformat(), c.period.end.isoformat(), c.verdict)
           for c in result.claims}
    assert got["2,472"] == ("OpenAI", "inference_cost", 2.472e9, "2024-07-01", "2024-12-31", "supported")
    assert got["454"] == ("OpenAI", "revenue_share", 454e6, "2025-01-01", "2025-06-30", "supported")
    assert got["441"][5] == "contradicted"  # 411 in the leak
    assert all(ALIGNED[c.span[0]:c.span[1]] == c.value_text for c in result.claims)


@pytest.mark.parametrize("text", [
    "He said  it was  fine.\nShe said  it was  not.\nThey said  it was  odd.\n",  # double spaces in prose
    "Rank  Team  Points\n1  Molde  54\n2  Bodø  51 and 3\n",  # cells that do not line up
])
def test_prose_with_double_spaces_is_not_an_aligned_table(text):
    assert find_tables(text) == []


def test_a_separator_line_with_one_or_two_dashes_per_cell():
    """"|:--|--:|--:|" (GFM asks for three dashes; writers use fewer), with footnote marks in the header."""
    text = ("**Tabell 1: OpenAI og Microsoft – kvartalstall fra dokumentene[^1]**\n\n"
            "| Kvartal (kalenderår) | OpenAIs inferens på Azure (mill. USD) | OpenAIs inntektsdeling til Microsoft "
            "(mill. USD)[^2] |\n|:--|--:|--:|\n| 4. kv. 2024 | 1 467 | 196 |\n| 1. kv. 2025 | 2 075 | 206 |\n")
    got = {c.value_text: c for c in check_article(text, ArticleInput(language="nb")).claims}
    assert list(got) == ["1 467", "196", "2 075", "206"]
    assert (got["1 467"].metric, got["1 467"].period.label(), got["1 467"].verdict) == (
        "inference_cost", "2024-10-01..2024-12-31", "supported")
    assert (got["196"].metric, got["196"].verdict) == ("revenue_share", "contradicted")  # the leak: 168


def test_a_key_figures_box_with_dot_leaders():
    """Each row's label names its metric, company and period; the box's title gives the unit. A box row
    without leaders does not end the box's title; a share price is not a key figure in millions."""
    text = ("Vi har gått gjennom tallene.\n\n"
            "+------------------------------------------------+\n"
            "| NØKKELTALL (mill. USD)                          |\n"
            "+------------------------------------------------+\n"
            "| OpenAI, inferens på Azure, 2024 ......... 3 767 |\n"
            "| OpenAI, inferens på Azure, 1.–3. kv. 2025 .... 8 670 |\n"
            "| OpenAI, inferens på Azure, 3. kv. 2025 .... 3 648 |\n"
            "| OpenAI, inferens, endring mot 3. kv. 2024 +263 % |\n"
            "| Inntektsdeling til Microsoft, 2024 ...... 493,8 |\n"
            "| Inntektsdeling til Microsoft, 1.–3. kv. 2025 .... 865,9 |\n"
            "| Microsoft-aksjen (USD, sluttkurs 19.11.) .... 486,74 |\n"
            "+------------------------------------------------+\n")
    got = {c.value_text: c for c in check_article(text, ArticleInput(language="nb")).claims}
    year = got["3 767"]
    assert (year.value, year.metric, year.entity, year.period.label(), year.verdict) == (
        3767e6, "inference_cost", "OpenAI", "2024-01-01..2024-12-31", "supported")
    assert year.reading["unit"] == "the box's title: 'NØKKELTALL (mill. USD)'"
    assert (got["3 648"].period.label(), got["3 648"].verdict) == ("2025-07-01..2025-09-30", "supported")
    share = got["865,9"]
    assert (share.metric, share.period.label(), share.verdict) == ("revenue_share", "2025-01-01..2025-09-30", "supported")
    assert (got["493,8"].metric, got["493,8"].verdict) == ("revenue_share", "supported")
    assert "486,74" not in got  # a share price ("sluttkurs") is no level in the box's millions
    assert (got["8 670"].period.label(), got["8 670"].verdict) == ("2025-01-01..2025-09-30", "supported")


RIGHT_ALIGNED = """OpenAI spent $3.77 billion on inference in 2024.

Exhibit 2   OpenAI: inference spend and payments to Microsoft, 2025
            ($ millions)

Quarter           Inference on Azure    Paid to Microsoft
Q1 2025                  2,075                  206
Q2 2025                  2,947                  248
Jan-Sep 2025             8,670                  865.9
"""


def test_an_aligned_table_with_figures_set_flush_right():
    """Figures right-aligned under headings wider than them ("206" over "865.9"): each heading goes to the
    column it stands over; the caption above gives the scale."""
    got = {c.value_text: c for c in check_article(RIGHT_ALIGNED, ArticleInput(language="en")).claims}
    assert (got["2,947"].metric, got["2,947"].value, got["2,947"].period.label(), got["2,947"].verdict) == (
        "inference_cost", 2.947e9, "2025-04-01..2025-06-30", "supported")
    assert (got["865.9"].metric, got["865.9"].value, got["865.9"].verdict) == ("revenue_share", 865.9e6, "supported")
    assert all(RIGHT_ALIGNED[c.span[0]:c.span[1]] == c.value_text for c in got.values())


def test_a_heading_over_two_columns_is_prose_not_a_header():
    text = "Quarter      Inference spend on Azure and paid\nQ1 2025      2,075        206\nQ2 2025      2,947        248\n"
    assert find_tables(text) == []


CHART = """UKENS GRAF · Lørdag 29. november 2025

Inferenskostnader per kvartal, mill. dollar
1. kv. 2024  ███                    547
2. kv. 2024  ████                   748
3. kv. 2025  ████████████████████   3 648
             |         |         |
             0       1 000     2 000
Kilde: dokumentene.

Samlet ble OpenAIs regning 3,77 mrd. dollar i fjor.
"""


def test_a_bar_chart_drawn_in_text():
    """Bars of block characters are no cells; the rows end where the axis begins (its ticks are no
    figures); the title gives metric and unit; the cost word after it means the charted cost."""
    got = {c.value_text: c for c in check_article(CHART, ArticleInput(language="nb")).claims}
    assert list(got) == ["547", "748", "3 648", "3,77 mrd. dollar"]
    assert (got["748"].metric, got["748"].value, got["748"].period.label(), got["748"].verdict) == (
        "inference_cost", 748e6, "2024-04-01..2024-06-30", "supported")
    assert (got["3,77 mrd. dollar"].metric, got["3,77 mrd. dollar"].verdict) == ("inference_cost", "supported")


BORDERLESS = """Tabell 1 viser utvalgte kvartalstall for OpenAI.

Kvartal         | Inferens (mrd. USD) | Betaling til Microsoft (mill. USD)
2. kvartal 2024 | 0,748               | 110
3. kvartal 2025 | 3,648               | 418
"""


def test_a_pipe_table_with_no_line_under_its_header():
    """Pipes, no borders, no "|---|" line: the cells were not read at all (eight figures missed)."""
    (table,) = find_tables(BORDERLESS)
    assert [c.text for c in table.header] == ["Kvartal", "Inferens (mrd. USD)", "Betaling til Microsoft (mill. USD)"]
    result = check_article(BORDERLESS, ArticleInput(language="nb"))
    got = {c.value_text: c for c in result.claims}
    assert all(BORDERLESS[c.span[0]:c.span[1]] == c.value_text for c in result.claims)
    assert (got["0,748"].value, got["0,748"].metric, got["0,748"].period.label(), got["0,748"].verdict) == \
        (748e6, "inference_cost", "2024-04-01..2024-06-30", "supported")
    assert (got["418"].value, got["418"].metric, got["418"].verdict) == (418e6, "revenue_share", "contradicted")


@pytest.mark.parametrize("text", [
    "Home | News | Business\nSport | Culture | Weather\n",  # a menu: no figures
    "Scores: Brann 2 | Molde 1\n",  # one line
    "a | b\n1 | 2\n",  # a header and one row
])
def test_lines_with_pipes_that_are_no_table(text):
    assert find_tables(text) == []


TITLED = """OpenAIs betalinger til Microsoft

Kvartal        Betalinger (mill. dollar)   Vekst fra kvartalet før, prosent
1. kv. 2025    206                         22,6
2. kv. 2025    248                         20,4
3. kv. 2025    411                         56,7
"""


def test_an_amount_column_naming_no_metric_takes_the_one_the_title_names():
    """"Betalinger (mill. dollar)" names no metric: the title, "OpenAIs betalinger til Microsoft", does. The wrong
    growth beside it (56,7 for 65,7) was missed."""
    result = check_article(TITLED, ArticleInput(language="nb", published="2025-11-14"))
    got = {c.value_text: c for c in result.claims}
    assert (got["411"].value, got["411"].entity, got["411"].metric, got["411"].verdict) == \
        (411e6, "OpenAI", "revenue_share", "supported")
    assert "under the title 'OpenAIs betalinger til Microsoft'" in got["411"].reading["metric"]
    assert (got["56,7"].kind, got["56,7"].verdict, got["20,4"].verdict) == ("growth", "contradicted", "supported")


def test_a_title_naming_two_metrics_lends_none():
    text = TITLED.replace("OpenAIs betalinger til Microsoft", "OpenAIs inferenskostnader og betalinger til Microsoft")
    got = {c.value_text: c for c in check_article(text, ArticleInput(language="nb", published="2025-11-14")).claims}
    assert got["411"].metric is None


def test_a_column_of_changes_in_money_holds_no_levels():
    """"Change on previous quarter ($m)" beside "Payments ($m)": 38, 42 and 163 were read as payments and
    flagged against 206, 248 and 411, once the title lent the level column its metric."""
    text = ("OpenAI's payments to Microsoft\n\nQuarter    Payments ($m)   Change on previous quarter ($m)\n"
            "Q1 2025    206             38\nQ2 2025    248             42\nQ3 2025    411             163\n")
    got = {c.value_text: c for c in check_article(text, ArticleInput(language="en", published="2025-11-14")).claims}
    assert (got["411"].metric, got["411"].verdict) == ("revenue_share", "supported")
    assert [(got[v].metric, got[v].verdict) for v in ("38", "42", "163")] == [(None, "unverifiable")] * 3


ACROSS = """Tabell 1: OpenAI – kvartalstall fra lekkasjen (mill. USD)

                     1K25     2K25     3K25
Inferens (Azure)    2 075    2 947    3 648
Inntektsdeling        206      248      511
"""


def test_a_table_with_its_periods_across_the_top():
    """Periods as the columns ("1K25 2K25 3K25") and a metric to each row: the header was taken for a row of
    figures ("1K" read as 1,000) and the table not read at all (holdout19, six figures missed)."""
    (table,) = find_tables(ACROSS)
    assert [c.text for c in table.header] == ["", "1K25", "2K25", "3K25"]
    result = check_article(ACROSS, ArticleInput(language="nb", published="2025-11-14"))
    got = {c.value_text: c for c in result.claims}
    assert all(ACROSS[c.span[0]:c.span[1]] == c.value_text for c in result.claims)
    assert (got["2 947"].value, got["2 947"].entity, got["2 947"].metric, got["2 947"].period.label(),
            got["2 947"].verdict) == (2947e6, "OpenAI", "inference_cost", "2025-04-01..2025-06-30", "supported")
    assert (got["511"].metric, got["511"].period.label(), got["511"].verdict) == \
        ("revenue_share", "2025-07-01..2025-09-30", "contradicted")
    assert got["2 947"].reading["period"] == "table column: '2K25'"
    assert not any(c.value_text in ("1K", "2K", "3K") for c in result.claims)


def test_a_table_of_quarters_across_in_english():
    text = ("OpenAI and Microsoft, quarter by quarter ($m)\n\n"
            "                         Q1 2025    Q2 2025    Q3 2025\n"
            "Inference                  2,075      2,947      3,648\n"
            "Payments to Microsoft        206        248        411\n")
    got = {c.value_text: c for c in check_article(text, ArticleInput(language="en", published="2025-11-14")).claims}
    assert [(got[v].metric, got[v].verdict) for v in ("2,075", "2,947", "3,648")] == [("inference_cost", "supported")] * 3
    assert (got["248"].metric, got["248"].period.label(), got["248"].verdict) == \
        ("revenue_share", "2025-04-01..2025-06-30", "supported")


@pytest.mark.parametrize("lang, header, cells, want", [
    ("nb", "1. halvår 2024   2. halvår 2024   1. halvår 2025", "1,30             2,47             5,12",
     [("2024-01-01..2024-06-30", "supported"), ("2024-07-01..2024-12-31", "supported"),
      ("2025-01-01..2025-06-30", "contradicted")]),
    ("de", "1. Halbjahr 2024   2. Halbjahr 2024   1. Halbjahr 2025", "1,30               2,47               5,02",
     [("2024-01-01..2024-06-30", "supported"), ("2024-07-01..2024-12-31", "supported"),
      ("2025-01-01..2025-06-30", "supported")]),
    ("en", "1st half 2024   2nd half 2024   1st half 2025", "1.30            2.47            5.02",
     [("2024-01-01..2024-06-30", "supported"), ("2024-07-01..2024-12-31", "supported"),
      ("2025-01-01..2025-06-30", "supported")]),
])
def test_a_table_with_half_years_written_out_across_the_top(lang, header, cells, want):
    """"1. halvår 2024" over a column: the header holds figures, so the block was taken for rows of figures with no
    header and none of its cells was read (holdout22, nine cells missed)."""
    label = {"nb": "Inferens (mrd. USD)", "de": "Inferenz (Mrd. USD)", "en": "Inference ($bn)"}[lang]
    text = f"OpenAI\n\n{' ' * 24}{header}\n{label:<24}{cells}\n{label:<24}{cells}\n"
    (table,) = find_tables(text)
    assert [c.text for c in table.header[1:]] == [h.strip() for h in header.split("   ") if h.strip()]
    claims = check_article(text, ArticleInput(language=lang, published="2025-11-18")).claims
    assert all(text[c.span[0]:c.span[1]] == c.value_text for c in claims)
    assert [(c.metric, c.period.label(), c.verdict) for c in claims[:3]] == [("inference_cost", *w) for w in want]


def test_a_date_over_a_column_is_no_period_of_the_figures():
    """"1. juli 2025" has the shape of "1. halvår 2025": the column's figures take no period from it."""
    text = ("OpenAI\n\n                       1. juli 2025   1. juli 2024\n"
            "Inferens (mrd. USD)            3,65           1,00\n"
            "Betalt (mill. USD)              411            139\n")
    claims = check_article(text, ArticleInput(language="nb", published="2025-11-18")).claims
    assert [c.value_text for c in claims] == ["3,65", "1,00", "411", "139"]
    assert [c.period for c in claims] == [None] * 4 and {c.verdict for c in claims} == {"unverifiable"}


def test_a_column_naming_no_metric_says_so():
    text = "OpenAI\n\n                    2024     2025\nBetalt (mill. USD)   494      866\nSum (mill. USD)      494      866\n"
    claims = check_article(text, ArticleInput(language="nb", published="2025-11-18")).claims
    assert claims[0].reading["metric"] == "none: 'Betalt (mill. USD)' names no metric"


CSV = """OpenAIs Zahlen zum Kopieren, in Mio. USD:

Quartal;Zeitraum;Inferenz (Mio. USD);Umsatzbeteiligung an Microsoft (Mio. USD);Inferenz ggü. Vorquartal (%)
Q1/2025;01.01.–31.03.2025;2.075;206;+41,4
Q2/2025;01.04.–30.06.2025;2.947;248;+42,0
Summe Q1–Q3;01.01.–30.09.2025;8.670;865,9;
"""


def test_rows_pasted_from_a_spreadsheets_csv_export():
    """Semicolons between the cells: none of the 15 figures was read; the dates' column is when, not what."""
    (table,) = find_tables(CSV)
    assert [c.text for c in table.header][:3] == ["Quartal", "Zeitraum", "Inferenz (Mio. USD)"]
    result = check_article(CSV, ArticleInput(language="de"))
    assert all(CSV[c.span[0]:c.span[1]] == c.value_text for c in result.claims)
    got = [(c.value_text, c.value, c.metric, c.period.label(), c.verdict) for c in result.claims]
    assert got == [
        ("2.075", 2.075e9, "inference_cost", "2025-01-01..2025-03-31", "supported"),
        ("206", 206e6, "revenue_share", "2025-01-01..2025-03-31", "supported"),
        ("41,4", 41.4, "inference_cost", "2025-01-01..2025-03-31", "supported"),  # per cent, not millions
        ("2.947", 2.947e9, "inference_cost", "2025-04-01..2025-06-30", "supported"),
        ("248", 248e6, "revenue_share", "2025-04-01..2025-06-30", "supported"),
        ("42,0", 42.0, "inference_cost", "2025-04-01..2025-06-30", "supported"),
        ("8.670", 8.67e9, "inference_cost", "2025-01-01..2025-09-30", "supported"),  # the dates' cell says when
        ("865,9", 865.9e6, "revenue_share", "2025-01-01..2025-09-30", "supported"),
    ]


def test_lines_with_semicolons_and_long_cells_are_prose_not_a_table():
    text = ("Notes; the first one is long enough to be prose and not a spreadsheet cell at all, surely; yes\n"
            "Then; we said that the costs of 2024 were far too high for anyone to carry for long; 3\n"
            "And; they replied that the figures for 2025 would be higher still, by all accounts; 4\n")
    assert find_tables(text) == []
    short = text.replace("the first one is long enough to be prose and not a spreadsheet cell at all, surely", "a")
    assert find_tables(short.replace("we said that the costs of 2024 were far too high for anyone to carry for long", "b")
                       .replace("they replied that the figures for 2025 would be higher still, by all accounts", "c")) != []


EXHIBIT_WITH_CHANGE = """EXHIBIT 3
OpenAI-related flows, calendar quarters, US$ millions

                    Q2 2025     Q3 2025     Change
Azure inference       2,947       3,648      +24%
Revenue share           248         411      +40%
"""


def test_a_change_column_after_period_columns_holds_changes_between_the_last_two():
    result = check_article(EXHIBIT_WITH_CHANGE, ArticleInput(language="en"))
    assert all(EXHIBIT_WITH_CHANGE[c.span[0]:c.span[1]] == c.value_text for c in result.claims)
    got = [(c.value_text, c.kind, c.metric, c.period.label(), c.basis.period.label() if c.basis else None, c.verdict)
           for c in result.claims]
    assert got == [
        ("2,947", "amount", "inference_cost", "2025-04-01..2025-06-30", None, "supported"),
        ("3,648", "amount", "inference_cost", "2025-07-01..2025-09-30", None, "supported"),
        ("24%", "growth", "inference_cost", "2025-07-01..2025-09-30", "2025-04-01..2025-06-30", "supported"),
        ("248", "amount", "revenue_share", "2025-04-01..2025-06-30", None, "supported"),
        ("411", "amount", "revenue_share", "2025-07-01..2025-09-30", None, "supported"),
        ("40%", "growth", "revenue_share", "2025-07-01..2025-09-30", "2025-04-01..2025-06-30", "contradicted"),
    ]
