"""The cards (卡) as data: 育龄妇女信息卡 (one woman and everything on her
record) and 家庭户卡 (one household and its members), in the document model
of layout.py.

Women's cards come in two variants (docs/cards.md): the office's full card
("office", for administrators and clerks) and the village card ("village",
kept in villages: the default for the viewer role, an option for everyone).
The village card lists no pregnancy outcome other than a birth (live birth
or stillbirth, which also stand in 子女情况) and masks every ID number and
phone as a viewer sees them.

Women's cards are built set-based: `_load` reads the women, their household
members, spouses, marriages, births, pregnancies, contraception episodes and
services in one query each, whether for one woman or a whole village, and
`_woman_card` only arranges what was read. Records dated after `on` are left
out, so a card printed for an earlier date shows what was known then.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, aliased

from fpdesk.db.models import Birth, Contraception, Household, Marriage, Person, Pregnancy, Region, Service
from fpdesk.domain import codes
from fpdesk.domain.dates import birth_window
from fpdesk.output.masking import shown_id, shown_phone  # noqa: F401 - used here and re-exported
from fpdesk.output.layout import Card, CardSet, CardTable, Column, FieldGrid
from fpdesk.output.pdf_page import Cancelled
from fpdesk.services.context import Actor, PermissionDenied
from fpdesk.services.dashboard import office_name

WOMAN_TITLE = "育龄妇女信息卡"
OFFICE, VILLAGE = "office", "village"
VARIANTS = {OFFICE: "办公室存档卡", VILLAGE: "村级卡"}
BIRTH_OUTCOMES = (1, 2)         # the pregnancy outcomes a village card shows: live birth, stillbirth
HOUSEHOLD_TITLE = "家庭户卡"
LIVING = (1, 2, 3)              # on the register, away, or arrived: not moved out, not dead
MARRYING = (21, 22, 23)         # marriage events that give her a (new) spouse
BLANK_ROWS = 3                  # lines left under each table to fill in by hand
FEW_BLANK_ROWS = 2              # under the long tables (services, members)
CHECK_EVERY = 200               # cards built between two looks at the cancel callback

IsCancelled = Callable[[], bool]

# -- the tables' columns (widths in mm on A4 portrait; the renderer fits them to the page)
MARRIAGE_COLUMNS = [Column("date", "变动日期", 34, "date"), Column("event", "变动类别", 30, align="center"),
                    Column("spouse", "配偶姓名", 40), Column("spouse_id", "配偶公民身份号码", 48, "id"),
                    Column("note", "备注", 34)]
CHILD_COLUMNS = [Column("name", "姓名", 24), Column("birth", "出生日期", 30, "date"),
                 Column("sex", "性别", 12, align="center"), Column("order", "孩次", 12, "int", align="center"),
                 Column("outcome", "出生结局", 20, align="center"), Column("delivery", "分娩方式", 22, align="center"),
                 Column("place", "接生地点", 20, align="center"), Column("cert", "出生医学证明编号", 46)]
PREGNANCY_COLUMNS = [Column("found", "发现日期", 36, "date"), Column("lmp", "末次月经", 36, "date"),
                     Column("edd", "预产期", 36, "date"), Column("outcome", "妊娠结局", 42, align="center"),
                     Column("outcome_date", "结局日期", 36, "date")]
METHOD_COLUMNS = [Column("method", "避孕节育措施", 36), Column("start", "开始日期", 30, "date"),
                  Column("end", "结束日期", 30, "date"), Column("reason", "结束原因", 30),
                  Column("device", "器具型号", 26), Column("years", "年限", 12, "int", align="center"),
                  Column("provider", "服务机构", 22)]
SERVICE_COLUMNS = [Column("date", "服务日期", 30, "date"), Column("type", "服务类别", 38),
                   Column("result", "服务结果", 64), Column("provider", "服务人（机构）", 32),
                   Column("next", "预约日期", 22, "date")]
MEMBER_COLUMNS = [Column("name", "姓名", 20), Column("relation", "与户主关系", 20, align="center"),
                  Column("sex", "性别", 10, align="center"), Column("birth", "出生日期", 28, "date"),
                  Column("ethnicity", "民族", 14, align="center"), Column("id", "公民身份号码", 38, "id"),
                  Column("marital", "婚姻状况", 16, align="center"),
                  Column("residence", "户籍/居住", 26, align="center")]


# -- small formatting rules ------------------------------------------------------------------


def place_label(village_name: str, group_no: str | None) -> str:
    return f"{village_name}{int(group_no)}组" if group_no and group_no.isdigit() else village_name


def method_label(method: int, no_method_reason: int | None) -> str:
    label = codes.METHOD.label(method)
    if method == 0 and no_method_reason:
        return f"{label}（{codes.NO_METHOD_REASON.label(no_method_reason)}）"
    return label


# the health-check items a card prints: never the pregnancy test (done only at
# her request, and nothing on paper shows it)
CARD_ITEMS = tuple(item for item in codes.HEALTH_CHECK_ITEMS if item.key != "pregnancy")


def service_result(row) -> str:
    """本人拒绝 for a declined service; else its result, or the health-check items done."""
    if row.declined:
        return "本人拒绝"
    if row.result:
        return row.result
    items = [(item.zh, item.codes.label(getattr(row, item.column))) for item in CARD_ITEMS
             if getattr(row, item.column) not in (None, 9)]
    return "；".join(f"{name}：{label}" for name, label in items)


def pregnancy_outcome(outcome: int | None) -> str:
    return codes.PREGNANCY_OUTCOME.label(outcome) if outcome else "妊娠中"


def _dated(value: date | None, on: date) -> bool:
    """A record belongs on a card printed for `on` unless it is dated later."""
    return value is None or value <= on


# -- the unit line ---------------------------------------------------------------------------
class _Names:
    """Township and village names, read once per card set."""

    def __init__(self, session: Session):
        self.township = office_name(session)
        self.villages = dict(session.execute(select(Region.code, Region.name).where(
            Region.level == "village", Region.deleted.is_(False))).all())

    def village(self, code: str) -> str:
        return self.villages.get(code, code)

    def unit(self, village_code: str) -> str:
        return " ".join(part for part in (self.township, self.village(village_code)) if part)


# -- reading ------------------------------------------------------------------------------------
PERSON_FIELDS = (Person.uid, Person.household_uid, Person.name, Person.sex, Person.birth_date, Person.id_number,
                 Person.ethnicity, Person.relation, Person.residence, Person.marital_status,
                 Person.first_marriage_date, Person.phone)
HOUSEHOLD_FIELDS = (Household.uid.label("hh_uid"), Household.household_no, Household.village_code,
                    Household.group_no, Household.address, Household.head_uid, Household.hukou_type,
                    Household.phone.label("hh_phone"), Household.one_child_cert_no, Household.one_child_cert_date,
                    Household.two_daughters)


@dataclass
class _Loaded:
    """Everything the women's cards need, keyed by woman (or household) uid."""
    women: list
    members: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    persons: dict[str, object] = field(default_factory=dict)
    marriages: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    births: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    pregnancies: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    episodes: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    services: dict[str, list] = field(default_factory=lambda: defaultdict(list))


