"""A health check's `items` keys this version does not know (FORMATS.md §4: "a v1 reader
that meets a key it does not know keeps it"): a county on this version stores them and
writes them out again, so nothing a newer township holds is lost on the way."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.package.apply import import_package
from fpdesk.package.writer import export_package
from fpdesk.services import records, settings
from fpdesk.services.quality import run_check
from fpdesk.services.statistics import compute_report
from tests.conftest import ADMIN, CLERK
from tests.package.helpers import database_digest, dump_jsonl, jsonl, members, rebuild

COUNTY = "610628000000"
KNOWN = ("disease", "cervical", "breast", "ring", "pregnancy")
EXTRAS = {"thyroid": 1, "note": "复查 A3", "weight": 52.5, "flag": True, "later": None,
          "hpv": {"types": [16, 18], "result": 2}}
LOCAL_TABLES = ("audit_log", "import_history", "export_history", "alembic_version", "backups", "settings",
                "reminder_cache", "reminder_cache_state", "reminder_spans", "rev_counter")


def _services(package) -> list[dict]:
    return jsonl(members(package)["data/services.jsonl"])


def _health_checks(lines: list[dict]) -> list[dict]:
    return [s for s in lines if s["type"] == 1 and not s["declined"] and not s["deleted"]]


def _with_lines(src, dst, lines: list[dict]):
    return rebuild(src, dst, replace={"data/services.jsonl": dump_jsonl(lines)})


def _only_services(src, dst, lines: list[dict]):
    """A package of the township's regions and these services only (the persons are already held)."""
    drop = [n for n in members(src) if n.startswith("data/") and n not in ("data/regions.jsonl",
                                                                             "data/services.jsonl")]

    def edit(manifest):
        manifest["files"] = [f for f in manifest["files"] if f["path"] not in drop]
    return rebuild(src, dst, replace={"data/services.jsonl": dump_jsonl(lines)}, drop=drop, manifest_edit=edit)


def _county(path):
    db = open_database(path, create=True)
    with db.session() as session:
        settings.put(session, "office_region_code", COUNTY)
    return db


def _import(path, package):
    db = open_database(path)
    try:
        return import_package(db, ADMIN, package)
    finally:
        db.close()


def _export(path, out):
    db = open_database(path)
    try:
        return export_package(db, CLERK, out, full=True).path
    finally:
        db.close()


def _later(stamp: str, hours: int = 1) -> str:
    return (datetime.fromisoformat(stamp) + timedelta(hours=hours)).isoformat()


@pytest.fixture
def newer_package(tmp_path, full_package):
    """The township's package as a newer version writes it: two health checks carry items this
    version does not know, one of them a nested object; a home visit (no known item) carries one too."""
    lines = _services(full_package)
    checks = _health_checks(lines)
    checks[0]["items"].update(EXTRAS)
    checks[1]["items"]["thyroid"] = 2
    other = next(s for s in lines if s["type"] != 1 and s["items"] is None)
    other["items"] = {"thyroid": 1}
    return _with_lines(full_package, tmp_path / "newer.fpx", lines), checks[0], checks[1], other


def test_unknown_items_travel_township_to_county_and_out_again(tmp_path, newer_package):
    package, first, second, other = newer_package
    _county(tmp_path / "county.db").close()
    summary = _import(tmp_path / "county.db", package)
    assert summary.refused == []
    out = {s["uid"]: s for s in _services(_export(tmp_path / "county.db", tmp_path / "county.fpx"))}
    assert out[first["uid"]]["items"] == first["items"]          # every key, every value as sent
    assert out[second["uid"]]["items"] == second["items"]
    assert out[other["uid"]]["items"] == {**dict.fromkeys(KNOWN), "thyroid": 1}   # known ones null = not done
    assert out[first["uid"]]["items"]["hpv"] == {"types": [16, 18], "result": 2}
    plain = [s for uid, s in out.items() if uid not in (first["uid"], second["uid"], other["uid"])]
    assert all(s["items"] is None or set(s["items"]) == set(KNOWN) for s in plain)


