"""What every report table shares: the scope (which rows), the rate formulas,
and the roll-up of per-village counts into rows.

Each table counts *additive parts* per village code (a Counter: the visible
counts and, under keys starting with "_", the hidden numerators of its
rates). The roll-up sums the parts of a row's villages — a village row has
one village, a township row (county report) all of its villages, the 合计 row
all of them — and only then computes the rates. So a township row of a
county report is computed exactly like a village row: the same code path.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlalchemy.orm import Session

from fpdesk.domain.messages import ClerkError
from fpdesk.domain.periods import Period
from fpdesk.services import settings
from fpdesk.services.reminders import load_params, raw_rows
from fpdesk.services.revisions import current_rev

TOTAL_LABEL = "合计"


class ReportError(ClerkError, ValueError):
    """A report that cannot be made (an unknown region); str() is the Chinese message."""


# -- rates --------------------------------------------------------------------------
def rate(numerator, denominator, scale: int, places: int) -> float | None:
    """numerator / denominator × scale rounded half-up to `places`; None when the
    denominator is 0 (a rate of nothing is not 0)."""
    if not denominator:
        return None
    exact = Fraction(numerator) * scale / Fraction(denominator)
    quantum = Decimal(1).scaleb(-places)
    value = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(quantum, rounding=ROUND_HALF_UP)
    return float(value)


def permille(numerator, denominator) -> float | None:
    return rate(numerator, denominator, 1000, 2)


def percent(numerator, denominator) -> float | None:
    return rate(numerator, denominator, 100, 1)


# -- scope --------------------------------------------------------------------------
@dataclass
class Unit:
    """One row of a table: a village, or a township in a county report."""
    code: str
    name: str
    villages: set[str] = field(default_factory=set)


@dataclass
class Scope:
    code: str
    name: str
    level: str                       # township / county / village
    units: list[Unit]

    def unit_of(self) -> dict[str, int]:
        """village code → index of its row."""
        return {village: i for i, unit in enumerate(self.units) for village in unit.villages}

    def as_json(self) -> dict:
        return {"code": self.code, "name": self.name, "level": self.level}


def resolve_scope(session: Session, region_code: str | None) -> Scope:
    """The rows of the report (module docstring of `fpdesk.services.statistics`)."""
    regions = {code: (name, level, parent) for code, name, level, parent in raw_rows(
        session, "SELECT code, name, level, parent_code FROM regions WHERE deleted = 0")}
    used = {code for (code,) in raw_rows(session, "SELECT DISTINCT village_code FROM households WHERE deleted = 0")}
    townships = sorted(c for c, (_, level, _) in regions.items() if level == "township")
    if region_code is None:
        office = settings.get(session, "office_region_code")
        if len(townships) == 1:
            return _township_scope(regions, used, townships[0], only_township=True)
        if townships:
            # several townships: a county, even when the office code is one of them (the
            # first package imported into a new database names the office)
            county = (office or townships[0])[:6] + "000000"
            name = regions.get(county, (None,))[0] or "全部乡镇"
            return _county_scope(regions, used, county, name, townships)
        return _loose_scope(regions, used, office)
    if region_code not in regions:
        raise ReportError(f"区划表中没有代码 {region_code}", f"No region has the code {region_code}")
    name, level, _ = regions[region_code]
    if level == "township":
        return _township_scope(regions, used, region_code, only_township=len(townships) == 1)
    if level == "village":
        return Scope(region_code, name, "village", [Unit(region_code, name, {region_code})])
    inside = [t for t in townships if regions[t][2] == region_code or t[:6] == region_code[:6]]
    return _county_scope(regions, used, region_code, name, inside)


def _villages_of(regions: dict, township: str) -> list[str]:
    return sorted(c for c, (_, level, parent) in regions.items() if level == "village" and parent == township)


def _township_scope(regions: dict, used: set[str], township: str, only_township: bool) -> Scope:
    """Its villages; a household village code missing from the region table gets a
    row of its own when it belongs to this township (or the database has no other)."""
    codes = set(_villages_of(regions, township))
    known = {c for c, (_, level, _) in regions.items() if level == "village"}
    codes |= {c for c in used - known if only_township or c[:9] == township[:9]}
    units = [Unit(c, _village_name(regions, c), {c}) for c in sorted(codes)]
    return Scope(township, regions[township][0], "township", units)


def _county_scope(regions: dict, used: set[str], code: str, name: str, townships: list[str]) -> Scope:
    units = {t: Unit(t, regions[t][0], set(_villages_of(regions, t))) for t in townships}
    known = {v for unit in units.values() for v in unit.villages}
    for village in used - known:          # a village code missing from the region table: by its prefix
        township = village[:9] + "000"
        if township in units:
            units[township].villages.add(village)
    return Scope(code, name, "county", [units[t] for t in sorted(units)])


def _loose_scope(regions: dict, used: set[str], office: str | None) -> Scope:
    """No township in the region table: every village found, under the office's code."""
    codes = {c for c, (_, level, _) in regions.items() if level == "village"} | used
    name = regions.get(office, (None,))[0] or "本单位"
    return Scope(office or "", name, "township", [Unit(c, _village_name(regions, c), {c}) for c in sorted(codes)])


