"""Small read-only questions the person dialogs ask of the database: her open
contraception episode, her ongoing pregnancy, her children.

(They would sit well in services/people.py; they are here because that module
belongs to the records service.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fpdesk.db.models import Birth, Contraception, Person, Pregnancy
from fpdesk.services import records


@dataclass(frozen=True)
class Child:
    uid: str
    name: str
    sex: int
    birth_date: date


def ongoing_pregnancies(session: Session, woman_uid: str) -> list[str]:
    """Her pregnancies with no outcome yet (outcome empty or 0), oldest first."""
    return list(session.scalars(select(Pregnancy.uid).where(
        Pregnancy.woman_uid == woman_uid, Pregnancy.deleted.is_(False),
        or_(Pregnancy.outcome.is_(None), Pregnancy.outcome == 0))
        .order_by(Pregnancy.found_date, Pregnancy.uid)))


def open_episode(session: Session, woman_uid: str) -> dict | None:
    """Her contraception episode without an end date (the latest, should there be two)."""
    uid = session.scalar(select(Contraception.uid).where(
        Contraception.woman_uid == woman_uid, Contraception.deleted.is_(False),
        Contraception.end_date.is_(None))
        .order_by(Contraception.start_date.desc(), Contraception.uid.desc()).limit(1))
    return records.get(session, "contraception", uid) if uid else None


def children_of(session: Session, person_uid: str) -> list[Child]:
    """Her (or his) children on birth records, youngest first."""
    query = (select(Person.uid, Person.name, Person.sex, Person.birth_date)
             .join(Birth, Birth.child_uid == Person.uid)
             .where(or_(Birth.mother_uid == person_uid, Birth.father_uid == person_uid),
                    Birth.deleted.is_(False), Person.deleted.is_(False))
             .order_by(Person.birth_date.desc(), Person.uid))
    seen, out = set(), []
    for uid, name, sex, birth in session.execute(query):
        if uid not in seen:
            seen.add(uid)
            out.append(Child(uid, name, sex, birth))
    return out
