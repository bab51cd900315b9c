"""Villages, households and the people in them, for the demo township."""

from __future__ import annotations

from datetime import date, timedelta

from fpdesk.domain.dates import add_years, age_on
from fpdesk.domain.regions import township_kind
from fpdesk.services.demo.builder import Builder, PersonSeed

COUNTY_CODE = "610628"  # 陕西省延安市富县
TOWNSHIP_CODE = COUNTY_CODE + "101000"
TOWNSHIP_NAME = "和平镇"
# more demo townships of the same county (a county database: `fpdesk demo --township`);
# by the statistical-division rule a 镇 is numbered 100–199, a 乡 200–399
TOWNSHIP_NAMES = {"101": TOWNSHIP_NAME, "102": "新华镇", "103": "太平镇", "104": "安乐镇", "105": "永宁镇",
                  "201": "东风乡", "202": "红星乡", "203": "长青乡"}
FIRST_VILLAGE = 201                     # village committees (村委会) are numbered 200–399


def township_name(code: str) -> str:
    return TOWNSHIP_NAMES.get(code[6:9]) or f"示范{township_kind(code)}{int(code[6:9]) % 100}"


def valid_township_code(code: str) -> bool:
    """A township of the demo county: 610628 + a 镇 (100–199) or 乡 (200–399) number + 000."""
    return (len(code) == 12 and code.isdigit() and code.startswith(COUNTY_CODE) and code.endswith("000")
            and township_kind(code) is not None)
PERSONS_PER_VILLAGE = 5000


def village_count(persons: int) -> int:
    return max(3, min(40, round(persons / PERSONS_PER_VILLAGE)))


def build_regions(b: Builder) -> list[dict]:
    b.add("regions", code=b.township, name=township_name(b.township), level="township",
          parent_code=COUNTY_CODE + "000000")
    villages = []
    for i, name in enumerate(b.names["villages"][: village_count(b.target)], start=1):
        code = b.township[:9] + f"{FIRST_VILLAGE + i - 1:03d}"
        row = b.add("regions", code=code, name=name, level="village", parent_code=b.township)
        row["groups"] = b.rng.randint(4, 10)
        row["surnames"] = b.rng.sample(list(b.names["surnames"]), 3)  # the village's big families
        row["next_no"] = {}
        villages.append(row)
    return villages