def _village_name(regions: dict, code: str) -> str:
    entry = regions.get(code)
    return entry[0] if entry else f"未登记村（{code}）"


# -- the shared inputs of one report ---------------------------------------------
@dataclass
class Context:
    """One report's inputs, and results several tables share (computed once)."""
    session: Session
    period: Period
    scope: Scope
    cache: dict = field(default_factory=dict)
    pending: dict = field(default_factory=dict)     # key → Prefetch

    def __post_init__(self):
        # ISO texts, compared with the ISO dates the rows carry (read very often)
        self.start = self.period.start.isoformat()
        self.end = self.period.end.isoformat()
        self.before_start = (self.period.start - timedelta(days=1)).isoformat()

    @property
    def params(self):
        if "params" not in self.cache:
            self.cache["params"] = load_params(self.session)
        return self.cache["params"]

    def rows(self, sql: str, **params) -> list[tuple]:
        """Plain tuples straight from sqlite3 (dates stay ISO text): the tables read
        tens of thousands of rows, and SQLAlchemy's Row wrapping would double the time."""
        cursor = self.session.connection().connection.driver_connection.execute(sql, params)
        try:
            return cursor.fetchall()
        finally:
            cursor.close()

    def shared(self, key: str, build: Callable[[Context], object]):
        if key not in self.cache:
            early = self.pending.pop(key, None)
            self.cache[key] = early.result(self) if early is not None else None
            if self.cache[key] is None:
                self.cache[key] = build(self)
        return self.cache[key]

    def prefetch(self, key: str, build: Callable[[Context], object]) -> None:
        """Start `shared(key, build)` now on a second read connection, in a thread:
        SQLite works without the GIL, so its queries overlap the other tables'."""
        database = self.session.get_bind().url.database
        if key not in self.cache and key not in self.pending and database not in (None, "", ":memory:"):
            self.pending[key] = Prefetch(self, build)


class Prefetch:
    """A shared input built in a thread on its own read transaction. It is used only
    when that snapshot holds the same revision as the report's own (no write came
    between the two); otherwise the report builds it again itself."""

    def __init__(self, ctx: Context, build: Callable[[Context], object]):
        self._value = self._rev = self._error = None
        self._thread = threading.Thread(target=self._run, args=(ctx, build), daemon=True)
        self._thread.start()

    def _run(self, ctx: Context, build) -> None:
        try:
            with Session(ctx.session.get_bind()) as session, session.begin():
                self._rev = current_rev(session)          # fixes this snapshot
                self._value = build(Context(session, ctx.period, ctx.scope))
        except Exception as exc:                          # the report's own build reports it
            self._error = exc

    def result(self, ctx: Context):
        """The value, or None when it cannot be trusted for `ctx`'s snapshot."""
        self._thread.join()
        if self._error is not None or self._rev != current_rev(ctx.session):
            return None
        return self._value


Parts = dict[str, Counter]            # village code → additive counts


def new_parts() -> Parts:
    """Empty parts: a village's Counter appears on first use."""
    return defaultdict(Counter)


def count_by_village(pairs: Iterable[tuple[str, str]]) -> Parts:
    """{village: Counter} from (village, key) pairs, one count each."""
    parts: Parts = new_parts()
    for village, key in pairs:
        parts[village][key] += 1
    return parts


def roll_up(scope: Scope, parts: Parts) -> list[Counter]:
    """One Counter per row of the scope, then the total: sums of the villages' parts."""
    unit_of = scope.unit_of()
    rows = [Counter() for _ in scope.units]
    for village, counts in parts.items():
        index = unit_of.get(village)
        if index is not None:
            rows[index].update(counts)
    total = Counter()
    for row in rows:
        total.update(row)
    return rows + [total]
