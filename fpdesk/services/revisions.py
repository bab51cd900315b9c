"""The database-wide revision counter.

Every write transaction takes one new revision and stamps it on each
exchanged row it touches, so an incremental export is `rev > since`.
"""

from __future__ import annotations

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from fpdesk.db.models import RevCounter

_KEY = "fpdesk_rev"


def current_rev(session: Session) -> int:
    return session.scalar(select(RevCounter.value).where(RevCounter.id == 1)) or 0


def transaction_rev(session: Session) -> int:
    """The revision of the current transaction, taken on first use."""
    if _KEY not in session.info:
        value = session.execute(
            text("UPDATE rev_counter SET value = value + 1 WHERE id = 1 RETURNING value")
        ).scalar()
        if value is None:
            value = 1
            session.add(RevCounter(id=1, value=value))
            session.flush()
        session.info[_KEY] = value
    return session.info[_KEY]


@event.listens_for(Session, "after_transaction_end")
def _forget_rev(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_KEY, None)
