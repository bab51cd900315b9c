"""The CJK font shipped in fpdesk/resources/fonts, registered once with reportlab.

Every PDF embeds a subset of it, so a file prints the same on any PC
whether or not that PC has a Chinese font installed.
"""

from __future__ import annotations

from functools import cache

from fpdesk.resources import resource_path

CJK_FONT = "WQYMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")


@cache
def register_cjk_font() -> str:
    """Register the font (once per process) and return its reportlab name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path(*FONT_FILE)), subfontIndex=0))
    return CJK_FONT
