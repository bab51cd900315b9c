"""`fpdesk card`: print 育龄妇女信息卡 (one woman, or every woman 15–49 of a
village) or a 家庭户卡 to a PDF (FORMATS.md §1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def add_commands(sub) -> dict:
    from fpdesk.cli import common_options, date_arg

    card = sub.add_parser("card", help="打印育龄妇女信息卡 / 家庭户卡（PDF）")
    common_options(card)
    which = card.add_mutually_exclusive_group(required=True)
    which.add_argument("--person", metavar="UID", help="一名妇女的信息卡")
    which.add_argument("--village", metavar="CODE", help="全村 15–49 岁妇女的信息卡（12 位村代码）")
    which.add_argument("--household", metavar="UID", help="一户的家庭户卡")
    card.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    card.add_argument("--date", type=date_arg, default=None, help="卡片日期（默认今天）")
    card.add_argument("--variant", choices=("office", "village"), default=None,
                      help="育龄妇女信息卡样式：office 办公室存档卡（全部信息）或 village 村级卡"
                           "（只列生育结局，身份证号和电话遮盖）；默认按用户角色（只读用户为村级卡）")
    return {"card": cmd_card}


def cmd_card(args) -> int:
    from fpdesk.cli import UserError, open_db, sign_in
    from fpdesk.output.card_data import household_card, village_women_cards, woman_card
    from fpdesk.output.card_pdf import render_cards_pdf
    from fpdesk.output.layout import CardSet
    from fpdesk.services.context import SYSTEM, PermissionDenied

    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UserError(f"卡片只能保存为 PDF（.pdf）文件：{out}")
    if not out.parent.is_dir():
        raise UserError(f"输出文件夹不存在：{out.parent}")
    on = args.date or date.today()
    db = open_db(args)
    try:
        actor = sign_in(args, db) or SYSTEM
        try:
            with db.read_session() as session:
                if args.person:
                    cards = CardSet([woman_card(session, actor, args.person, on, args.variant)], on)
                elif args.household:
                    cards = CardSet([household_card(session, actor, args.household, on)], on)
                else:
                    cards = village_women_cards(session, actor, args.village, on, variant=args.variant)
        except (ValueError, PermissionDenied) as exc:
            raise UserError(str(exc)) from None
    finally:
        db.close()
    if not cards.cards:
        raise UserError(f"村 {args.village} 在 {on.isoformat()} 没有 15–49 岁的妇女，未生成文件")
    try:
        pages = render_cards_pdf(cards, out)
    except OSError as exc:
        raise UserError(f"无法写入 {out}：{exc.strerror}") from None
    print(f"{out}：{len(cards.cards)} 张卡片，共 {pages} 页")
    return 0
