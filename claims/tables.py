"""Markdown tables: every numeric cell is a claim. The header gives the metric,
the company, the unit and scale ("Inferenzkosten (Mrd. US‑$)"); the row's first
cell gives the period ("Q1 2024")."""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from dataclasses import dataclass
from typing import Callable, Optional

from claims.annotate import Sentence, paid_metrics
from claims.extract import Draft, normalise_words
from claims.lexicon import Lexicon, alternation, fold
from claims.lang import common
from claims.numbers import QUARTER_CODE_TEXT, NumberFinder
from claims.periods import PeriodPhrase, PeriodResolver, shift
from models import PERCENT_OF, Basis, months

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
SEPARATOR_CELL = re.compile(r":?-{1,}:?")
DIGIT_CELL = re.compile(r"\A[^\d|]{0,8}\d")  # a cell that opens with a figure ("0,748", "$110", "≈ 3,6")  # GFM asks for three dashes; writers use one or two ("|:--|--:|")


def is_separator(line: str) -> bool:
    """'|---|:---:|', the line under a table's header. Split rather than one regex: a
    pattern with optional spaces around optional pipes backtracks cubically on a long
    blank line."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    return all(SEPARATOR_CELL.fullmatch(cell.strip()) for cell in body.split("|"))


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    header: list[Cell]
    rows: list[tuple[int, int, list[Cell]]]  # line start, line end, cells
    caption: str = ""  # the line before the table ("Quarter by quarter, in $ million:")
    leaders: bool = False  # a key-figures box: each row's label names its own metric, company and period


@dataclass(frozen=True)
class Column:
    metric: Optional[str]
    entity: Optional[str]
    scale: float
    unit: Optional[str]
    bound: Optional[str]
    header: str
    change: bool = False  # "Change on previous quarter": its figures are changes of a level, not levels
    step: Optional[str] = None  # what a change is on: "quarter" or "year" back from the row's period
    titled: str = ""  # the table's title, when it named the metric the header does not


def split_cells(line: str, offset: int, sep: str = "|") -> list[Cell]:
    cells, pos = [], 0
    for part in line.split(sep):
        raw_start = pos
        pos += len(part) + 1
        stripped = part.strip()
        if not stripped and raw_start in (0, len(line)):
            continue
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(offset + raw_start + lead, offset + raw_start + lead + len(stripped), stripped))
    if line.strip().endswith(sep) and cells and not cells[-1].text:
        cells.pop()
    return cells


def find_tables(text: str) -> list[Table]:
    """Pipe tables (a header line, a |---| line, then rows), semicolon-separated rows pasted from a spreadsheet
    and tables of columns aligned with spaces."""
    piped = "|" in text  # a pipe header (and, in Markdown, the line under it)
    semicolons = ";" in text or "\t" in text
    aligned = "  " in text and COLUMN_GAP.search(text) is not None  # (most articles have neither: cheap tests first)
    leaders = "...." in text or "……" in text
    if not (piped or semicolons or aligned or leaders):
        return []
    lines, pos = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    tables = _pipe_tables(lines) if piped else []
    if semicolons:
        taken = [(t.start, t.end) for t in tables]
        tables += [t for t in _csv_tables(lines) if not any(a <= t.start < b for a, b in taken)]
    if aligned:
        taken = [(t.start, t.end) for t in tables]
        tables += [t for t in _aligned_tables(lines) if not any(a <= t.start < b for a, b in taken)]
    if leaders:
        taken = [(t.start, t.end) for t in tables]
        tables += [t for t in _leader_tables(lines) if not any(a <= t.start < b or t.start <= a < t.end for a, b in taken)]
    return sorted(tables, key=lambda t: t.start)


# A key-figures box: rows of a label, dot leaders and a figure ("| OpenAI, inferens på Azure, 2024 ......
# 3 767 |"), at least LEADER_ROWS in a row (border lines between them allowed), under a title line that
# may give the unit ("NØKKELTALL (mill. USD)").
LEADERS = re.compile(r"\.{4,}|…{2,}")  # four dots at least: "in 2024... more than $3.7B" is an ellipsis
# A key figure is a bare number: "over 3 700", "ca. 8 700" or "$2.47bn" would need reading as prose.
LEADER_VALUE = re.compile(r"[+−-]?\d[\d\s.,\u00a0\u202f]*")
BORDER = re.compile(r"[+|=\-_\s]*")
LEADER_ROWS = 2
LABEL_YEAR = re.compile(r"(?:,\s?|\s)(?:19|20)\d{2}$")  # "OpenAI, inferens på Azure, 2024", "Umsatzbeteiligung 2024": the year closes the label


def _leader_row(start: int, line: str) -> Optional[list[Cell]]:
    dots = LEADERS.search(line)
    if dots is None:
        return None
    label, value = line[:dots.start()], line[dots.end():]
    label_text, value_text = label.strip(" \t|"), value.strip(" \t|")
    if not label_text or not LEADER_VALUE.fullmatch(value_text) or len(value_text) > 20 or "%" in label_text:
        return None  # (a percentage's row, "Microsoft revenue share rate (%)", is not an amount in the title's unit)
    ls = start + line.index(label_text)
    vs = start + dots.end() + value.index(value_text)
    return [Cell(ls, ls + len(label_text), label_text), Cell(vs, vs + len(value_text), value_text)]


BOX_TITLE = 120  # a box's title is short ("NØKKELTALL (mill. USD)"); a longer line is prose
BOX_NUMBER = re.compile(r"^\s*[^\W\d_]+\s+\d{1,2}[.:]\s")  # "Übersicht 2: …", "Table 3. …": the box's own number


def _leader_tables(lines: list[tuple[int, str]]) -> list[Table]:
    tables, i, last = [], 0, (-9, "")  # (the line the last box ended on, its title)
    while i < len(lines):
        rows, j = [], i
        while j < len(lines):
            s, line = lines[j]
            cells = _leader_row(s, line)
            if cells is not None:
                rows.append((s, s + len(line), cells))
            elif not (rows and BORDER.fullmatch(line) and line.strip()):
                break
            j += 1
        if len(rows) >= LEADER_ROWS or (rows and i - last[0] <= 2):
            # a box row without leaders ("| … endring +263 % |") parts it: the rest keeps the box's title
            # the title: a short line without figures just above the rows ("NØKKELTALL (mill. USD)"), not prose
            title = last[1] if i - last[0] <= 2 else next(
                (line.strip(" \t|") for _, line in reversed(lines[max(0, i - 3):i]) if line.strip() and not BORDER.fullmatch(line)
                 and len(line.strip()) <= BOX_TITLE and not re.search(r"\d", BOX_NUMBER.sub("", line))), "")
            tables.append(Table(rows[0][0], rows[-1][1], [], rows, title, leaders=True))
            last = (j, title)
        i = max(j, i + 1)
    return tables


# Columns aligned with spaces: cells parted by two spaces or more, in a block of lines with no blank
# line, at least ALIGNED_ROWS rows whose cells after the first hold a number, each column's cells
# starting, or ending, where the first row's do. The header is the lines above the rows; a header cell of two
# lines ("Inferenz" over "(Mrd. US-$)") is read as one.
COLUMN_GAP = re.compile(r"\S {2,}\S")
# A cell that names a period only: a year, a quarter's or a half's code ("2024", "3K25", "Q3 2025", "H1'25"),
# or an ordinal, one word and a year ("1. halvår 2024", "3. Quartal 2025", "2nd half 2024")
PERIOD_LABEL = re.compile(rf"(?:{YEAR.pattern}|{QUARTER_CODE_TEXT}|[QH][1-4](?:[/'’ -]?(?:19|20)?\d{{2}})?|FY\s?\d{{2,4}}"
                          rf"|[1-4](?:\.|st|nd|rd|th) ?[^\W\d_]+\.? {YEAR.pattern})\Z",
                          re.IGNORECASE)
BAR = re.compile(r"[\u2580-\u259f\u25a0\u25ac\u25ae]+")  # a bar chart drawn in text: "███████▍" (block elements), "■■■"
CELL = re.compile(r"\S+(?: \S+)*")
ALIGNED_ROWS = 2
MAX_HEADER_LINES = 3


def _aligned_cells(line: str, offset: int) -> list[Cell]:
    return [Cell(offset + m.start(), offset + m.end(), m.group(0)) for m in CELL.finditer(line)]


def _aligned_tables(lines: list[tuple[int, str]]) -> list[Table]:
    tables, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][1].strip():
            j += 1
        if j - i >= ALIGNED_ROWS + 1:
            table = _aligned_block(lines, i, j)
            if table is not None:
                tables.append(table)
        i = j + 1
    return tables


def _aligned_block(lines: list[tuple[int, str]], i: int, j: int) -> Optional[Table]:
    """The table in lines[i:j] (a block with no blank line), if the block is one."""
    chart = any(BAR.search(line) for _, line in lines[i:j])
    rows = [(s, line, _aligned_cells(BAR.sub(lambda m: " " * len(m.group(0)), line) if chart else line, s))
            for s, line in lines[i:j]]
    # a row of figures: a label, then cells one of which at least holds a figure (a source or note column may not)
    # (not a header of periods: "1K25   2K25   3K25", "2024   2025")
    data = [n for n, (_, _, cells) in enumerate(rows) if len(cells) >= 2 and any(
        re.search(r"\d", c.text) and not PERIOD_LABEL.match(c.text) for c in cells[1:])]
    if chart and data:  # a bar chart's rows end where its axis begins ("|    |    |", "0   1 000   2 000")
        data = [n for k, n in enumerate(data) if n == data[0] + k]
    if len(data) < ALIGNED_ROWS or data != list(range(data[0], data[0] + len(data))) or data[0] == 0 \
            or data[0] > MAX_HEADER_LINES or (data[-1] != len(rows) - 1 and not chart):
        return None
    columns = _column_extents([[(c.start - rows[n][0], c.end - rows[n][0]) for c in rows[n][2]] for n in data])
    if columns is None:
        return None
    header = _aligned_header(rows[:data[0]], columns)
    if header is None and chart and len(columns) == 2 and data[0] == 1 and len(rows[0][2]) == 1:
        header = [Cell(0, 0, ""), rows[0][2][0]]  # a chart's title over its labels and values: "Inferenskostnader per kvartal, mill. dollar"
    if header is None:
        return None
    caption = next((line for _, line in reversed(lines[max(0, i - 3):i]) if line.strip()), "")
    body = [(rows[n][0], rows[n][0] + len(rows[n][1]), rows[n][2]) for n in data]
    return Table(rows[0][0], body[-1][1], header, body, caption.strip())


def _column_extents(rows: list[list[tuple[int, int]]]) -> Optional[list[tuple[int, int]]]:
    """[first start, last end) of each column when every row's cells line up, by their starts
    (text) or by their ends (figures set flush right: "206" over "865.9"); else None."""
    if any(len(cells) != len(rows[0]) for cells in rows):
        return None
    extents = []
    for column in zip(*rows):
        starts, ends = [a for a, _ in column], [b for _, b in column]
        if max(starts) - min(starts) > 1 and max(ends) - min(ends) > 1:
            return None
        extents.append((min(starts), max(ends)))
    return extents


def _aligned_header(lines: list[tuple[int, str, list[Cell]]], columns: list[tuple[int, int]]) -> Optional[list[Cell]]:
    """One cell per column from the header lines: each line's cell goes to the column it overlaps
    (a heading over figures set flush right), else to the one it starts in; a cell over two
    columns is prose, not a header."""
    parts: list[list[Cell]] = [[] for _ in columns]
    for start, _, cells in lines:
        for c in cells:
            a, b = c.start - start, c.end - start
            over = [n for n, (x, y) in enumerate(columns) if a < y and x < b]
            if len(over) > 1:
                return None
            k = over[0] if over else max((n for n, (x, _) in enumerate(columns) if x <= a + 1), default=None)
            if k is None or (k + 1 < len(columns) and b > columns[k + 1][0]):
                return None
            parts[k].append(c)
    if not all(parts[1:]):
        return None
    return [Cell(p[0].start, p[-1].end, " ".join(c.text for c in p)) if p else Cell(0, 0, "") for p in parts]


def _pipe_tables(lines: list[tuple[int, str]]) -> list[Table]:
    tables, i = [], 0
    while i + 1 < len(lines):
        start, head = lines[i]
        if "|" in head and is_separator(lines[i + 1][1]):
            rows, j = [], i + 2
            while j < len(lines) and lines[j][1].strip().startswith("|"):
                s, line = lines[j]
                rows.append((s, s + len(line), split_cells(line, s)))
                j += 1
            end = rows[-1][1] if rows else lines[i + 1][0] + len(lines[i + 1][1])
            caption = next((line for _, line in reversed(lines[max(0, i - 3):i]) if line.strip()), "")
            tables.append(Table(start, end, split_cells(head, start), rows, caption.strip()))
            i = j
        elif (table := _borderless_pipe_table(lines, i)) is not None:
            tables.append(table)
            i += len(table.rows) + 1
        else:
            i += 1
    return tables


BORDERLESS_ROWS = 2


def _borderless_pipe_table(lines: list[tuple[int, str]], i: int, sep: str = "|") -> Optional[Table]:
    """A header and at least BORDERLESS_ROWS rows cut by pipes with no line under the header ("Kvartal |
    Inferens (mrd. USD) | Betaling til Microsoft (mill. USD)", then "2. kvartal 2024 | 0,748 | 110"): every
    line as many pipes, every row a figure after its first cell."""
    start, head = lines[i]
    pipes = head.count(sep)
    if not pipes or DIGIT_CELL.search(head) is not None:
        return None
    rows, j = [], i + 1
    while j < len(lines) and lines[j][1].count(sep) == pipes and not is_separator(lines[j][1]):
        s, line = lines[j]
        cells = split_cells(line, s, sep)
        if len(cells) < 2 or not any(DIGIT_CELL.search(c.text) for c in cells[1:]):
            break
        rows.append((s, s + len(line), cells))
        j += 1
    if len(rows) < BORDERLESS_ROWS:
        return None
    caption = next((line for _, line in reversed(lines[max(0, i - 3):i]) if line.strip()), "")
    return Table(start, rows[-1][1], split_cells(head, start, sep), rows, caption.strip())


CSV_CELL = 60  # a cell longer than this is prose with semicolons, not a spreadsheet's cell


def _csv_tables(lines: list[tuple[int, str]]) -> list[Table]:
    """Rows pasted from a spreadsheet's CSV export ("Quartal;Zeitraum;Inferenz (Mio. USD)", then
    "Q1/2025;01.01.–31.03.2025;2.075") or copied from it with tabs ("Post\tPeriode\tmill. USD\tmill. kr", then
    "Inferens\t2024\t3 767\t38 423"): a borderless table cut by semicolons or tabs, its cells short."""
    tables, i = [], 0
    while i + 1 < len(lines):
        sep = next((c for c in ";\t" if c in lines[i][1]), None)
        table = _borderless_pipe_table(lines, i, sep) if sep else None
        if table is not None and all(len(c.text) <= CSV_CELL for _, _, cells in table.rows for c in cells) \
                and all(len(c.text) <= CSV_CELL for c in table.header):
            tables.append(table)
            i += len(table.rows) + 1
        else:
            i += 1
    return tables


def times(value: float, scale: float) -> float:
    """value x scale without binary noise (0.547 x 1e9 = 547000000.0, exactly)."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


