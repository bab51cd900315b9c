"""Registers of state, printed as of a day (截至…): 育龄妇女花名册 and 全员人口登记册.

Who is on the register on day D: not deleted, born on or before D, residence
1 (户籍在册), 2 (户籍外出) or 3 (流入), and no death date on or before D. The
residence is the person's field as it is now (as for the reminder list), so
a person who has since moved out (8) or died (9) is not printed for an
earlier day. Rows are ordered by village, group, household number, then the
relation to the head and the birth date.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from fpdesk.db.models import Birth, Contraception, Household, Person
from fpdesk.domain import codes
from fpdesk.domain.dates import age_on, birth_window, format_zh
from fpdesk.output.layout import Column, TableDocument
from fpdesk.output.ledgers.common import (
    BIRTH, HOUSEHOLD, ID_NUMBER, LIVING, NAME, NUMBER, SEX, Placed, Scope, document, shown_id,
    labels, shown_phone, village_groups,
)

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


def on_register(on: date):
    """The SQL condition for a person on the register on `on` (see the module text)."""
    return and_(Person.deleted.is_(False), Person.residence.in_(LIVING), Person.birth_date <= on,
                or_(Person.death_date.is_(None), Person.death_date > on))


def _place_columns():
    return (Household.village_code, Household.group_no, Household.household_no)


def _place_order():
    return (Household.village_code, Household.group_no, Household.household_no, Person.relation,
            Person.birth_date, Person.uid)


def moved_date(residence: int, left: date | None, arrived: date | None) -> date | None:
    """The day she left (外出) or arrived (流入); None for a person on the register here."""
    return left if residence == 2 else arrived if residence == 3 else None


# -- 育龄妇女花名册 ------------------------------------------------------------------------
def _children(on: date, sex: int):
    """Her living children of one sex born on or before `on`: live births whose child has not
    died by then (index: mother_uid, birth_date)."""
    child = aliased(Person)
    died = (select(child.uid).where(child.uid == Birth.child_uid,
                                    or_(child.death_date <= on, and_(child.residence == 9, child.death_date.is_(None))))
            .exists())
    return (select(func.count()).select_from(Birth)
            .where(Birth.mother_uid == Person.uid, Birth.deleted.is_(False), Birth.birth_date <= on,
                   Birth.sex == sex, or_(Birth.outcome.is_(None), Birth.outcome != 2), ~died)
            .scalar_subquery())


def _current_method(on: date):
    """The method of her latest episode open on `on` (index: woman_uid, start_date)."""
    return (select(Contraception.method)
            .where(Contraception.woman_uid == Person.uid, Contraception.deleted.is_(False),
                   Contraception.start_date <= on,
                   or_(Contraception.end_date.is_(None), Contraception.end_date > on))
            .order_by(Contraception.start_date.desc()).limit(1)
            .scalar_subquery())


def women(scope: Scope) -> TableDocument:
    on = scope.on
    first, last = birth_window(on, 15, 49)
    stmt = (select(*_place_columns(), Person.name, Person.relation, Person.birth_date, Person.id_number,
                   Person.marital_status, Person.first_marriage_date, _children(on, 1), _children(on, 2),
                   _current_method(on), Person.residence, Person.left_date, Person.arrived_date)
            .join(Household, Household.uid == Person.household_uid)
            .where(Person.sex == 2, Person.birth_date.between(first, last), on_register(on))
            .order_by(*_place_order()))
    actor = scope.actor
    relations, maritals, methods, residences = (labels(c) for c in (codes.RELATION, codes.MARITAL_STATUS,
                                                                     codes.METHOD, codes.RESIDENCE))
    items = (Placed(village, group, [
        number, name, relations[relation], born, age_on(born, on), shown_id(idno, actor), maritals[marital],
        married, sons, daughters, methods[method], residences[residence], moved_date(residence, left, arrived), ""])
        for (village, group, number, name, relation, born, idno, marital, married, sons, daughters, method,
             residence, left, arrived) in scope.session.execute(scope.in_village(stmt)))
    return document(scope, WOMEN_TITLE, WOMEN_COLUMNS, village_groups(scope, items, by_group=True), notes=[
        f"列入：{format_zh(scope.on)}年满15周岁、未满50周岁的妇女，户籍在册、户籍外出和流入人员，"
        "不含已迁出、已死亡者；按村、组、户排列。现有子女为活产且在世的子女；现用措施为当日仍在使用的避孕节育措施。"])


# -- 全员人口登记册 ------------------------------------------------------------------------
def population(scope: Scope) -> TableDocument:
    on = scope.on
    stmt = (select(*_place_columns(), Person.name, Person.relation, Person.sex, Person.birth_date,
                   Person.ethnicity, Person.id_number, Person.marital_status, Household.hukou_type,
                   Person.residence, Person.phone, Person.left_date, Person.arrived_date)
            .join(Household, Household.uid == Person.household_uid)
            .where(on_register(on))
            .order_by(*_place_order()))
    actor = scope.actor
    relations, sexes, ethnicities, maritals, hukous, residences = (labels(c) for c in (
        codes.RELATION, codes.SEX, codes.ETHNICITY, codes.MARITAL_STATUS, codes.HUKOU_TYPE, codes.RESIDENCE))
    items = (Placed(village, group, [
        number, name, relations[relation], sexes[sex], born, ethnicities[ethnicity], shown_id(idno, actor),
        maritals[marital], hukous[hukou], residences[residence], shown_phone(phone, actor),
        moved_date(residence, left, arrived), ""])
        for (village, group, number, name, relation, sex, born, ethnicity, idno, marital, hukou, residence,
             phone, left, arrived) in scope.session.execute(scope.in_village(stmt)))
    return document(scope, POPULATION_TITLE, POPULATION_COLUMNS, village_groups(scope, items, by_group=True),
                    notes=[f"列入：{format_zh(scope.on)}在册的全部人员（户籍在册、户籍外出、流入），"
                           "不含已迁出、已死亡者；按村、组、户排列，户内按与户主关系。"])

