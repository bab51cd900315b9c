"""The pure rules of the data check: check ids of entry-time findings, the package's
refusal rule, and area codes judged by the birth year on python-stdnum's dated table."""

from datetime import date

import pytest

from fpdesk.domain import checks, idcard
from fpdesk.domain.quality import (DATABASE_CHECKS, KINDS, check_id, id_key, id_number_problems,
                                   is_structural)

ON = date(2026, 11, 22)


def test_every_check_of_the_contract_has_its_severity():
    errors = {"id_length", "id_chars", "id_date", "id_birth_mismatch", "id_sex_mismatch", "id_duplicate",
              "before_birth", "after_death", "birth_no_mother", "two_open_methods", "outcome_before_found",
              "future_date", "household_two_heads"}
    assert len(DATABASE_CHECKS) == 21
    assert {c for c in DATABASE_CHECKS if KINDS[c].severity == "error"} == errors


@pytest.mark.parametrize("record, table, expected", [
    ({"household_uid": "h", "name": "甲", "sex": 2, "residence": 1, "relation": "02", "marital_status": 21,
      "birth_date": date(1990, 1, 1), "first_marriage_date": date(1989, 1, 1)}, "persons", "before_birth"),
    ({"found_date": date(2026, 1, 5), "outcome_date": date(2026, 1, 1), "woman_uid": "w"}, "pregnancies",
     "outcome_before_found"),
    ({"start_date": date(2026, 1, 5), "end_date": date(2026, 1, 1), "woman_uid": "w", "method": 3},
     "contraception", "date_order"),
    ({"person_uid": "p", "type": 2, "date": date(2026, 12, 1)}, "services", "future_date"),
    ({"mother_uid": "m", "birth_date": date(2020, 1, 1), "sex": 1, "weight_g": 90}, "births", "value_range"),
])
def test_entry_findings_map_to_check_ids(record, table, expected):
    found = checks.RECORD_CHECKS[table](record, ON)
    assert expected in {check_id(f) for f in found}
    assert not any(is_structural(f) for f in found)


def test_only_missing_required_fields_and_unknown_codes_are_structural():
    found = checks.check_person({"name": "", "sex": 3, "birth_date": date(1990, 1, 1), "residence": 1,
                                 "household_uid": "h", "relation": "01", "marital_status": 20}, ON)
    assert {(f.field, is_structural(f)) for f in found} == {("name", True), ("sex", True)}
    late = checks.check_person({"name": "甲", "sex": 2, "birth_date": date(1990, 1, 1), "residence": 1,
                                "household_uid": "h", "relation": "01", "marital_status": 20,
                                "id_number": idcard.build("610628", date(1990, 1, 2), 2)}, ON)
    assert [check_id(f) for f in late] == ["id_birth_mismatch"] and not is_structural(late[0])


@pytest.mark.parametrize("area, born, state", [
    ("610628", 1980, "ok"), ("612628", 1980, "ok"), ("612628", 1996, "ok"), ("612628", 1997, "revoked"),
    ("999999", 1980, "unknown"), ("120110", 1995, "ok"),
])
def test_area_codes_are_judged_by_the_birth_year(area, born, state):
    got = idcard.area_state(area, born)
    assert got == state if state != "revoked" else got.startswith("1996")
    problems = id_number_problems(idcard.build(area, date(born, 5, 1), 2), date(born, 5, 1), 2)
    assert [p.check for p in problems] == ([] if state == "ok" else ["id_area"])


def test_id_rules_never_raise_on_odd_numbers():
    for number in ("", "   ", "12345", "61062819800501002", "6106281980050100２X", "610628800501002", "x" * 18):
        id_number_problems(number, None, None)
        id_number_problems(number, date(1980, 5, 1), 2)
        id_key(number)
    assert id_key("610628800501002") == idcard.to18("610628800501002")
