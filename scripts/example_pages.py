"""Render the first page of every register and card on the demo township to
PNG, for docs/examples and the README:

    .venv/bin/python scripts/example_pages.py --db DEMO.db --out docs/examples [--date 2026-11-22]

One village (the first), the last complete statistical year before the date; a viewer's
role, so ID numbers print masked as they would for anyone without the right.
Needs pdftoppm (poppler-utils, installed by scripts/system-deps.sh)."""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import text

from fpdesk.db.schema import open_database
from fpdesk.domain.periods import parse_period
from fpdesk.output.card_data import household_card, woman_card
from fpdesk.output.card_pdf import render_cards_pdf
from fpdesk.output.layout import CardSet
from fpdesk.output.ledgers import LEDGERS, build_ledger
from fpdesk.output.render import render_documents
from fpdesk.services.context import Actor

DPI = 60
READER = Actor("examples", "viewer")


def first_page_png(pdf: Path, png: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)


def busiest(session, sql: str, village: str) -> str:
    """The uid with the most records: the fullest example card."""
    return session.execute(text(sql), {"village": village}).scalar_one()


WOMAN_SQL = (
    "SELECT p.uid FROM persons p JOIN households h ON h.uid = p.household_uid "
    "LEFT JOIN services s ON s.person_uid = p.uid AND s.deleted = 0 "
    "WHERE p.sex = 2 AND p.deleted = 0 AND h.village_code = :village "
    "AND p.birth_date BETWEEN '1980-01-01' AND '2000-12-31' "
    "GROUP BY p.uid ORDER BY count(s.uid) DESC, p.uid LIMIT 1")
HOUSEHOLD_SQL = (
    "SELECT h.uid FROM households h JOIN persons p ON p.household_uid = h.uid AND p.deleted = 0 "
    "WHERE h.village_code = :village AND h.deleted = 0 GROUP BY h.uid ORDER BY count(*) DESC, h.uid LIMIT 1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--date", type=date.fromisoformat, default=date(2026, 11, 22))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # the last complete statistical year (10-01 to 09-30) before the date
    period = parse_period(str(args.date.year if args.date.month >= 10 else args.date.year - 1))
    db = open_database(args.db)
    with tempfile.TemporaryDirectory() as tmp, db.read_session() as session:
        village = session.execute(text(
            "SELECT code FROM regions WHERE level = 'village' AND deleted = 0 ORDER BY code")).scalars().first()
        for name, spec in LEDGERS.items():
            doc = build_ledger(session, READER, name, period if spec.takes_period else None, village, args.date)
            pdf = Path(tmp) / f"{name}.pdf"
            render_documents([doc], pdf)
            first_page_png(pdf, args.out / f"register-{name}.png")
        cards = {
            "card-woman": woman_card(session, READER, busiest(session, WOMAN_SQL, village), args.date),
            "card-household": household_card(session, READER, busiest(session, HOUSEHOLD_SQL, village), args.date),
        }
        for name, card in cards.items():
            pdf = Path(tmp) / f"{name}.pdf"
            render_cards_pdf(CardSet([card], args.date), pdf)
            first_page_png(pdf, args.out / f"{name}.png")
    db.close()
    print(f"{len(LEDGERS) + len(cards)} pages in {args.out}")


if __name__ == "__main__":
    main()
