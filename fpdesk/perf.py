"""Helpers for long bulk work (an import, the reminder list rebuilt)."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """Python's cycle collector off during bulk work that makes hundreds of
    thousands of short-lived rows, tuples and records holding no cycles. With
    it on, a collection ran every few thousand of them, each walking every
    live object: a tenth of an import, a sixth of a reminder rebuild, two
    thirds of unpickling the import workers' results."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
