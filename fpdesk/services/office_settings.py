"""The administrator's settings: reminder parameters, device lifespans,
benefit rates and general options. Every change is validated whole (nothing
is written when one value is wrong) and audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fpdesk.db.models import BenefitRate, DeviceModel
from fpdesk.domain import codes
from fpdesk.domain.reminders import Params
from fpdesk.domain.messages import ClerkError, english
from fpdesk.services import audit, settings
from fpdesk.services.context import Actor, require_admin
from fpdesk.services.reminders import load_params

GENERAL_LIMITS = {"idle_lock_minutes": (0, 240)}  # 0 = never lock


class SettingsError(ClerkError, ValueError):
    """A value that cannot be saved; `where` names the field or row (row `n` for a table's row;
    a (Chinese, English) pair for a place in words)."""

    def __init__(self, where: str | int | tuple[str, str], message: str, message_en: str | None = None):
        self.where = where
        place, place_en = (f"第 {where} 行", f"Row {where}") if isinstance(where, int) else \
            where if isinstance(where, tuple) else (where, where)
        super().__init__(f"{place}：{message}", f"{place_en}: {message_en or message}")


@dataclass(frozen=True)
class DeviceRow:
    method: int
    model: str
    lifespan_years: int


@dataclass(frozen=True)
class RateRow:
    program: int
    year: int
    amount: float


def reminder_params(session: Session) -> Params:
    return load_params(session)


def save_reminder_params(session: Session, actor: Actor, values: dict) -> list[str]:
    """Store the parameters that differ from what is stored; returns their keys."""
    require_admin(actor)
    try:
        new = Params.from_settings({**reminder_params(session).as_settings(), **values})
    except ValueError as exc:
        raise SettingsError(("提醒参数", "Reminder settings"), str(exc), english(exc)) from None
    old = reminder_params(session).as_settings()
    changed = [k for k, v in new.as_settings().items() if old[k] != v]
    for key in changed:
        settings.change(session, actor, key, new.as_settings()[key])
    return changed


def general(session: Session) -> dict:
    return {key: settings.get(session, key) for key in GENERAL_LIMITS}


def save_general(session: Session, actor: Actor, values: dict) -> None:
    require_admin(actor)
    for key, value in values.items():
        if key not in GENERAL_LIMITS:
            raise SettingsError(key, "未知设置", "unknown setting")
        low, high = GENERAL_LIMITS[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise SettingsError(key, f"应为 {low}–{high} 之间的整数", f"a whole number from {low} to {high}")
    for key, value in values.items():
        if settings.get(session, key) != value:
            settings.change(session, actor, key, value)


def device_models(session: Session) -> list[DeviceRow]:
    query = select(DeviceModel.method, DeviceModel.model, DeviceModel.lifespan_years).order_by(
        DeviceModel.method, DeviceModel.model)
    return [DeviceRow(*row) for row in session.execute(query)]


def save_device_models(session: Session, actor: Actor, rows: list[DeviceRow]) -> None:
    """Replace the whole table (IUD and implant models → years of use)."""
    require_admin(actor)
    seen = set()
    for number, row in enumerate(rows, start=1):
        if row.method not in (3, 4):
            raise SettingsError(number, "方法应为宫内节育器或皮下埋植", "the method must be an IUD or an implant")
        if not row.model.strip():
            raise SettingsError(number, "请填写型号", "please enter the model")
        if not isinstance(row.lifespan_years, int) or not 1 <= row.lifespan_years <= 30:
            raise SettingsError(number, "有效年限应为 1–30 年", "years of use must be 1–30")
        if (row.method, row.model.strip()) in seen:
            raise SettingsError(number, f"型号重复：{row.model}", f"the model is listed twice: {row.model}")
        seen.add((row.method, row.model.strip()))
    before = device_models(session)
    session.execute(delete(DeviceModel))
    session.add_all(DeviceModel(method=r.method, model=r.model.strip(), lifespan_years=r.lifespan_years)
                    for r in rows)
    audit.record(session, actor, "setting", "device_models", None,
                 {"before": [r.__dict__ for r in before], "after": [r.__dict__ for r in rows]})


def benefit_rates(session: Session) -> list[RateRow]:
    query = select(BenefitRate.program, BenefitRate.year, BenefitRate.amount).order_by(
        BenefitRate.program, BenefitRate.year)
    return [RateRow(*row) for row in session.execute(query)]


def save_benefit_rates(session: Session, actor: Actor, rows: list[RateRow]) -> None:
    """Replace the whole table (programme, year → yuan per person per year)."""
    require_admin(actor)
    seen = set()
    for number, row in enumerate(rows, start=1):
        if row.program not in codes.BENEFIT_PROGRAM:
            raise SettingsError(number, f"未知项目代码 {row.program}", f"unknown programme code {row.program}")
        if not isinstance(row.year, int) or not 1980 <= row.year <= 2100:
            raise SettingsError(number, "年度应在 1980–2100 之间", "the year must be 1980–2100")
        if row.amount is None or row.amount < 0 or round(row.amount, 2) != row.amount:
            raise SettingsError(number, "金额应为不小于 0、最多两位小数的数",
                                "the amount must be 0 or more, with at most two decimals")
        if (row.program, row.year) in seen:
            raise SettingsError(number, f"{codes.BENEFIT_PROGRAM.label(row.program)} {row.year} 年度重复",
                                f"{codes.BENEFIT_PROGRAM.label(row.program, 'en')} {row.year} is listed twice")
        seen.add((row.program, row.year))
    before = benefit_rates(session)
    session.execute(delete(BenefitRate))
    session.add_all(BenefitRate(program=r.program, year=r.year, amount=r.amount) for r in rows)
    audit.record(session, actor, "setting", "benefit_rates", None,
                 {"before": [r.__dict__ for r in before], "after": [r.__dict__ for r in rows]})
