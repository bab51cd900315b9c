"""Opening a database file so that nothing can be written to it (`fpdesk check`).

SQLite opens the file read-only (`mode=ro`). When no write-ahead log is beside it
(no other program has it open), it is also opened `immutable`: SQLite then
creates no -wal or -shm file either, so the file and its folder stay exactly as
they were. With a log present (the GUI has it open), the log is read as usual.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event

from fpdesk.db.engine import BUSY_TIMEOUT_MS, Database, _on_begin, dbapi_connect
from fpdesk.domain.messages import ClerkError


class ReadOnlyError(ClerkError):
    """The file cannot be read; the message is for the clerk."""


def open_readonly(path: str | Path, key: bytes | None = None) -> Database:
    """`key`: an encrypted office's SQLCipher key (the user's key slot gives it)."""
    path = Path(path)
    if not path.is_file():
        raise ReadOnlyError(f"数据库文件不存在：{path}", f"The database file does not exist: {path}")
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"

    def connect():
        con = dbapi_connect(uri, key, uri=True, check_same_thread=False)
        con.isolation_level = None
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        con.execute("PRAGMA query_only=ON")
        con.execute("PRAGMA cache_size=-65536")
        return con

    engine = create_engine("sqlite://", creator=connect, future=True)
    event.listen(engine, "begin", _on_begin)
    return Database(path, engine)


def schema_revision(db: Database) -> str | None:
    from fpdesk.db.schema import current_revision

    try:
        return current_revision(db)
    except Exception as exc:  # a damaged or foreign file
        raise ReadOnlyError(f"无法读取数据库 {db.path}：{exc}", f"Cannot read the database {db.path}: {exc}") from None
