"""SQLAlchemy models: one class per table.

Exchanged records carry `uid` (primary key, UUID text), `created_at`,
`updated_at` (ISO 8601 with offset), `deleted` (soft delete) and `rev`
(the database-wide revision of the write that last touched the row, so an
incremental export takes `rev > since`). References between records are by
uid, as in the package format, so nothing needs translating on exchange.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Exchanged:
    """Columns every exchanged record has."""

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    rev: Mapped[int] = mapped_column(Integer, index=True)


def _person_fk(nullable: bool = False):
    return mapped_column(String(36), ForeignKey("persons.uid"), nullable=nullable)


class Region(Exchanged, Base):
    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    level: Mapped[str] = mapped_column(String(10))  # county / township / village
    parent_code: Mapped[str | None] = mapped_column(String(12), index=True)


class VillageGroup(Base):
    """A group (组) inside a village; set up by the office, not exchanged."""

    __tablename__ = "village_groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), ForeignKey("regions.code"))
    group_no: Mapped[str] = mapped_column(String(2))
    name: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (UniqueConstraint("village_code", "group_no"),)


class Household(Exchanged, Base):
    __tablename__ = "households"
    household_no: Mapped[str | None] = mapped_column(String(18), index=True)
    village_code: Mapped[str] = mapped_column(String(12))
    group_no: Mapped[str | None] = mapped_column(String(2))
    address: Mapped[str | None] = mapped_column(Text)
    head_uid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("persons.uid", use_alter=True, name="fk_household_head")
    )
    hukou_type: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(String(30))
    one_child_cert_no: Mapped[str | None] = mapped_column(String(40))
    one_child_cert_date: Mapped[date | None] = mapped_column(Date)
    two_daughters: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    __table_args__ = (
        Index("ix_households_village_group", "village_code", "group_no"),
        Index("ix_households_place", "uid", "village_code", "group_no", "household_no"),
    )


class Person(Exchanged, Base):
    __tablename__ = "persons"
    household_uid: Mapped[str] = mapped_column(String(36), ForeignKey("households.uid"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    sex: Mapped[int] = mapped_column(Integer)
    birth_date: Mapped[date] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    ethnicity: Mapped[str | None] = mapped_column(String(2))
    relation: Mapped[str | None] = mapped_column(String(2))
    residence: Mapped[int] = mapped_column(Integer)
    marital_status: Mapped[int | None] = mapped_column(Integer)
    first_marriage_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(30))
    arrived_date: Mapped[date | None] = mapped_column(Date)
    left_date: Mapped[date | None] = mapped_column(Date)
    death_date: Mapped[date | None] = mapped_column(Date)
    menopause_date: Mapped[date | None] = mapped_column(Date)
    checks_opt_out: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    notes: Mapped[str | None] = mapped_column(Text)
    # pinyin of the name, local and not exchanged: initials for search (张秀梅 → zxm),
    # full syllables for sorting in dictionary order ("zhang xiu mei")
    pinyin_initials: Mapped[str | None] = mapped_column(String(40), index=True)
    pinyin_key: Mapped[str | None] = mapped_column(String(120))
    __table_args__ = (
        # the women's roster: sex and birth-date window first
        Index("ix_persons_sex_birth", "sex", "birth_date"),
        # covering index: the roster query and its usual sorts never read the rows
        Index("ix_persons_roster", "sex", "birth_date", "residence", "deleted", "household_uid",
              "uid", "pinyin_key", "name", "marital_status"),
    )


class Marriage(Exchanged, Base):
    __tablename__ = "marriages"
    person_uid: Mapped[str] = _person_fk()
    event: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date)
    spouse_name: Mapped[str | None] = mapped_column(String(40))
    spouse_id_number: Mapped[str | None] = mapped_column(String(18))
    spouse_uid: Mapped[str | None] = _person_fk(nullable=True)
    __table_args__ = (
        Index("ix_marriages_person", "person_uid", "date"),
        Index("ix_marriages_date", "date"),
    )


class Birth(Exchanged, Base):
    __tablename__ = "births"
    mother_uid: Mapped[str] = _person_fk()
    father_uid: Mapped[str | None] = _person_fk(nullable=True)
    child_uid: Mapped[str | None] = _person_fk(nullable=True)
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[int] = mapped_column(Integer)
    order: Mapped[int | None] = mapped_column(Integer)
    plurality: Mapped[int | None] = mapped_column(Integer)
    delivery: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[int | None] = mapped_column(Integer)
    weight_g: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[int | None] = mapped_column(Integer)
    reported_date: Mapped[date | None] = mapped_column(Date)
    certificate_no: Mapped[str | None] = mapped_column(String(30))
    __table_args__ = (
        Index("ix_births_mother", "mother_uid", "birth_date"),
        Index("ix_births_date", "birth_date"),
        Index("ix_births_child", "child_uid"),
    )


class Pregnancy(Exchanged, Base):
    __tablename__ = "pregnancies"
    woman_uid: Mapped[str] = _person_fk()
    found_date: Mapped[date | None] = mapped_column(Date)
    lmp_date: Mapped[date | None] = mapped_column(Date)
    edd: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[int | None] = mapped_column(Integer)
    outcome_date: Mapped[date | None] = mapped_column(Date)
    birth_uid: Mapped[str | None] = mapped_column(String(36), ForeignKey("births.uid"))
    __table_args__ = (
        Index("ix_pregnancies_woman", "woman_uid"),
        Index("ix_pregnancies_outcome", "outcome", "edd"),
    )


class Contraception(Exchanged, Base):
    __tablename__ = "contraception"
    woman_uid: Mapped[str] = _person_fk()
    method: Mapped[int] = mapped_column(Integer)
    no_method_reason: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[int | None] = mapped_column(Integer)
    device_type: Mapped[str | None] = mapped_column(String(40))
    lifespan_years: Mapped[int | None] = mapped_column(Integer)
    provider: Mapped[str | None] = mapped_column(String(60))
    informed_choice: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    __table_args__ = (
        Index("ix_contraception_woman", "woman_uid", "start_date"),
        Index("ix_contraception_open", "end_date", "method"),
    )


class Service(Exchanged, Base):
    __tablename__ = "services"
    person_uid: Mapped[str] = _person_fk()
    type: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date)
    item_ring: Mapped[int | None] = mapped_column(Integer)
    item_pregnancy: Mapped[int | None] = mapped_column(Integer)
    item_disease: Mapped[int | None] = mapped_column(Integer)
    item_cervical: Mapped[int | None] = mapped_column(Integer)   # schema 0008
    item_breast: Mapped[int | None] = mapped_column(Integer)     # schema 0008
    # schema 0010: the items a package brought that this version does not know, as a JSON
    # object (canonical: keys sorted), NULL when none; kept and written out again, never shown
    item_extra: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    provider: Mapped[str | None] = mapped_column(String(60))
    contraception_uid: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("contraception.uid")
    )
    pregnancy_uid: Mapped[str | None] = mapped_column(String(36), ForeignKey("pregnancies.uid"))
    declined: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    next_date: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (
        Index("ix_services_person", "person_uid", "type", "date", "deleted"),
        Index("ix_services_type_date", "type", "date", "person_uid", "declined", "deleted"),
    )


class Migration(Exchanged, Base):
    __tablename__ = "migrations"
    person_uid: Mapped[str] = _person_fk()
    direction: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(100))
    place_code: Mapped[str | None] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(String(100))
    contact: Mapped[str | None] = mapped_column(String(60))
    verified_date: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (
        Index("ix_migrations_person", "person_uid", "date"),
        Index("ix_migrations_date", "date"),
    )


class Benefit(Exchanged, Base):
    __tablename__ = "benefits"
    person_uid: Mapped[str] = _person_fk()
    program: Mapped[int] = mapped_column(Integer)
    child_uid: Mapped[str | None] = _person_fk(nullable=True)
    year: Mapped[int] = mapped_column(Integer)
    months: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    status: Mapped[int | None] = mapped_column(Integer)
    confirmed_date: Mapped[date | None] = mapped_column(Date)
    paid_date: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (
        Index("ix_benefits_person", "person_uid", "program", "year"),
        Index("ix_benefits_year", "year", "program"),
    )


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(10))  # admin / clerk / viewer
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[str | None] = mapped_column(String(32))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """Office settings and rule parameters; value is JSON text."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class BenefitRate(Base):
    __tablename__ = "benefit_rates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[float] = mapped_column(Numeric(12, 2, asdecimal=False))
    note: Mapped[str | None] = mapped_column(String(100))
    __table_args__ = (UniqueConstraint("program", "year"),)


