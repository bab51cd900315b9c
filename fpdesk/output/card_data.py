"""The cards (卡) as data: 育龄妇女信息卡 (one woman and everything on her
record) and 家庭户卡 (one household and its members), in the document model
of layout.py.

Women's cards come in two variants (docs/cards.md): the office's full card
("office", for administrators and clerks) and the village card ("village",
kept in villages: the default for the viewer role, an option for everyone).
The village card lists no pregnancy outcome other than a birth (live birth
or stillbirth, which also stand in 子女情况) and masks every ID number and
phone as a viewer sees them.

Women's cards are built set-based: fpdesk.services.card_rows reads the
women, their household members, spouses, marriages, births, pregnancies,
contraception episodes and services in one query each, whether for one woman
or a whole village, and `_woman_card` only arranges what was read. Records
dated after `on` are left out, so a card printed for an earlier date shows
what was known then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fpdesk.domain import codes
from fpdesk.output.masking import shown_id, shown_phone  # noqa: F401 - used here and re-exported
from fpdesk.output.layout import Card, CardSet, CardTable, Column, FieldGrid
from fpdesk.output.pdf_page import Cancelled
from fpdesk.services import card_rows, people
from fpdesk.services.card_rows import CARD_ITEMS, CardRecords
from fpdesk.services.card_rows import dated as _dated
from fpdesk.services.context import Actor, PermissionDenied
from fpdesk.services.dashboard import office_name

WOMAN_TITLE = "育龄妇女信息卡"
OFFICE, VILLAGE = "office", "village"
VARIANTS = {OFFICE: "办公室存档卡", VILLAGE: "村级卡"}
BIRTH_OUTCOMES = (1, 2)         # the pregnancy outcomes a village card shows: live birth, stillbirth
HOUSEHOLD_TITLE = "家庭户卡"
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


# -- the unit line ---------------------------------------------------------------------------
class _Names:
    """Township and village names, read once per card set."""

    def __init__(self, session):
        self.township = office_name(session)
        self.villages = {village.code: village.name for village in people.villages(session)}

    def village(self, code: str) -> str:
        return self.villages.get(code, code)

    def unit(self, village_code: str) -> str:
        return " ".join(part for part in (self.township, self.village(village_code)) if part)


# -- one woman's card -----------------------------------------------------------------------------
def _spouse(woman, loaded: CardRecords):
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


def _spouse_grid(woman, loaded: CardRecords, actor: Actor) -> FieldGrid:
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


def _tables(woman, loaded: CardRecords, actor: Actor, on: date, variant: str = OFFICE) -> list[CardTable]:
    marriages = [[m.date, codes.MARRIAGE_EVENT.label(m.event), m.spouse_name or "",
                  shown_id(m.spouse_id_number, actor), ""] for m in loaded.marriages.get(woman.uid, [])]
    children = [[b.child_name or "", b.birth_date, codes.SEX.label(b.sex), b.order, codes.BIRTH_OUTCOME.label(b.outcome),
                 codes.DELIVERY.label(b.delivery), codes.BIRTH_PLACE.label(b.place), b.certificate_no or ""]
                for b in loaded.births.get(woman.uid, [])]
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


def _woman_card(woman, loaded: CardRecords, names: _Names, actor: Actor, on: date, variant: str = OFFICE) -> Card:
    members = loaded.members.get(woman.household_uid, [])
    position = next((i for i, m in enumerate(members, 1) if m.uid == woman.uid), 1)
    head = loaded.persons.get(woman.head_uid) if woman.head_uid else None
    number = f"{woman.household_no}-{position:02d}" if woman.household_no else f"{position:02d}"
    blocks: list = [_identity_grid(woman, actor), _household_grid(woman, head.name if head else None, names, actor),
                    _spouse_grid(woman, loaded, actor)]
    title = WOMAN_TITLE if variant == OFFICE else f"{WOMAN_TITLE}（{VARIANTS[VILLAGE]}）"
    return Card(title, names.unit(woman.village_code), number, blocks + _tables(woman, loaded, actor, on, variant))


# -- the public builders ----------------------------------------------------------------------------
def woman_card(session, actor: Actor, person_uid: str, on: date, variant: str | None = None) -> Card:
    """The 育龄妇女信息卡 of one woman, as it stood on `on` (variant: OFFICE or
    VILLAGE; by default the one for the actor's role)."""
    variant = variant or default_variant(actor)
    actor = card_reader(actor, variant)
    person = card_rows.person_sex_name(session, person_uid)
    if person is None:
        raise ValueError(f"找不到此人：{person_uid}")
    sex, name = person
    if sex != 2:
        raise ValueError(f"{name}不是女性，不能打印育龄妇女信息卡")
    loaded = card_rows.woman_records(session, person_uid, on)
    return _woman_card(loaded.women[0], loaded, _Names(session), actor, on, variant)


def village_women_cards(session, actor: Actor, village_code: str, on: date,
                        cancelled: IsCancelled | None = None, variant: str | None = None) -> CardSet:
    """A card for every woman aged 15–49 on `on` (not moved out, not dead) in the
    village, ordered by group, household and name; each card numbers its own
    pages (第 1 页 共 2 页), so it files separately."""
    variant = variant or default_variant(actor)
    actor = card_reader(actor, variant)
    names = _Names(session)
    if village_code not in names.villages and not card_rows.village_has_households(session, village_code):
        raise ValueError(f"没有代码为 {village_code} 的村")
    loaded = card_rows.village_women_records(session, village_code, on)
    cards = []
    for i, woman in enumerate(loaded.women, 1):
        if cancelled is not None and (i - 1) % CHECK_EVERY == 0 and cancelled():
            raise Cancelled()
        cards.append(_woman_card(woman, loaded, names, actor, on, variant))
    return CardSet(cards, on)


def household_card(session, actor: Actor, household_uid: str, on: date) -> Card:
    """The 家庭户卡: the household and every member still on its record."""
    household = card_rows.household(session, household_uid)
    if household is None:
        raise ValueError(f"找不到此户：{household_uid}")
    names = _Names(session)
    members = card_rows.household_members(session, household_uid, on)
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
