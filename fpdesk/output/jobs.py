"""One printing job of the 帐表卡册 page: which document, for which period
and village, written to a PDF or XLSX file.

The page and the person detail call `produce` off the GUI thread; it reads
in one snapshot, lays the document out and writes the file atomically, and
stops (leaving no file) when `cancelled()` turns true.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fpdesk.domain.messages import ClerkError
from fpdesk.domain.periods import Period
from fpdesk.services.context import Actor

WOMEN_CARDS = "women_cards"

Progress = Callable[[int, int], None]


class JobRefused(ClerkError, ValueError):
    """A document that cannot be made as asked; the message is for the clerk."""


@dataclass(frozen=True)
class Produced:
    path: Path
    pages: int | None       # None for a spreadsheet
    rows: int               # data rows, or cards


@dataclass(frozen=True)
class Job:
    document: str           # a register name (LEDGERS) or WOMEN_CARDS
    period: Period | None
    village: str | None
    on: date
    variant: str | None = None   # women's cards: "office" or "village" (None: the role's default)


def document_names() -> dict[str, str]:
    """Every document the page offers: the eleven registers, then the women's cards."""
    from fpdesk.output.ledgers import LEDGERS

    names = {name: spec.title for name, spec in LEDGERS.items()}
    names[WOMEN_CARDS] = "育龄妇女信息卡"
    return names


def takes_period(document: str) -> bool:
    from fpdesk.output.ledgers import LEDGERS

    return document in LEDGERS and LEDGERS[document].takes_period


def is_card(document: str) -> bool:
    return document == WOMEN_CARDS


def produce(db, actor: Actor, job: Job, path: Path, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> Produced:
    path = Path(path)
    if is_card(job.document):
        return _cards(db, actor, job, path, progress, cancelled)
    from fpdesk.output.ledgers import build_ledger
    from fpdesk.output.render import render_documents

    with db.read_session() as session:
        document = build_ledger(session, actor, job.document, job.period, job.village, job.on)
    pages = render_documents([document], path, progress=progress, cancelled=cancelled)
    return Produced(path, pages if path.suffix.lower() == ".pdf" else None, document.row_count)


def _cards(db, actor, job: Job, path: Path, progress, cancelled) -> Produced:
    from fpdesk.output.card_data import village_women_cards
    from fpdesk.output.card_pdf import render_cards_pdf

    if path.suffix.lower() != ".pdf":
        raise JobRefused(f"卡片只能保存为 PDF：{path.name}", f"Cards are saved as PDF only: {path.name}")
    if not job.village:
        raise JobRefused("请先选择村：信息卡按村打印", "Choose the village first: cards are printed by village")
    with db.read_session() as session:
        cards = village_women_cards(session, actor, job.village, job.on, cancelled=cancelled,
                                    variant=job.variant)
    pages = render_cards_pdf(cards, path, progress=progress, cancelled=cancelled)
    return Produced(path, pages, len(cards.cards))


def person_card(db, actor: Actor, person_uid: str, on: date, path: Path, variant: str | None = None) -> Produced:
    """One woman's 育龄妇女信息卡 (from her detail page)."""
    from fpdesk.output.card_data import woman_card
    from fpdesk.output.card_pdf import render_cards_pdf
    from fpdesk.output.layout import CardSet

    with db.read_session() as session:
        card = woman_card(session, actor, person_uid, on, variant)
    pages = render_cards_pdf(CardSet([card], on), Path(path))
    return Produced(Path(path), pages, 1)


def default_file_name(job: Job, names: dict[str, str], village_name: str | None, suffix: str) -> str:
    parts = [names[job.document]]
    if job.period is not None and takes_period(job.document):
        parts.append(job.period.text.replace("..", "至"))
    if village_name:
        parts.append(village_name)
    return "-".join(parts) + suffix
