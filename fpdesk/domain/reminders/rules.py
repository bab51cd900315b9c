"""The twelve reminder rules R01–R12 of DOMAIN.md §Reminders, as pure functions.

Each rule is ``rNN(person, records, params, on) -> Item | None``; ``evaluate``
runs several. The semantics of FORMATS.md §2 live in one place, ``_judge``:
at date D (``on``) a rule lists a person when the latest target whose window
has opened (target − lead ≤ D) is not satisfied; the item is ``due`` while
D ≤ target + grace and ``overdue`` after, with days_overdue = D − (target +
grace). Older missed targets are never listed (reports count them).

Common reading (all rules)
--------------------------
* Records dated after D are ignored: services, migrations by ``date``;
  births by ``birth_date``; episodes by ``start_date`` (an ``end_date`` after D
  counts as not ended, so "open" = no end_date on or before D); pregnancies by
  ``found_date`` (an undated pregnancy is kept) and an outcome whose
  ``outcome_date`` is after D counts as ongoing; a migration's
  ``verified_date`` after D is ignored. Benefits carry a year, not a date:
  R11/R12 judge them by year; a benefit with an optional ``date`` after D is
  ignored.
* The person's own state fields (residence, marital status, sex,
  checks_opt_out, household flags) are taken as they are now. Her own event
  dates (first_marriage_date, arrived_date, left_date, menopause_date) are
  used only when on or before D, like records.
* Nobody is listed who has moved out (residence 8) or died (residence 9, or a
  death_date on or before D — so the day of death already stops the list).
* Age is completed years on D (``dates.age_on``); a woman of childbearing age
  is female and 15–49, so her 50th birthday ends R01/R10 that very day.
* "Present" = residence 1 or 3; married = marital status 20–23.
* Declined services (offered and declined) count like any other service for
  every rule — DOMAIN.md says so for R01, R06, R07 and R08 and excludes them
  nowhere: a declined offer is her choice and closes the item.
* A rule lists a person at most once. Where several records qualify (R04–R07
  several open episodes, R08 several ongoing pregnancies) each is judged on its
  own and the most urgent item is kept: overdue before due, then the most days
  overdue, then the earliest target date, then the smallest record uid.

Per rule
--------
R01  生殖健康检查 (the voluntary successor of the quarterly 三查; no pregnancy
     test is asked for). Married, present, female, 15–49, not checks_opt_out. Base = the last
     type-1 service on or before D (declined or not); without one, the latest
     of her 15th birthday, first_marriage_date and arrived_date (those ≤ D).
     Target = base + check_interval_months (clamped). Satisfied by a type-1
     service dated ≥ target − lead — since the target is computed from the last
     check, a check inside the window both satisfies the target and becomes the
     base of the next one; in practice an opened window is never satisfied.
R02  Her latest birth on or before D (on a tie, a caesarean one, then the
     largest uid), whatever its outcome — a stillbirth also gets the postnatal
     visit. She must be present. Target = birth + 42 days; satisfied by a type
     4, 5 or 6 service dated on or after the birth date. Only the latest birth
     is judged: once it is satisfied, older births are never listed.
R03  Same birth and eligibility. Target = birth + 90 days, + 180 days when
     ``delivery`` is 2 (caesarean; 1 and 9 use 90). Lead = target − (birth + 42
     days), so the window opens 42 days after the birth for both. Satisfied by
     an episode (any method, 0 "no method" too) starting on or after the birth
     date, or a type-5 service dated on or after it.
R04  Each open method-3 episode, any residence but 8/9, any age. Targets start
     + 1, 3, 6, 12 months, then 24, 36, … (each from the start date, clamped:
     Jan 31 → Feb 28/29, Apr 30, Jul 31, Jan 31). Satisfied by a type-2 service
     dated in [target − lead, next target − lead); as D is before the next
     window, that is any type-2 service from target − lead to D.
R05  Each open method 1, 2 or 4 episode; targets start + 1, 3, 6, 12 months
     and no more (the 12-month target stays listed, overdue, while unsatisfied);
     satisfied by a type-3 service (methods 1, 2) or type-9 (method 4) in the
     same kind of window.
R06  Each open method 3 or 4 episode with a positive lifespan_years; target =
     start + lifespan (add_years; a fractional lifespan is rounded to whole
     months). Satisfied by an end_date on or before D (then the episode is not
     open anyway) or by a type-5 counselling service of hers dated ≥ target −
     lead, declined or not: she has been offered the choice and made it (she
     may keep the device). The service need not name the episode.
R07  Each open method-3 episode of a woman not moved out or dead (any
     residence 1–3, any age — she is usually over 49). Target =
     menopause_date + 12 months when a menopause_date ≤ D is recorded, else
     the day she turns menopause_age (52) — the window opens 30 days before.
     Satisfied as R06: the episode ending, or a type-5 service ≥ target − lead.
R08  Each pregnancy found on or before D that is ongoing on D (outcome 0 or
     None, or an outcome dated after D; an outcome without a date counts as
     recorded) and has an edd. Target = edd + 14 days, lead 0. 孕产期服务:
     satisfied by an outcome being recorded (the pregnancy is then no longer
     ongoing) or by a type-4 (产后访视) or type-11 (孕期服务) service of hers
     dated ≥ edd − 30 days, declined or not — recording the outcome stays
     optional.
R09  Type-7 (folic acid) services on or before D. Her latest pregnancy outcome
     on or before D is the latest outcome_date of a pregnancy with an outcome
     and the latest birth_date of her births (a birth is a pregnancy's
     outcome). The series starts with her first type-7 service strictly after
     that date, or with her first ever when she has no outcome; no type-7
     service after her latest outcome = no series. Eligible while series start
     ≥ D − 180 days. Target = latest type-7 service + 30 days, satisfied by a
     later type-7 service — which cannot exist, as the target is taken from
     the latest one: an item simply appears when the window opens.
R10  Women 15–49 with residence 2 or 3. Base = the latest of her migration
     records' date and verified_date, arrived_date, left_date and the date of
     any service (any type, declined too), all ≤ D; with none, her 15th
     birthday. Target = base + 180 days. Satisfied by a service dated ≥ target
     − lead; such a service also becomes the base, so like R01 any contact
     moves the target and an opened window stays unsatisfied.
R11  Any sex, household with a one-child certificate or two daughters, not
     moved out or dead, any residence 1–3. Target = 60th birthday (Feb 29 →
     Feb 28 in a common year); the window opens 60 days before. Satisfied by a
     program-1 benefit whose year ≥ the year of the 60th birthday.
R12  The person is the child: age under 3 on D (born on or before D),
     residence 1 or 2, not dead. Target = max(Jan 1 of D's year, birth date) +
     30 days, so the window opens on Jan 1 (or the birth). Satisfied by a
     program-5 benefit in ``records.child_benefits`` with year = D's year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta

from fpdesk.domain.codes import MARRIED, PRESENT
from fpdesk.domain.dates import add_months, age_on, birthday
from fpdesk.domain.reminders import wording
from fpdesk.domain.reminders.changes import note
from fpdesk.domain.reminders.wording import Detail
from fpdesk.domain.reminders.model import (
    DUE,
    OVERDUE,
    BenefitRec,
    Birth,
    Episode,
    Item,
    Params,
    Pregnancy,
    Records,
    ReminderPerson,
    ServiceRec,
)

FEMALE = 2
GONE = frozenset({8, 9})        # moved out, died
AWAY_OR_INFLOW = frozenset({2, 3})
HUKOU = frozenset({1, 2})
CHILDBEARING = (15, 49)


# -- the shared semantics ---------------------------------------------------------

def _judge(rule: str, person: ReminderPerson, on: date, target: date, lead: int, grace: int,
           satisfied: Callable[[date], bool], detail: Callable[[], Detail],
           record_uid: str | None = None) -> Item | None:
    """FORMATS.md §2 for one target: None before its window opens (target − lead
    > D) or when satisfied; else a due / overdue item. `satisfied` receives the
    window's opening day (target − lead); `detail` words the item, only when
    there is one (most people judged are not listed)."""
    opens = target - timedelta(days=lead)
    note(opens)
    if opens > on or satisfied(opens):
        return None
    worded = detail()
    return Item(rule, person.uid, target, *status_on(target, grace, on), worded.zh, record_uid, worded.en)


def status_on(target: date, grace: int, on: date) -> tuple[str, int]:
    """(status, days overdue) of an open item on `on`: due while on ≤ target +
    grace, then overdue by on − (target + grace) days."""
    late = (on - (target + timedelta(days=grace))).days
    return (OVERDUE, late) if late > 0 else (DUE, 0)


def _latest_opened(targets: Iterable[date], lead: int, on: date) -> tuple[int, date, date | None] | None:
    """(index, target, next target or None) of the latest target of an
    ascending (possibly endless) sequence whose window has opened by `on`."""
    found = None
    for index, target in enumerate(targets):
        if target - timedelta(days=lead) > on:
            note(target - timedelta(days=lead))
            return (found[0], found[1], target) if found else None
        found = (index, target)
    return (found[0], found[1], None) if found else None


def _most_urgent(items: Iterable[Item | None]) -> Item | None:
    """The one item a rule lists when several records qualify (module docstring)."""
    found = [i for i in items if i is not None]
    if not found:
        return None
    return min(found, key=lambda i: (i.status != OVERDUE, -i.days_overdue, i.target_date,
                                     i.record_uid or ""))


# -- eligibility and record filters ----------------------------------------------

def _gone(person: ReminderPerson, on: date) -> bool:
    return person.residence in GONE or (person.death_date is not None and person.death_date <= on)


def _age(person: ReminderPerson, on: date) -> int | None:
    return None if person.birth_date is None else age_on(person.birth_date, on)


def _childbearing(person: ReminderPerson, on: date) -> bool:
    age = _age(person, on)
    return person.sex == FEMALE and age is not None and CHILDBEARING[0] <= age <= CHILDBEARING[1]


def _known(d: date | None, on: date) -> bool:
    """A date that has happened by `on`."""
    return d is not None and d <= on


def _services(records: Records, on: date, types: Iterable[int] | None = None) -> list[ServiceRec]:
    """Her services on or before `on` (of `types`), oldest first; on one day a
    declined one sorts before an accepted one."""
    wanted = None if types is None else set(types)
    return sorted((s for s in records.services
                   if _known(s.date, on) and (wanted is None or s.type in wanted)),
                  key=lambda s: (s.date, not s.declined, s.uid))


def _open_episodes(records: Records, on: date, methods: Iterable[int]) -> list[Episode]:
    wanted = set(methods)
    return [e for e in records.episodes
            if e.method in wanted and _known(e.start_date, on) and not _known(e.end_date, on)]


def _latest_birth(records: Records, on: date) -> Birth | None:
    births = [b for b in records.births if _known(b.birth_date, on)]
    if not births:
        return None
    return max(births, key=lambda b: (b.birth_date, b.delivery == 2, b.uid))


def _episode_text(episode: Episode) -> Detail:
    return wording.episode(episode.method, episode.device_type, episode.start_date)


# -- R01 ------------------------------------------------------------------------

def r01(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """生殖健康检查."""
    if (_gone(person, on) or person.checks_opt_out or person.residence not in PRESENT
            or person.marital_status not in MARRIED or not _childbearing(person, on)):
        return None
    checks = _services(records, on, [1])
    if checks:
        last = checks[-1]
        base = last.date
        detail = lambda: wording.last_check(base, last.declined)  # noqa: E731
    else:
        starts = [birthday(person.birth_date, 15)]
        starts += [d for d in (person.first_marriage_date, person.arrived_date) if _known(d, on)]
        base = max(starts)
        detail = lambda: wording.counted_from("检查", "check", base)  # noqa: E731
    target = add_months(base, params.check_interval_months)
    return _judge("R01", person, on, target, params.r01_lead_days, params.r01_grace_days,
                  lambda opens: any(s.date >= opens for s in checks), detail)


# -- R02 / R03 -----------------------------------------------------------------

def _birth_text(birth: Birth) -> Detail:
    return wording.birth(birth.birth_date, birth.delivery == 2, birth.outcome == 2)


def r02(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """产后访视."""
    if _gone(person, on) or person.residence not in PRESENT:
        return None
    birth = _latest_birth(records, on)
    if birth is None:
        return None
    visits = _services(records, on, [4, 5, 6])
    target = birth.birth_date + timedelta(days=params.r02_offset_days)
    return _judge("R02", person, on, target, params.r02_lead_days, params.r02_grace_days,
                  lambda opens: any(s.date >= birth.birth_date for s in visits),
                  lambda: _birth_text(birth), birth.uid)


def r03_target(birth: Birth, params: Params) -> tuple[date, int]:
    """(target, lead days) of R03 for a birth — also for the T4 report."""
    offset = params.r03_caesarean_offset_days if birth.delivery == 2 else params.r03_offset_days
    target = birth.birth_date + timedelta(days=offset)
    lead = params.r03_lead_days
    if lead is None:
        lead = (target - (birth.birth_date + timedelta(days=params.r03_opens_after_days))).days
    return target, lead


def r03(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """产后避孕知情选择."""
    if _gone(person, on) or person.residence not in PRESENT:
        return None
    birth = _latest_birth(records, on)
    if birth is None:
        return None
    target, lead = r03_target(birth, params)

    def satisfied(_opens: date) -> bool:
        after = birth.birth_date
        return (any(_known(e.start_date, on) and e.start_date >= after for e in records.episodes)
                or any(s.date >= after for s in _services(records, on, [5])))

    return _judge("R03", person, on, target, lead, params.r03_grace_days, satisfied,
                  lambda: _birth_text(birth), birth.uid)


# -- R04 / R05: follow-ups after a long-acting method ----------------------------

def follow_up_targets(episode: Episode, params: Params) -> Iterator[date]:
    """R04/R05 targets of an episode, ascending (endless for an IUD)."""
    if episode.method == 3:
        months = list(params.r04_months)
        yield from (add_months(episode.start_date, m) for m in months)
        m = months[-1]
        while True:
            m += params.r04_repeat_months
            yield add_months(episode.start_date, m)
    else:
        yield from (add_months(episode.start_date, m) for m in params.r05_months)


def _follow_up_months(params: Params, method: int, index: int) -> int:
    months = params.r04_months if method == 3 else params.r05_months
    if index < len(months):
        return months[index]
    return months[-1] + (index - len(months) + 1) * params.r04_repeat_months


def _follow_up(rule: str, person: ReminderPerson, records: Records, params: Params, on: date,
               episode: Episode, service_type: int) -> Item | None:
    lead, grace = params.lead(rule), params.grace(rule)
    found = _latest_opened(follow_up_targets(episode, params), lead, on)
    if found is None:
        return None
    index, target, following = found
    visits = _services(records, on, [service_type])
    until = None if following is None else following - timedelta(days=lead)

    def satisfied(opens: date) -> bool:
        return any(opens <= s.date and (until is None or s.date < until) for s in visits)

    months = _follow_up_months(params, episode.method, index)
    return _judge(rule, person, on, target, lead, grace, satisfied,
                  lambda: _episode_text(episode).then(wording.follow_up(months)), episode.uid)


def r04(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """节育器随访."""
    if _gone(person, on):
        return None
    return _most_urgent(_follow_up("R04", person, records, params, on, e, 2)
                        for e in _open_episodes(records, on, [3]))


def r05(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """绝育/皮埋术后随访."""
    if _gone(person, on):
        return None
    return _most_urgent(_follow_up("R05", person, records, params, on, e, 9 if e.method == 4 else 3)
                        for e in _open_episodes(records, on, [1, 2, 4]))


# -- R06 / R07: the episode must end ----------------------------------------------

COUNSELLING = 5
PREGNANCY_CARE = (4, 11)
R08_SERVICE_FROM_DAYS = 30   # a pregnancy-care service from edd − 30 days closes R08


def _ended_or_chosen(episode: Episode, records: Records, on: date) -> Callable[[date], bool]:
    """R06/R07: the episode ended, or she was counselled (declined or not) in the window."""
    counselling = _services(records, on, [COUNSELLING])
    return lambda opens: _known(episode.end_date, on) or any(s.date >= opens for s in counselling)


def r06(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """节育器/皮埋到期."""
    if _gone(person, on):
        return None
    items = []
    for e in _open_episodes(records, on, [3, 4]):
        if not e.lifespan_years or e.lifespan_years <= 0:
            continue
        target = add_months(e.start_date, round(e.lifespan_years * 12))
        items.append(_judge("R06", person, on, target, params.r06_lead_days, params.r06_grace_days,
                            _ended_or_chosen(e, records, on),
                            lambda: _episode_text(e).then(wording.expires(target)), e.uid))
    return _most_urgent(items)


def r07(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """绝经取器."""
    if _gone(person, on):
        return None
    if _known(person.menopause_date, on):
        target = add_months(person.menopause_date, params.r07_after_menopause_months)
        why = lambda: wording.menopause(person.menopause_date)  # noqa: E731
    elif person.birth_date is not None:
        target = birthday(person.birth_date, params.menopause_age)
        why = lambda: wording.turns(params.menopause_age, target)  # noqa: E731
    else:
        return None
    return _most_urgent(
        _judge("R07", person, on, target, params.r07_lead_days, params.r07_grace_days,
               _ended_or_chosen(e, records, on), lambda: why().then(_episode_text(e)), e.uid)
        for e in _open_episodes(records, on, [3]))


# -- R08 / R09: pregnancy ---------------------------------------------------------

def _ongoing(p: Pregnancy, on: date) -> bool:
    if p.found_date is not None and p.found_date > on:
        return False
    if p.outcome in (None, 0):
        return True
    return p.outcome_date is not None and p.outcome_date > on


def r08(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """孕产期服务."""
    if _gone(person, on):
        return None
    care = _services(records, on, PREGNANCY_CARE)
    items = []
    for p in records.pregnancies:
        if p.edd is None or not _ongoing(p, on):
            continue
        target = p.edd + timedelta(days=params.r08_offset_days)
        since = p.edd - timedelta(days=R08_SERVICE_FROM_DAYS)
        # an ongoing pregnancy has no outcome recorded: only a service closes it
        items.append(_judge("R08", person, on, target, params.r08_lead_days, params.r08_grace_days,
                            lambda _opens, since=since: any(s.date >= since for s in care),
                            lambda: wording.edd(p.edd), p.uid))
    return _most_urgent(items)


def r09(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """叶酸随访."""
    if _gone(person, on):
        return None
    folic = _services(records, on, [7])
    if not folic:
        return None
    outcomes = [p.outcome_date for p in records.pregnancies
                if p.outcome not in (None, 0) and _known(p.outcome_date, on)
                and (p.found_date is None or p.found_date <= on)]
    outcomes += [b.birth_date for b in records.births if _known(b.birth_date, on)]
    if outcomes:
        latest_outcome = max(outcomes)
        series = [s for s in folic if s.date > latest_outcome]
        if not series:
            return None
        start = series[0].date
    else:
        start = folic[0].date
    note(start + timedelta(days=params.r09_series_days + 1))
    if start < on - timedelta(days=params.r09_series_days):
        return None
    last = folic[-1].date
    target = last + timedelta(days=params.r09_offset_days)
    # satisfied by a type-7 service after `last` — none exists by construction
    return _judge("R09", person, on, target, params.r09_lead_days, params.r09_grace_days,
                  lambda opens: any(s.date > last for s in folic), lambda: wording.last_folic_acid(last))


# -- R10: migrants --------------------------------------------------------------

def r10(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """流动人口信息核查."""
    if _gone(person, on) or person.residence not in AWAY_OR_INFLOW or not _childbearing(person, on):
        return None
    services = _services(records, on)
    contacts: list[tuple[date, str, int | None]] = []   # (date, kind of contact, its code)
    for m in records.migrations:
        if _known(m.date, on):
            contacts.append((m.date, "migration", m.direction))
            if _known(m.verified_date, on):
                contacts.append((m.verified_date, "verified", None))
    if _known(person.arrived_date, on):
        contacts.append((person.arrived_date, "arrived", None))
    if _known(person.left_date, on):
        contacts.append((person.left_date, "left", None))
    contacts += [(s.date, "service", s.type) for s in services]
    if contacts:
        base, kind, code = max(contacts, key=lambda c: c[0])
        detail = lambda: wording.last_contact(kind, code, base)  # noqa: E731
    else:
        base = birthday(person.birth_date, 15)
        detail = lambda: wording.counted_from("联系", "contact", base)  # noqa: E731
    target = base + timedelta(days=params.r10_interval_days)
    return _judge("R10", person, on, target, params.r10_lead_days, params.r10_grace_days,
                  lambda opens: any(s.date >= opens for s in services), detail)


# -- R11 / R12: benefits --------------------------------------------------------

def _benefits(benefits: Iterable[BenefitRec], on: date, program: int) -> list[BenefitRec]:
    return [b for b in benefits if b.program == program and (b.date is None or b.date <= on)]


def r11(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """奖励扶助资格确认."""
    if _gone(person, on) or person.birth_date is None:
        return None
    if not (person.household_one_child_cert or person.household_two_daughters):
        return None
    target = birthday(person.birth_date, params.r11_age)
    paid = _benefits(records.benefits, on, 1)
    return _judge("R11", person, on, target, params.r11_lead_days, params.r11_grace_days,
                  lambda opens: any(b.year >= target.year for b in paid),
                  lambda: wording.benefit_household(person.household_one_child_cert)
                  .then(wording.turns(params.r11_age, target)))


def r12(person: ReminderPerson, records: Records, params: Params, on: date) -> Item | None:
    """育儿补贴 (the person is the child)."""
    if _gone(person, on) or person.residence not in HUKOU or person.birth_date is None:
        return None
    if person.birth_date > on or age_on(person.birth_date, on) >= params.r12_age_limit:
        return None
    target = max(date(on.year, 1, 1), person.birth_date) + timedelta(days=params.r12_offset_days)
    granted = _benefits(records.child_benefits, on, 5)
    return _judge("R12", person, on, target, params.r12_lead_days, params.r12_grace_days,
                  lambda opens: any(b.year == on.year for b in granted),
                  lambda: wording.childcare_subsidy(on.year))


# -- all rules ------------------------------------------------------------------

Rule = Callable[[ReminderPerson, Records, Params, date], "Item | None"]

RULES: dict[str, Rule] = {
    "R01": r01, "R02": r02, "R03": r03, "R04": r04, "R05": r05, "R06": r06,
    "R07": r07, "R08": r08, "R09": r09, "R10": r10, "R11": r11, "R12": r12,
}


def evaluate(person: ReminderPerson, records: Records, params: Params, on: date,
             rules: Iterable[str] | None = None) -> list[Item]:
    """The items of `rules` (default: all) for one person on `on`, in rule order
    (R01 … R12). An unknown rule id raises ValueError."""
    wanted = set(RULES) if rules is None else set(rules)
    unknown = sorted(wanted - set(RULES))
    if unknown:
        raise ValueError(f"未知的提醒规则：{', '.join(unknown)}")
    items = []
    for rule_id, rule in RULES.items():
        if rule_id in wanted:
            item = rule(person, records, params, on)
            if item is not None:
                items.append(item)
    return items
