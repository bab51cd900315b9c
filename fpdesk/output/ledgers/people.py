"""Registers of state, printed as of a day (截至…): 育龄妇女花名册 and 全员人口登记册.

Who is on the register on day D: not deleted, born on or before D, residence
1 (户籍在册), 2 (户籍外出) or 3 (流入), and no death date on or before D. The
residence is the person's field as it is now (as for the reminder list), so
a person who has since moved out (8) or died (9) is not printed for an
earlier day. Rows are ordered by village, group, household number, then the
relation to the head and the birth date (the rows: fpdesk.services.ledger_rows).
"""

from __future__ import annotations

from datetime import date

from fpdesk.domain import codes
from fpdesk.domain.dates import age_on, format_zh
from fpdesk.output.layout import Column, TableDocument
from fpdesk.output.ledgers.common import (
    BIRTH, HOUSEHOLD, ID_NUMBER, NAME, NUMBER, SEX, Placed, Scope, document, labels, shown_id, shown_phone,
    village_groups,
)
from fpdesk.services import ledger_rows

WOMEN_TITLE = "育龄妇女花名册"
POPULATION_TITLE = "全员人口登记册"

WOMEN_COLUMNS = [
    NUMBER, HOUSEHOLD, NAME,
    Column("relation", "与户主\n关系", 17, align="center"),
    BIRTH,
    Column("age", "年龄", 9, "int", align="center"),
    ID_NUMBER,
    Column("marital", "婚姻\n状况", 11, align="center"),
    Column("married", "初婚日期", 19, "date"),
    Column("sons", "男", 8, "int", align="center", band="现有子女"),
    Column("daughters", "女", 8, "int", align="center", band="现有子女"),
    Column("method", "现用避孕\n节育措施", 22, align="center"),
    Column("residence", "户籍/居住\n状态", 22, align="center"),
    Column("moved", "外出/流入\n日期", 19, "date"),
    Column("note", "备注", 15),
]

POPULATION_COLUMNS = [
    NUMBER, HOUSEHOLD, NAME,
    Column("relation", "与户主\n关系", 17, align="center"),
    SEX, BIRTH,
    Column("ethnicity", "民族", 13, align="center"),
    ID_NUMBER,
    Column("marital", "婚姻\n状况", 11, align="center"),
    Column("hukou", "户口\n性质", 12, align="center"),
    Column("residence", "户籍/居住\n状态", 22, align="center"),
    Column("phone", "联系电话", 25),
    Column("moved", "外出/流入\n日期", 19, "date"),
    Column("note", "备注", 15),
]


def moved_date(residence: int, left: date | None, arrived: date | None) -> date | None:
    """The day she left (外出) or arrived (流入); None for a person on the register here."""
    return left if residence == 2 else arrived if residence == 3 else None


# -- 育龄妇女花名册 ------------------------------------------------------------------------
def women(scope: Scope) -> TableDocument:
    on = scope.on
    actor = scope.actor
    relations, maritals, methods, residences = (labels(c) for c in (codes.RELATION, codes.MARITAL_STATUS,
                                                                     codes.METHOD, codes.RESIDENCE))
    items = (Placed(village, group, [
        number, name, relations[relation], born, age_on(born, on), shown_id(idno, actor), maritals[marital],
        married, sons, daughters, methods[method], residences[residence], moved_date(residence, left, arrived), ""])
        for (village, group, number, name, relation, born, idno, marital, married, sons, daughters, method,
             residence, left, arrived) in ledger_rows.women(scope.session, on, scope.village))
    return document(scope, WOMEN_TITLE, WOMEN_COLUMNS, village_groups(scope, items, by_group=True), notes=[
        f"列入：{format_zh(scope.on)}年满15周岁、未满50周岁的妇女，户籍在册、户籍外出和流入人员，"
        "不含已迁出、已死亡者；按村、组、户排列。现有子女为活产且在世的子女；现用措施为当日仍在使用的避孕节育措施。"])


# -- 全员人口登记册 ------------------------------------------------------------------------
def population(scope: Scope) -> TableDocument:
    on = scope.on
    actor = scope.actor
    relations, sexes, ethnicities, maritals, hukous, residences = (labels(c) for c in (
        codes.RELATION, codes.SEX, codes.ETHNICITY, codes.MARITAL_STATUS, codes.HUKOU_TYPE, codes.RESIDENCE))
    items = (Placed(village, group, [
        number, name, relations[relation], sexes[sex], born, ethnicities[ethnicity], shown_id(idno, actor),
        maritals[marital], hukous[hukou], residences[residence], shown_phone(phone, actor),
        moved_date(residence, left, arrived), ""])
        for (village, group, number, name, relation, sex, born, ethnicity, idno, marital, hukou, residence,
             phone, left, arrived) in ledger_rows.population(scope.session, on, scope.village))
    return document(scope, POPULATION_TITLE, POPULATION_COLUMNS, village_groups(scope, items, by_group=True),
                    notes=[f"列入：{format_zh(scope.on)}在册的全部人员（户籍在册、户籍外出、流入），"
                           "不含已迁出、已死亡者；按村、组、户排列，户内按与户主关系。"])

