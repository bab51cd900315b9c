"""Long work off the GUI thread, with a busy dialog the clerk can see."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[str], None]


class Worker(QThread):
    """Runs `fn(progress)` in its own thread; `result` or `error` afterwards.

    `progress` is emitted from the worker thread and delivered queued to
    receivers living in the GUI thread.
    """

    progress = Signal(str)

    def __init__(self, fn: Callable[[Progress], Any], parent=None):
        super().__init__(parent)
        self._fn = fn
        self.settled = False    # set by the GUI thread once it took the outcome
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn(self.progress.emit)
        except BaseException as exc:  # handed back to the GUI thread, re-raised there
            self.error = exc


_RUNNING: set[QThread] = set()


def keep_until_finished(thread: QThread) -> QThread:
    """Hold a reference to a parentless thread until it ends, so a page that
    goes away mid-computation cannot destroy a running thread (Qt aborts)."""
    _RUNNING.add(thread)
    thread.finished.connect(lambda: _RUNNING.discard(thread))
    return thread


class BusyDialog(QProgressDialog):
    """A busy indicator without a cancel button that Esc cannot close."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, "", 0, 0, parent)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(360)

    def reject(self) -> None:  # Esc: the work cannot be interrupted
        pass

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()


def run_with_busy_dialog(fn: Callable[[Progress], Any], text: str, title: str,
                         parent: QWidget | None = None) -> Any:
    """Run `fn` in a worker thread while a busy dialog shows `text` and the
    latest progress message; return its result or raise its exception."""
    dialog = BusyDialog(text, parent)
    dialog.setWindowTitle(title)
    worker = Worker(fn)
    worker.progress.connect(lambda message: None if worker.settled else dialog.setLabelText(f"{text}\n{message}"))
    dialog.show()
    return _run_behind(worker, dialog)


def _run_behind(worker, dialog) -> Any:
    """Run `worker` while `dialog` shows, keeping events flowing; its result or its exception."""
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if worker.isRunning():
        loop.exec()
    worker.wait()
    worker.settled = True   # progress still queued must not touch the dialog
    dialog.reset()          # stops its show timer: a quick job's dialog must not appear afterwards
    dialog.hide()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result


class Cancellable(QThread):
    """Runs `fn(progress, cancelled)` in its own thread. `progress(done, total)`
    is emitted queued to the GUI thread; `cancelled()` turns true once
    `cancel()` was called. `result` or `error` afterwards."""

    advanced = Signal(int, int)

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any], parent=None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self.settled = False    # set by the GUI thread once it took the outcome
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self.result = self._fn(self.advanced.emit, self._cancel.is_set)
        except BaseException as exc:  # handed back to the GUI thread
            self.error = exc


def run_with_progress(fn, text: str, title: str, parent: QWidget | None = None) -> Any:
    """Run `fn(progress, cancelled)` off the GUI thread behind a progress
    dialog with a 取消 button; return its result or raise its exception
    (the work raises its own Cancelled when the clerk cancels)."""
    dialog = QProgressDialog(text, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    worker = Cancellable(fn)
    worker.advanced.connect(lambda done, total: None if worker.settled else
                            (dialog.setMaximum(total), dialog.setValue(done)))
    dialog.canceled.connect(worker.cancel)
    return _run_behind(worker, dialog)