class TableReader:
    """Claim drafts from a table's cells."""

    def __init__(self, lex: Lexicon, annotate: Callable[[str, int], Sentence], periods: PeriodResolver):
        self.lex = lex
        self.annotate = annotate
        self.periods = periods
        self.numbers = NumberFinder(lex)
        data = lex.data
        # a key figure's label that says it is an average, a change or a comparison: no level to check
        self.not_level_words = list(data.NOT_A_TOTAL) + list(data.PER_QUARTER) + list(data.LEADER_NOT_LEVEL)
        self.change_words = [normalise_words(w) for w in data.CHANGE_HEADINGS]
        self.part_words = {fold(w) for w in data.PART_OF_ROW}
        self.change_steps = {normalise_words(k): step for k, step in data.BASIS_RELATIVE.items()}
        self.scale_re = re.compile(rf"(?<![^\W\d_])(?:{alternation(data.SCALES)})(?![^\W\d_])", re.IGNORECASE)
        currencies = list(data.CURRENCIES) + list(common.CURRENCY_SYMBOLS) + common.ISO_CODES
        self.currency_re = re.compile(rf"(?:{alternation(currencies)})", re.IGNORECASE)
        self.percent_re = re.compile(rf"(?<![^\W\d_])(?:{alternation(common.PERCENT_SIGNS + data.PERCENT_WORDS)})"
                                     rf"(?![^\W\d_])", re.IGNORECASE)  # "pst", not "Oppstart"
        # A one-letter scale counts right after a currency sign or code: "($m)", "(€bn)", "USD m".
        short = alternation(list(data.SHORT_SCALES) + [k for k in data.SCALES if len(k) <= 3])
        self.short_scale_re = re.compile(rf"(?:{alternation(list(common.CURRENCY_SYMBOLS) + common.ISO_CODES)})"
                                         rf"\s?(?P<scale>{short})(?![^\W\d_])", re.IGNORECASE)

    def unit_and_scale(self, text: str) -> tuple[Optional[str], Optional[float]]:
        """ "(Mrd. US‑$)" -> ("USD", 1e9); "in Mio. US-Dollar" -> ("USD", 1e6); "($m)" -> ("USD", 1e6);
        "%" -> ("%", None)."""
        scale = self.scale_of(text)
        if self.percent_re.search(text):
            return "%", scale
        cur = self.currency_re.search(text)
        unit = (self.lex.currency_words.get(fold(cur.group(0))) or cur.group(0).upper()) if cur else None
        return unit, scale

    def scale_of(self, text: str) -> Optional[float]:
        hit = self.scale_re.search(text)
        if hit:
            return self.lex.scales[fold(hit.group(0))]
        short = self.short_scale_re.search(text)
        word = fold(short.group("scale")) if short else None
        return self.lex.data.SHORT_SCALES.get(word) or self.lex.scales.get(word) if short else None

    def caption_unit_and_scale(self, caption: str) -> tuple[Optional[str], Optional[float]]:
        """A caption is prose: a currency there is the table's unit; "20 prosent" in it is not."""
        cur = self.currency_re.search(caption)
        scale = self.scale_of(caption)
        if cur:
            return self.lex.currency_words.get(fold(cur.group(0))) or cur.group(0).upper(), scale
        return None, scale

    def _with_caption(self, header: Sentence, caption: str) -> Sentence:
        """An amount column whose header names no metric ("Betalinger (mill. dollar)") holds the one the table's
        title names, when the title names exactly one (its metrics and companies stand in for the header's)."""
        titled = self.annotate(caption, 0)
        labels = {m.label for m in titled.metrics if not m.generic and m.label}
        return titled if len(labels) == 1 else header

    def column(self, cell: Cell, caption: str = "") -> Column:
        sent = self.annotate(cell.text, cell.start)
        specific = [m for m in sent.metrics if not m.generic and m.label]
        titled = ""
        words = normalise_words(cell.text)
        change = any(w in words for w in self.change_words)  # (a change in $m is no level of the title's metric)
        if not specific and caption and not sent.metrics and not change and self.currency_re.search(cell.text):
            sent = self._with_caption(sent, caption)  # "Betalinger (mill. dollar)" under "OpenAIs betalinger til Microsoft"
            specific = [m for m in sent.metrics if not m.generic and m.label]
            titled = caption if specific else ""
        metric = max(specific, key=lambda m: len(m.text)).label if specific else None
        bound = next((m.bound for m in sent.metrics if m.bound), None)
        bound = bound or next((b for w, b in self.lex.data.BOUND_WORDS.items() if w in fold(cell.text)), None)
        unit, scale = self.unit_and_scale(cell.text)
        caption_unit, caption_scale = self.caption_unit_and_scale(caption)
        # not the one paid ("Zahlung an Microsoft"): that names the metric, the payer owns the figure
        entity = next((e.label for e in sent.entities if not (paid_metrics(e.label) and any(
            m.start <= e.start and e.end <= m.end for m in sent.metrics))), None)
        step = next((v for k, v in self.change_steps.items() if k in words), None) if change else None
        if unit == "%":
            scale = caption_scale = None  # ("Inferenz ggü. Vorquartal (%)" under "… in Mio. USD": per cent, unscaled)
        return Column(metric, entity, scale or caption_scale or 1.0, unit or caption_unit, bound, cell.text, change, step,
                      titled)

    @staticmethod
    def _titled_once(columns: list[Column]) -> list[Column]:
        """The title's metric is not lent to a column when another column names it itself: under "Was OpenAI
        mindestens umgesetzt haben muss", "Zahlungen (Mio. $)" beside "Mindestumsatz (Mio. $)" are no revenue."""
        named = {c.metric for c in columns if c.metric and not c.titled}
        return [dataclasses.replace(c, metric=None, entity=None, titled="") if c.titled and c.metric in named else c
                for c in columns]

    @staticmethod
    def _changes_of(columns: list[Optional[Column]]) -> list[Optional[Column]]:
        """A column of changes with no metric or company of its own ("Change on previous quarter") is of
        the level column left of it ("Inference ($m)")."""
        out, level = [], None
        for col in columns:
            if col is not None and col.change and level is not None:
                col = dataclasses.replace(col, metric=col.metric or level.metric, entity=col.entity or level.entity)
            elif col is not None and not col.change and col.metric:
                level = col
            out.append(col)
        return out

    def drafts(self, table: Table, first_index: int, paragraph: int) -> list[Draft]:
        across = table.header[1:]
        change = len(across) > 2 and self.column(across[-1], table.caption).change  # "Q2 2025  Q3 2025  Change"
        if across and all(PERIOD_LABEL.match(c.text.strip()) for c in (across[:-1] if change else across)):
            return self._drafts_across(table, first_index, paragraph, change)
        columns = self._titled_once([self.column(c, table.caption) for c in table.header])
        columns = self._changes_of(columns)
        out = []
        own_unit = False
        for n, (start, end, cells) in enumerate(table.rows):
            if not cells:
                continue
            if table.leaders:  # the label is the row's header: metric, company and period
                if self._not_a_level(cells[0].text):
                    continue  # "Avg. quarterly revenue share, 2024", "… Q3 2025 vs Q3 2024": not the period's level
                own_unit = self.currency_re.search(cells[0].text) is not None
                columns = [None, self._part_of_row_before(self.column(cells[0], table.caption), columns[-1] if columns else None)]
            row = Sentence(index=first_index + n, paragraph=paragraph, start=start, end=end,
                           text=" | ".join(c.text for c in cells))
            found = self.periods.find(cells[0].text, cells[0].start)
            period = found[0].period.with_how("context") if found and found[0].period else None
            year = YEAR.search(cells[0].text)
            bare = year and not re.search(r"\d", YEAR.sub("", cells[0].text)) and (
                len(cells[0].text.split()) <= 2 or (table.leaders and LABEL_YEAR.search(cells[0].text) is not None))
            if period is None and bare:  # a row labelled "2024" or "Summe 2024", not "1. kv. 2025"
                period = months(int(year.group(0)), 1, 12, how="context")
                found = [PeriodPhrase(cells[0].start, cells[0].end, cells[0].text, period, "year")]
            source = "key figure's label" if table.leaders else "table header"
            spans = {id(cell): whole for cell in cells[1:] if (whole := self._period_cell(cell)) is not None}
            if period is None and spans:  # "Summe Q1–Q3;01.01.–30.09.2025;8.670": the row's dates say when
                found = [next(iter(spans.values()))]
                period = found[0].period.with_how("context")
            labelled = self._label_metric(table, cells[0], columns)
            for col, cell in zip(columns[1:], cells[1:]):
                if id(cell) in spans:
                    continue  # a column of dates ("Zeitraum"), not figures
                if col is not None and col.metric is None and not col.change and labelled is not None:
                    col = dataclasses.replace(col, metric=labelled.metric, entity=col.entity or labelled.entity)
                    source = "row label and table header"
                drafts = self._cell_drafts(cell, col, row, period, found[0].text if found else None, source)
                if table.leaders and not own_unit and table.caption:
                    for d in drafts:
                        d.reading["unit"] = f"the box's title: {table.caption!r}"
                out += drafts
        return out

    def _drafts_across(self, table: Table, first_index: int, paragraph: int, change: bool = False) -> list[Draft]:
        """A table with its periods across the top ("1K25  2K25  3K25", "2024  2025") and a metric to each row
        ("Inferens (Azure)  2 075  2 947  3 648"): the row's label says what, the column's header when. With a
        column of changes last ("Q2 2025  Q3 2025  Change"), its figures are changes of the row's metric from the
        period of the column before the last to that of the last."""
        periods = []
        heads = table.header[1:-1] if change else table.header[1:]
        for cell in heads:
            # the phrase must be the whole cell: "1. juli 2025" over a column is a day, not July
            found = [p for p in self.periods.find(cell.text, cell.start) if p.text == cell.text.strip()]
            year = YEAR.fullmatch(cell.text.strip())
            periods.append(found[0].period.with_how("context") if found and found[0].period else
                           months(int(year.group(0)), 1, 12, how="context") if year else None)
        out = []
        for n, (start, end, cells) in enumerate(table.rows):
            if not cells:
                continue
            col = self.column(cells[0], table.caption)
            row = Sentence(index=first_index + n, paragraph=paragraph, start=start, end=end,
                           text=" | ".join(c.text for c in cells))
            for header, period, cell in zip(heads, periods, cells[1:]):
                out += self._cell_drafts(cell, col, row, period, header.text, "row label", "table column")
            if change and len(cells) == len(table.header) and len(periods) >= 2 and None not in periods[-2:]:
                changed = self._cell_drafts(cells[-1], dataclasses.replace(col, change=True), row, periods[-1],
                                            heads[-1].text, "row label", "table column")
                for d in changed:
                    if d.kind == "growth":
                        d.basis = Basis(period=periods[-2], text=heads[-2].text)
                        d.reading["period"] = f"table columns: from {heads[-2].text!r} to {heads[-1].text!r}"
                out += [d for d in changed if d.kind == "growth"]
        return out

    def _part_of_row_before(self, col: Column, before: Optional[Column]) -> Column:
        """"Inferenzkosten 01.01.–30.09.2025 …… 8.670" then "davon 3. Quartal 2025 …… 3.648": a part of the row
        before, of its metric."""
        words = normalise_words(col.header).split()
        if col.metric or before is None or not before.metric or not words or words[0] not in self.part_words:
            return col
        return dataclasses.replace(col, metric=before.metric, entity=col.entity or before.entity)

    def _label_metric(self, table: Table, label: Cell, columns: list) -> Optional[Column]:
        """"Inferens (drift av modellene på Azure)\t2024\t3 767\t38 423" under "Post\tPeriode\tmill. USD\tmill. kr":
        the row's label says what, when the columns' headers give only units."""
        if table.leaders or any(c is not None and c.metric for c in columns[1:]):
            return None
        labelled = self.column(label, table.caption)
        return labelled if labelled.metric else None

    def _period_cell(self, cell: Cell) -> Optional[PeriodPhrase]:
        """The period a cell is written as whole ("01.01.–31.03.2025", "Q1/2025", a year), if it is one."""
        if not DIGIT_CELL.search(cell.text):
            return None
        if YEAR.fullmatch(cell.text.strip()):  # "Post | Periode | mill. USD" over "Inferens | 2024 | 3 767"
            year = int(cell.text.strip())
            return PeriodPhrase(cell.start, cell.end, cell.text, months(year, 1, 12), "year")
        found = [p for p in self.periods.find(cell.text, cell.start) if p.text == cell.text.strip() and p.period]
        return found[0] if found else None

    def _not_a_level(self, label: str) -> bool:
        words = normalise_words(label)
        return any(f" {fold(w)} " in words for w in self.not_level_words)

    def _cell_drafts(self, cell: Cell, col: Column, row: Sentence, period, label, source: str,
                     period_source: str = "table row") -> list[Draft]:
        out = []
        for m in self.numbers.find(cell.text, cell.start):
            if m.value is None or m.role:
                continue
            unit = m.unit or col.unit
            if unit is None:
                continue
            scale = 1.0 if m.scaled or m.unit == "%" else col.scale
            kind = ("growth" if col.change else "percent") if unit == "%" else "amount"
            basis = Basis(period=shift(period, col.step), text=col.header) if kind == "growth" and period and col.step else None
            metric = PERCENT_OF.get(col.metric, col.metric) if kind == "percent" else col.metric
            if kind == "amount" and col.change:
                metric = None  # "Change on previous quarter ($m)": a difference, not a level of the metric
            d = Draft(start=m.start, end=m.end, text=m.text, kind=kind, value=times(m.value, scale), unit=unit,
                      precision=times(m.precision, scale), sentence=row, bound=col.bound or "eq",
                      entity=col.entity, metric=metric, period=period, column=col, basis=basis)
            d.reading.update(metric=f"{source}: {col.header!r}" + (f", under the title {col.titled!r}" if col.titled else "")
                             if metric else f"none: {col.header!r} holds changes in {unit}, not levels" if col.change
                             else f"none: {col.header!r} names no metric",
                             unit=f"{source}: {col.header!r}")
            if label:
                d.reading["period"] = f"{period_source}: {label!r}"
            if col.entity:
                d.reading["entity"] = f"{source}: {col.header!r}"
            out.append(d)
        return out
