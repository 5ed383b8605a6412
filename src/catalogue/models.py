"""The vocabulary of the catalogue as SQLModel tables.

No Qt and no SQLite specifics here: the same tables must later live on a shared PostgreSQL
server through the same engine URL. Uniqueness that the domain states (one numeral, one annex
number, one area name per plenary; one ordinal per conference) is enforced by the database as
well as by the services, so a bug in either cannot produce a duplicate.
"""

import datetime

from pydantic import NaiveDatetime
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from catalogue.kinds import KINDS, Kind
from catalogue.vocabulary import Role, Side


def now() -> datetime.datetime:
    """UTC now without a zone: what `updated_at` holds (the same on SQLite and PostgreSQL)."""
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


class RecordFields(SQLModel):
    """Fields every record has (added by migration 0002): free notes, and when it last
    changed (UTC, set by the services)."""

    notes: str = Field(default="", sa_column_kwargs={"server_default": ""})
    updated_at: NaiveDatetime | None = Field(default_factory=now)


class Conference(RecordFields, table=True):
    """A conference of two governments (its sides), whose plenaries the catalogue keeps."""

    __tablename__ = KINDS[Kind.CONFERENCE].table

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    side_a: str
    side_b: str
    name_zh: str = Field(default="", sa_column_kwargs={"server_default": ""})


class PlenarySession(RecordFields, table=True):
    __tablename__ = KINDS[Kind.SESSION].table
    __table_args__ = (UniqueConstraint("conference_id", "ordinal"),)

    id: int | None = Field(default=None, primary_key=True)
    conference_id: int = Field(foreign_key="conference.id", index=True)
    ordinal: int
    title: str
    date: datetime.date
    place: str


class Area(RecordFields, table=True):
    __tablename__ = KINDS[Kind.AREA].table
    __table_args__ = (UniqueConstraint("session_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    position: int
    name: str


class Measure(RecordFields, table=True):
    __tablename__ = KINDS[Kind.MEASURE].table

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", index=True)
    position: int
    text: str


class Official(RecordFields, table=True):
    __tablename__ = KINDS[Kind.OFFICIAL].table

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    position: int
    honorific: str
    name: str
    post: str
    side: str = Field(default=Side.HONG_KONG.value)
    role: str = Field(default=Role.ATTENDED.value)


class Annex(RecordFields, table=True):
    __tablename__ = KINDS[Kind.ANNEX].table
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    number: int
    title: str
    language: str = Field(default="")


class Agreement(RecordFields, table=True):
    __tablename__ = KINDS[Kind.AGREEMENT].table
    __table_args__ = (UniqueConstraint("session_id", "numeral"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    position: int
    numeral: str
    title: str
    kind: str = Field(default="")
    parties: str = Field(default="")
    annex_id: int | None = Field(
        default=None, foreign_key="annex.id", ondelete="SET NULL", index=True
    )


class AgreementArea(SQLModel, table=True):
    """Which co-operation areas an agreement serves (many-to-many)."""

    __tablename__ = "agreement_area"

    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", primary_key=True, index=True)


_MODELS = {model.__tablename__: model
           for model in (PlenarySession, Area, Measure, Official, Annex, Agreement, Conference)}
TABLES: dict[Kind, type[SQLModel]] = {kind: _MODELS[info.table] for kind, info in KINDS.items()}
"""Record kind -> its table, in catalogue order (the registry names the table)."""
