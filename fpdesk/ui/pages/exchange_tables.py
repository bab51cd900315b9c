"""The 上报交换 page's tables and summaries: packages sent, refusals of the
last import, and each township with what it sent."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from fpdesk.services import people
from fpdesk.ui import i18n

KINDS = {"full": QT_TRANSLATE_NOOP("ExchangePage", "Full"),
         "incremental": QT_TRANSLATE_NOOP("ExchangePage", "Incremental")}


def _tr(source: str) -> str:
    return QCoreApplication.translate("ExchangePage", source)


def _kind(kind: str) -> str:
    """全量 / Full: a package's kind in the interface language."""
    return _tr(KINDS[kind]) if kind in KINDS else kind


EXPORT_HEADINGS = (
    QT_TRANSLATE_NOOP("ExchangePage", "Written"),
    QT_TRANSLATE_NOOP("ExchangePage", "Kind"),
    QT_TRANSLATE_NOOP("ExchangePage", "Revisions"),
    QT_TRANSLATE_NOOP("ExchangePage", "Period"),
    QT_TRANSLATE_NOOP("ExchangePage", "File"),
    QT_TRANSLATE_NOOP("ExchangePage", "Recipient"),
    QT_TRANSLATE_NOOP("ExchangePage", "Check code"),
    QT_TRANSLATE_NOOP("ExchangePage", "Encrypted"),
)
REFUSAL_HEADINGS = (
    QT_TRANSLATE_NOOP("ExchangePage", "File"),
    QT_TRANSLATE_NOOP("ExchangePage", "Record ID"),
    QT_TRANSLATE_NOOP("ExchangePage", "Reason"),
)
TOWNSHIP_HEADINGS = (
    QT_TRANSLATE_NOOP("ExchangePage", "Township"),
    QT_TRANSLATE_NOOP("ExchangePage", "Code"),
    QT_TRANSLATE_NOOP("ExchangePage", "Period"),
    QT_TRANSLATE_NOOP("ExchangePage", "Kind"),
    QT_TRANSLATE_NOOP("ExchangePage", "Received"),
    QT_TRANSLATE_NOOP("ExchangePage", "Check code"),
    QT_TRANSLATE_NOOP("ExchangePage", "State"),
)


YES = QT_TRANSLATE_NOOP("ExchangePage", "Yes")
NO = QT_TRANSLATE_NOOP("ExchangePage", "No")
RECEIVED = QT_TRANSLATE_NOOP("ExchangePage", "Received")
NOT_RECEIVED = QT_TRANSLATE_NOOP("ExchangePage", "Not received")
WARNING = QT_TRANSLATE_NOOP("ExchangePage", "Warning: %1")
WRITTEN = QT_TRANSLATE_NOOP("ExchangePage",
                            "Written and verified: %1 (%2 records). Read this check code to the county:")
LOADED = QT_TRANSLATE_NOOP("ExchangePage",
                           "Package %1 from %2: %3 new, %4 updated, %5 unchanged, %6 refused, %7 warnings.")


def history_table(headings: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels([_tr(h) for h in headings])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def _when(stamp: str | None) -> str:
    return (stamp or "")[:16].replace("T", " ")


def export_rows(session) -> list[tuple]:
    from fpdesk.package.writer import export_history

    rows = export_history(session)
    return [(_when(h.created_at), _kind(h.kind), f"{h.since_rev + 1}–{h.until_rev}", h.period,
             h.file_name, h.recipient, h.check_code, _tr(YES) if h.encrypted else _tr(NO)) for h in rows]


def export_summary(result) -> str:
    records = sum(n for path, n in result.counts.items() if path.startswith("data/"))   # not the report
    return (_tr(WRITTEN)
            .replace("%1", str(result.path)).replace("%2", str(records)))


def import_summary(summary) -> str:
    return (_tr(LOADED)
            .replace("%1", summary.check_code).replace("%2", summary.region_code)
            .replace("%3", str(summary.inserted)).replace("%4", str(summary.updated))
            .replace("%5", str(summary.unchanged)).replace("%6", str(summary.refused_count))
            .replace("%7", str(len(summary.warnings))))


def refusal_rows(summary) -> list[tuple]:
    """Each refusal, then each warning, with its reason in the interface language."""
    return ([(r["file"], r["uid"], i18n.said(r["reason"])) for r in summary.refused]
            + [(w["file"], w["uid"], _tr(WARNING).replace("%1", i18n.said(w["reason"]))) for w in summary.warnings])


def load_history(session) -> tuple[list, list[tuple[str, str]]]:
    """(every package received, newest first; every township the database knows)."""
    from fpdesk.package.apply import import_history

    return import_history(session), people.townships(session)


def township_rows(known: list[tuple[str, str]], sent: list, period: str | None) -> list[tuple]:
    """One row per township: the package it sent for `period` (its latest when None), or 未报送."""
    rows = []
    for code, name in known:
        theirs = [s for s in sent if s.region_code == code and (period is None or s.period == period)]
        if theirs:
            latest = max(theirs, key=lambda s: s.created_at)
            rows.append((name, code, latest.period or "", _kind(latest.kind),
                         _when(latest.created_at), latest.check_code, _tr(RECEIVED)))
        else:
            rows.append((name, code, period or "", "", "", "", _tr(NOT_RECEIVED)))
    return rows
