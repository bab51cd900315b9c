"""Contraception chosen, services given and benefits paid in the demo township."""

from __future__ import annotations

from datetime import date, timedelta

from fpdesk.domain.dates import add_months, add_years, age_on
from fpdesk.services.demo.builder import Builder, PersonSeed
from fpdesk.services.demo.life import PROVIDERS, youngest_birth
from fpdesk.services.demo.people import People

DEVICE_MODELS = {3: {"TCu380A": 10, "MLCu375": 5, "宫铜IUD": 15, "吉妮环": 10},
                 4: {"左炔诺孕酮硅胶棒(II型)": 4, "依托孕烯植入剂": 3}}
BENEFIT_RATES = {1: 960.0, 2: 4800.0, 3: 5880.0, 4: 120.0, 5: 3600.0}
CHILDCARE_FROM = date(2025, 1, 1)
MARRIED = (20, 21, 22, 23)
SETTLED_DAYS = 730


def _episode(b: Builder, woman: PersonSeed, method: int, start: date, **extra) -> dict:
    fields = dict(no_method_reason=None, end_date=None, end_reason=None, device_type=None,
                  lifespan_years=None, provider=b.rng.choice(PROVIDERS),
                  informed_choice=b.chance(0.96))
    fields.update(extra)
    if method in DEVICE_MODELS and not fields["device_type"]:
        model = b.rng.choice(sorted(DEVICE_MODELS[method]))
        fields["device_type"], fields["lifespan_years"] = model, DEVICE_MODELS[method][model]
    return b.add("contraception", woman_uid=woman.uid, method=method, start_date=start, **fields)


def _choose_method(b: Builder, age: int, parity: int) -> int:
    if parity >= 2 and age >= 35:
        return b.weighted({1: 34, 2: 3, 3: 45, 4: 2, 7: 10, 0: 6})
    if parity == 0:
        return b.weighted({7: 45, 5: 15, 0: 40})
    return b.weighted({3: 55, 4: 5, 5: 5, 6: 2, 7: 22, 8: 1, 0: 10})


def contraception(b: Builder, people: People) -> None:
    for wife in people.mothers:
        age = age_on(wife.row["birth_date"], b.on)
        if age < 18 or age > 58 or wife.row["residence"] in (8, 9):
            continue
        kids = [when for when, _ in wife.row["_kids"]]
        _spacing_episodes(b, wife, kids)
        last = youngest_birth(wife)
        pregnant = wife.row.get("_pregnant_since")
        if pregnant:
            if b.chance(0.6):
                start = max(wife.row["first_marriage_date"], (last or pregnant) + b.days(90, 200))
                end = pregnant - b.days(30, 90)
                if start < end:
                    _episode(b, wife, 3, start, end_date=end, end_reason=1)
            continue
        if last and (b.on - last).days < 200:
            start = last + timedelta(days=42)
            # her postpartum choice is not on the books yet for some (R03 has work)
            if start <= b.on and (b.chance(0.75) or (b.on - last).days > 150):
                _episode(b, wife, 0, start, no_method_reason=2, informed_choice=True)
            continue
        base = (last + b.days(90, 360)) if last else wife.row["first_marriage_date"] + b.days(0, 180)
        if base > b.on or b.chance(0.04):
            continue
        method = _choose_method(b, age, len(kids))
        if age > 49 and method not in (1, 2, 3):
            continue
        if method in (5, 6, 7, 8, 0):
            base = max(base, b.on - b.days(30, 3 * 365))
        _current_episode(b, wife, method, base)


def _spacing_episodes(b: Builder, wife: PersonSeed, kids: list[date]) -> None:
    """An IUD between two births, removed to plan the next pregnancy."""
    for born, next_born in zip(kids, kids[1:]):
        if b.chance(0.5):
            start, end = born + b.days(120, 300), next_born - b.days(300, 420)
            if start < end:
                _episode(b, wife, 3, start, end_date=end, end_reason=1)


def _settled(b: Builder, when: date) -> bool:
    """Older than two years: the office's books show what happened then."""
    return (b.on - when).days > SETTLED_DAYS


def _current_episode(b: Builder, wife: PersonSeed, method: int, start: date) -> None:
    extra = {"no_method_reason": 1} if method == 0 else {}
    episode = _episode(b, wife, method, start, **extra)
    while method in DEVICE_MODELS and episode["lifespan_years"]:
        expiry = add_years(episode["start_date"], episode["lifespan_years"])
        if expiry > b.on or not (_settled(b, expiry) or b.chance(0.7)):
            break
        ended = expiry - b.days(0, 60)
        episode["end_date"], episode["end_reason"] = ended, 2
        menopause = wife.row.get("menopause_date")
        if age_on(wife.row["birth_date"], ended) >= 50 or (menopause and menopause <= ended):
            return  # not replaced near or after the menopause
        episode = _episode(b, wife, method, ended)
    if method != 3:
        return
    menopause = wife.row.get("menopause_date")
    if menopause:
        removed = add_months(menopause, b.rng.randint(6, 18))
    else:  # no date on the books: removed in the year after she turned 52
        removed = add_months(add_years(wife.row["birth_date"], 52), b.rng.randint(0, 12))
    if episode["start_date"] < removed <= b.on and (_settled(b, removed) or b.chance(0.6)):
        episode["end_date"], episode["end_reason"] = removed, 3


