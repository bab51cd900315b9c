"""The printed recovery code of an encrypted office: one A4 page to keep under lock."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from fpdesk.output.pdf_page import build_pdf, styles, text_block

INSTRUCTIONS = (
    "这是本乡镇服务台账数据库的恢复码。数据库已加密，平时每位用户用自己的密码登录；"
    "如果所有管理员都忘记了密码，凭此恢复码可以为管理员设置新密码，数据不会丢失。",
    "请把这张纸锁在柜子里，不要拍照、不要存在电脑或手机上、不要和数据库备份放在一起。"
    "任何人拿到恢复码和数据库文件，就能读取全部记录。",
    "使用方法：fpdesk recover --db 数据库文件 --user 管理员用户名 --recovery-code-file 恢复码文件"
    "（或请县里的技术人员协助）。恢复码中的字母不区分大小写，横线可省略。",
)


def write_recovery_sheet(path: str | Path, code: str, office: str, database: str | Path,
                         issued: date | None = None) -> Path:
    """A one-page PDF with the code in large letters; readable by its owner only."""
    issued = issued or date.today()
    s = styles(11)
    code_style = ParagraphStyle("code", fontName="Courier-Bold", fontSize=22, leading=30, alignment=TA_CENTER)
    story = [
        text_block("数据库恢复码", s["title"]), Spacer(0, 6 * mm),
        text_block(f"乡镇（单位）：{office or '—'}", s["unit"]),
        text_block(f"数据库文件：{database}", s["unit"]),
        text_block(f"打印日期：{issued.isoformat()}", s["unit"]), Spacer(0, 10 * mm),
        text_block(code, code_style), Spacer(0, 10 * mm),
    ]
    for paragraph in INSTRUCTIONS:
        story += [text_block(paragraph, s["unit"]), Spacer(0, 4 * mm)]
    build_pdf(path, story, pagesize=A4, signatures=("保管人", "日期"), issued=issued, title="数据库恢复码")
    os.chmod(path, 0o600)  # unlike other printouts, this one must not be readable by others
    return Path(path)
