"""Sub-commands: placeholder until written."""

from __future__ import annotations


def add_commands(sub) -> dict:
    return {}
