"""Write a verified package's records into the office tables, streaming, in the
caller's transaction.

Tables are taken in the order of EXCHANGED_MODELS, so every reference points
to a table already loaded — except a household's head, which points to a
person: households and persons are therefore resolved together in memory
(heads are written once the persons exist). Every other table streams in
batches. A reference must point to a record of the package that was accepted,
or to a record already in the database; refusing a record refuses those that
point to it. For each accepted record the later `updated_at` (as an instant)
wins: `insert` for a new uid, `update` when newer, `same` otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime
from operator import itemgetter

from fpdesk.package.checking import LINE, LOCAL, ROW, UID, WARNINGS, Note, note
from fpdesk.package import PackageRefused
from fpdesk.package.jsonl import CODECS, TABLES, file_path
from fpdesk.package.limits import MAX_REFUSALS_KEPT, labelled, producer_problem
from fpdesk.package.workers import CheckStream, checked_chunks
from fpdesk.services.records import REFERENCES

BATCH = 5000
CHUNK = 500  # uids per IN (...) query
# where a field sits in a row (the loader reads references, stamps and codes from the row)
COLUMN = {table: {c: i for i, c in enumerate(CODECS[table].columns)} for table in TABLES}
uid_of = itemgetter(UID)
DEFERRED = {"households": "head_uid"}  # written after the persons it points to
BULK_MIN = 5000


def _chunks(values: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _instant(stamp: str):
    """A time stamp as an instant; one stored without an offset is taken as local time."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.astimezone()


