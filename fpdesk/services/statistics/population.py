"""T1 人口变动 and the registration timeline it rests on (docs/report-rules.md §T1).

Persons carry their current state, so a past population is rebuilt from
events. Every person gets a *timeline* on the 户籍 basis: the village whose
household register holds them on each day (or none). It is built backwards
from the present:

* now: the household's village when residence is 1 or 2 and no death_date;
  else none;
* walking back through the person's events (latest first), the state just
  before each event is:
  - death (death_date): the household's village, unless the person was an
    inflow person (residence 3, or a 流入 record or arrived_date and no 迁入);
  - 迁出 (direction 4; for residence 8 without a 迁出 record, one at
    left_date): the household's village, with the same inflow exception;
    a 迁出 on the same day as a 迁入 of the same person is the other half of
    a move between villages and is dropped;
  - 迁入 (direction 5): the village named by its place_code when that is a
    village of this database (a move between villages), else none (came
    from outside);
* the state after the birth is what is left at the start; the entry is a
  birth when the person is the child of a live-birth record (its birth_date
  is then the entry day), otherwise an entry counted under moved_in.

Most people never change: residence 1 or 2, no death_date, no 流入/迁出/迁入
record. Their timeline is simply "in the household's village from the entry
day on", so they are counted by one SQL aggregate (SETTLED_SQL); only the
others get a timeline built here.

A live birth with no person record for the child counts as a person of the
mother's village (her state on the birth day) from the birth on.

Event dates before the birth are taken as the birth date; events after the
death are ignored. pop_start is the state at the end of the day before the
period, pop_end at the end of its last day, and every change of state dated
in the period is counted once, so pop_end = pop_start + births − deaths +
moved_in − moved_out holds for every village by construction.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from fpdesk.services.statistics.common import Context, Parts, new_parts, permille

BIRTH, APPEAR, DEATH, MOVE_IN, MOVE_OUT = "birth", "appear", "death", "in", "out"
HUKOU_NOW = (1, 2)
MOVED_OUT = 8
COUNTS = ("pop_start", "births", "deaths", "moved_in", "moved_out", "pop_end")


@dataclass(slots=True)
class LiveBirth:
    """A live-birth record, with what T2 needs, and where the child is."""
    uid: str
    mother_uid: str
    child_uid: str | None                        # None: no (living) person record for the child
    birth_date: str
    sex: int | None
    order: int | None
    place: int | None
    reported_date: str | None
    child_village: str | None = None             # the settled child's household village
    child_settled: bool = False
    mother_village: str | None = None            # the settled mother's household village
    mother_born: str | None = None


@dataclass(slots=True)
class Timeline:
    entry: str                                   # ISO day the person enters (birth)
    initial: str | None                          # village right after the birth
    steps: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)  # (day, kind, before, after)
    birth: LiveBirth | None = None               # the live-birth record that is this person's birth

    def state_at(self, day: str) -> str | None:
        """The village at the end of `day` (ISO)."""
        if day < self.entry:
            return None
        state = self.initial
        for when, _, _, after in self.steps:
            if when > day:
                break
            state = after
        return state


MOVED_SQL = "SELECT person_uid FROM migrations WHERE deleted = 0 AND direction IN (2, 4, 5)"


def _settled(alias: str) -> str:
    """SQL: the person never changes on the 户籍 basis (see the module docstring)."""
    return (f"(coalesce({alias}.residence, 0) IN (1, 2) AND {alias}.death_date IS NULL "
            f"AND {alias}.uid NOT IN ({MOVED_SQL}))")


SETTLED_SQL = f"""
WITH first AS MATERIALIZED (
  SELECT child_uid, min(birth_date) AS born FROM births
  WHERE deleted = 0 AND outcome = 1 AND child_uid IS NOT NULL GROUP BY child_uid)
SELECT h.village_code, sum(x.entry <= :before), sum(x.entry BETWEEN :start AND :end AND x.born),
       sum(x.entry BETWEEN :start AND :end AND NOT x.born), sum(x.entry <= :end)
FROM (SELECT p.household_uid, coalesce(f.born, p.birth_date) AS entry, f.child_uid IS NOT NULL AS born
      FROM persons p LEFT JOIN first f ON f.child_uid = p.uid
      WHERE p.deleted = 0 AND {_settled("p")}) x
