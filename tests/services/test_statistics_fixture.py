"""A small township for the report tests (no tests here): two villages, fifteen people, worked
through by hand in test_statistics.py (statistical year 2026 = 2025-10-01 …
2026-09-30).

东村 (V1)                                   西村 (V2)
H1  p1 甲父 m 1980, res 1                    H3  p7 己 f 1992, married, res 1, checks_opt_out,
    p2 甲母 f 1990, married, res 1                  implant 2025-11-01 (open)
    c1 甲子 m born 2025-10-01 (live birth,       p8 庚 m 1988, res 1
       mother p2, vaginal, hospital,             p9 辛 f 1989, married, res 1, male sterilisation
       order 2, reported 2025-10-03)                2026-01-10 (open)
H2  p3 乙母 f 1985, married, res 1              p10 壬 f 1990, married, res 2 (away since 2024)
    c2 乙女 f born 2025-09-30 (live birth,        p14 寅 f 2001, unmarried, res 2 (away since 2023)
       mother p3, caesarean, home, order 1,  H4  p11 癸 f 1998, married, res 3, arrived 2025-11-15
       reported 2025-10-10)                      c3 癸子 m born 2026-06-01, res 3 (live birth,
    p4 丙 m 1940, died 2026-01-15                   mother p11)
    p5 丁 f 2000, moved out 2026-05-01           p12 子 f 1993, married, res 1, female
    p6 戊 f 1995, married, res 1: moved here        sterilisation 2026-03-03
       from 西村 on 2026-02-10                    c4 子女 f born 2026-02-20, died 2026-02-25
    + a live birth of p6 on 2026-08-08 with         (live birth, mother p12, order 3, hospital,
      no person record for the child              reported 2026-03-10)
      (home, order 1, reported 2026-08-09)       p13 丑 m 1970, res 1, moved in from outside
                                                    2026-04-04
"""

from __future__ import annotations

from datetime import date

from fpdesk.services import records
from tests.conftest import ADMIN

TODAY = date(2026, 11, 22)
TOWNSHIP, V1, V2 = "610628101000", "610628101001", "610628101002"


class Builder:
    def __init__(self, session):
        self.session = session

    def add(self, table: str, **fields) -> str:
        return records.create(self.session, ADMIN, table, fields, accept_warnings=True, today=TODAY).uid

    def household(self, village: str, number: int) -> str:
        return self.add("households", village_code=village, group_no="01",
                        household_no=f"{village}01{number:04d}", address=f"{number}号")

    def person(self, household: str, name: str, sex: int, born: date, residence: int = 1, **extra) -> str:
        return self.add("persons", household_uid=household, name=name, sex=sex, birth_date=born,
                        residence=residence, **extra)

    def married_woman(self, household: str, name: str, born: date, married: date, residence: int = 1,
                      **extra) -> str:
        return self.person(household, name, 2, born, residence, marital_status=20,
                           first_marriage_date=married, relation="02", **extra)

    def service(self, person: str, kind: int, day: date, declined: bool = False, **items) -> None:
        self.add("services", person_uid=person, type=kind, date=day, declined=declined, **items)


