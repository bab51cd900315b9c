"""Value types of the reminder rules: inputs, parameters and the listed item.

All dates are `datetime.date`, all codes ints as in DOMAIN.md §Records. The
service layer builds these from database rows (deleted records left out);
nothing here reads the database or Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from fpdesk.domain.messages import ClerkError

DUE = "due"

# Bumped whenever a rule's meaning changes, so that lists stored under the
# old rules (services.reminder_cache) are rebuilt. 2: issue 12 (R01 生殖健康检查,
# R06–R08 closed by her choice); 3: the stored detail carries its English too.
RULES_VERSION = 3
OVERDUE = "overdue"

RULE_NAMES: dict[str, str] = {
    "R01": "生殖健康检查",
    "R02": "产后访视",
    "R03": "产后避孕知情选择",
    "R04": "节育器随访",
    "R05": "绝育/皮埋术后随访",
    "R06": "节育器/皮埋到期",
    "R07": "绝经取器",
    "R08": "孕产期服务",
    "R09": "叶酸随访",
    "R10": "流动人口信息核查",
    "R11": "奖励扶助资格确认",
    "R12": "育儿补贴",
}
RULE_NAMES_EN: dict[str, str] = {   # short: the reminder page's rule buttons are narrow
    "R01": "Health check", "R02": "Postpartum visit", "R03": "Contraceptive choice",
    "R04": "IUD follow-up", "R05": "Sterilisation check", "R06": "IUD/implant renewal",
    "R07": "Menopause removal", "R08": "Pregnancy care", "R09": "Folic acid follow-up",
    "R10": "Migrant info check", "R11": "Reward eligibility", "R12": "Childcare subsidy",
}


# -- inputs -------------------------------------------------------------------

@dataclass(frozen=True)
class ReminderPerson:
    """The person's own fields, taken as they are now (FORMATS.md §2)."""

    uid: str
    name: str
    sex: int | None
    birth_date: date | None
    residence: int | None
    marital_status: int | None = None
    first_marriage_date: date | None = None
    arrived_date: date | None = None
    left_date: date | None = None
    death_date: date | None = None
    menopause_date: date | None = None
    checks_opt_out: bool = False
    village_code: str | None = None
    household_one_child_cert: bool = False   # the household has one_child_cert_no
    household_two_daughters: bool = False


@dataclass(frozen=True)
class Birth:
    """A birth where the person is the mother."""

    uid: str
    birth_date: date
    delivery: int | None = None   # 1 vaginal, 2 caesarean, 9 other
    outcome: int | None = None    # 1 live birth, 2 stillbirth
    child_uid: str | None = None


@dataclass(frozen=True)
class Pregnancy:
    uid: str
    found_date: date | None
    edd: date | None = None
    outcome: int | None = None    # 0/None ongoing, 1 … 9 an outcome
    outcome_date: date | None = None


@dataclass(frozen=True)
class Episode:
    """One contraception episode on the woman's record."""

    uid: str
    method: int
    start_date: date
    end_date: date | None = None
    lifespan_years: float | None = None
    device_type: str | None = None   # IUD / implant model, for the detail text only


@dataclass(frozen=True)
class ServiceRec:
    uid: str
    type: int
    date: date
    declined: bool = False


@dataclass(frozen=True)
class MigrationRec:
    uid: str
    direction: int
    date: date
    verified_date: date | None = None


@dataclass(frozen=True)
class BenefitRec:
    """A benefit record. `date`, when the service knows one (confirmed or paid
    date), lets a list for an earlier day ignore it; None means undated."""

    uid: str
    program: int
    year: int
    child_uid: str | None = None
    date: date | None = None


@dataclass(frozen=True)
class Records:
    """Everything the rules need about one person (deleted records left out).

    `births` are the births where she is the mother; `benefits` those she
    received; `child_benefits` the benefits whose `child_uid` is this person
    (paid to the mother — only R12 reads them).
    """

    births: tuple[Birth, ...] | list[Birth] = ()
    pregnancies: tuple[Pregnancy, ...] | list[Pregnancy] = ()
    episodes: tuple[Episode, ...] | list[Episode] = ()
    services: tuple[ServiceRec, ...] | list[ServiceRec] = ()
    migrations: tuple[MigrationRec, ...] | list[MigrationRec] = ()
    benefits: tuple[BenefitRec, ...] | list[BenefitRec] = ()
    child_benefits: tuple[BenefitRec, ...] | list[BenefitRec] = ()


# -- output -------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    """One open target. The service adds the person's name and village."""

    rule: str
    person_uid: str
    target_date: date
    status: str          # DUE or OVERDUE
    days_overdue: int    # D − (target + grace) when overdue (≥ 1), else 0
    detail: str                     # Chinese, as FORMATS.md §2 names it
    record_uid: str | None = None   # the birth / episode / pregnancy it is about
    detail_en: str = ""             # the same in English (`wording`)


# -- parameters ---------------------------------------------------------------

class ParamsError(ClerkError, ValueError):
    """A reminder parameter that is not allowed."""