def _women_query() -> Select:
    return (select(*PERSON_FIELDS, *HOUSEHOLD_FIELDS)
            .join(Household, Household.uid == Person.household_uid)
            .where(Person.deleted.is_(False), Person.sex == 2))


def _load(session: Session, women: Select, on: date) -> _Loaded:
    """Read the women selected by `women` and all their records, one query per kind."""
    rows = session.execute(women).all()
    loaded = _Loaded(rows)
    woman_uids = women.with_only_columns(Person.uid).order_by(None).scalar_subquery()
    household_uids = women.with_only_columns(Person.household_uid).order_by(None).scalar_subquery()
    for p in session.execute(select(*PERSON_FIELDS).where(Person.household_uid.in_(household_uids),
                                                          Person.deleted.is_(False))
                             .order_by(Person.relation, Person.birth_date, Person.uid)):
        loaded.members[p.household_uid].append(p)
        loaded.persons[p.uid] = p
    for m in session.scalars(select(Marriage).where(Marriage.person_uid.in_(woman_uids), Marriage.deleted.is_(False),
                                                    Marriage.date <= on).order_by(Marriage.date, Marriage.uid)):
        loaded.marriages[m.person_uid].append(m)
    spouse_uids = select(Marriage.spouse_uid).where(Marriage.person_uid.in_(woman_uids),
                                                    Marriage.spouse_uid.is_not(None)).scalar_subquery()
    for p in session.execute(select(*PERSON_FIELDS).where(Person.uid.in_(spouse_uids), Person.deleted.is_(False))):
        loaded.persons.setdefault(p.uid, p)
    child = aliased(Person)
    for b in session.execute(select(Birth, child.name).outerjoin(child, child.uid == Birth.child_uid)
                             .where(Birth.mother_uid.in_(woman_uids), Birth.deleted.is_(False), Birth.birth_date <= on)
                             .order_by(Birth.birth_date, Birth.order, Birth.uid)):
        loaded.births[b.Birth.mother_uid].append(b)
    for p in session.scalars(select(Pregnancy).where(Pregnancy.woman_uid.in_(woman_uids), Pregnancy.deleted.is_(False))
                             .order_by(Pregnancy.found_date, Pregnancy.lmp_date, Pregnancy.uid)):
        if _dated(p.found_date or p.lmp_date, on):
            loaded.pregnancies[p.woman_uid].append(p)
    for c in session.scalars(select(Contraception).where(
            Contraception.woman_uid.in_(woman_uids), Contraception.deleted.is_(False),
            or_(Contraception.start_date.is_(None), Contraception.start_date <= on))
            .order_by(Contraception.start_date, Contraception.uid)):
        loaded.episodes[c.woman_uid].append(c)
    for s in session.execute(select(Service.person_uid, Service.date, Service.type, Service.result, Service.declined,
                                    *(getattr(Service, item.column) for item in CARD_ITEMS),
                                    Service.provider, Service.next_date)
                             .where(Service.person_uid.in_(woman_uids), Service.deleted.is_(False), Service.date <= on)
                             .order_by(Service.person_uid, Service.date, Service.type)):
        loaded.services[s.person_uid].append(s)
    return loaded


