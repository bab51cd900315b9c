"""The small read-only questions the person dialogs and pages ask (moved out of
the UI): townships, her open contraception episode, her ongoing pregnancies,
her children. Checked against plain SQL on the demo and on hand-made records."""

import sqlite3
from datetime import date

from fpdesk.db.schema import open_database
from fpdesk.domain import idcard
from fpdesk.services import people, records
from tests.conftest import CLERK

TODAY = date(2026, 11, 22)
VILLAGE = "610628101001"


def _sql(path, query, *args):
    with sqlite3.connect(path) as connection:
        return connection.execute(query, args).fetchall()


def test_on_the_demo_they_answer_as_the_sql_does(small_demo):
    db = open_database(small_demo)
    try:
        with db.read_session() as s:
            assert people.townships(s) == _sql(small_demo, "SELECT code, name FROM regions WHERE level = "
                                               "'township' AND deleted = 0 ORDER BY code")
            assert len(people.townships(s)) == 1
            mothers = [uid for (uid,) in _sql(small_demo, "SELECT DISTINCT mother_uid FROM births "
                                              "WHERE deleted = 0 ORDER BY mother_uid LIMIT 40")]
            for mother in mothers:
                expected = _sql(small_demo, "SELECT DISTINCT p.uid, p.name, p.sex, p.birth_date FROM persons p "
                                "JOIN births b ON b.child_uid = p.uid WHERE (b.mother_uid = ? OR b.father_uid = ?) "
                                "AND b.deleted = 0 AND p.deleted = 0 ORDER BY p.birth_date DESC, p.uid",
                                mother, mother)
                assert [(c.uid, c.name, c.sex, c.birth_date.isoformat()) for c in people.children_of(s, mother)] \
                    == expected
            women = [uid for (uid,) in _sql(small_demo, "SELECT DISTINCT woman_uid FROM contraception "
                                            "WHERE deleted = 0 AND end_date IS NULL ORDER BY woman_uid LIMIT 40")]
            assert women
            for woman in women:
                (uid,) = _sql(small_demo, "SELECT uid FROM contraception WHERE woman_uid = ? AND deleted = 0 AND "
                              "end_date IS NULL ORDER BY start_date DESC, uid DESC LIMIT 1", woman)[0]
                assert people.open_episode(s, woman) == records.get(s, "contraception", uid)
            pregnant = [uid for (uid,) in _sql(small_demo, "SELECT DISTINCT woman_uid FROM pregnancies WHERE "
                                               "deleted = 0 AND (outcome IS NULL OR outcome = 0)")]
            assert pregnant
            for woman in pregnant:
                expected = _sql(small_demo, "SELECT uid FROM pregnancies WHERE woman_uid = ? AND deleted = 0 AND "
                                "(outcome IS NULL OR outcome = 0) ORDER BY found_date, uid", woman)
                assert people.ongoing_pregnancies(s, woman) == [uid for (uid,) in expected]
    finally:
        db.close()


def _household(s):
    return records.create(s, CLERK, "households", {"village_code": VILLAGE, "group_no": "01",
                                                   "household_no": VILLAGE + "010001"}, today=TODAY).uid


def _person(s, hh, name, sex, born, serial, **extra):
    fields = {"household_uid": hh, "name": name, "sex": sex, "birth_date": born, "relation": "02",
              "id_number": idcard.build("610628", born, serial), "residence": 1, **extra}
    return records.create(s, CLERK, "persons", fields, today=TODAY, accept_warnings=True).uid


def test_edge_cases_deleted_ended_and_outcome_zero(db):
    with db.session() as s:
        regions = {code: records.create(s, CLERK, "regions", {"code": code, "name": name, "level": level},
                                        today=TODAY).uid
                   for code, name, level in (("610628000000", "某县", "county"), ("610628102000", "乙镇", "township"),
                                             ("610628101000", "甲镇", "township"),
                                             ("610628103000", "丙镇", "township"), (VILLAGE, "东庄村", "village"))}
        records.delete(s, CLERK, "regions", regions["610628103000"])
        hh = _household(s)
        her = _person(s, hh, "张秀梅", 2, date(1990, 5, 17), 122, marital_status=21)
        him = _person(s, hh, "李明", 1, date(1988, 3, 2), 131, marital_status=21)
        older = _person(s, hh, "李一", 2, date(2015, 1, 9), 142)
        younger = _person(s, hh, "李二", 1, date(2019, 6, 1), 151)
        gone = _person(s, hh, "李三", 1, date(2021, 6, 1), 171)
        for child, order, born in ((older, 1, date(2015, 1, 9)), (younger, 2, date(2019, 6, 1)),
                                   (gone, 3, date(2021, 6, 1))):
            records.create(s, CLERK, "births", {"mother_uid": her, "father_uid": him, "child_uid": child,
                                                "birth_date": born, "sex": 1, "order": order, "plurality": 1,
                                                "outcome": 1}, today=TODAY, accept_warnings=True)
        records.delete(s, CLERK, "persons", gone, "录错")
        ended = {"woman_uid": her, "method": 2, "start_date": date(2020, 1, 1), "end_date": date(2021, 1, 1)}
        records.create(s, CLERK, "contraception", ended, today=TODAY, accept_warnings=True)
        earlier = records.create(s, CLERK, "contraception", {"woman_uid": her, "method": 1,
                                                             "start_date": date(2022, 1, 1)},
                                 today=TODAY, accept_warnings=True).uid
        later = records.create(s, CLERK, "contraception", {"woman_uid": her, "method": 3,
                                                           "start_date": date(2024, 3, 1)},
                               today=TODAY, accept_warnings=True).uid
        first = records.create(s, CLERK, "pregnancies", {"woman_uid": her, "found_date": date(2026, 5, 1),
                                                         "outcome": 0}, today=TODAY, accept_warnings=True).uid
        second = records.create(s, CLERK, "pregnancies", {"woman_uid": her, "found_date": date(2026, 8, 1)},
                                today=TODAY, accept_warnings=True).uid
        records.create(s, CLERK, "pregnancies", {"woman_uid": her, "found_date": date(2025, 1, 1), "outcome": 1,
                                                 "outcome_date": date(2025, 9, 1)}, today=TODAY,
                       accept_warnings=True)
    with db.read_session() as s:
        assert people.townships(s) == [("610628101000", "甲镇"), ("610628102000", "乙镇")]
        assert [c.name for c in people.children_of(s, her)] == ["李二", "李一"]
        assert people.children_of(s, him) == people.children_of(s, her)   # once each, through either parent
        assert people.children_of(s, older) == []
        assert people.open_episode(s, her)["uid"] == later
        assert people.open_episode(s, him) is None
        assert people.ongoing_pregnancies(s, her) == [first, second]
    with db.session() as s:
        records.update(s, CLERK, "contraception", later, {"end_date": date(2026, 1, 1)}, accept_warnings=True,
                       today=TODAY)
    with db.read_session() as s:
        assert people.open_episode(s, her)["uid"] == earlier