_RULE_FIELD = re.compile(r"r(\d\d)_(.+)")
# fields that must be at least 1 (0 would make the rule meaningless)
_POSITIVE = {"check_interval_months", "menopause_age", "r04_repeat_months", "r11_age", "r12_age_limit"}
_MONTH_LISTS = {"r04_months", "r05_months"}
_OPTIONAL = {"r03_lead_days"}


@dataclass(frozen=True)
class Params:
    """Every reminder parameter (office settings) with DOMAIN.md's defaults.

    Setting keys: a field `rNN_xxx` is the key "RNN.xxx"; the others
    (`check_interval_months`, `menopause_age`) keep their name.
    """

    # R01 生殖健康检查 (the old default of 3 months was the quarterly 三查)
    r01_lead_days: int = 14
    r01_grace_days: int = 30
    check_interval_months: int = 12
    # R02 产后访视
    r02_lead_days: int = 12
    r02_grace_days: int = 14
    r02_offset_days: int = 42
    # R03 产后避孕知情选择; lead None = target − (birth + opens_after_days)
    r03_lead_days: int | None = None
    r03_grace_days: int = 30
    r03_opens_after_days: int = 42
    r03_offset_days: int = 90
    r03_caesarean_offset_days: int = 180
    # R04 节育器随访
    r04_lead_days: int = 7
    r04_grace_days: int = 30
    r04_months: tuple[int, ...] = (1, 3, 6, 12)
    r04_repeat_months: int = 12
    # R05 绝育/皮埋术后随访
    r05_lead_days: int = 7
    r05_grace_days: int = 30
    r05_months: tuple[int, ...] = (1, 3, 6, 12)
    # R06 到期
    r06_lead_days: int = 60
    r06_grace_days: int = 90
    # R07 绝经取器
    r07_lead_days: int = 30
    r07_grace_days: int = 180
    r07_after_menopause_months: int = 12
    menopause_age: int = 52
    # R08 孕产期服务
    r08_lead_days: int = 0
    r08_grace_days: int = 30
    r08_offset_days: int = 14
    # R09 叶酸随访
    r09_lead_days: int = 3
    r09_grace_days: int = 14
    r09_series_days: int = 180
    r09_offset_days: int = 30
    # R10 流动人口信息核查
    r10_lead_days: int = 14
    r10_grace_days: int = 30
    r10_interval_days: int = 180
    # R11 奖励扶助资格确认
    r11_lead_days: int = 60
    r11_grace_days: int = 90
    r11_age: int = 60
    # R12 育儿补贴
    r12_lead_days: int = 30
    r12_grace_days: int = 60
    r12_age_limit: int = 3
    r12_offset_days: int = 30

    def __post_init__(self):
        for f in fields(self):
            key = _setting_key(f.name)
            value = getattr(self, f.name)
            if f.name in _MONTH_LISTS:
                if isinstance(value, list):
                    value = tuple(value)
                    object.__setattr__(self, f.name, value)
                if (not isinstance(value, tuple) or not value
                        or not all(_is_int(v) and v >= 1 for v in value)
                        or list(value) != sorted(set(value))):
                    raise ParamsError(f"参数 {key} 必须是递增的正整数列表：{value!r}",
                                      f"{key} must be a rising list of positive whole numbers: {value!r}")
                continue
            if value is None and f.name in _OPTIONAL:
                continue
            least = 1 if f.name in _POSITIVE else 0
            if not _is_int(value) or value < least:
                kind = ("正整数", "a positive whole number") if least else ("非负整数", "a whole number ≥ 0")
                raise ParamsError(f"参数 {key} 必须是{kind[0]}：{value!r}", f"{key} must be {kind[1]}: {value!r}")

    def lead(self, rule: str) -> int | None:
        return getattr(self, f"{rule.lower()}_lead_days")

    def grace(self, rule: str) -> int:
        return getattr(self, f"{rule.lower()}_grace_days")

    @classmethod
    def keys(cls) -> list[str]:
        """Every setting key, in declaration order."""
        return [_setting_key(f.name) for f in fields(cls)]

    @classmethod
    def from_settings(cls, settings: dict) -> Params:
        """Defaults overridden by a flat dict such as {"R01.lead_days": 10,
        "check_interval_months": 6}. Unknown keys or bad values raise ValueError."""
        names = {_setting_key(f.name): f.name for f in fields(cls)}
        unknown = sorted(str(k) for k in settings if k not in names)
        if unknown:
            raise ParamsError(f"未知的提醒参数：{', '.join(unknown)}", f"Unknown reminder settings: {', '.join(unknown)}")
        return cls(**{names[k]: v for k, v in settings.items()})

    def as_settings(self) -> dict:
        """The flat dict of every key (month lists as lists, JSON-ready)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[_setting_key(f.name)] = list(value) if isinstance(value, tuple) else value
        return out


def _setting_key(name: str) -> str:
    match = _RULE_FIELD.fullmatch(name)
    return f"R{match.group(1)}.{match.group(2)}" if match else name


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


__all__ = [
    "DUE", "OVERDUE", "RULE_NAMES", "RULES_VERSION", "RULE_NAMES_EN", "ReminderPerson", "Birth", "Pregnancy", "Episode",
    "ServiceRec", "MigrationRec", "BenefitRec", "Records", "Item", "Params",
]
