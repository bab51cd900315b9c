"""The detail of a reminder item, worded in Chinese and in English at once.

FORMATS.md §2's `detail` is the Chinese (the CLI, its JSON and the printed
list keep it); the English interface shows the English one. Both come from
the same phrase here, so they cannot drift apart. Dates are 2026年11月22日 /
2026-11-22 as everywhere else; a device model stays as the clerk typed it.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from fpdesk.domain.codes import METHOD, MIGRATION_DIRECTION, SERVICE_TYPE
from fpdesk.domain.dates import format_iso, format_zh


class Detail(NamedTuple):
    zh: str
    en: str

    def then(self, other: Detail) -> Detail:
        """"A，B" / "A, b" (an abbreviation such as IUD keeps its capitals)."""
        en = other.en[:1].lower() + other.en[1:] if other.en[1:2].islower() else other.en
        return Detail(f"{self.zh}，{other.zh}", f"{self.en}, {en}")


def dated(zh: str, en: str, d: date) -> Detail:
    """"上次叶酸发放 2026年3月1日" / "Last folic acid 2026-03-01"."""
    return Detail(f"{zh} {format_zh(d)}", f"{en} {format_iso(d)}")


def counted_from(zh_what: str, en_what: str, base: date) -> Detail:
    """No record of a kind: the target is counted from `base`."""
    return Detail(f"无{zh_what}记录，自 {format_zh(base)} 起算",
                  f"No {en_what} recorded, counted from {format_iso(base)}")


def code(codes, value) -> tuple[str, str]:
    return codes.label(value, "zh"), codes.label(value, "en")


def last_check(d: date, declined: bool) -> Detail:
    text = dated("上次检查", "Last check", d)
    return Detail(text.zh + "（本人拒绝）", text.en + " (declined)") if declined else text


def birth(d: date, caesarean: bool, stillbirth: bool) -> Detail:
    notes = [n for n, on in ((("剖宫产", "caesarean"), caesarean), (("死产", "stillbirth"), stillbirth)) if on]
    text = dated("分娩", "Birth", d)
    if not notes:
        return text
    return Detail(text.zh + f"（{'，'.join(n[0] for n in notes)}）",
                  text.en + f" ({', '.join(n[1] for n in notes)})")


def episode(method: int, device_type: str | None, start: date) -> Detail:
    """"放置 <device> 2020年1月1日" / "IUD inserted: <device> 2020-01-01"."""
    zh_label, en_label = (device_type, device_type) if device_type else code(METHOD, method)
    if method == 3:
        return dated(f"放置 {zh_label}", f"Inserted {en_label}", start)
    if method == 4:
        return dated(f"埋植 {zh_label}", f"Implanted {en_label}", start)
    return dated(*code(METHOD, method), start)


def follow_up(months: int) -> Detail:
    return Detail(f"{months}个月随访", f"{months}-month follow-up")


def expires(target: date) -> Detail:
    return dated("到期", "expires", target)


def menopause(d: date) -> Detail:
    return dated("绝经", "Menopause", d)


def turns(age: int, d: date) -> Detail:
    return dated(f"{age}周岁", f"Age {age}", d)


def edd(d: date) -> Detail:
    return dated("预产期", "Due date", d)


def last_folic_acid(d: date) -> Detail:
    return dated("上次叶酸发放", "Last folic acid", d)


CONTACTS = {"verified": ("核查", "Verified"), "arrived": ("流入", "Arrived"), "left": ("外出", "Left")}


def last_contact(kind: str, value: int | None, d: date) -> Detail:
    """R10: "最近联系：流出登记 2021年2月2日"; `kind` is migration (`value` its direction),
    service (`value` its type), verified, arrived or left."""
    if kind == "migration":
        zh, en = code(MIGRATION_DIRECTION, value)
        what = f"{zh}登记", f"{en} registered"
    elif kind == "service":
        what = code(SERVICE_TYPE, value)
    else:
        what = CONTACTS[kind]
    return Detail(f"最近联系：{what[0]} {format_zh(d)}", f"Last contact: {what[1]} {format_iso(d)}")


def benefit_household(one_child: bool) -> Detail:
    return Detail("独生子女父母", "One-child parent") if one_child else Detail("双女户", "Two-daughter household")


def childcare_subsidy(year: int) -> Detail:
    return Detail(f"{year}年度育儿补贴", f"Childcare subsidy {year}")
