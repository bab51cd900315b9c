"""Render fpdesk/resources/icons/fpdesk.svg into the PNG sizes the desktop
entries use and the Windows .ico (PyInstaller, Inno Setup).

Run after changing the SVG:  python scripts/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "fpdesk" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "fpdesk.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'fpdesk.svg'}", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"fpdesk-{size}.png"))
    ico = ICONS / "fpdesk.ico"
    try:
        from PIL import Image
    except ImportError:  # Qt's ico writer stores one size only
        render(renderer, 256).save(str(ico), "ICO")
    else:
        with Image.open(ICONS / "fpdesk-256.png") as big:
            big.save(ico, sizes=[(s, s) for s in SIZES])
    print(f"wrote {len(SIZES)} PNGs and {ico.name} into {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
