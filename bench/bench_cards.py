"""Benchmarks of the cards (issue 5)."""

from __future__ import annotations

from harness import BENCH_DATE, Context, bench, timed

CARDS = 1000


@bench("1,000 women's cards to PDF", 20.0,
       "育龄妇女信息卡 of the first 1,000 women, village by village (set-based reads), "
       "laid out and written to one PDF")
def women_cards_bench(ctx: Context) -> float:
    from fpdesk.output.card_data import village_women_cards
    from fpdesk.output.card_pdf import render_cards_pdf
    from fpdesk.output.layout import CardSet
    from fpdesk.services import people
    from fpdesk.services.context import Actor

    db = ctx.open()
    actor = Actor("bench", "clerk")
    out = ctx.workdir / "cards.pdf"
    pages = []

    def once():
        cards = []
        with db.read_session() as session:
            for village in people.villages(session):
                cards += village_women_cards(session, actor, village.code, BENCH_DATE).cards
                if len(cards) >= CARDS:
                    break
        pages.append(render_cards_pdf(CardSet(cards[:CARDS], BENCH_DATE), out))

    try:
        seconds = timed(once)
    finally:
        db.close()
    print(f"    {CARDS} cards, {pages[0]} pages, {out.stat().st_size / 1e6:.1f} MB")
    return seconds
