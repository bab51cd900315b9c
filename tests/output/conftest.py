"""Synthetic table documents for the renderer tests: N rows with a date, an
int, money, a masked ID and a long-text column, in village groups."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest

from fpdesk.output.layout import Column, Group, TableDocument

ISSUED = date(2026, 11, 22)
VILLAGES = ["一村", "二村", "三村", "四村", "五村", "六村"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "秀英桂兰玉梅丽娟芳敏静燕红霞艳华琴云洁"
STREETS = ["幸福路", "解放街", "团结巷", "和平大道", "新民路", "东风街"]
LONG_ADDRESS = ("陕西省延安市宝塔区和平镇一村第三村民小组幸福路一百二十八号院内东侧第二排第五户"
                "南边靠近村委会大院的小卖部后面二楼东头第三间")[:60]


def marker(i: int) -> str:
    """The code printed in the first column of data row i (counted by the tests)."""
    return f"R{i:06d}"


def columns(bands: bool = False) -> list[Column]:
    band = "本人情况" if bands else None
    return [
        Column("code", "编号", 20, "text", align="center"),
        Column("name", "姓名", 18, "text", band=band),
        Column("birth", "出生\n日期", 28, "date", band=band),
        Column("children", "现有子女数", 16, "int", total=True, band="子女" if bands else None),
        Column("amount", "奖扶金额\n（元）", 22, "money", total=True),
        Column("idno", "公民身份号码", 40, "id"),
        Column("address", "现住址", 70, "text"),
        Column("note", "备注", 30, "text"),
    ]


def make_row(rng: random.Random, i: int, village: str) -> list:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
    birth = date(1976, 1, 1) + timedelta(days=rng.randrange(0, 365 * 30))
    address = f"和平镇{village}{rng.randint(1, 9)}组{rng.choice(STREETS)}{rng.randint(1, 300)}号"
    amount = Decimal(rng.choice([0, 960, 1200, 1440])) + Decimal(rng.randint(0, 99)) / 100
    idno = f"610602{birth:%Y%m%d}{rng.randint(0, 999):03d}{rng.choice('0123456789X')}"
    masked = idno[:6] + "********" + idno[-4:]
    return [marker(i), name, birth, rng.randint(0, 3), amount, masked, address, "" if rng.random() < 0.8 else "外出务工"]


def make_document(rows: int, *, villages: int = 3, bands: bool = False, subtotals: bool = True,
                  grand_total: bool = True, long_text_every: int = 0, seed: int = 7,
                  orientation: str = "landscape", notes: list[str] | None = None) -> TableDocument:
    """A register of `rows` rows spread over `villages` groups (one XLSX sheet each);
    every `long_text_every`-th row carries LONG_ADDRESS."""
    rng = random.Random(seed)
    names = VILLAGES[:villages]
    groups = [Group(f"和平镇{v}", [], sheet=v) for v in names]
    for i in range(1, rows + 1):
        group = groups[(i - 1) * len(groups) // max(rows, 1)]
        row = make_row(rng, i, group.sheet)
        if long_text_every and i % long_text_every == 0:
            row[6] = LONG_ADDRESS
        group.rows.append(row)
    return TableDocument(
        title="育龄妇女花名册", unit="填报单位：和平镇人民政府", period="截至2026年11月22日",
        columns=columns(bands), groups=groups, issued=ISSUED, orientation=orientation,
        subtotals=subtotals, grand_total=grand_total,
        notes=notes if notes is not None else ["本表按村分组，身份证号码已按规定隐藏中间八位。"])


@pytest.fixture
def document_factory():
    return make_document


def expected_sums(rows) -> tuple[int, Decimal]:
    """(children, amount) summed over `rows`, straight from the fixture's values."""
    return sum(r[3] for r in rows), sum((r[4] for r in rows), Decimal("0"))
