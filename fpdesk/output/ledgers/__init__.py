"""The eleven registers (帐/册) of DOMAIN.md as table documents.

`build_ledger` reads one register in one snapshot and returns a
TableDocument that both renderers print (fpdesk.output.render). Registers of
state (women, population) are printed as of a day; the others list the
events of a period, which defaults to the statistical year holding that day
— except the benefits register, paid by calendar year: its default is the
statistical year ending in that day's calendar year (benefit year = that year).
The counting rules of each register are in docs/ledgers.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from fpdesk.domain.periods import Period, statistical_year
from fpdesk.output.layout import TableDocument
from fpdesk.output.ledgers import events, people, services
from fpdesk.output.ledgers.common import make_scope
from fpdesk.services.context import Actor

__all__ = ["LEDGERS", "LedgerSpec", "build_ledger"]


@dataclass(frozen=True)
class LedgerSpec:
    name: str            # the --register name
    title: str           # 育龄妇女花名册 …
    takes_period: bool   # False: a register of state, printed as of a day (截至…)
    build: Callable      # build(scope) -> TableDocument


def _spec(name: str, title: str, takes_period: bool, build: Callable) -> tuple[str, LedgerSpec]:
    return name, LedgerSpec(name, title, takes_period, build)


LEDGERS: dict[str, LedgerSpec] = dict([
    _spec("women", people.WOMEN_TITLE, False, people.women),
    _spec("population", people.POPULATION_TITLE, False, people.population),
    _spec("births", events.BIRTHS_TITLE, True, events.births),
    _spec("deaths", events.DEATHS_TITLE, True, events.deaths),
    _spec("marriages", events.MARRIAGES_TITLE, True, events.marriages),
    _spec("migrations", events.MIGRATIONS_TITLE, True, events.migrations),
    _spec("contraception", services.CONTRACEPTION_TITLE, True, services.contraception),
    _spec("checks", services.CHECKS_TITLE, True, services.checks),
    _spec("followups", services.FOLLOWUPS_TITLE, True, services.followups),
    _spec("supplies", services.SUPPLIES_TITLE, True, services.supplies),
    _spec("benefits", services.BENEFITS_TITLE, True, services.benefits),
])


def build_ledger(session, actor: Actor, name: str, period: Period | None, village: str | None,
                 on: date) -> TableDocument:
    """Register `name` for `period` (None: the statistical year holding `on`) or as of `on`,
    for one village or the whole township. ValueError (a Chinese message) for an unknown
    register or village."""
    spec = LEDGERS.get(name)
    if spec is None:
        raise ValueError(f"没有名为“{name}”的登记册；可选：{'、'.join(LEDGERS)}")
    if period is None and name == "benefits":
        period = statistical_year(on.year)     # November 2026 prints the 2026 benefits, not 2027's
    scope = make_scope(session, actor, period, village, on, spec.takes_period)
    return spec.build(scope)
