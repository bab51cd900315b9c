"""One spreadsheet row into the records (FORMATS.md §6): the person matched or
created in a household, and her current method — through the record services
and the same entry checks as the forms.

Every check runs before anything of the row is written, so a refused row
leaves nothing behind and the writes themselves cannot be refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from fpdesk.db.models import Contraception, Household, Person
from fpdesk.domain import checks, codes, idcard
from fpdesk.domain.checks import PersonFacts
from fpdesk.domain.dates import format_iso
from fpdesk.domain.messages import Said, english_of
from fpdesk.domain.sheet_layout import ParsedRow
from fpdesk.services import audit, people, records
from fpdesk.services.context import Actor

PERSON_FIELDS = ("name", "sex", "birth_date", "id_number", "ethnicity", "relation", "marital_status",
                 "first_marriage_date", "phone", "residence", "notes")
SWITCHED = 5      # end_reason: switched method
HEAD = "01"
NEW_HOUSEHOLD = "（新户）"
BATCH = 1000      # rows of a table written per INSERT


class RowRefused(Exception):
    """The row is not taken; `notes` are (field or None, reason: a Said) pairs."""

    def __init__(self, notes: list[tuple[str | None, str]]):
        super().__init__("；".join(reason for _f, reason in notes))
        self.notes = notes


@dataclass
class Outcome:
    person: str            # "inserted" | "updated" | "unchanged"
    households: int = 0
    episodes: int = 0


def _blank(value) -> bool:
    return value is None or value == ""


def _shown(name: str, value, lang: str = "zh") -> str:
    if value is None:
        return "（空）" if lang == "zh" else "(empty)"
    if isinstance(value, date):
        return format_iso(value)
    code_set = {"sex": codes.SEX, "marital_status": codes.MARITAL_STATUS, "relation": codes.RELATION,
                "ethnicity": codes.ETHNICITY, "residence": codes.RESIDENCE}.get(name)
    if name == "id_number":
        return idcard.mask(value)
    return code_set.label(value, lang) if code_set else str(value)


def _finding(f, label: tuple[str, str] | None = None) -> Said:
    """A check's finding as a note, after `label` (e.g. 避孕节育措施) when given."""
    if label is None:
        return Said(f.message_zh, f.message_en)
    return Said(f"{label[0]}：{f.message_zh}", f"{label[1]}: {f.message_en}")


def _label(name: str) -> tuple[str, str]:
    """A field's label, the English one capitalised (it starts a note)."""
    en = checks.field_label(name, "en")
    return checks.field_label(name), en[:1].upper() + en[1:]