CROSS JOIN households h ON h.uid = x.household_uid
GROUP BY h.village_code
"""
MOVING_SQL = f"""
SELECT p.uid, p.birth_date, p.death_date, p.residence, p.arrived_date, p.left_date, h.village_code
FROM persons p JOIN households h ON h.uid = p.household_uid
WHERE p.deleted = 0 AND NOT {_settled("p")}
"""
EVENTS_SQL = """
SELECT m.person_uid, m.direction, m.date, m.place_code, m.uid FROM migrations m
WHERE m.deleted = 0 AND m.direction IN (2, 4, 5)
"""
# The live births T1 and T2 need: those of the period or reported in it, those of
# the children who are not settled, and every one with no person record for the
# child (child_uid empty or the child's record deleted; the foreign key keeps it
# from naming anything else); of a child's several live-birth records only the
# earliest counts. Written so that no person is looked up for the other births.
BIRTHS_SQL = """
SELECT b.uid, b.mother_uid, c.uid, b.birth_date, b.sex, b."order", b.place, b.reported_date
FROM births b LEFT JOIN persons c ON c.uid = b.child_uid AND c.deleted = 0
WHERE b.deleted = 0 AND b.outcome = 1
  AND (b.birth_date BETWEEN :start AND :end OR b.reported_date BETWEEN :start AND :end
       OR b.child_uid IS NULL OR b.child_uid IN (SELECT value FROM json_each(:moving))
       OR b.child_uid IN (SELECT uid FROM persons WHERE deleted = 1))
  AND NOT EXISTS (SELECT 1 FROM births e WHERE e.child_uid = b.child_uid AND e.deleted = 0 AND e.outcome = 1
                  AND (e.birth_date < b.birth_date OR (e.birth_date = b.birth_date AND e.uid < b.uid)))
