"""What every register shares: the scope of one printing (who prints, as of
which day, for which period and village), the title block, code labels, ID
masking, and the grouping of rows under village (and group) headings.

Builders read their rows from fpdesk.services.ledger_rows (one SQL statement
each, already ordered by village code first) and hand them here as `Placed` items; numbering (序号)
restarts in every village, which is also one sheet of the workbook.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from fpdesk.domain.codes import CodeSet
from fpdesk.domain.dates import format_zh
from fpdesk.domain.periods import Period, statistical_year, statistical_year_of
from fpdesk.output.masking import shown_id, shown_phone  # noqa: F401 - used here and re-exported
from fpdesk.output.layout import Column, Group, TableDocument
from fpdesk.services import people
from fpdesk.services.context import Actor
from fpdesk.services.dashboard import office_name

NUMBER = Column("no", "序号", 10, "int", align="center")
GROUP = Column("group", "组", 8, align="center")
HOUSEHOLD = Column("household", "户号", 33, "id")
NAME = Column("name", "姓名", 17)
SEX = Column("sex", "性别", 9, align="center")
BIRTH = Column("birth", "出生日期", 26, "date")
ID_NUMBER = Column("id", "公民身份号码", 34, "id")


@dataclass(frozen=True)
class Scope:
    """One printing: the reader, the day it is printed as of, the period and the village."""
    session: object          # the read session the registers' rows come from
    actor: Actor
    on: date
    period: Period | None
    village: str | None
    office: str
    village_names: dict[str, str]

    @property
    def start(self) -> date:
        assert self.period is not None
        return self.period.start

    @property
    def end(self) -> date:
        assert self.period is not None
        return self.period.end

    def village_name(self, code: str | None) -> str:
        return self.village_names.get(code or "", code or "（未填村）")


def make_scope(session, actor: Actor, period: Period | None, village: str | None, on: date,
               takes_period: bool) -> Scope:
    names = village_names(session)
    if village is not None and village not in names:
        raise ValueError(f"村代码“{village}”不在本乡镇的村（居）名单中：请填写 12 位村代码，如 "
                         f"{next(iter(names), '610628101001')}")
    if takes_period and period is None:
        period = statistical_year(statistical_year_of(on))
    return Scope(session, actor, on, period if takes_period else None, village, office_name(session), names)


def village_names(session) -> dict[str, str]:
    """Village code → name, in code order (deleted regions left out)."""
    return {village.code: village.name for village in people.villages(session)}


# -- title block -------------------------------------------------------------------------
def unit_text(scope: Scope) -> str:
    """填报单位：和平镇（东庄村）."""
    office = scope.office or "（未设置本乡镇）"
    return f"填报单位：{office}" + (f"（{scope.village_name(scope.village)}）" if scope.village else "")


def period_text(scope: Scope) -> str:
    """2025年10月1日至2026年9月30日 for a period, 截至2026年11月22日 for a register of state."""
    if scope.period is None:
        return f"截至{format_zh(scope.on)}"
    return f"{format_zh(scope.start)}至{format_zh(scope.end)}"


def document(scope: Scope, title: str, columns: list[Column], groups: list[Group], *,
             notes: Sequence[str] = (), totals: bool = False) -> TableDocument:
    width = sum(c.width for c in columns)
    assert width <= 270, f"{title}: columns are {width} mm wide"
    return TableDocument(title=title, unit=unit_text(scope), period=period_text(scope), columns=columns,
                         groups=groups, issued=scope.on, subtotals=totals, grand_total=totals, notes=list(notes))


# -- values ------------------------------------------------------------------------------
class _Labels(dict):
    """{code: Chinese label}; a value not in the code set prints as CodeSet.label prints it."""

    def __init__(self, codes: CodeSet):
        super().__init__({v: codes.label(v) for v in codes.values()})
        self[None] = ""
        self.codes = codes

    def __missing__(self, value) -> str:
        return self.codes.label(value)


_LABELS: dict[str, _Labels] = {}


def labels(codes: CodeSet) -> dict:
    """The code set's Chinese labels as a dict, for the loops over tens of thousands of rows."""
    table = _LABELS.get(codes.name)
    if table is None:
        table = _LABELS[codes.name] = _Labels(codes)
    return table


def label(codes: CodeSet, value) -> str:
    """The Chinese label of a code ("" for none)."""
    return labels(codes)[value]




def money(value) -> Decimal | None:
    """Yuan with two decimals, exact when summed."""
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def yes_no(flag) -> str:
    return "是" if flag else "否"


def group_text(group_no: str | None) -> str:
    return group_no or ""


# -- grouping ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Placed:
    """A row (without its 序号) and the village and group it belongs to."""
    village: str | None
    group: str | None
    values: list[Any]


def village_groups(scope: Scope, items: Iterable[Placed], by_group: bool = False) -> list[Group]:
    """One Group per village (or per village and group) in the order given; the
    sheet is the village; 序号 counts from 1 in every village."""
    groups: list[Group] = []
    key: object = object()
    last_village: object = object()
    number = 0
    for item in items:
        new_key = (item.village, item.group) if by_group else item.village
        if new_key != key:
            village = scope.village_name(item.village)
            heading = f"{village}　第{item.group}组" if by_group and item.group else village
            groups.append(Group(heading, [], sheet=village))
            key = new_key
        if item.village != last_village:
            number, last_village = 0, item.village
        number += 1
        groups[-1].rows.append([number, *item.values])
    return groups
