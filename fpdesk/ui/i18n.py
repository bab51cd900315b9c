"""Interface language: our .qm, Qt's own qtbase translation, and the
language of labels that come from the domain (codes, dates, periods).

Every user-visible string in fpdesk/ui is written in English as
`self.tr("...")` or `QCoreApplication.translate(context, "...")`; the
Chinese lives in translations/fpdesk_zh_CN.ts, compiled by
scripts/update-translations.sh into fpdesk/resources/i18n/fpdesk_zh_CN.qm.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fpdesk.domain.dates import format_iso, format_zh
from fpdesk.domain.periods import Period
from fpdesk.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_LANG = "zh_CN"
LANGUAGES = ("zh_CN", "en")

# The language of domain labels; the source language until translators are installed.
_lang = "en"


@dataclass
class Installed:
    """The translators put on the application; `remove()` takes them off again."""

    lang: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)

    def remove(self) -> None:
        global _lang
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        _lang = "en"


def qm_path(lang: str):
    return resource_path("i18n", f"fpdesk_{lang}.qm")


def install(lang: str | None) -> Installed:
    """Load fpdesk_<lang>.qm and, for Chinese, Qt's qtbase_zh_CN (standard
    buttons and dialogs). A missing file is logged, never fatal."""
    global _lang
    lang = lang or DEFAULT_LANG
    if lang not in LANGUAGES:
        log.warning("unknown language %r, using %s", lang, DEFAULT_LANG)
        lang = DEFAULT_LANG
    installed = Installed(lang)
    ours = QTranslator()
    if ours.load(str(qm_path(lang))):
        QCoreApplication.installTranslator(ours)
        installed.translators.append(ours)
    else:
        log.error("cannot load translation %s", qm_path(lang))
    if lang != "en":
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", qt_dir):
            QCoreApplication.installTranslator(qt)
            installed.translators.append(qt)
        else:
            log.warning("cannot load Qt's qtbase_%s from %s", lang, qt_dir)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    _lang = lang
    return installed


def lang() -> str:
    """"zh_CN" or "en": the language of the installed translation."""
    return _lang


def code_lang() -> str:
    """The `lang` argument of `CodeSet.label`."""
    return "zh" if _lang == "zh_CN" else "en"


def in_language(zh: str, en: str | None) -> str:
    """Of a text the domain or a service words in both languages, the one of
    the interface (the Chinese where no English is given)."""
    return en if en and _lang != "zh_CN" else zh


def said(text: str) -> str:
    """A note a service words in both languages (`messages.Said`) in the interface language."""
    return in_language(text, getattr(text, "en", None))


def message(exc: BaseException) -> str:
    """A service's error in the interface language: its message_en in English
    (ClerkError, as a Finding carries one), else its own (Chinese) text."""
    return in_language(str(exc), getattr(exc, "message_en", None))


def rule_name(rule: str) -> str:
    """A reminder rule's name (R01 健康检查（三查） / Health check) in the interface language."""
    from fpdesk.domain.reminders import RULE_NAMES, RULE_NAMES_EN

    return RULE_NAMES[rule] if _lang == "zh_CN" else RULE_NAMES_EN[rule]


def format_date(d: date | None) -> str:
    """2026年11月22日 in Chinese, 2026-11-22 in English."""
    return format_zh(d) if _lang == "zh_CN" else format_iso(d)


def period_label(period: Period) -> str:
    return period.label_zh() if _lang == "zh_CN" else period.label_en()


def translate_up_to(obj, top: type, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` looked up under each class of `obj` from its own up to `top`.
    PySide's tr() uses only the runtime class, so a subclass would miss the
    strings its parents wrote (a dialog framework's, a shared base's)."""
    for cls in type(obj).__mro__:
        translated = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
        if translated != text or cls is top:
            return translated
    return text
