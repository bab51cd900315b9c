"""A handful of deliberate data-quality problems, so the 数据质量 page has
something real to show. Each is the kind of slip a busy clerk makes."""

from __future__ import annotations

from datetime import timedelta

from fpdesk.services.demo.builder import Builder
from fpdesk.services.demo.people import People


def introduce(b: Builder, people: People) -> list[str]:
    notes = []
    adults = [p for p in people.all if p.row["id_number"] and p.row["residence"] == 1
              and p.row["relation"] in ("01", "02")]
    picks = b.rng.sample(adults, 8)
    for person in picks[:3]:  # a mistyped last character: warning
        number = person.row["id_number"]
        wrong = next(c for c in "0123456789X" if c != number[-1])
        person.row["id_number"] = number[:-1] + wrong
        notes.append(f"check digit: {person.uid}")
    for person in picks[3:5]:  # the birth date typed one day off: error
        person.row["birth_date"] = person.row["birth_date"] + timedelta(days=1)
        notes.append(f"birth date disagrees with ID: {person.uid}")
    first, second = picks[5], picks[6]  # one ID number on two living persons …
    # … of the same sex and nearly the same age, so the copied birth date stays
    # consistent with the rest of the second one's record (a marriage, children)
    alike = [p for p in adults if p not in picks and p.row["sex"] == first.row["sex"]
             and abs((p.row["birth_date"] - first.row["birth_date"]).days) <= 60]
    if alike:
        second = b.rng.choice(alike)
    second.row["id_number"] = first.row["id_number"]
    second.row["birth_date"], second.row["sex"] = first.row["birth_date"], first.row["sex"]
    notes.append(f"duplicate ID: {first.uid} {second.uid}")
    household = picks[7].household  # a household whose head was never set
    household["head_uid"] = None
    notes.append(f"no head: {household['uid']}")
    married = [w for w in people.mothers if w.row["marital_status"] == 21 and w.row["residence"] == 1]
    for wife in b.rng.sample(married, 2):
        wife.row["first_marriage_date"] = None
        notes.append(f"no first-marriage date: {wife.uid}")
    episodes = [e for e in b.rows["contraception"] if e["end_date"] is None and e["method"] == 3]
    if episodes:
        episode = b.rng.choice(episodes)
        b.add("contraception", **{**{k: v for k, v in episode.items()
                                     if k not in ("uid", "created_at", "updated_at", "deleted", "rev")},
                                  "method": 7, "device_type": None, "lifespan_years": None})
        notes.append(f"two open episodes: {episode['woman_uid']}")
    return notes