def build_township(db) -> dict[str, str]:
    """Write the township; returns the person uids by their short names."""
    with db.session() as session:
        b = Builder(session)
        b.add("regions", code=TOWNSHIP, name="和平镇", level="township", parent_code="610628000000")
        b.add("regions", code=V1, name="东村", level="village", parent_code=TOWNSHIP)
        b.add("regions", code=V2, name="西村", level="village", parent_code=TOWNSHIP)
        h1, h2, h3, h4 = b.household(V1, 1), b.household(V1, 2), b.household(V2, 3), b.household(V2, 4)
        u: dict[str, str] = {}
        # -- 东村 ---------------------------------------------------------------
        u["p1"] = b.person(h1, "甲父", 1, date(1980, 1, 1), marital_status=20, relation="01")
        u["p2"] = b.married_woman(h1, "甲母", date(1990, 5, 5), date(2012, 1, 1))
        u["c1"] = b.person(h1, "甲子", 1, date(2025, 10, 1), relation="03")
        b.add("births", mother_uid=u["p2"], child_uid=u["c1"], birth_date=date(2025, 10, 1), sex=1, order=2,
              delivery=1, place=1, outcome=1, reported_date=date(2025, 10, 3))
        iud = b.add("contraception", woman_uid=u["p2"], method=3, start_date=date(2025, 12, 15), lifespan_years=10,
                    informed_choice=True)
        b.service(u["p2"], 2, date(2026, 1, 20))
        b.service(u["p2"], 2, date(2026, 3, 10))
        b.service(u["p2"], 1, date(2026, 3, 1), item_disease=1, item_cervical=1, item_breast=2, item_ring=1)

        u["p3"] = b.married_woman(h2, "乙母", date(1985, 3, 3), date(2008, 1, 1))
        u["c2"] = b.person(h2, "乙女", 2, date(2025, 9, 30), relation="04")
        b.add("births", mother_uid=u["p3"], child_uid=u["c2"], birth_date=date(2025, 9, 30), sex=2, order=1,
              delivery=2, place=2, outcome=1, reported_date=date(2025, 10, 10))
        b.add("contraception", woman_uid=u["p3"], method=3, start_date=date(2020, 5, 1),
              end_date=date(2026, 2, 1), end_reason=1)
        b.service(u["p3"], 1, date(2026, 4, 1), declined=True)
        u["p4"] = b.person(h2, "丙", 1, date(1940, 2, 2), residence=9, death_date=date(2026, 1, 15))
        u["p5"] = b.person(h2, "丁", 2, date(2000, 6, 6), residence=8, left_date=date(2026, 5, 1),
                           marital_status=10)
        b.add("migrations", person_uid=u["p5"], direction=4, date=date(2026, 5, 1), place="西安市")
        u["p6"] = b.married_woman(h2, "戊", date(1995, 7, 7), date(2018, 1, 1))
        b.add("migrations", person_uid=u["p6"], direction=4, date=date(2026, 2, 10), place_code=V1)
        b.add("migrations", person_uid=u["p6"], direction=5, date=date(2026, 2, 10), place_code=V2)
        b.add("contraception", woman_uid=u["p6"], method=5, start_date=date(2024, 1, 1))
        b.service(u["p6"], 1, date(2026, 8, 1), item_cervical=9, item_pregnancy=1)   # 9 = not done
        b.add("births", mother_uid=u["p6"], birth_date=date(2026, 8, 8), sex=1, order=1, delivery=1, place=2,
              outcome=1, reported_date=date(2026, 8, 9))
        # -- 西村 ---------------------------------------------------------------
        u["p7"] = b.person(h3, "己", 2, date(1992, 2, 2), marital_status=21, first_marriage_date=date(2015, 1, 1),
                           checks_opt_out=True)
        b.add("contraception", woman_uid=u["p7"], method=4, start_date=date(2025, 11, 1), lifespan_years=5,
              informed_choice=True)
        b.service(u["p7"], 1, date(2026, 6, 1), item_cervical=1)     # she is not in the R01 population
        b.service(u["p7"], 9, date(2025, 12, 5))
        b.service(u["p7"], 9, date(2026, 3, 20))
        u["p8"] = b.person(h3, "庚", 1, date(1988, 8, 8), marital_status=20, relation="01")
        u["p9"] = b.married_woman(h3, "辛", date(1989, 9, 9), date(2010, 1, 1))
        b.add("contraception", woman_uid=u["p9"], method=2, start_date=date(2026, 1, 10), informed_choice=True)
        b.service(u["p9"], 3, date(2026, 2, 12))
        b.service(u["p9"], 3, date(2026, 4, 8))
        b.service(u["p9"], 1, date(2026, 1, 5), declined=True)
        b.service(u["p9"], 1, date(2026, 5, 5), item_cervical=2)
        u["p10"] = b.married_woman(h3, "壬", date(1990, 10, 10), date(2012, 5, 5), residence=2,
                                   left_date=date(2024, 3, 1))
        b.add("migrations", person_uid=u["p10"], direction=1, date=date(2024, 3, 1), place="广州市",
              verified_date=date(2026, 6, 1))
        u["p14"] = b.person(h3, "寅", 2, date(2001, 1, 1), residence=2, left_date=date(2023, 1, 1),
                            marital_status=10)
        b.add("migrations", person_uid=u["p14"], direction=1, date=date(2023, 1, 1), place="深圳市")

        u["p11"] = b.married_woman(h4, "癸", date(1998, 12, 12), date(2020, 1, 1), residence=3,
                                   arrived_date=date(2025, 11, 15))
        b.add("migrations", person_uid=u["p11"], direction=2, date=date(2025, 11, 15), place="四川省")
        b.add("contraception", woman_uid=u["p11"], method=7, start_date=date(2025, 12, 1))
        b.service(u["p11"], 10, date(2026, 1, 5))
        u["c3"] = b.person(h4, "癸子", 1, date(2026, 6, 1), residence=3, relation="03")
        b.add("births", mother_uid=u["p11"], child_uid=u["c3"], birth_date=date(2026, 6, 1), sex=1, order=1,
              delivery=1, place=1, outcome=1, reported_date=date(2026, 6, 2))
        b.service(u["p11"], 5, date(2026, 7, 1))
        u["p12"] = b.married_woman(h4, "子", date(1993, 3, 3), date(2016, 1, 1))
        u["c4"] = b.person(h4, "子女", 2, date(2026, 2, 20), residence=9, death_date=date(2026, 2, 25),
                           relation="04")
        b.add("births", mother_uid=u["p12"], child_uid=u["c4"], birth_date=date(2026, 2, 20), sex=2, order=3,
              delivery=1, place=1, outcome=1, reported_date=date(2026, 3, 10))
        b.add("contraception", woman_uid=u["p12"], method=1, start_date=date(2026, 3, 3))
        b.service(u["p12"], 1, date(2026, 7, 7), item_breast=1)
        u["p13"] = b.person(h4, "丑", 1, date(1970, 1, 1), marital_status=20)
        b.add("migrations", person_uid=u["p13"], direction=5, date=date(2026, 4, 4), place="外省")
        # -- benefits of 2026 (and one of 2025) ----------------------------------
        b.add("benefits", person_uid=u["p1"], program=1, year=2026, status=3, amount=960.0)
        b.add("benefits", person_uid=u["p3"], program=3, year=2026, status=2, amount=5400.0)
        b.add("benefits", person_uid=u["p2"], program=5, child_uid=u["c1"], year=2026, status=3, amount=3600.0)
        b.add("benefits", person_uid=u["p13"], program=1, year=2026, status=1, amount=960.0)
        b.add("benefits", person_uid=u["p8"], program=1, year=2026, status=4, amount=960.0)
        b.add("benefits", person_uid=u["p8"], program=1, year=2025, status=3, amount=960.0)
        b.add("benefits", person_uid=u["p12"], program=5, child_uid=u["c4"], year=2026, status=3, amount=300.5)
        u["iud"] = iud
    return u