# -- one woman's card -----------------------------------------------------------------------------
def _spouse(woman, loaded: _Loaded):
    """(name, person row or None, ID number on the marriage record) of her present husband."""
    if woman.marital_status not in codes.MARRIED:
        return None
    marriages = [m for m in loaded.marriages.get(woman.uid, []) if m.event in MARRYING]
    if marriages:
        latest = marriages[-1]
        person = loaded.persons.get(latest.spouse_uid) if latest.spouse_uid else None
        return (person.name if person else latest.spouse_name), person, latest.spouse_id_number
    household = loaded.members.get(woman.household_uid, [])
    partner = {"01": "02", "02": "01"}.get(woman.relation or "")
    for member in household:
        if partner and member.relation == partner and member.sex == 1:
            return member.name, member, None
    return None


def _spouse_grid(woman, loaded: _Loaded, actor: Actor) -> FieldGrid:
    found = _spouse(woman, loaded)
    name, person, marriage_id = found if found else (None, None, None)
    id_number = (person.id_number if person else None) or marriage_id
    return FieldGrid("配偶情况", [
        ("姓名", name or ""), ("出生日期", person.birth_date if person else None),
        ("民族", codes.ETHNICITY.label(person.ethnicity) if person else ""),
        ("公民身份号码", shown_id(id_number, actor)),
        ("户籍/居住状态", codes.RESIDENCE.label(person.residence) if person else ""),
        ("联系电话", shown_phone(person.phone, actor) if person else ""),
    ])


def _identity_grid(woman, actor: Actor) -> FieldGrid:
    return FieldGrid("本人情况", [
        ("姓名", woman.name), ("出生日期", woman.birth_date), ("民族", codes.ETHNICITY.label(woman.ethnicity)),
        ("公民身份号码", shown_id(woman.id_number, actor)),
        ("文化程度", ""),   # not kept in the database: the paper card leaves it to be written in
        ("婚姻状况", codes.MARITAL_STATUS.label(woman.marital_status)),
        ("初婚日期", woman.first_marriage_date), ("户籍/居住状态", codes.RESIDENCE.label(woman.residence)),
        ("联系电话", shown_phone(woman.phone, actor)),
        ("现住址", woman.address or ""),
    ])


