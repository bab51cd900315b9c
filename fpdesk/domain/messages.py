"""Errors the clerk reads, in both interface languages.

Services speak Chinese first: `str(exc)` is the Chinese message (the CLI prints
it, logs keep it). The English interface shows `exc.message_en`, chosen by
`fpdesk.ui.i18n.message`, the way a check's Finding carries message_zh and
message_en.
"""

from __future__ import annotations


class ClerkError(Exception):
    """An error for the clerk, with its message in Chinese and in English."""

    def __init__(self, zh: str, en: str | None = None):
        super().__init__(zh)
        self.message_zh = zh
        self.message_en = en or zh


def english(exc: BaseException) -> str:
    """The English of an error quoted inside another message (its own text
    where it has none: an OS error's, a driver's)."""
    return getattr(exc, "message_en", None) or str(exc)
