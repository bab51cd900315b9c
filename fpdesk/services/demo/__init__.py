"""`fpdesk demo`: a realistic synthetic township, deterministic for a seed.

The same seed, size and date give a byte-identical database: uids, time
stamps and the demo account's password salt all derive from the seed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from argon2 import Type
from argon2.low_level import hash_secret
from sqlalchemy import text

from fpdesk.db.models import EXCHANGED_MODELS, BenefitRate, DeviceModel, RevCounter, User
from fpdesk.db.schema import open_database
from fpdesk.domain.messages import ClerkError, Said
from fpdesk.domain.pinyin import initials, sort_key
from fpdesk.services import audit, reminder_cache, settings
from fpdesk.services.auth import _hasher
from fpdesk.services.context import SYSTEM
from fpdesk.services.demo import care, life, quality
from fpdesk.services.demo.builder import TABLE_ORDER, Builder
from fpdesk.services.demo.people import COUNTY_CODE, TOWNSHIP_CODE, People, build_regions, valid_township_code

from fpdesk.services.demo_account import DEMO_PASSWORD, DEMO_USER  # noqa: E402,F401 - re-exported


class DemoError(ClerkError):
    pass


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    counts: dict[str, int]
    problems: list[str]


def generate(seed: int, on: date, persons: int, township: str = TOWNSHIP_CODE) -> tuple[Builder, list[str]]:
    b = Builder(seed, on, persons, township)
    people = People(b, build_regions(b))
    people.build()
    life.marriages(b, people)
    life.births(b, people)
    life.ongoing_pregnancies(b, people)
    life.migration(b, people)
    life.deaths(b, people)
    life.menopause(b, people)
    care.contraception(b, people)
    care.services(b, people)
    care.benefits(b, people)
    problems = quality.introduce(b, people)
    return b, problems


def _columns(table: str) -> list[str]:
    return [c.name for c in EXCHANGED_MODELS[table].__table__.columns]


def _sql_value(value):
    """The value as SQLAlchemy's SQLite types store it (dates as ISO text, booleans as 0/1)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _insert(session, table: str, rows: list[dict], blank: tuple[str, ...] = ()) -> None:
    """One executemany straight on the driver: the ORM's bulk path is far slower.
    Columns named in `blank` are written as NULL."""
    columns = _columns(table)
    if table == "persons":
        for row in rows:
            row["pinyin_initials"] = initials(row["name"])
            row["pinyin_key"] = sort_key(row["name"])
    sql = 'INSERT INTO {} ({}) VALUES ({})'.format(
        table, ", ".join(f'"{c}"' for c in columns), ", ".join("?" * len(columns)))
    session.connection().exec_driver_sql(
        sql, [tuple(None if c in blank else _sql_value(row.get(c)) for c in columns) for row in rows])


def demo_password_hash(seed: int) -> str:
    salt = hashlib.sha256(f"fpdesk-demo-salt-{seed}".encode()).digest()[:16]
    return hash_secret(
        DEMO_PASSWORD.encode(), salt, time_cost=_hasher.time_cost,
        memory_cost=_hasher.memory_cost, parallelism=_hasher.parallelism,
        hash_len=_hasher.hash_len, type=Type.ID).decode()


def _office_tables(session, b: Builder, seed: int) -> None:
    settings.put(session, "office_region_code", b.township)
    settings.put(session, "demo", True)
    for program, amount in sorted(care.BENEFIT_RATES.items()):
        first = care.CHILDCARE_FROM.year if program == 5 else 2008
        for year in range(first, b.on.year + 1):
            session.add(BenefitRate(program=program, year=year, amount=amount))
    for method, models in sorted(care.DEVICE_MODELS.items()):
        for model, years in sorted(models.items()):
            session.add(DeviceModel(method=method, model=model, lifespan_years=years))
    session.add(User(username=DEMO_USER, display_name="管理员", role="admin",
                     password_hash=demo_password_hash(seed), created_at=b.stamp))
    session.add(RevCounter(id=1, value=1))
    audit.record(session, SYSTEM, "demo", detail={"seed": seed, "date": b.on, "persons": b.target},
                 at=b.stamp)


def create_demo(path: str | Path, persons: int = 60000, seed: int = 1, on: date | None = None,
                progress: Callable[[str], None] | None = None, township_code: str | None = None,
                key: bytes | None = None) -> DemoSummary:
    """A demo township in a new file. Another `township_code` of the demo county
    (610628102000 …) makes a second township for a county database: its own
    regions, villages and uids (none shared with another code, whatever the seed).
    With `key` the file is written SQLCipher-encrypted (its key file is the caller's:
    services.encryption.create_encrypted_demo)."""
    township = township_code or TOWNSHIP_CODE
    path = Path(path)
    if path.exists():
        raise DemoError(f"文件已存在，不会覆盖：{path}", f"The file exists and is not overwritten: {path}")
    if not valid_township_code(township):
        raise DemoError(f"示范乡镇代码应为 {COUNTY_CODE} 开头、000 结尾的 12 位数字，乡镇位 100–199（镇）或 "
                        f"200–399（乡）（如 {COUNTY_CODE}102000）：{township}",
                        f"A demo township code has 12 digits, starting {COUNTY_CODE} and ending 000, the township "
                        f"digits 100–199 (town) or 200–399 (township), e.g. {COUNTY_CODE}102000: {township}")
    on = on or date.today()
    say = progress or (lambda _msg: None)
    say(Said("生成人员与事件…", "Generating people and events…"))
    b, problems = generate(seed, on, persons, township)
    say(Said("写入数据库…", "Writing the database…"))
    # built under a temporary name and renamed into place, so an interrupted
    # build never leaves a half-made demo.db behind
    building = path.with_name(path.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(building, create=True, key=key)
    try:
        with db.session() as session:
            session.execute(text("PRAGMA cache_size=-524288"))  # the whole build fits in memory
            # heads are set once their people exist: a deferred foreign key
            # would make every person insert scan the households table
            heads = [(h["head_uid"], h["uid"]) for h in b.rows["households"] if h["head_uid"]]
            for table in TABLE_ORDER:
                if b.rows[table]:
                    _insert(session, table, b.rows[table],
                            blank=("head_uid",) if table == "households" else ())
                if table == "persons":
                    session.connection().exec_driver_sql(
                        "UPDATE households SET head_uid = ? WHERE uid = ?", heads)
            _office_tables(session, b, seed)
            session.execute(text("ANALYZE"))  # planner statistics for the bulk-loaded tables
        say(Said("计算提醒清单…", "Computing the reminder list…"))
        reminder_cache.refresh(db, on)   # so the first list a clerk opens is read, not computed
        db.checkpoint()
    finally:
        db.close()
    os.replace(building, path)
    return DemoSummary(path, {t: len(b.rows[t]) for t in TABLE_ORDER}, problems)