def _household_grid(household, head_name: str | None, names: _Names, actor: Actor) -> FieldGrid:
    return FieldGrid("家庭户情况", [
        ("户号", household.household_no or ""), ("户主姓名", head_name or ""),
        ("所在村组", place_label(names.village(household.village_code), household.group_no)),
        ("户籍类型", codes.HUKOU_TYPE.label(household.hukou_type)),
        ("户联系电话", shown_phone(household.hh_phone, actor)),
        ("家庭住址", household.address or ""),
    ])


def default_variant(actor: Actor) -> str:
    """The village card for a reader who may not see ID numbers (viewer), else the office card."""
    return OFFICE if actor.may_see_ids else VILLAGE


def card_reader(actor: Actor, variant: str) -> Actor:
    """Who the card is printed for: a village card masks as for a viewer.
    Refuses an unknown variant, and the office card to a role that may not see it."""
    if variant not in VARIANTS:
        raise ValueError(f"未知的信息卡样式：{variant}（可选 {'、'.join(VARIANTS)}）")
    if variant == OFFICE and not actor.may_see_ids:
        raise PermissionDenied(f"用户 {actor.username} 为只读角色，只能打印村级卡",
                               f"User {actor.username} has a read-only role and prints village cards only")
    return actor if variant == OFFICE else Actor(actor.username, "viewer")


def _tables(woman, loaded: _Loaded, actor: Actor, on: date, variant: str = OFFICE) -> list[CardTable]:
    marriages = [[m.date, codes.MARRIAGE_EVENT.label(m.event), m.spouse_name or "",
                  shown_id(m.spouse_id_number, actor), ""] for m in loaded.marriages.get(woman.uid, [])]
    children = [[name or "", b.birth_date, codes.SEX.label(b.sex), b.order, codes.BIRTH_OUTCOME.label(b.outcome),
                 codes.DELIVERY.label(b.delivery), codes.BIRTH_PLACE.label(b.place), b.certificate_no or ""]
                for b, name in loaded.births.get(woman.uid, [])]
    pregnancies = [[p.found_date, p.lmp_date, p.edd,
                    pregnancy_outcome(p.outcome if _dated(p.outcome_date, on) else None),
                    p.outcome_date if _dated(p.outcome_date, on) else None]
                   for p in loaded.pregnancies.get(woman.uid, [])
                   if variant == OFFICE or (p.outcome in BIRTH_OUTCOMES and _dated(p.outcome_date, on))]
    methods = []
    for c in loaded.episodes.get(woman.uid, []):
        ended = c.end_date is not None and c.end_date <= on
        methods.append([method_label(c.method, c.no_method_reason), c.start_date, c.end_date if ended else None,
                        codes.END_REASON.label(c.end_reason) if ended else "", c.device_type or "",
                        c.lifespan_years, c.provider or ""])
    services = [[s.date, codes.SERVICE_TYPE.label(s.type), service_result(s), s.provider or "", s.next_date]
                for s in loaded.services.get(woman.uid, [])]
    return [
        CardTable("婚姻变动", MARRIAGE_COLUMNS, marriages, FEW_BLANK_ROWS),
        CardTable("子女情况", CHILD_COLUMNS, children, BLANK_ROWS),
        CardTable("孕情", PREGNANCY_COLUMNS, pregnancies, FEW_BLANK_ROWS),
        CardTable("避孕节育", METHOD_COLUMNS, methods, BLANK_ROWS),
        CardTable("服务记录", SERVICE_COLUMNS, services, BLANK_ROWS),
    ]


def _woman_card(woman, loaded: _Loaded, names: _Names, actor: Actor, on: date, variant: str = OFFICE) -> Card:
    members = loaded.members.get(woman.household_uid, [])
    position = next((i for i, m in enumerate(members, 1) if m.uid == woman.uid), 1)
    head = loaded.persons.get(woman.head_uid) if woman.head_uid else None
    number = f"{woman.household_no}-{position:02d}" if woman.household_no else f"{position:02d}"
    blocks: list = [_identity_grid(woman, actor), _household_grid(woman, head.name if head else None, names, actor),
                    _spouse_grid(woman, loaded, actor)]
    title = WOMAN_TITLE if variant == OFFICE else f"{WOMAN_TITLE}（{VARIANTS[VILLAGE]}）"
    return Card(title, names.unit(woman.village_code), number, blocks + _tables(woman, loaded, actor, on, variant))


