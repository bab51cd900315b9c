"""Checking a package's lines on every core.

Reading a line, checking its types and running its record checks is pure
work per line, and most of an import's time; on a two-core PC it runs in
worker processes while the main process writes what came back. Only a
compact result crosses back (line, uid, the row as SQLite stores it, the
warnings, and for a person the pinyin keys): the loader reads the few fields
it needs straight from the row.

Small packages, and machines with one core, are checked in the process
itself — the same functions, the same results (a test compares both ways).
What crosses back for a line that passed is a plain tuple (checking.LINE …
LOCAL): unpickling hundreds of thousands of objects would cost the loader
more than the tuples.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from itertools import islice

from fpdesk.domain.pinyin import initials, sort_key
from fpdesk.package.checking import Checked, Note, check_line
from fpdesk.package.jsonl import file_path

CHUNK = 4000            # lines per task
IN_FLIGHT = 16          # chunks read ahead of the loader (bounded memory)
WORTH_A_POOL = 50_000   # fewer lines are checked faster than worker processes start
# A line takes about 90 bytes of a package file (the 60,000-person demo: 87),
# never much less: a guess at its lines before the package is even read.
LEAST_BYTES_PER_LINE = 40


def likely_lines(path) -> int:
    """At most how many lines a package file of this size can hold (0 when unreadable)."""
    try:
        return os.path.getsize(path) // LEAST_BYTES_PER_LINE
    except OSError:
        return 0


def worth_a_pool(lines: int) -> bool:
    return lines >= WORTH_A_POOL


def local_keys(table: str, item: Checked) -> tuple:
    """What the office adds to an imported row: a person's pinyin initials and sort key."""
    if table != "persons":
        return ()
    name = item.record["name"]
    return initials(name), sort_key(name)


def _check_chunk(table: str, chunk: list[tuple[int, bytes]], today: date) -> list:
    """Each line a Note (refused) or the tuple checking.LINE … LOCAL (passed)."""
    out = []
    for line, raw in chunk:
        item = check_line(table, line, raw, today)
        if isinstance(item, Note):
            out.append(item)
        else:
            out.append((item.line, item.uid, item.row, item.warnings, local_keys(table, item)))
    return out


class CheckStream:
    """The whole package's lines, table after table, checked by the pool ahead of
    the loader: a feeder thread reads and hands out chunks while the loader is
    still writing the previous table, so the workers never wait for it."""

    def __init__(self, package, tables: list[str], today: date, pool):
        self.pool, self.today = pool, today
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

    def chunks(self, table: str) -> Iterator[list]:
        """The table's checked lines, a chunk at a time, in the order of the file."""
        while (task := self.queues[table].get()) is not None:
            if isinstance(task, BaseException):
                raise task
            results = task.result()
            self.room.release()
            yield results

    def close(self) -> None:
        self.stopped.set()
        self.room.release()
        self.feeder.join()


def checked_chunks(table: str, lines: Iterable[tuple[int, bytes]], today: date) -> Iterator[list]:
    """The same chunks as CheckStream.chunks, checked here (no pool)."""
    lines = iter(lines)
    while chunk := list(islice(lines, CHUNK)):
        yield _check_chunk(table, chunk, today)


def _ready() -> None:
    """A first task, so a worker process starts (and imports this module) at once."""


def _worker_started() -> None:
    gc.disable()    # a worker only checks lines (see fpdesk.perf.collector_paused)


@contextmanager
def worker_pool(lines: int, workers: int | None = None):
    """Worker processes for a package of `lines` lines, or None when not worth it.
    Spawned, not forked: the GUI process has Qt threads, and Windows only spawns."""
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if workers < 2 or not worth_a_pool(lines):
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_started)
    for _ in range(workers):   # start them now: they load their modules while the package is verified
        pool.submit(_ready)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
