"""Checking a package's lines in worker processes gives exactly what checking them
in the importing process gives: the same summary, refusals and warnings, the
same rows (fpdesk.package.workers)."""

import gc
import sqlite3
import uuid
from contextlib import contextmanager

from fpdesk.db.schema import open_database
from fpdesk.domain.messages import english_of
from fpdesk.package import apply, workers
from fpdesk.package.apply import import_package
from tests.conftest import ADMIN
from tests.package.helpers import database_digest, dump_jsonl, jsonl, members, rebuild


def _with_bad_records(tmp_path, full_package):
    """Refusals of both kinds (a record's own check, a dangling reference) and their cascade."""
    files = members(full_package)
    persons = jsonl(files["data/persons.jsonl"])
    persons[7]["birth_date"] = "1990-02-30"
    persons[9]["id_number"] = (persons[9]["id_number"] or "61062819900101123")[:17]
    services = jsonl(files["data/services.jsonl"])
    services[5]["person_uid"] = str(uuid.uuid4())
    return rebuild(full_package, tmp_path / "bad.fpx", replace={
        "data/persons.jsonl": dump_jsonl(persons), "data/services.jsonl": dump_jsonl(services)})


def _import(path, package):
    open_database(path, create=True).close()
    db = open_database(path)
    try:
        return import_package(db, ADMIN, package).as_json()
    finally:
        db.close()


def test_worker_processes_and_the_importing_process_give_the_same_import(tmp_path, full_package, monkeypatch):
    package = _with_bad_records(tmp_path, full_package)
    monkeypatch.setattr(workers, "WORTH_A_POOL", 10**9)
    alone = _import(tmp_path / "alone.db", package)

    pools = []
    real_pool = workers.worker_pool

    @contextmanager
    def recorded(lines, count=None):
        with real_pool(lines, count) as pool:
            pools.append(pool)
            yield pool

    monkeypatch.setattr(workers, "WORTH_A_POOL", 0)
    monkeypatch.setattr(apply, "worker_pool", recorded)
    pooled = _import(tmp_path / "pooled.db", package)

    assert pools and pools[0] is not None            # the workers really checked the lines
    assert len(alone["refused"]) >= 3 and alone["warnings"]
    assert pooled == alone
    # the English of every reason crosses from the workers too (messages.Said survives pickling)
    english = lambda summary: [english_of(n["reason"]) for n in summary["refused"] + summary["warnings"]]  # noqa: E731
    assert english(pooled) == english(alone)
    assert all(e.startswith(("Line ", "Data check: ")) for e in english(pooled)), english(pooled)[:5]
    assert gc.isenabled()                          # the import paused the cycle collector, then resumed it
    volatile = ("audit_log", "import_history", "regions")    # stamped with the time of the import
    assert database_digest(tmp_path / "pooled.db", volatile) == database_digest(tmp_path / "alone.db", volatile)
    assert _regions(tmp_path / "pooled.db") == _regions(tmp_path / "alone.db")


def _regions(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT uid, code, name, level, parent_code, deleted FROM regions ORDER BY uid").fetchall()
    finally:
        con.close()