class Loader:
    def __init__(self, cursor, today: date, take_rev: Callable[[], int], tick: Callable[[], None], pool=None):
        self.cursor, self.today, self.take_rev, self.tick = cursor, today, take_rev, tick
        self.pool = pool   # worker processes checking the lines (workers.worker_pool), or None
        self.stream: CheckStream | None = None
        self.good: dict[str, set[str]] = {t: set() for t in TABLES}  # accepted package records
        self.bad: dict[str, set[str]] = {t: set() for t in TABLES}   # refused package records
        self.in_main: dict[str, dict[str, bool]] = {t: {} for t in TABLES}
        self.was_empty = {t: cursor.execute(f'SELECT NOT EXISTS (SELECT 1 FROM main."{t}")').fetchone()[0]
                          for t in TABLES}
        self.counts: Counter = Counter()
        self.refused: list[Note] = []
        self.refused_more = 0       # refusals past MAX_REFUSALS_KEPT, counted only
        self.warnings: list[Note] = []
        self.heads: list[tuple[str, str]] = []
        self.groups: set[tuple[str, str]] = set()
        self._rev: int | None = None
        self.written: dict[str, set[str]] = {t: set() for t in TABLES}   # inserted or updated
        self.region_codes: set[str] = set()     # accepted from the package
        self.refused_codes: set[str] = set()

    # -- the whole package ---------------------------------------------------------------
    def load(self, package) -> None:
        if self.pool is not None:
            self.stream = CheckStream(package, TABLES, self.today, self.pool)
        try:
            self._load(package)
        finally:
            if self.stream is not None:
                self.stream.close()

    def _load(self, package) -> None:
        regions = self._all_checked(package, "regions")
        problem = producer_problem(package.region_code, [i[ROW][COLUMN["regions"]["code"]] for i in regions])
        if problem:
            raise PackageRefused(*problem)
        self._regions(package, regions)
        households = self._all_checked(package, "households")
        problem = producer_problem(package.region_code, [i[ROW][COLUMN["households"]["village_code"]]
                                                         for i in households], of=("家庭户", "households"))
        if problem:
            raise PackageRefused(*problem)
        self._households_and_persons(package, households, self._all_checked(package, "persons"))
        for table in TABLES[3:]:
            rebuild = self._bulk_begin(table, package.records(file_path(table)))
            for batch in self._checked(package, table):
                self._write(table, self._resolve(table, batch))
            self._bulk_end(rebuild)
            if table not in _REFERENCED:
                self.good[table].clear()  # nothing points here: no need to remember
        self._write_heads()
        self._add_village_groups()

    def _checked(self, package, table: str) -> Iterator[list[tuple]]:
        """The table's lines that passed their own checks (checking.LINE … LOCAL),
        a batch at a time; refusals are noted, and so is a uid seen before."""
        seen: dict[str, int] = {}
        chunks = (self.stream.chunks(table) if self.stream is not None
                  else checked_chunks(table, package.lines(file_path(table)), self.today))
        for chunk in chunks:
            self.tick(len(chunk))
            batch = []
            for item in chunk:
                if item.__class__ is Note:
                    self._refuse_note(table, item)
                    continue
                first = seen.setdefault(item[UID], item[LINE])
                if first != item[LINE]:
                    self._refuse(table, item, (f"uid 与第 {first} 行重复", f"uid repeats line {first}"))
                else:
                    batch.append(item)
            yield batch

    def _all_checked(self, package, table: str) -> list[tuple]:
        return [item for batch in self._checked(package, table) for item in batch]

    # -- refusals ------------------------------------------------------------------------
    def _refuse_note(self, table: str, item: Note) -> None:
        if len(self.refused) < MAX_REFUSALS_KEPT:
            self.refused.append(item)
        else:  # a package of a hundred million blank lines must not hold as many notes
            self.refused_more += 1
        if item.uid:
            self.bad[table].add(item.uid)

    def _refuse(self, table: str, item: tuple, reason: tuple[str, str]) -> None:
        self._refuse_note(table, note(table, item[UID], item[LINE], reason))

    # -- references ----------------------------------------------------------------------
    def _main_has(self, table: str, uids: set[str]) -> None:
        """Learn which of `uids` the database held before the import."""
        known = self.in_main[table]
        todo = [u for u in uids if u not in known]
        if self.was_empty[table]:
            known.update(dict.fromkeys(todo, False))
            return
        for chunk in _chunks(todo):
            found = {u for (u,) in self.cursor.execute(
                f'SELECT uid FROM main."{table}" WHERE uid IN ({",".join("?" * len(chunk))})', chunk)}
            known.update((u, u in found) for u in chunk)

    def _missing(self, table: str, items: list[tuple]) -> dict[int, set[str]]:
        """Per reference (its place in the row), the uids the items point to that
        neither the package's accepted records nor the database hold."""
        missing = {}
        for name, target in REFERENCES.get(table, {}).items():
            at = COLUMN[table][name]
            wanted = {i[ROW][at] for i in items} - self.good[target]
            wanted.discard(None)
            if wanted:
                self._main_has(target, wanted)
                known = self.in_main[target]
                gone = {u for u in wanted if not known[u]}
                if gone:
                    missing[at] = gone
        return missing

    def _dangling(self, table: str, row: tuple) -> tuple[str, str] | None:
        for name, target in REFERENCES.get(table, {}).items():
            ref = row[COLUMN[table][name]]
            if ref is None or ref in self.good[target] or self.in_main[target].get(ref):
                continue
            return unresolved(name, ref, "record", ref in self.bad[target])
        return None

    def _resolve(self, table: str, items: list[tuple]) -> list[tuple]:
        missing = self._missing(table, items)
        if not missing:
            return items    # every reference found: no record to look at one by one
        accepted = []
        for item in items:
            if _points_at(item[ROW], missing):
                self._refuse(table, item, self._dangling(table, item[ROW]))
            else:
                accepted.append(item)
        return accepted

    def _households_and_persons(self, package, households: list[tuple], persons: list[tuple]) -> None:
        """They point at each other (household_uid, head_uid): refuse until nothing more dangles."""
        households = self._in_known_villages(households)
        pending = {"households": {i[UID]: i for i in households}, "persons": {i[UID]: i for i in persons}}
        for table, items in pending.items():
            self.good[table] = set(items)
        changed = True
        while changed:
            changed = False
            for table, items in pending.items():
                missing = self._missing(table, list(items.values()))
                if not missing:
                    continue
                for item in [i for i in items.values() if _points_at(i[ROW], missing)]:
                    self._refuse(table, item, self._dangling(table, item[ROW]))
                    self.good[table].discard(item[UID])
                    del items[item[UID]]
                    changed = True
        for table, items in pending.items():
            rebuild = self._bulk_begin(table, len(items))
            for chunk in _chunks(list(items.values()), BATCH):
                self._write(table, chunk)
            self._bulk_end(rebuild)

    def _in_known_villages(self, households: list[tuple]) -> list[tuple]:
        """A household's village code is a reference too (to a region of the package or the database)."""
        at = COLUMN["households"]["village_code"]
        wanted = sorted({i[ROW][at] for i in households} - self.region_codes)
        known = set()
        for chunk in _chunks(wanted):
            known.update(c for (c,) in self.cursor.execute(
                f"SELECT code FROM main.regions WHERE code IN ({','.join('?' * len(chunk))})", chunk))
        accepted = []
        for item in households:
            code = item[ROW][at]
            if code in self.region_codes or code in known:
                accepted.append(item)
            else:
                self._refuse("households", item, unresolved("village_code", code, "region", code in self.refused_codes))
        return accepted

    def _regions(self, package, items: list[tuple]) -> None:
        """A region code is unique: one held by another record, or twice in the package, is refused."""
        at = COLUMN["regions"]["code"]
        codes = Counter(i[ROW][at] for i in items)
        held = {}
        for chunk in _chunks(list(codes)):
            held.update(self.cursor.execute(
                f"SELECT code, uid FROM main.regions WHERE code IN ({','.join('?' * len(chunk))})", chunk))
        accepted = []
        for item in items:
            code = item[ROW][at]
            if codes[code] > 1 or held.get(code, item[UID]) != item[UID]:
                self._refuse("regions", item, (f"区划代码 {code} 已属于另一条区划记录",
                                               f"region code {code} belongs to another region record"))
                self.refused_codes.add(code)
            else:
                accepted.append(item)
                self.region_codes.add(code)
        self._write("regions", accepted)

    # -- writing -------------------------------------------------------------------------
    def rev(self) -> int:
        if self._rev is None:
            self._rev = self.take_rev()
        return self._rev

    def _stored_stamps(self, table: str, uids: list[str]) -> dict[str, str]:
        if self.was_empty[table]:
            return {}
        stamps = {}
        for chunk in _chunks(uids):
            stamps.update(self.cursor.execute(
                f'SELECT uid, updated_at FROM main."{table}" WHERE uid IN ({",".join("?" * len(chunk))})', chunk))
        return stamps

    def _classify(self, table: str, items: list[tuple]) -> tuple[list[tuple], list[tuple]]:
        stored = self._stored_stamps(table, list(map(uid_of, items)))
        if not stored:
            return items, []
        inserts, updates = [], []
        stamp_at = COLUMN[table]["updated_at"]
        for item in items:
            old = stored.get(item[UID])
            if old is None:
                inserts.append(item)
                continue
            new_at, old_at = _instant(item[ROW][stamp_at]), _instant(old)
            if old_at is None or new_at > old_at:
                updates.append(item)
        self.counts["same"] += len(items) - len(inserts) - len(updates)
        return inserts, updates

    def _write(self, table: str, items: list[tuple]) -> None:
        if not items:
            return
        self.good[table].update(map(uid_of, items))
        inserts, updates = self._classify(table, items)
        if not inserts and not updates:
            return
        columns, rev = _write_columns(table), self.rev()
        names = ", ".join(f'"{c}"' for c in columns)
        if inserts:
            self.cursor.executemany(
                f'INSERT INTO main."{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                [self._values(table, i, rev) for i in inserts])
        if updates:
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            self.cursor.executemany(f'UPDATE main."{table}" SET {assignments} WHERE uid = ?',
                                    [(*self._values(table, i, rev), i[UID]) for i in updates])
        written = inserts + updates
        self.written[table].update(map(uid_of, written))
        self.counts["insert"] += len(inserts)
        self.counts["update"] += len(updates)
        for item in written:
            if item[WARNINGS]:
                self.warnings += item[WARNINGS]
        if table == "households":
            head, village, group = (COLUMN[table][c] for c in ("head_uid", "village_code", "group_no"))
            self.heads += [(i[ROW][head], i[UID]) for i in written if i[ROW][head]]
            self.groups |= {(i[ROW][village], i[ROW][group]) for i in written if i[ROW][group]}

    def _values(self, table: str, item: tuple, rev: int) -> tuple:
        row = item[ROW]
        if table == "households":
            at = COLUMN[table][DEFERRED[table]]
            row = row[:at] + (None,) + row[at + 1:]
        return row + item[LOCAL] + (rev,)

    def _write_heads(self) -> None:
        self.cursor.executemany('UPDATE main."households" SET head_uid = ? WHERE uid = ?', self.heads)

    def _add_village_groups(self) -> None:
        """The local group list follows the households that arrived (the village tree shows them)."""
        self.cursor.executemany(
            "INSERT OR IGNORE INTO main.village_groups (village_code, group_no) SELECT ?, ? "
            "WHERE EXISTS (SELECT 1 FROM main.regions WHERE code = ?)",
            [(v, g, v) for v, g in sorted(self.groups)])

    # -- bulk loading ------------------------------------------------------------------------
    def _bulk_begin(self, table: str, incoming: int) -> list[str]:
        """Loading more rows than the table holds: drop its secondary indexes, rebuilt at the end
        (one sort is far faster than inserting random keys one by one). Returns the rebuild SQL."""
        if incoming < BULK_MIN:
            return []
        held = self.cursor.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
        if incoming < held:
            return []
        indexes = self.cursor.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,)).fetchall()
        for name, _sql in indexes:
            self.cursor.execute(f'DROP INDEX main."{name}"')
        return [sql for _name, sql in indexes]

    def _bulk_end(self, rebuild: list[str]) -> None:
        for sql in rebuild:
            self.cursor.execute(sql)


def unresolved(field: str, ref: str, what: str, refused: bool) -> tuple[str, str]:
    """A reference to a record (`what`: "record") or a region ("region") that was refused with
    this package, or that neither the package nor the database holds; (Chinese, English)."""
    zh_what = "记录" if what == "record" else "区划"
    if refused:
        return (f"{labelled(field)}引用的{zh_what} {ref} 在本数据包中被拒绝",
                f"{labelled(field, 'en')} refers to the {what} {ref}, refused with this package")
    return (f"{labelled(field)}引用的{zh_what}不存在：{ref}",
            f"{labelled(field, 'en')} refers to a {what} that does not exist: {ref}")


_REFERENCED = {target for refs in REFERENCES.values() for target in refs.values()}


def _points_at(row: tuple, missing: dict[int, set[str]]) -> bool:
    """Whether a row refers to one of the `missing` uids (Loader._missing)."""
    return any(row[at] in gone for at, gone in missing.items())


def _write_columns(table: str) -> tuple[str, ...]:
    local = ("pinyin_initials", "pinyin_key") if table == "persons" else ()
    return CODECS[table].columns + local + ("rev",)
