"""Shared state of one demo-township build: the seeded random source, the
reference date, uid generation and the rows collected per table.

Everything random comes from one `random.Random(seed)`, consumed in a fixed
order, so the same seed and date give the same database byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from fpdesk.domain import idcard
from fpdesk.domain.regions import area_code_in
from fpdesk.resources import resource_path

TABLE_ORDER = ("regions", "households", "persons", "marriages", "births", "pregnancies",
               "contraception", "services", "migrations", "benefits")


@dataclass
class PersonSeed:
    """What later generation steps need to know about a generated person."""

    uid: str
    household: dict
    row: dict
    children: list["PersonSeed"] = field(default_factory=list)
    spouse: "PersonSeed | None" = None


def _uid_salt(township: str) -> int:
    """Mixed into every uid, so townships built with the same seed under
    different codes share none; 0 for the default township keeps its uids as
    they always were."""
    from fpdesk.services.demo.people import TOWNSHIP_CODE

    if township == TOWNSHIP_CODE:
        return 0
    return int.from_bytes(hashlib.sha256(f"fpdesk-demo:{township}".encode()).digest()[:16], "big")


class Builder:
    def __init__(self, seed: int, on: date, persons: int, township: str):
        self.seed = seed
        self.on = on
        self.target = persons
        self.township = township   # its 12-digit code: the villages are code[:9] + 001…
        self.rng = random.Random(seed)
        self._uid_salt = _uid_salt(township)
        self.rows: dict[str, list[dict]] = {t: [] for t in TABLE_ORDER}
        self.stamp = f"{on.isoformat()}T08:00:00+08:00"
        self._ids: set[str] = set()

    @cached_property
    def names(self) -> dict:
        with open(resource_path("demo", "names.json"), encoding="utf-8") as fh:
            return json.load(fh)

    # -- identity ---------------------------------------------------------
    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128) ^ self._uid_salt, version=4))

    def add(self, table: str, **fields) -> dict:
        row = {"uid": self.uid(), "created_at": self.stamp, "updated_at": self.stamp,
               "deleted": False, "rev": 1, **fields}
        self.rows[table].append(row)
        return row

    def id_number(self, area: str, birth: date, sex: int) -> str:
        """A valid, unused 18-character ID number for this birth date and sex,
        with the county's area code as it was in the birth year (富县 born
        1980: 612628; from 1996: 610628); a code with no successor gives way to
        one of the inflow counties in use then, as the police would issue."""
        area = area_code_in(area, birth.year)
        if idcard.area_state(area, birth.year) != "ok":
            area = next(c for c in self.names["inflow_counties"] if idcard.area_state(c, birth.year) == "ok")
        while True:
            seq = self.rng.randrange(0, 500) * 2 + (1 if sex == 1 else 0)
            number = idcard.build(area, birth, seq)
            if number not in self._ids:
                self._ids.add(number)
                return number

    # -- random helpers ---------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def date_between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def birth_for_age(self, age: int) -> date:
        """A birth date giving completed age `age` on the reference date."""
        latest = self.on.replace(year=self.on.year - age) if not (
            self.on.month == 2 and self.on.day == 29) else date(self.on.year - age, 2, 28)
        return latest - timedelta(days=self.rng.randint(0, 364))

    def weighted(self, choices: dict):
        keys = list(choices)
        return self.rng.choices(keys, weights=[choices[k] for k in keys])[0]