ORDER BY b.birth_date, b.uid
"""
# Household village and birth date of the children and mothers of those births.
PLACES_SQL = """
SELECT p.uid, h.village_code, p.birth_date FROM persons p JOIN households h ON h.uid = p.household_uid
WHERE p.deleted = 0 AND p.uid IN (SELECT value FROM json_each(:uids))
"""


@dataclass
class Population:
    settled: Parts                               # SQL counts of the settled people
    moving: dict[str, Timeline]                  # person uid (or "birth:<uid>") → timeline
    births: list[LiveBirth]


KEY = "population"


def population(ctx: Context) -> Population:
    return ctx.shared(KEY, build)


def build_for_births(ctx: Context) -> Population:
    return build(ctx, with_settled=False)


def build(ctx: Context, with_settled: bool = True) -> Population:
    """The population of the period. Without `with_settled` the settled people's counts
    (T1's alone, the one full scan of persons) are left out: T2 needs only the births."""
    dates = {"start": ctx.start, "end": ctx.end, "before": ctx.before_start}
    settled: Parts = new_parts()
    for village, *counts in ctx.rows(SETTLED_SQL, **dates) if with_settled else ():
        row = settled[village]
        for key, n in zip(("pop_start", "births", "moved_in", "pop_end"), counts):
            row[key] += n or 0
    villages = {c for (c,) in ctx.rows("SELECT code FROM regions WHERE deleted = 0 AND level = 'village'")}
    villages |= {c for (c,) in ctx.rows("SELECT DISTINCT village_code FROM households WHERE deleted = 0")}
    events: dict[str, list[tuple[str, int, str | None, str]]] = {}
    for person, direction, day, place, uid in ctx.rows(EVENTS_SQL):
        events.setdefault(person, []).append((day, direction, place, uid))
    people = ctx.rows(MOVING_SQL)
    births = [LiveBirth(*row) for row in ctx.rows(BIRTHS_SQL, moving=json.dumps([row[0] for row in people]),
                                                  **dates)]
    child_birth = {b.child_uid: b for b in births if b.child_uid is not None}
    moving: dict[str, Timeline] = {}
    for uid, born, died, residence, arrived, left, home in people:
        moving[uid] = _timeline(born, died, residence, arrived, left, home, events.get(uid, ()), villages,
                                child_birth.get(uid))
    _place(ctx, births, moving)
    for birth in births:
        if birth.child_uid is None:              # the baby is in the mother's village from the birth on
            moving[f"birth:{birth.uid}"] = Timeline(birth.birth_date, mother_village(birth, moving), [], birth)
    return Population(settled, moving, births)


def _place(ctx: Context, births: list[LiveBirth], moving: dict[str, Timeline]) -> None:
    """Fill in the settled children's and mothers' household villages."""
    wanted = {b.child_uid for b in births if b.child_uid is not None and b.child_uid not in moving}
    wanted |= {b.mother_uid for b in births if b.child_uid is None and b.mother_uid not in moving}
    places = {uid: (village, born) for uid, village, born in ctx.rows(PLACES_SQL, uids=json.dumps(sorted(wanted)))}
    for b in births:
        if b.child_uid in places:
            b.child_settled, b.child_village = True, places[b.child_uid][0]
        if b.child_uid is None and b.mother_uid in places:
            b.mother_village, b.mother_born = places[b.mother_uid]


def mother_village(birth: LiveBirth, moving: dict[str, Timeline]) -> str | None:
    """The mother's 户籍 village on the birth day."""
    if birth.mother_uid in moving:
        return moving[birth.mother_uid].state_at(birth.birth_date)
    if birth.mother_born is not None and birth.mother_born <= birth.birth_date:
        return birth.mother_village
    return None


def _timeline(born: str, died: str | None, residence: int, arrived: str | None, left: str | None, home: str,
              events, villages: set[str], birth: LiveBirth | None) -> Timeline:
    entry = birth.birth_date if birth else born
    directions = {e[1] for e in events}
    move_in_days = {e[0] for e in events if e[1] == 5}
    events = [e for e in events if not (e[1] == 4 and e[0] in move_in_days)]
    inflow = residence == 3 or ((arrived is not None or 2 in directions) and 5 not in directions)
    before_exit = None if inflow else home
    moves = sorted(((max(day, entry), direction, place, uid) for day, direction, place, uid in events
                    if direction in (4, 5)), key=_event_order)
    if residence == MOVED_OUT and left and (not moves or moves[-1][1] != 4):
        moves = sorted(moves + [(max(left, entry), 4, None, "")], key=_event_order)
    if died:
        died = max(died, entry)
        moves = [m for m in moves if m[0] <= died] + [(died, 9, None, "")]
    state = home if residence in HUKOU_NOW and not died else None
    steps = []
    for day, direction, place, _ in reversed(moves):
        if direction == 5:
            before, kind = (place if place in villages else None), MOVE_IN
        else:
            before, kind = before_exit, (DEATH if direction == 9 else MOVE_OUT)
        steps.append((day, kind, before, state))
        state = before
    steps.reverse()
    return Timeline(entry, state, steps, birth)


def _event_order(event: tuple) -> tuple:
    """By day; on one day a 迁出 before a 迁入, then by record uid."""
    return event[0], event[1], event[3]


def birth_village(birth: LiveBirth, pop: Population) -> str | None:
    """Where a live birth counts: the child's 户籍 village right after the birth
    (None when the child does not enter the 户籍 population then)."""
    if birth.child_settled:
        return birth.child_village
    key = birth.child_uid if birth.child_uid is not None else f"birth:{birth.uid}"
    timeline = pop.moving.get(key)
    return timeline.initial if timeline is not None and timeline.birth is birth else None


def counted_births(ctx: Context) -> list[tuple[str, LiveBirth]]:
    """(village, record) of each live birth dated in the period whose child enters
    the 户籍 population at birth — T1's births and T2's rows."""
    pop = population(ctx)
    out = []
    for birth in pop.births:
        if ctx.start <= birth.birth_date <= ctx.end:
            village = birth_village(birth, pop)
            if village is not None:
                out.append((village, birth))
    return out


def t1_parts(ctx: Context) -> Parts:
    pop = population(ctx)
    counts = {key: Counter() for key in COUNTS}
    for t in pop.moving.values():
        if t.entry <= ctx.end:
            _count_changes(t, ctx.start, ctx.end, ctx.before_start, counts)
    parts: Parts = new_parts()
    for village, row in pop.settled.items():
        parts[village].update(row)
    for key, by_village in counts.items():
        for village, n in by_village.items():
            if village is not None:
                parts[village][key] += n
    return parts


def _count_changes(t: Timeline, start: str, end: str, before: str, counts: dict[str, Counter]) -> None:
    counts["pop_start"][t.state_at(before)] += 1
    counts["pop_end"][t.state_at(end)] += 1
    if t.entry >= start:
        counts["births" if t.birth is not None else "moved_in"][t.initial] += 1
    for day, kind, was, now in t.steps:
        if day > end:
            break
        if day < start or was == now:
            continue
        if kind == DEATH:
            counts["deaths"][was] += 1
        else:
            counts["moved_out"][was] += 1
            counts["moved_in"][now] += 1


def t1_finish(row: Counter) -> dict:
    both = row["pop_start"] + row["pop_end"]
    births = permille(2 * row["births"], both)       # births / ((start + end) / 2) × 1000
    deaths = permille(2 * row["deaths"], both)
    growth = None if births is None else round(births - deaths, 2)
    return {"pop_start": row["pop_start"], "births": row["births"], "deaths": row["deaths"],
            "moved_in": row["moved_in"], "moved_out": row["moved_out"], "pop_end": row["pop_end"],
            "birth_rate": births, "death_rate": deaths, "growth_rate": growth}