class People:
    """Generates households until the township has the target number of people."""

    def __init__(self, b: Builder, villages: list[dict]):
        self.b = b
        self.villages = villages
        self.surnames = b.names["surnames"]
        self.all: list[PersonSeed] = []
        self.mothers: list[PersonSeed] = []  # married women with their children attached

    # -- names --------------------------------------------------------------
    def surname(self, village: dict | None) -> str:
        if village and self.b.chance(0.45):
            return self.b.rng.choice(village["surnames"])
        return self.b.weighted(self.surnames)

    def given(self, sex: int, birth: date) -> str:
        cohort = "old" if birth.year < 1970 else "mid" if birth.year < 1995 else "young"
        pool = self.b.names["given"]["male" if sex == 1 else "female"][cohort]
        count = 1 if self.b.chance(0.25 if cohort != "young" else 0.1) else 2
        return "".join(self.b.rng.choice(pool) for _ in range(count))

    # -- households -----------------------------------------------------------
    def new_household(self, inflow: bool) -> dict:
        b = self.b
        village = b.rng.choice(self.villages)
        group = f"{b.rng.randint(1, village['groups']):02d}"
        number = village["next_no"].get(group, 0) + 1
        village["next_no"][group] = number
        household = b.add(
            "households", household_no=f"{village['code']}{group}{number:04d}",
            village_code=village["code"], group_no=group,
            address=f"{village['name']}{int(group)}组{number}号", head_uid=None,
            hukou_type=9 if inflow else (1 if b.chance(0.12) else 2),
            phone=self.phone(), one_child_cert_no=None, one_child_cert_date=None,
            two_daughters=False)
        household["_village"] = village
        return household

    def phone(self) -> str:
        return f"1{self.b.rng.choice('3578')}{self.b.rng.randrange(10**9):09d}"

    def person(self, household: dict, sex: int, birth: date, relation: str, *,
               surname: str | None = None, area: str = COUNTY_CODE, residence: int = 1,
               marital: int | None = None) -> PersonSeed:
        b = self.b
        name = (surname or self.surname(household["_village"])) + self.given(sex, birth)
        has_id = age_on(birth, b.on) >= 3 or b.chance(0.9)
        row = b.add(
            "persons", household_uid=household["uid"], name=name, sex=sex, birth_date=birth,
            id_number=b.id_number(area, birth, sex) if has_id else None,
            ethnicity=b.weighted({"01": 985, "03": 10, "11": 5}), relation=relation,
            residence=residence, marital_status=marital if marital is not None else (
                10 if age_on(birth, b.on) >= 15 else None),
            first_marriage_date=None, phone=self.phone() if age_on(birth, b.on) >= 18 else None,
            arrived_date=None, left_date=None, death_date=None, menopause_date=None,
            checks_opt_out=False, notes=None)
        seed = PersonSeed(row["uid"], household, row)
        self.all.append(seed)
        if relation == "01":
            household["head_uid"] = row["uid"]
        return seed

    # -- household kinds ----------------------------------------------------
    def build(self) -> None:
        while len(self.all) < self.b.target:
            roll = self.b.rng.random()
            if roll < 0.07:
                self.elderly_single()
            elif roll < 0.10:
                self.young_single()
            else:
                self.family(inflow=self.b.chance(0.03))

    def elderly_single(self) -> None:
        household = self.new_household(inflow=False)
        sex = 2 if self.b.chance(0.65) else 1
        self.person(household, sex, self.b.birth_for_age(self.b.rng.randint(62, 92)), "01",
                    marital=30)

    def young_single(self) -> None:
        household = self.new_household(inflow=False)
        sex = 1 if self.b.chance(0.7) else 2
        age = self.b.rng.randint(22, 45)
        marital = 40 if age > 30 and self.b.chance(0.2) else 10
        self.person(household, sex, self.b.birth_for_age(age), "01", marital=marital)

    def family(self, inflow: bool) -> None:
        b = self.b
        household = self.new_household(inflow)
        residence = 3 if inflow else 1
        husband_age = int(b.rng.triangular(23, 82, 42)) if not inflow else b.rng.randint(24, 42)
        wife_age = max(20, husband_age - round(b.rng.gauss(2, 2)))
        local = b.names["inflow_counties"]
        husband_area = b.rng.choice(local) if inflow else COUNTY_CODE
        wife_area = husband_area if inflow or b.chance(0.65) else b.rng.choice(local)
        husband_birth, wife_birth = b.birth_for_age(husband_age), b.birth_for_age(wife_age)
        marriage = max(add_years(wife_birth, b.rng.randint(20, 27)),
                       add_years(husband_birth, 22), add_years(wife_birth, 20))
        marriage = min(marriage, b.on)
        status = 22 if b.chance(0.03) else 21
        surname = self.surname(household["_village"])
        husband = self.person(household, 1, husband_birth, "01", surname=surname,
                              area=husband_area, residence=residence, marital=status)
        wife = self.person(household, 2, wife_birth, "02", area=wife_area,
                           residence=residence, marital=status)
        for spouse in (husband, wife):
            spouse.row["first_marriage_date"] = marriage
        husband.spouse, wife.spouse = wife, husband
        if inflow:
            arrived = b.date_between(b.on - timedelta(days=5 * 365), b.on - timedelta(days=20))
            for spouse in (husband, wife):
                spouse.row["arrived_date"] = max(arrived, marriage)
        self.children(household, wife, husband, marriage, surname, husband_area, residence)
        self.mothers.append(wife)
        with_parent = not inflow and 28 <= husband_age <= 48 and b.chance(0.2)
        if with_parent:
            parent_age = min(95, husband_age + b.rng.randint(24, 32))
            self.person(household, 2 if b.chance(0.7) else 1, b.birth_for_age(parent_age), "05",
                        surname=surname if b.chance(0.5) else None, marital=30)
        if not with_parent:  # R11 would list the live-in parent as well
            self.certificates(household, wife)

    def children_count(self, mother_birth: date) -> int:
        b = self.b
        if mother_birth.year < 1960:
            return b.weighted({1: 10, 2: 40, 3: 35, 4: 15})
        if mother_birth.year < 1985:
            return b.weighted({1: 45, 2: 45, 3: 10})
        return b.weighted({0: 8, 1: 42, 2: 42, 3: 8})

    def children(self, household: dict, mother: PersonSeed, father: PersonSeed, marriage: date,
                 surname: str, area: str, residence: int) -> None:
        b = self.b
        mother.row["_kids"] = kids = []  # (birth date, sex) of every child, at home or not
        birth = marriage + b.days(300, 800)
        last_possible = min(b.on, add_years(mother.row["birth_date"], 44))
        for order in range(1, self.children_count(mother.row["birth_date"]) + 1):
            if birth > last_possible:
                break
            sex = 1 if b.chance(0.517) else 2
            kids.append((birth, sex))
            age = age_on(birth, b.on)
            stays = age < 25 or (age < 35 and b.chance(0.25))
            if stays:
                relation = "03" if sex == 1 else "04"
                child = self.person(household, sex, birth, relation, surname=surname, area=area,
                                    residence=residence)
                if residence == 3:
                    child.row["arrived_date"] = max(birth, mother.row["arrived_date"])
                child.row["_order"] = order
                child.row["_father"] = father.uid
                mother.children.append(child)
            birth = birth + b.days(700, 2200)

    def certificates(self, household: dict, mother: PersonSeed) -> None:
        """光荣证 for some one-child couples; the 两女户 mark for two-daughter families."""
        b = self.b
        kids = mother.row["_kids"]
        born = mother.row["birth_date"].year
        if len(kids) == 1 and 1950 <= born <= 1985 and b.chance(0.6):
            child_birth = kids[0][0]
            issued = min(child_birth + b.days(200, 1100), date(2015, 12, 31))
            if issued > child_birth and issued <= b.on:
                household["one_child_cert_no"] = f"{COUNTY_CODE}{issued.year}{b.rng.randrange(10**5):05d}"
                household["one_child_cert_date"] = issued
        if (len(kids) == 2 and all(sex == 2 for _, sex in kids)
                and 1950 <= born <= 1978 and household["hukou_type"] == 2):
            household["two_daughters"] = True
