"""What every screenshot script (tests/ui/make_*screenshots.py, run by hand) starts
with: the --lang/--out arguments, the offscreen application in that language, and
saving a widget as `<name>[-<lang>].png` under --out. Not a test module."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fpdesk.ui import i18n, style  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def parser() -> argparse.ArgumentParser:
    made = argparse.ArgumentParser()
    made.add_argument("--lang", default="zh_CN")
    made.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    return made


@dataclass
class Shots:
    out: Path
    suffix: str          # "" in Chinese, "-en" in English
    app: QApplication
    installed: i18n.Installed

    def path(self, name: str, ext: str = ".png") -> Path:
        return self.out / f"{name}{self.suffix}{ext}"

    def save(self, widget: QWidget, name: str) -> None:
        widget.grab().save(str(self.path(name)))

    def done(self) -> None:
        self.installed.remove()
        print(f"saved to {self.out}")


def start(args: argparse.Namespace) -> Shots:
    app = QApplication.instance() or QApplication(sys.argv)
    installed = i18n.install(args.lang)
    style.apply(app)
    args.out.mkdir(parents=True, exist_ok=True)
    return Shots(args.out, "" if args.lang == "zh_CN" else f"-{args.lang}", app, installed)