class DeviceModel(Base):
    __tablename__ = "device_models"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    method: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(40))
    lifespan_years: Mapped[int] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("method", "model"),)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32), index=True)
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20), index=True)  # create/update/delete/view/login/...
    table_name: Mapped[str | None] = mapped_column(String(30))
    record_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[str | None] = mapped_column(Text)  # JSON
    # SHA-256 of the previous entry's hash and this entry's canonical content
    # (services.audit.chain_hash); triggers refuse UPDATE and DELETE (migration 0009)
    hash: Mapped[str | None] = mapped_column(String(64))


class ExportHistory(Base):
    __tablename__ = "export_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    username: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))  # full / incremental
    since_rev: Mapped[int] = mapped_column(Integer)
    until_rev: Mapped[int] = mapped_column(Integer)
    period: Mapped[str | None] = mapped_column(String(30))
    file_name: Mapped[str | None] = mapped_column(Text)
    recipient: Mapped[str | None] = mapped_column(String(60))
    check_code: Mapped[str] = mapped_column(String(9))
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class RevCounter(Base):
    """One row: the last revision handed out."""

    __tablename__ = "rev_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


EXCHANGED_MODELS: dict[str, type[Base]] = {
    "regions": Region,
    "households": Household,
    "persons": Person,
    "marriages": Marriage,
    "births": Birth,
    "pregnancies": Pregnancy,
    "contraception": Contraception,
    "services": Service,
    "migrations": Migration,
    "benefits": Benefit,
}


class ImportHistory(Base):
    """Every package loaded: which township (or office) sent which period. Local."""

    __tablename__ = "import_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[str] = mapped_column(String(32))
    username: Mapped[str | None] = mapped_column(String(40))
    region_code: Mapped[str] = mapped_column(String(12))
    region_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12))  # full / incremental
    since_rev: Mapped[int] = mapped_column(Integer)
    until_rev: Mapped[int] = mapped_column(Integer)
    period: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[str | None] = mapped_column(String(32))  # the package's own time stamp
    check_code: Mapped[str] = mapped_column(String(9))
    file_name: Mapped[str | None] = mapped_column(Text)
    inserted: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unchanged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    refused: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    __table_args__ = (Index("ix_import_history_region", "region_code", "imported_at"),)