# -- services ---------------------------------------------------------------
def _service(b: Builder, person_uid: str, type_: int, when: date, **extra) -> dict | None:
    if when > b.on:
        return None
    fields = dict(item_ring=None, item_pregnancy=None, item_disease=None, item_cervical=None, item_breast=None,
                  result=None,
                  provider=b.rng.choice(PROVIDERS[:2]), contraception_uid=None,
                  pregnancy_uid=None, declined=False, next_date=None)
    fields.update(extra)
    return b.add("services", person_uid=person_uid, type=type_, date=when, **fields)


def services(b: Builder, people: People) -> None:
    episodes_by_woman: dict[str, list[dict]] = {}
    for episode in b.rows["contraception"]:
        episodes_by_woman.setdefault(episode["woman_uid"], []).append(episode)
    for episode in b.rows["contraception"]:
        _followups(b, episode)
    pregnant = {p["woman_uid"]: p for p in b.rows["pregnancies"] if p["outcome"] == 0}
    for wife in people.mothers:
        _checks(b, wife, episodes_by_woman.get(wife.uid, []), pregnant.get(wife.uid))
        _after_birth(b, wife)
        _supplies(b, wife, episodes_by_woman.get(wife.uid, []), pregnant.get(wife.uid))
    for person in people.all:
        row = person.row
        if row["sex"] == 2 and row["residence"] in (2, 3) and 15 <= age_on(row["birth_date"], b.on) <= 49:
            if b.chance(0.6):
                _service(b, person.uid, 10, b.on - b.days(0, 300), result="已核实")


def _followups(b: Builder, episode: dict) -> None:
    method = episode["method"]
    type_ = {3: 2, 1: 3, 2: 3, 4: 9}.get(method)
    if type_ is None:
        return
    start, end = episode["start_date"], episode["end_date"] or b.on
    months = [1, 3, 6, 12]
    if method == 3:
        months += list(range(24, 12 * 16, 12))
    for m in months:
        target = add_months(start, m)
        if target > end:
            break
        if _settled(b, target) or b.chance(0.88):
            when = target + b.days(-5, 20)
            if when < end:
                _service(b, episode["woman_uid"], type_, when, contraception_uid=episode["uid"],
                         result="正常")


def _checks(b: Builder, wife: PersonSeed, episodes: list[dict], pregnancy: dict | None) -> None:
    row = wife.row
    if row["marital_status"] not in MARRIED or row["residence"] not in (1, 3):
        return
    if not 15 <= age_on(row["birth_date"], b.on) <= 49:
        return
    if b.chance(0.01):
        row["checks_opt_out"] = True
        return
    floor = max(b.on - timedelta(days=1460), row["first_marriage_date"], row["arrived_date"] or date.min)
    when = b.on - b.days(0, 420)     # yearly (R01 生殖健康检查): some are due again
    while when > floor:
        declined = b.chance(0.03)
        iud = any(e["method"] == 3 and e["start_date"] <= when and (e["end_date"] is None or e["end_date"] > when)
                  for e in episodes)
        is_pregnant = pregnancy is not None and pregnancy["found_date"] <= when
        items = {} if declined else _check_items(b, iud, is_pregnant)
        referred = any(items.get(k) == 2 for k in ("item_disease", "item_cervical", "item_breast"))
        result = "本人拒绝" if declined else ("异常，已转诊县妇幼保健院" if referred else "未见异常")
        _service(b, wife.uid, 1, when, declined=declined, result=result,
                 next_date=when + timedelta(days=30) if referred else None, **items)
        when -= b.days(330, 400)


def _check_items(b: Builder, iud: bool, pregnant: bool) -> dict:
    """The items of one 生殖健康检查: each done or not by her choice; the IUD
    check only for IUD users; a pregnancy test only now and then, when she
    asked for one."""
    items = {"item_disease": None if b.chance(0.05) else (2 if b.chance(0.03) else 1),
             "item_cervical": None if b.chance(0.35) else (2 if b.chance(0.02) else 1),
             "item_breast": None if b.chance(0.4) else (2 if b.chance(0.01) else 1),
             "item_ring": (2 if b.chance(0.02) else 1) if iud and b.chance(0.9) else None}
    if b.chance(0.03):
        items["item_pregnancy"] = 2 if pregnant else 1
    return items


