"""`fpdesk screenshot`: one page of the main window, signed in, rendered
offscreen at 1366×768 into a PNG (for the docs, and for looking at pages)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

SIZE = (1366, 768)


class PageNotAvailable(Exception):
    pass


def render_page(db, actor, page: str, out: Path, lang: str | None = None,
                on: date | None = None) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fpdesk.services import context
    from fpdesk.ui import i18n, style
    from fpdesk.ui.main_window import PAGE_NAMES, MainWindow

    if page not in PAGE_NAMES:
        raise PageNotAvailable(f"未知页面：{page}（可选：{' '.join(PAGE_NAMES)}）")
    app = QApplication.instance() or QApplication([])
    style.apply(app)
    installed = i18n.install(lang)
    try:
        window = MainWindow(db, actor, clock=(lambda: on) if on else context.today)
        if not window.show_page(page):
            raise PageNotAvailable(f"页面“{page}”尚未开放")
        window.resize(*SIZE)
        window.show()
        for _ in range(5):
            app.processEvents()
        settle = getattr(window.pages[page], "settle", None)
        if settle:  # a page that loads off the GUI thread
            settle()
            for _ in range(5):
                app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"无法写入 {out}")
        for other in window.pages.values():  # let background work end before the window goes
            getattr(other, "settle", lambda: None)()
        window.close()
        return out
    finally:
        installed.remove()
