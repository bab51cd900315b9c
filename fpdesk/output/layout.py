"""Documents as data: one layout feeds both the PDF and the XLSX renderer.

A *table document* is a register (帐/册) or a report table: a title block,
columns, rows under group headings (village / group / household), optional
subtotals and a grand total, and the signature footer. A *card set* is a run
of cards (卡), each a stack of label/value grids and small tables.

Row values are plain Python: str, int, float, Decimal, datetime.date or None.
The data builders mask ID numbers for roles that may not see them, so both
renderers print exactly what they are given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Kind = Literal["text", "date", "int", "money", "rate", "id"]
Align = Literal["left", "center", "right"]

DEFAULT_ALIGN: dict[str, Align] = {
    "text": "left", "date": "center", "int": "right", "money": "right", "rate": "right", "id": "center",
}

FOOTER_SIGNATURES = ("填表人", "审核人", "填报日期")


@dataclass(frozen=True)
class Column:
    key: str
    heading: str                 # Chinese heading; "\n" splits it over two lines
    width: float                 # millimetres on the printed page; XLSX widths follow
    kind: Kind = "text"
    align: Align | None = None   # None: by kind (numbers right, dates and IDs centred, text left)
    total: bool = False          # summed into subtotal and total rows
    band: str | None = None      # upper heading shared by consecutive columns with the same band

    @property
    def alignment(self) -> Align:
        return self.align or DEFAULT_ALIGN[self.kind]


Row = Sequence[Any]              # one value per column, in column order


@dataclass
class Group:
    """Rows under one heading band. `sheet` names the XLSX sheet (a village)."""
    heading: str                 # "" prints no band
    rows: list[Row]
    sheet: str | None = None


@dataclass
class TableDocument:
    title: str                   # 育龄妇女花名册
    unit: str                    # 填报单位：和平镇（一村）
    period: str                  # 2025年10月1日至2026年9月30日 / 截至2026年11月22日
    columns: list[Column]
    groups: list[Group]
    issued: date                 # printed as the 填报日期
    orientation: Literal["landscape", "portrait"] = "landscape"
    subtotals: bool = False      # a 小计 row after each group (columns with total=True)
    grand_total: bool = False    # a 合计 row at the end
    total_label: str = "合计"
    notes: list[str] = field(default_factory=list)   # 说明 lines under the table
    signatures: tuple[str, ...] = FOOTER_SIGNATURES

    @property
    def row_count(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    def totals(self, rows: Sequence[Row]) -> list[Any]:
        """The total row for `rows`: sums under total columns, blanks elsewhere."""
        out: list[Any] = []
        for i, col in enumerate(self.columns):
            out.append(sum((r[i] or 0) for r in rows) if col.total else None)
        return out


# -- cards ---------------------------------------------------------------------
@dataclass
class FieldGrid:
    """Label/value pairs laid out `per_row` to a line (identity, household …)."""
    title: str | None
    fields: list[tuple[str, Any]]
    per_row: int = 3


@dataclass
class CardTable:
    """A small table inside a card; `blank_rows` leaves lines to fill in by hand."""
    title: str
    columns: list[Column]
    rows: list[Row]
    blank_rows: int = 0


@dataclass
class Card:
    title: str                   # 育龄妇女信息卡 / 家庭户卡
    unit: str                    # 和平镇 一村
    number: str                  # 卡号 / 户号 printed at the top right
    blocks: list[FieldGrid | CardTable]


@dataclass
class CardSet:
    cards: list[Card]
    issued: date
    page_size: Literal["A4", "A5"] = "A4"
    signatures: tuple[str, ...] = FOOTER_SIGNATURES