def _after_birth(b: Builder, wife: PersonSeed) -> None:
    """Postnatal visits and counselling: complete on the books for births more
    than two years old, 92% / 55% for recent ones, 60% / 35% for births of the
    last five months (reminders have work)."""
    for child in wife.children:
        born = child.row["birth_date"]
        settled = (b.on - born).days > 730
        recent = (b.on - born).days < 150
        if settled or b.chance(0.6 if recent else 0.92):
            _service(b, wife.uid, 4, born + b.days(3, 40), result="母婴健康")
        if settled or b.chance(0.35 if recent else 0.55):
            _service(b, wife.uid, 5, born + b.days(30, 100), result="已知情选择")


# 药具发放: what was given (品种及数量), for the method she uses
SUPPLIES = {5: ("口服避孕药", (1, 2, 3), "板"), 7: ("避孕套", (20, 30, 50), "只"), 8: ("外用避孕药", (1, 2), "盒")}


def _supplies_given(b: Builder, method: int) -> str:
    kind, amounts, unit = SUPPLIES[method]
    return f"{kind} {b.rng.choice(amounts)} {unit}"


def _supplies(b: Builder, wife: PersonSeed, episodes: list[dict], pregnancy: dict | None) -> None:
    open_ = [e for e in episodes if e["end_date"] is None]
    for episode in open_:
        if episode["method"] in (5, 7, 8):
            when = max(episode["start_date"], b.on - timedelta(days=365))
            while when <= b.on:
                _service(b, wife.uid, 6, when, contraception_uid=episode["uid"],
                         result=_supplies_given(b, episode["method"]))
                when += b.days(60, 100)
        if episode["method"] == 0 and episode["no_method_reason"] == 1:
            _service(b, wife.uid, 8, episode["start_date"] + b.days(0, 60), result="未见异常")
            _folic_series(b, wife.uid, b.on - b.days(0, 200), None)
    if pregnancy:
        _folic_series(b, wife.uid, pregnancy["found_date"], pregnancy["uid"])
        # half of them not seen since a month before the due date (R08 has work)
        last = b.on if b.chance(0.5) else min(b.on, pregnancy["edd"] - timedelta(days=31))
        for _ in range(b.rng.randint(1, 3) if last >= pregnancy["found_date"] else 0):
            when = b.date_between(pregnancy["found_date"], last)
            _service(b, wife.uid, 11, when, pregnancy_uid=pregnancy["uid"], result="正常")


def _folic_series(b: Builder, person_uid: str, start: date, pregnancy_uid: str | None) -> None:
    when = start
    for _ in range(b.rng.randint(1, 6)):
        if when > b.on:
            return
        _service(b, person_uid, 7, when, pregnancy_uid=pregnancy_uid)
        if b.chance(0.15):
            return
        when += b.days(26, 34)


# -- benefits ---------------------------------------------------------------
def benefits(b: Builder, people: People) -> None:
    for person in people.all:
        row = person.row
        household = person.household
        if row["residence"] == 9 or row["relation"] not in ("01", "02"):
            continue
        if household["one_child_cert_no"] or household["two_daughters"]:
            _reward_support(b, person)
    for wife in people.mothers:
        for child in wife.children:
            _childcare(b, wife, child)


def _reward_support(b: Builder, person: PersonSeed) -> None:
    sixty = add_years(person.row["birth_date"], 60)
    for year in range(max(2008, sixty.year), b.on.year + 1):
        if year == b.on.year:
            if not b.chance(0.85) or sixty > b.on:
                return
            status, paid = (2, None) if b.on.month < 7 else (3, date(year, 6, 15))
        else:
            status, paid = 3, date(year, 6, 15)
        confirmed = date(year, 3, 20)
        if confirmed > b.on:
            status, confirmed = 1, None
        b.add("benefits", person_uid=person.uid, program=1, child_uid=None, year=year, months=12,
              amount=BENEFIT_RATES[1], status=status, confirmed_date=confirmed, paid_date=paid)


def _childcare(b: Builder, mother: PersonSeed, child: PersonSeed) -> None:
    born = child.row["birth_date"]
    third = add_years(born, 3)
    for year in range(max(CHILDCARE_FROM.year, born.year), b.on.year + 1):
        first, last = max(date(year, 1, 1), born), min(date(year, 12, 31), third - timedelta(days=1))
        if first > last or first > b.on:
            continue
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        current = year == b.on.year
        if current and not b.chance(0.8):
            continue
        confirmed = min(b.on, first + b.days(10, 40))
        paid = confirmed + b.days(5, 30)
        b.add("benefits", person_uid=mother.uid, program=5, child_uid=child.uid, year=year,
              months=months, amount=round(BENEFIT_RATES[5] * months / 12, 2),
              status=3 if paid <= b.on else 2, confirmed_date=confirmed,
              paid_date=paid if paid <= b.on else None)
