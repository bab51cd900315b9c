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

    def __reduce__(self):
        # whatever a subclass's __init__ takes, a copy or another process (the
        # package import's workers) gets the same error with both messages
        return _rebuilt, (type(self), self.message_zh, self.__dict__)


def _rebuilt(cls: type, zh: str, state: dict) -> ClerkError:
    error = cls.__new__(cls)
    Exception.__init__(error, zh)
    error.__dict__.update(state)
    return error


def english(exc: BaseException) -> str:
    """The English of an error quoted inside another message (its own text
    where it has none: an OS error's, a driver's)."""
    return getattr(exc, "message_en", None) or str(exc)


class Said(str):
    """A note for the clerk that is its Chinese text (so the lists, JSON and
    XLSX that hold it stay as FORMATS.md says) and knows its English
    (`.en`), for the notes a bulk import collects row by row."""

    en: str

    def __new__(cls, zh: str, en: str) -> Said:
        said = super().__new__(cls, zh)
        said.en = en
        return said

    def __reduce__(self):   # copy, deepcopy (dataclasses.asdict), pickle: no __dict__ to carry besides
        return Said, (str(self), self.en)


def english_of(text: str) -> str:
    """A note's English where it has one (`Said`), else the text itself."""
    return getattr(text, "en", None) or text