def test_reimporting_changes_nothing(tmp_path, newer_package):
    package = newer_package[0]
    county = tmp_path / "county.db"
    _county(county).close()
    first = _import(county, package)
    before = database_digest(county, skip=LOCAL_TABLES)
    again = _import(county, package)
    assert (again.inserted, again.updated, again.refused) == (0, 0, [])
    assert again.unchanged == first.inserted + first.updated - 1    # less the county region the import added
    # the county's own package, read back into the county, changes nothing either
    export = _export(county, tmp_path / "county.fpx")
    assert sum("thyroid" in (s["items"] or {}) for s in _services(export)) == 3
    back = _import(county, export)
    assert (back.inserted, back.updated, back.refused) == (0, 0, [])
    assert database_digest(county, skip=LOCAL_TABLES) == before


def test_a_newer_record_replaces_the_unknown_items_an_older_one_does_not(tmp_path, full_package, newer_package):
    package, first, second, _other = newer_package
    county = tmp_path / "county.db"
    _county(county).close()
    _import(county, package)
    newer = [{**first, "updated_at": _later(first["updated_at"]),
              "items": {**{k: first["items"][k] for k in KNOWN}, "thyroid": 3}},
             {**second, "updated_at": _later(second["updated_at"]), "items": {k: second["items"][k] for k in KNOWN}}]
    summary = _import(county, _only_services(full_package, tmp_path / "newer2.fpx", newer))
    assert (summary.updated, summary.refused) == (2, [])
    older = [{**first, "updated_at": _later(first["updated_at"], -1), "items": {**first["items"], "thyroid": 9}}]
    regions = len(jsonl(members(full_package)["data/regions.jsonl"]))
    summary = _import(county, _only_services(full_package, tmp_path / "older.fpx", older))
    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 0, regions + 1)
    out = {s["uid"]: s for s in _services(_export(county, tmp_path / "county.fpx"))}
    assert out[first["uid"]]["items"] == {**{k: first["items"][k] for k in KNOWN}, "thyroid": 3}
    assert set(out[second["uid"]]["items"]) == set(KNOWN)       # the newer one had none: none are kept


def test_correcting_a_health_check_keeps_its_unknown_items(tmp_path, newer_package):
    """The service form saves through records.update: a correction keeps what it does not show."""
    package, first, _second, _other = newer_package
    county = tmp_path / "county.db"
    _county(county).close()
    _import(county, package)
    db = open_database(county)
    try:
        with db.read_session() as session:
            shown = records.get(session, "services", first["uid"])
        assert "item_extra" not in shown       # the form never sees (nor sends) them
        with db.session() as session:
            records.update(session, ADMIN, "services", first["uid"],
                           {**{k: v for k, v in shown.items() if k in records.data_fields("services")},
                            "result": "已复查", "item_disease": 1}, accept_warnings=True)
    finally:
        db.close()
    out = {s["uid"]: s for s in _services(_export(county, tmp_path / "county.fpx"))}
    assert out[first["uid"]]["result"] == "已复查"
    assert out[first["uid"]]["items"] == {**first["items"], "disease": 1}


def test_reports_and_data_checks_ignore_unknown_items(tmp_path, full_package, newer_package):
    plain, with_extras = tmp_path / "plain.db", tmp_path / "extras.db"
    for path, package in ((plain, full_package), (with_extras, newer_package[0])):
        _county(path).close()
        _import(path, package)
    results = []
    for path in (plain, with_extras):
        db = open_database(path)
        try:
            with db.read_session() as session:
                results.append((compute_report(session, parse_period("2026")).as_json(),
                                run_check(session, date(2026, 11, 22), with_integrity=False).findings))
        finally:
            db.close()
    assert results[0] == results[1]


def _refusal(tmp_path, full_package, extra: dict) -> str:
    lines = _services(full_package)
    check = _health_checks(lines)[0]
    check["items"].update(extra)
    county = tmp_path / "county.db"
    county.unlink(missing_ok=True)
    _county(county).close()
    summary = _import(county, _with_lines(full_package, tmp_path / "bad.fpx", lines))
    refused = [r for r in summary.refused if r["uid"] == check["uid"]]
    return refused[0]["reason"] if refused else ""


def test_unknown_items_are_bounded(tmp_path, full_package):
    assert "items" in _refusal(tmp_path, full_package, {"big": "x" * 5000})
    deep = 1
    for _ in range(12):
        deep = [deep]
    assert "items" in _refusal(tmp_path, full_package, {"deep": deep})
    assert "U+202E" in _refusal(tmp_path, full_package, {"\u202ename": 1})
    assert "U+0007" in _refusal(tmp_path, full_package, {"bell": "a\u0007"})
    assert _refusal(tmp_path, full_package, {"list": [1, "二", None, {"x": 2.5}]}) == ""
