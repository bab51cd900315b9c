"""Life events of the demo township: marriages, births and pregnancies,
migration, moves and deaths."""

from __future__ import annotations

from datetime import date, timedelta

from fpdesk.domain.dates import add_months, age_on
from fpdesk.services.demo.builder import Builder, PersonSeed
from fpdesk.services.demo.people import People

PROVIDERS = ("和平镇卫生院", "富县妇幼保健院", "富县人民医院", "延安市妇幼保健院")


def marriages(b: Builder, people: People) -> None:
    for wife in people.mothers:
        husband = wife.spouse
        event = wife.row["marital_status"]
        when = wife.row["first_marriage_date"]
        for one, other in ((wife, husband), (husband, wife)):
            b.add("marriages", person_uid=one.uid, event=event, date=when,
                  spouse_name=other.row["name"], spouse_id_number=other.row["id_number"],
                  spouse_uid=other.uid)


def births(b: Builder, people: People) -> None:
    """A birth record for every child living at home, and the pregnancy
    behind each birth of the last three years."""
    for mother in people.mothers:
        for child in mother.children:
            born = child.row["birth_date"]
            modern = born.year >= 2000
            plurality = 2 if b.chance(0.01) else 1
            reported = born + b.days(0, 2) if b.chance(0.85) else born + b.days(3, 40)
            birth = b.add(
                "births", mother_uid=mother.uid, father_uid=child.row["_father"],
                child_uid=child.uid, birth_date=born, sex=child.row["sex"],
                order=child.row["_order"], plurality=plurality,
                delivery=2 if b.chance(0.35 if modern else 0.08) else 1,
                place=1 if b.chance(0.98 if born.year >= 2005 else 0.6) else 2,
                weight_g=int(b.rng.gauss(3300, 420)), outcome=1,
                reported_date=min(reported, b.on),
                certificate_no=f"Q{born.year % 100:02d}{b.rng.randrange(10**8):08d}" if modern else None)
            if (b.on - born).days <= 3 * 365:
                lmp = born - timedelta(days=b.rng.randint(266, 290))
                b.add("pregnancies", woman_uid=mother.uid, found_date=lmp + b.days(35, 80),
                      lmp_date=lmp, edd=lmp + timedelta(days=280), outcome=1,
                      outcome_date=born, birth_uid=birth["uid"])


def youngest_birth(mother: PersonSeed) -> date | None:
    kids = mother.row.get("_kids") or []
    return kids[-1][0] if kids else None


def ongoing_pregnancies(b: Builder, people: People) -> None:
    """About 3% of married women 20–42 are pregnant now; a few past their due
    date with no outcome recorded yet (R08), a few earlier miscarriages."""
    for wife in people.mothers:
        age = age_on(wife.row["birth_date"], b.on)
        last = youngest_birth(wife)
        if not 20 <= age <= 42 or (last and (b.on - last).days < 400):
            continue
        if b.chance(0.03):
            # one in four past the due date (up to 60 days) with no outcome recorded yet
            lmp = b.on - (b.days(300, 340) if b.chance(0.25) else b.days(45, 290))
            found = lmp + b.days(35, 70)
            if found > b.on:
                continue
            b.add("pregnancies", woman_uid=wife.uid, found_date=found, lmp_date=lmp,
                  edd=lmp + timedelta(days=280), outcome=0, outcome_date=None, birth_uid=None)
            wife.row["_pregnant_since"] = lmp
        elif b.chance(0.005):
            lmp = b.on - b.days(120, 700)
            b.add("pregnancies", woman_uid=wife.uid, found_date=lmp + b.days(35, 50),
                  lmp_date=lmp, edd=lmp + timedelta(days=280), outcome=b.weighted({3: 3, 4: 1}),
                  outcome_date=lmp + b.days(60, 90), birth_uid=None)


def migration(b: Builder, people: People) -> None:
    """About 10% of working-age adults are away (流出); inflow families got
    their arrival record; a few people moved out or came back."""
    places = b.names["outflow_places"]
    for person in people.all:
        row = person.row
        age = age_on(row["birth_date"], b.on)
        if row["residence"] == 3:
            b.add("migrations", person_uid=person.uid, direction=2, date=row["arrived_date"],
                  place=None, place_code=None, reason="务工", contact=row["phone"],
                  verified_date=row["arrived_date"] + b.days(0, 60) if b.chance(0.7) else None)
            _clamp_verified(b)
        elif 18 <= age <= 50 and b.chance(0.10):
            place, code = b.rng.choice(places)
            left = b.on - b.days(20, 6 * 365)
            left = max(left, row["birth_date"] + timedelta(days=18 * 365))
            row["residence"], row["left_date"] = 2, left
            b.add("migrations", person_uid=person.uid, direction=1, date=left, place=place,
                  place_code=code, reason=b.weighted({"务工": 8, "经商": 1, "随迁": 1}),
                  contact=row["phone"],
                  verified_date=left + b.days(30, 400) if b.chance(0.6) else None)
            _clamp_verified(b)
        elif 18 <= age <= 50 and b.chance(0.02):
            left = b.on - b.days(400, 2000)
            back = left + b.days(100, 360)
            place, code = b.rng.choice(places)
            b.add("migrations", person_uid=person.uid, direction=1, date=left, place=place,
                  place_code=code, reason="务工", contact=row["phone"], verified_date=None)
            b.add("migrations", person_uid=person.uid, direction=3, date=back, place=place,
                  place_code=code, reason="返乡", contact=row["phone"], verified_date=back)
        elif age >= 18 and row["relation"] in ("03", "04") and b.chance(0.01):
            left = b.on - b.days(10, 3 * 365)
            row["residence"], row["left_date"] = 8, left
            b.add("migrations", person_uid=person.uid, direction=4, date=left,
                  place=b.rng.choice(places)[0], place_code=None,
                  reason=b.weighted({"婚迁": 3, "升学": 1, "购房": 1}), contact=None,
                  verified_date=None)


def _clamp_verified(b: Builder) -> None:
    row = b.rows["migrations"][-1]
    if row["verified_date"] and row["verified_date"] > b.on:
        row["verified_date"] = None


def deaths(b: Builder, people: People) -> None:
    """Deaths of the last three years, mostly among the old."""
    for person in people.all:
        row = person.row
        age = age_on(row["birth_date"], b.on)
        rate = 0.0015 if age < 60 else 0.02 if age < 75 else 0.07
        if row["residence"] == 1 and age >= 1 and b.chance(rate * 1.5):
            died = b.on - b.days(1, 3 * 365)
            if died <= row["birth_date"]:
                continue
            row["residence"], row["death_date"] = 9, died
            if row["marital_status"] in (20, 21, 22, 23) and person.spouse:
                person.spouse.row["marital_status"] = 30
                b.add("marriages", person_uid=person.spouse.uid, event=30, date=died,
                      spouse_name=row["name"], spouse_id_number=row["id_number"],
                      spouse_uid=person.uid)


def menopause(b: Builder, people: People) -> None:
    for wife in people.mothers:
        age = age_on(wife.row["birth_date"], b.on)
        if age >= 48 and b.chance(0.5 if age < 52 else 0.8):
            at = add_months(wife.row["birth_date"], b.rng.randint(46 * 12, 53 * 12))
            if at <= b.on:
                wife.row["menopause_date"] = at