# -- the public builders ----------------------------------------------------------------------------
def woman_card(session: Session, actor: Actor, person_uid: str, on: date, variant: str | None = None) -> Card:
    """The 育龄妇女信息卡 of one woman, as it stood on `on` (variant: OFFICE or
    VILLAGE; by default the one for the actor's role)."""
    variant = variant or default_variant(actor)
    actor = card_reader(actor, variant)
    person = session.execute(select(Person.sex, Person.name).where(
        Person.uid == person_uid, Person.deleted.is_(False))).first()
    if person is None:
        raise ValueError(f"找不到此人：{person_uid}")
    if person.sex != 2:
        raise ValueError(f"{person.name}不是女性，不能打印育龄妇女信息卡")
    loaded = _load(session, _women_query().where(Person.uid == person_uid), on)
    return _woman_card(loaded.women[0], loaded, _Names(session), actor, on, variant)


def village_women_cards(session: Session, actor: Actor, village_code: str, on: date,
                        cancelled: IsCancelled | None = None, variant: str | None = None) -> CardSet:
    """A card for every woman aged 15–49 on `on` (not moved out, not dead) in the
    village, ordered by group, household and name; each card numbers its own
    pages (第 1 页 共 2 页), so it files separately."""
    variant = variant or default_variant(actor)
    actor = card_reader(actor, variant)
    names = _Names(session)
    if village_code not in names.villages and session.scalar(
            select(Household.uid).where(Household.village_code == village_code).limit(1)) is None:
        raise ValueError(f"没有代码为 {village_code} 的村")
    first, last = birth_window(on, 15, 49)
    women = (_women_query()
             .where(Household.village_code == village_code, Household.deleted.is_(False),
                    Person.birth_date.between(first, last), Person.residence.in_(LIVING))
             .order_by(Household.group_no, Household.household_no, Household.uid, Person.pinyin_key,
                       Person.name, Person.uid))
    loaded = _load(session, women, on)
    cards = []
    for i, woman in enumerate(loaded.women, 1):
        if cancelled is not None and (i - 1) % CHECK_EVERY == 0 and cancelled():
            raise Cancelled()
        cards.append(_woman_card(woman, loaded, names, actor, on, variant))
    return CardSet(cards, on)


def household_card(session: Session, actor: Actor, household_uid: str, on: date) -> Card:
    """The 家庭户卡: the household and every member still on its record."""
    household = session.execute(select(*HOUSEHOLD_FIELDS).where(
        Household.uid == household_uid, Household.deleted.is_(False))).first()
    if household is None:
        raise ValueError(f"找不到此户：{household_uid}")
    names = _Names(session)
    members = session.execute(select(*PERSON_FIELDS).where(
        Person.household_uid == household_uid, Person.deleted.is_(False), Person.birth_date <= on)
        .order_by(Person.relation, Person.birth_date, Person.uid)).all()
    head = next((m.name for m in members if m.uid == household.head_uid), None)
    rows = [[m.name, codes.RELATION.label(m.relation), codes.SEX.label(m.sex), m.birth_date,
             codes.ETHNICITY.label(m.ethnicity), shown_id(m.id_number, actor),
             codes.MARITAL_STATUS.label(m.marital_status), codes.RESIDENCE.label(m.residence)] for m in members]
    grid = _household_grid(household, head, names, actor)
    grid.fields[-1:-1] = [("光荣证号", household.one_child_cert_no or ""),
                          ("发证日期", household.one_child_cert_date),
                          ("双女户", "是" if household.two_daughters else "否")]   # 独生子女父母光荣证 and 双女户
    blocks = [grid,
              CardTable("家庭成员", MEMBER_COLUMNS, rows, FEW_BLANK_ROWS)]
    return Card(HOUSEHOLD_TITLE, names.unit(household.village_code), household.household_no or "", blocks)
