"""Review findings: an unrelated SQLite file was switched to WAL before fpdesk saw it was not
its own; a corrupt database was used without complaint (and written to at sign-in)."""

from __future__ import annotations

import random
from datetime import date
import sqlite3
from pathlib import Path

import pytest

from fpdesk.cli import main
from fpdesk.db.schema import DatabaseError, open_database
from tests.faults.conftest import run_cli, sha


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("户主,姓名\n张三,李四\n", encoding="utf-8")


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [("x" * 50,)] * 200)
    conn.commit()
    conn.close()


def _truncated(small_demo: Path):
    def make(path: Path) -> None:
        path.write_bytes(small_demo.read_bytes()[:10_000])
    return make


def _page_truncated(small_demo: Path):
    def make(path: Path) -> None:
        data = small_demo.read_bytes()
        path.write_bytes(data[:len(data) // 2 // 4096 * 4096])
    return make


def _commands(path: Path, tmp_path: Path, signed: list[str]) -> list[list[str]]:
    pw = tmp_path / "new.txt"
    pw.write_text("secret-99\n", encoding="utf-8")
    package = tmp_path / "pkg.fpx"
    db = ["--db", str(path)]
    return [
        ["reminders", *db, "--date", "2026-11-22", *signed],
        ["reminders", *db, "--json", "--date", "2026-11-22", *signed],
        ["report", *db, "--period", "2026", "--json", *signed],
        ["user", "list", *db, *signed],
        ["user", "add", "li", "--password-file", str(pw), *db, *signed],
        ["export", "--out", str(tmp_path / "out.fpx"), *db, *signed],
        ["import", str(package), *db, *signed],
        ["ledger", "--register", "women", "--out", str(tmp_path / "w.pdf"), *db, *signed],
    ]


@pytest.fixture
def a_package(tmp_path, demo_copy, signed):
    assert main(["export", "--out", str(tmp_path / "pkg.fpx"), "--db", str(demo_copy), "--full", *signed]) == 0


@pytest.mark.parametrize("kind", ["zero", "text", "foreign", "truncated", "page_truncated"])
def test_a_file_that_is_not_an_fpdesk_database_is_refused_untouched(kind, tmp_path, small_demo, signed,
                                                                    a_package, capsys):
    path = tmp_path / "office.db"
    {"zero": _zero, "text": _text, "foreign": _foreign, "truncated": _truncated(small_demo),
     "page_truncated": _page_truncated(small_demo)}[kind](path)
    before = sha(path)
    capsys.readouterr()
    for argv in _commands(path, tmp_path, signed):
        assert main(argv) == 1, argv
        out, err = capsys.readouterr()
        assert out == "" or argv[0] in ("ledger",), argv
        assert err.count("\n") == 1 and err.startswith("fpdesk: "), (argv, err)
        assert "Traceback" not in err
        assert sha(path) == before, argv
        assert not Path(f"{path}-wal").exists()
    if kind == "foreign":
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()


def _damage(path: Path, seed: int) -> None:
    """Random bytes written into the middle of the file."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    start = len(data) // 2 + rng.randrange(-len(data) // 8, len(data) // 8)
    data[start:start + 3000] = rng.randbytes(3000)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(4))
def test_a_damaged_database_is_refused_by_every_command_and_never_written(seed, tmp_path, demo_copy, signed,
                                                                         a_package, capsys):
    _damage(demo_copy, seed)
    before = sha(demo_copy)
    capsys.readouterr()
    for argv in _commands(demo_copy, tmp_path, signed):
        assert main(argv) == 1, argv
        _, err = capsys.readouterr()
        assert err.count("\n") == 1, (argv, err)
        assert "已损坏" in err and "fpdesk restore" in err, (argv, err)
        assert sha(demo_copy) == before, argv


def test_open_database_refuses_a_damaged_file_before_writing(tmp_path, demo_copy):
    _damage(demo_copy, 7)
    before = sha(demo_copy)
    with pytest.raises(DatabaseError, match="fpdesk restore"):
        open_database(demo_copy)
    assert sha(demo_copy) == before


def test_a_database_still_in_wal_opens(tmp_path, small_demo):
    """A file left with its WAL (a crash) is read through the WAL, not called damaged."""
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    with db.session() as session:
        session.connection().exec_driver_sql("INSERT INTO settings (key, value) VALUES ('probe', 'in-wal')")
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    Path(f"{copy}-wal").write_bytes(wal.read_bytes())
    db.close()
    again = open_database(copy)
    with again.read_session() as session:
        assert session.connection().exec_driver_sql(
            "SELECT value FROM settings WHERE key = 'probe'").scalar() == "in-wal"
    again.close()


def _settings_write(db) -> None:
    with db.session() as session:
        session.connection().exec_driver_sql("INSERT INTO settings (key, value) VALUES ('probe', 'x')")


def test_with_the_check_in_the_background_a_damaged_file_is_never_written(tmp_path, demo_copy):
    """The GUI's way: the file opens at once, the quick_check runs on its own thread, and
    every write (and the statistics refresh on close) waits for it — and is refused."""
    _damage(demo_copy, 7)
    before = sha(demo_copy)
    db = open_database(demo_copy, check="background")
    try:
        with pytest.raises(DatabaseError, match="已损坏.*fpdesk restore"):
            _settings_write(db)
        with pytest.raises(DatabaseError, match="已损坏"):   # refused every time, not once
            with db.bulk_session():
                pass
    finally:
        db.close()
    assert sha(demo_copy) == before


def test_with_the_check_in_the_background_a_whole_file_is_written(tmp_path, demo_copy):
    db = open_database(demo_copy, check="background")
    try:
        _settings_write(db)
        with db.read_session() as session:
            assert session.connection().exec_driver_sql(
                "SELECT value FROM settings WHERE key = 'probe'").scalar() == "x"
    finally:
        db.close()


def test_an_old_schema_is_upgraded_only_after_its_check_passed(tmp_path):
    """A migration writes too: a damaged file at an older schema is neither backed up nor upgraded."""
    fixture = Path(__file__).parents[1] / "fixtures" / "schema-0007.db"
    path = tmp_path / "office.db"
    path.write_bytes(fixture.read_bytes())
    _damage(path, 1)   # a table page, not the schema: the file is still recognised
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    before = sha(path)
    with pytest.raises(DatabaseError, match="已损坏"):
        open_database(path, check="background")
    assert sha(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_damaged_encrypted_database_gives_one_line_on_stderr(tmp_path, password_file):
    """SQLCipher's own log (an "hmac check failed" line per page) stays silent."""
    from fpdesk.services.encryption import create_encrypted_demo

    path = tmp_path / "enc.db"
    create_encrypted_demo(path, persons=300, seed=3, on=date(2026, 11, 22))
    _damage(path, 5)
    before = sha(path)
    done = run_cli("reminders", "--db", path, "--user", "admin", "--user-password-file", password_file,
                   "--date", "2026-11-22")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("fpdesk: "), done.stderr
    assert "已损坏" in done.stderr and "hmac" not in done.stderr
    assert sha(path) == before