class RowWriter:
    """Holds what the import has seen so far (people by ID number and by name,
    birth date and village; households by number and by head's name), so
    later rows find the people and households earlier rows created."""

    def __init__(self, session: Session, actor: Actor, today: date, villages: dict[str, str]):
        self.session, self.actor, self.today = session, actor, today
        self.villages = villages
        self.by_id: dict[str, str] = {}
        self.by_name: dict[tuple, str] = {}
        self.households: dict[str, tuple[str, str, str | None]] = {}   # number → (uid, village, group)
        self.by_head: dict[tuple, str] = {}
        self.created_at: dict[str, str] = {}   # person uid → "sheet 第 N 行" that created it
        self.heads: dict[str, str | None] = {}  # household uid → head uid
        self.numbers: dict[str, set[int]] = {}  # village + group → household numbers given
        self.pending: dict[str, list[dict]] = {}  # table → checked rows not yet written
        # every reference is known to exist or is inserted in this transaction: checked once, at commit
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        self._load()

    # -- writing in batches ---------------------------------------------------------
    def _add(self, table: str, fields: dict, uid: str | None = None) -> str:
        row, entry = records.checked_rows(self.session, self.actor, table, fields, uid=uid)
        self.pending.setdefault(table, []).append(row)
        self.pending.setdefault("audit_log", []).append(entry)
        if len(self.pending["audit_log"]) >= BATCH:
            self.flush()
        return row["uid"]

    def flush(self) -> None:
        """Write the rows waiting; called before anything reads the database."""
        for table, rows in self.pending.items():
            if table == "audit_log":
                audit.insert_entries(self.session, rows)
            elif rows:
                self.session.execute(insert(records.model_for(table)), rows)
        self.pending = {}

    # -- what the database holds -------------------------------------------------
    def _load(self) -> None:
        query = (select(Person.uid, Person.id_number, Person.name, Person.birth_date, Household.village_code)
                 .join(Household, Household.uid == Person.household_uid)
                 .where(Person.deleted.is_(False), Household.village_code.in_(list(self.villages))))
        for uid, number, name, birth, village in self.session.execute(query):
            self._remember(uid, number, name, birth, village)
        head = select(Person.name).where(Person.uid == Household.head_uid).correlate(Household).scalar_subquery()
        query = select(Household.uid, Household.household_no, Household.village_code, Household.group_no,
                       Household.head_uid, head).where(Household.deleted.is_(False))
        for uid, number, village, group, head_uid, head_name in self.session.execute(query):
            if number:
                self.households[number] = (uid, village, group)
            self.heads[uid] = head_uid
            if head_name and village in self.villages:
                self.by_head.setdefault((village, group, head_name), uid)

    def _remember(self, uid, number, name, birth, village) -> None:
        if number:
            self.by_id[self._id_key(number)] = uid
        self.by_name.setdefault((name, birth, village), uid)

    @staticmethod
    def _id_key(number: str) -> str:
        info = idcard.parse(number)
        return info.number if info.ok else idcard.normalise(number)

    # -- one row ----------------------------------------------------------------------
    def write(self, row: ParsedRow, village: str, where: str) -> tuple[Outcome, list]:
        """Returns the outcome and the warnings ((field, reason) pairs); raises RowRefused."""
        values = row.values
        person = {name: values.get(name) for name in PERSON_FIELDS if name in values}
        person.setdefault("residence", 1)
        # the row alone, as the person form would check it: its errors refuse it, matched or not
        warnings = self._check_person({**person, "household_uid": NEW_HOUSEHOLD})
        match = self._match(values, village)
        if match:
            return self._update(match, person, row, where)
        return self._insert(person, row, village, where, warnings)

    def _match(self, values: dict, village: str) -> str | None:
        number = values.get("id_number")
        if number:
            uid = self.by_id.get(self._id_key(number))
            if uid:
                return uid
        uid = self.by_name.get((values.get("name"), values.get("birth_date"), village))
        if uid and number:
            stored = self.session.scalar(select(Person.id_number).where(Person.uid == uid))
            if stored and self._id_key(stored) != self._id_key(number):
                return None    # same name and birth date, another ID number: another person
        return uid

    # -- checks ----------------------------------------------------------------------
    def _check_person(self, record: dict) -> list:
        found = checks.check_person(record, self.today)
        errors = [f for f in found if f.is_error]
        if errors:
            notes = []
            for f in errors:
                reason = _finding(f, _label(f.field))
                if f.code == "required" and f.field in ("sex", "birth_date"):
                    reason = Said(f"缺少{checks.field_label(f.field)}：表中未填，身份证号码也无法提供",
                                  f"{_label(f.field)[1]} missing: not in the sheet, and the ID number cannot "
                                  "give it")
                elif f.code == "required":
                    reason = _finding(f)
                notes.append((f.field, reason))
            raise RowRefused(notes)
        return [(f.field, _finding(f)) for f in found]

    def _episode_plan(self, woman: dict, uid: str | None, values: dict) -> tuple[dict | None, list, list]:
        """(new episode, episodes to end, warnings) for the row's method."""
        method = values.get("method")
        if method is None:
            return None, [], []
        if woman.get("sex") != 2:
            return None, [], [("method", Said("避孕节育措施记在妻子的档案上：男性这一行的措施未导入",
                                              "A contraceptive method goes on the wife's record: this man's "
                                              "method is not imported"))]
        start = values.get("method_date")
        warnings = []
        if start is None:
            start = self.today
            warnings.append(("method_date", Said(f"未填措施时间，按导入日期 {format_iso(start)} 记录，请核实",
                                                 f"No method date: recorded as the import date "
                                                 f"{format_iso(start)}, please verify")))
        open_ = []
        if uid:
            self.flush()
            open_ = self.session.execute(select(Contraception.uid, Contraception.method, Contraception.start_date)
                                         .where(Contraception.woman_uid == uid, Contraception.deleted.is_(False),
                                                Contraception.end_date.is_(None))).all()
        if any(m == method for _u, m, _s in open_):
            return None, [], []
        if any(s and s > start for _u, _m, s in open_):
            return None, [], warnings + [("method", Said("档案中已有开始得更晚的措施，本行的措施未导入",
                                                         "The record has a method that started later: this "
                                                         "row's method is not imported"))]
        episode = {"woman_uid": uid, "method": method, "start_date": start, "informed_choice": False}
        found = checks.check_contraception(episode, self.today, PersonFacts(woman.get("birth_date"),
                                                                             woman.get("death_date"), 2))
        found = [f for f in found if f.field != "woman_uid"]
        errors = [f for f in found if f.is_error]
        if errors:
            raise RowRefused([("method_date" if f.field == "start_date" else f.field,
                               _finding(f, ("避孕节育措施", "Contraceptive method"))) for f in errors])
        return episode, [u for u, _m, _s in open_], warnings

    def _open_episode(self, episode: dict, woman_uid: str, ending: list[str]) -> int:
        for uid in ending:
            records.update(self.session, self.actor, "contraception", uid,
                           {"end_date": episode["start_date"], "end_reason": SWITCHED},
                           accept_warnings=True, today=self.today)
        self._add("contraception", {**episode, "woman_uid": woman_uid})
        return 1

    # -- an existing person -------------------------------------------------------------
    def _update(self, uid: str, person: dict, row: ParsedRow, where: str) -> tuple[Outcome, list]:
        self.flush()
        stored = records.get(self.session, "persons", uid)
        fill, notes = {}, []
        if uid in self.created_at:
            where_first = self.created_at[uid]
            notes.append((None, Said(f"与{where_first}是同一人，未重复导入",
                                     f"The same person as {english_of(where_first)}: not imported twice")))
        for name, value in person.items():
            if value is None or (name == "residence" and "residence" not in row.values):
                continue
            old = stored.get(name)
            if _blank(old):
                fill[name] = value
            elif (self._id_key(old) != self._id_key(value)) if name == "id_number" else old != value:
                notes.append((name, Said(f"表中{checks.field_label(name)}为“{_shown(name, value)}”，"
                                         f"档案中为“{_shown(name, old)}”，未修改",
                                         f"{_label(name)[1]} is \"{_shown(name, value, 'en')}\" in the sheet and "
                                         f"\"{_shown(name, old, 'en')}\" on the record: not changed")))
        record = {k: v for k, v in stored.items() if k in records.data_fields("persons")}
        record.update(fill)
        warnings = self._check_person(record) if fill else []
        episode, ending, method_notes = self._episode_plan(record, uid, row.values)
        if fill:
            records.update(self.session, self.actor, "persons", uid, fill, accept_warnings=True, today=self.today)
            if "id_number" in fill:
                self.by_id[self._id_key(fill["id_number"])] = uid
        episodes = self._open_episode(episode, uid, ending) if episode else 0
        state = "updated" if fill or episodes else "unchanged"
        return Outcome(state, episodes=episodes), notes + warnings + method_notes

    # -- a new person -----------------------------------------------------------------------
    def _insert(self, person: dict, row: ParsedRow, village: str, where: str,
                warnings: list) -> tuple[Outcome, list]:
        values = row.values
        household, new_household, notes = self._household(values, village, person)
        episode, _ending, method_notes = self._episode_plan(person, None, values)
        households = 0
        uid = str(uuid.uuid4())
        if household is None:
            head = uid if person.get("relation") == HEAD else None
            household = self._add("households", {**new_household, "head_uid": head})
            households = 1
            self.heads[household] = head
            if new_household.get("household_no"):
                self.households[new_household["household_no"]] = (household, village, new_household["group_no"])
        head_name = values.get("head_name") or (person.get("name") if person.get("relation") == HEAD else None)
        if head_name:
            self.by_head.setdefault((village, values.get("group_no"), head_name), household)
        self._add("persons", {**person, "household_uid": household}, uid=uid)
        if person.get("relation") == HEAD and not self.heads.get(household):
            self.flush()
            records.update(self.session, self.actor, "households", household, {"head_uid": uid},
                           accept_warnings=True, today=self.today)
            self.heads[household] = uid
        self._remember(uid, person.get("id_number"), person.get("name"), person.get("birth_date"), village)
        self.created_at[uid] = where
        episodes = self._open_episode(episode, uid, []) if episode else 0
        return Outcome("inserted", households, episodes), notes + warnings + method_notes

    def _next_number(self, village: str, group: str | None) -> str | None:
        """people.next_household_no, counted here: the numbers of a group are read once."""
        if not group:
            return None
        prefix = village + group
        used = self.numbers.get(prefix)
        if used is None:
            self.flush()
            used = self.numbers[prefix] = {int(n[14:]) for n in people.household_numbers(self.session, prefix)
                                           if len(n) == 18 and n[14:].isdigit()}
        number = max(used, default=0) + 1
        if number > people.LAST_NUMBER:
            number = next((n for n in range(1, people.LAST_NUMBER + 1) if n not in used), None)
            if number is None:
                return None
        used.add(number)
        return f"{prefix}{number:04d}"

    def _household(self, values: dict, village: str, person: dict) -> tuple[str | None, dict | None, list]:
        """(existing household uid, or None and the new household's fields, warnings)."""
        group = values.get("group_no")
        number = values.get("household_no")
        notes = []
        if number and len(number) < 18:
            if group and len(number) <= 4:
                number = f"{village}{group}{int(number):04d}"
            else:
                notes.append(("household_no", Said(f"户号“{number}”不是 18 位户编号，且无法补全（需要组号），未使用",
                                                   f"Household no. \"{number}\" is not an 18-digit household code "
                                                   "and cannot be completed (it needs the group): not used")))
                number = None
        if number:
            found = self.households.get(number)
            if found:
                return found[0], None, notes
            if number[:14] in self.numbers and number[14:].isdigit():
                self.numbers[number[:14]].add(int(number[14:]))
        head_name = values.get("head_name") or (person.get("name") if person.get("relation") == HEAD else None)
        if head_name:
            uid = self.by_head.get((village, group, head_name))
            if uid:
                return uid, None, notes
        new = {"village_code": village, "group_no": group, "household_no": number or self._next_number(village, group)}
        found = checks.check_household(new, self.today)
        errors = [f for f in found if f.is_error]
        if errors:
            raise RowRefused([(f.field, _finding(f, (f"家庭户{checks.field_label(f.field)}",
                                                     f"Household {checks.field_label(f.field, 'en')}")))
                              for f in errors])
        return None, new, notes + [(f.field, _finding(f)) for f in found]
