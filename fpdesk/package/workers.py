"""Checking a package's lines on every core.

Reading a line, checking its types and running its record checks is pure
work per line, and most of an import's time; on a two-core PC it runs in
worker processes while the main process writes what came back. Only a
compact result crosses back (line, uid, the row as SQLite stores it, the
warnings, and for a person the pinyin keys): the loader needs no more than
the row's own strings, so the record is rebuilt from the row (its dates stay text).

Small packages, and machines with one core, are checked in the process
itself — the same functions, the same results (a test compares both ways).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from itertools import islice
from operator import itemgetter

from fpdesk.domain.pinyin import initials, sort_key
from fpdesk.package.checking import Checked, Note, check_line
from fpdesk.package.jsonl import CODECS, file_path

CHUNK = 4000            # lines per task
IN_FLIGHT = 16          # chunks read ahead of the loader (bounded memory)
WORTH_A_POOL = 50_000   # fewer lines are checked faster than worker processes start

def _picker(table: str, fields: tuple[str, ...]):
    """The named fields of a row of `table` as a small dict."""
    at = [CODECS[table].columns.index(name) for name in fields]
    take = itemgetter(*at) if len(at) > 1 else (lambda row: (row[at[0]],))
    return lambda row: dict(zip(fields, take(row)))


def local_keys(table: str, item: Checked) -> tuple:
    """What the office adds to an imported row: a person's pinyin initials and sort key."""
    if table != "persons":
        return ()
    name = item.record["name"]
    return initials(name), sort_key(name)


def _check_chunk(table: str, chunk: list[tuple[int, bytes]], today: date) -> list:
    out = []
    for line, raw in chunk:
        item = check_line(table, line, raw, today)
        if isinstance(item, Note):
            out.append(item)
        else:
            out.append((item.line, item.uid, item.row, item.warnings, local_keys(table, item)))
    return out


def _expand(pick, result) -> Checked | Note:
    if isinstance(result, Note):
        return result
    line, uid, row, warnings, local = result
    return Checked(line, uid, pick(row), row, warnings, local)


class CheckStream:
    """The whole package's lines, table after table, checked by the pool ahead of
    the loader: a feeder thread reads and hands out chunks while the loader is
    still writing the previous table, so the workers never wait for it."""

    def __init__(self, package, tables: list[str], today: date, pool, fields: dict[str, tuple[str, ...]]):
        """`fields`: per table, the fields of a record the loader reads (its `record`
        holds only those; building every column's dict per row was a tenth of an import)."""
        self.pool, self.today = pool, today
        self.pickers = {table: _picker(table, fields[table]) for table in tables}
        self.queues: dict[str, queue.Queue] = {table: queue.Queue() for table in tables}
        self.room = threading.Semaphore(IN_FLIGHT)
        self.stopped = threading.Event()
        self.feeder = threading.Thread(target=self._feed, args=(package, tables), daemon=True)
        self.feeder.start()

    def _feed(self, package, tables: list[str]) -> None:
        try:
            for table in tables:
                lines = package.lines(file_path(table))
                while chunk := list(islice(lines, CHUNK)):
                    self.room.acquire()
                    if self.stopped.is_set():
                        return
                    self.queues[table].put(self.pool.submit(_check_chunk, table, chunk, self.today))
                self.queues[table].put(None)
        except BaseException as exc:        # handed to the loader, which raises it
            for q in self.queues.values():
                q.put(exc)

    def items(self, table: str) -> Iterator[Checked | Note]:
        while (task := self.queues[table].get()) is not None:
            if isinstance(task, BaseException):
                raise task
            results = task.result()
            self.room.release()
            pick = self.pickers[table]
            yield from (_expand(pick, r) for r in results)

    def close(self) -> None:
        self.stopped.set()
        self.room.release()
        self.feeder.join()


def checked_lines(table: str, lines: Iterable[tuple[int, bytes]], today: date) -> Iterator[Checked | Note]:
    """Every line checked here, in the order of the file (no pool)."""
    for line, raw in lines:
        item = check_line(table, line, raw, today)
        if isinstance(item, Checked):
            item.local = local_keys(table, item)
        yield item


@contextmanager
def worker_pool(lines: int, workers: int | None = None):
    """Worker processes for a package of `lines` lines, or None when not worth it.
    Spawned, not forked: the GUI process has Qt threads, and Windows only spawns."""
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if workers < 2 or lines < WORTH_A_POOL:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
