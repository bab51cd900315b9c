"""Engine and session set-up for the office's SQLite file.

Every connection gets the pragmas of DESIGN.md §Database set explicitly.
pysqlite's own transaction handling is switched off (isolation_level=None)
and SQLAlchemy's `begin` event emits BEGIN IMMEDIATE, so a write
transaction takes the write lock at its start and really is one
transaction. Read-only sessions (see `read_session`) use a plain deferred
BEGIN so they never block the writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from fpdesk.db.keyslots import key_pragma

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",
    # 64 MB of page cache: random-uid primary keys thrash the 2 MB default
    "PRAGMA cache_size=-65536",
)

# SQLCipher logs every failed page HMAC to stderr itself (hundreds of lines on a
# damaged file) before fpdesk can say one clear line; set on every keyed connection
QUIET_CIPHER = "PRAGMA cipher_log_level = NONE"

_READONLY = "fpdesk_readonly"
_CHECKED_BY_CALLER = "fpdesk_references_checked_by_caller"


def _driver(key: bytes | None):
    """The stdlib sqlite3 for a plain file; SQLCipher's build of it for an encrypted one."""
    if key is None:
        import sqlite3

        return sqlite3
    from sqlcipher3 import dbapi2

    return dbapi2


def driver_errors(kind: str = "DatabaseError") -> tuple[type[Exception], ...]:
    """An error class (DatabaseError, OperationalError, …) of both drivers (SQLAlchemy
    wraps them; a raw connection does not)."""
    import sqlite3

    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return (getattr(sqlite3, kind),)
    return (getattr(sqlite3, kind), getattr(dbapi2, kind))


def dbapi_connect(path: str | Path, key: bytes | None = None, **kwargs):
    """A raw DB-API connection (backups, conversions), keyed when `key` is given."""
    connection = _driver(key).connect(str(path), **kwargs)
    if key is not None:
        connection.execute(key_pragma(key))
        connection.execute(QUIET_CIPHER)
    return connection


def _on_connect(dbapi_connection, _record, key: bytes | None = None) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        if key is not None:  # before anything reads the file
            cursor.execute(key_pragma(key))
            cursor.execute(QUIET_CIPHER)
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(conn) -> None:
    options = conn.get_execution_options()
    # set for every transaction (SQLite ignores it inside one), so a bulk load's
    # setting never outlives its transaction on a pooled connection
    conn.exec_driver_sql(f"PRAGMA foreign_keys={'OFF' if options.get(_CHECKED_BY_CALLER) else 'ON'}")
    if options.get(_READONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: str | Path, key: bytes | None = None) -> Engine:
    """An engine on a plain file, or with `key` on a SQLCipher-encrypted one."""
    options = {} if key is None else {"module": _driver(key)}
    engine = create_engine(f"sqlite:///{Path(path)}", future=True, **options)
    event.listen(engine, "connect", partial(_on_connect, key=key))
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """The open office database: one engine, sessions on demand."""

    def __init__(self, path: str | Path, engine: Engine | None = None, key: bytes | None = None):
        self.path = Path(path)
        self.key = key  # the SQLCipher key while the office is open (None: a plain file)
        self.engine = engine or make_engine(self.path, key)
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(
            self.engine.execution_options(**{_READONLY: True}), expire_on_commit=False
        )
        self._bulk = sessionmaker(
            self.engine.execution_options(**{_CHECKED_BY_CALLER: True}), expire_on_commit=False
        )
        self._write_gate: Callable[[], None] | None = None

    def gate_writes(self, gate: Callable[[], None]) -> None:
        """Call `gate` before every write transaction; it raises while the file may not be
        written (fpdesk.db.guard.IntegrityCheck: the quick_check still running, or failed)."""
        self._write_gate = gate

    def before_write(self) -> None:
        if self._write_gate is not None:
            self._write_gate()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction: committed on success, rolled back on any error."""
        self.before_write()
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def bulk_session(self) -> Iterator[Session]:
        """A write transaction in which SQLite does not check references itself: only
        for the package importer, which resolves every reference of every record
        (fpdesk.services.records.REFERENCES, tested to match the schema's foreign
        keys) before writing it — the second look-up per row would double its time."""
        self.before_write()
        with self._bulk() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only snapshot; never takes the write lock."""
        with self._read() as session, session.begin():
            yield session

    def checkpoint(self) -> None:
        """Fold the WAL into the main file, outside any transaction."""
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def close(self) -> None:
        """Let SQLite refresh its planner statistics where needed, then close."""
        try:
            self.before_write()   # a file that failed its check is not touched, not even here
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA optimize")
            finally:
                raw.close()
        except Exception:  # closing must never fail because of a statistics refresh
            pass
        self.engine.dispose()
