"""The vocabulary of the catalogue as SQLModel tables.

No Qt and no SQLite specifics here: the same tables must later live on a shared PostgreSQL
server through the same engine URL. Uniqueness that the domain states (one numeral, one annex
number, one area name per plenary; one ordinal per conference) is enforced by the database as
well as by the services, so a bug in either cannot produce a duplicate.
"""

import datetime
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

CONFERENCE = "Hong Kong/Shanghai Co-operation Conference"


class Side(StrEnum):
    """Which government an official speaks for."""

    HONG_KONG = "Hong Kong SAR Government"
    SHANGHAI = "Shanghai Municipal Government"
    CENTRAL = "Central authorities"


class Role(StrEnum):
    """What an official did at the plenary."""

    LED = "Led a delegation"
    ATTENDED = "Attended"


class PlenarySession(SQLModel, table=True):
    __tablename__ = "plenary_session"
    __table_args__ = (UniqueConstraint("conference", "ordinal"),)

    id: int | None = Field(default=None, primary_key=True)
    conference: str = Field(default=CONFERENCE)
    ordinal: int
    title: str
    date: datetime.date
    place: str


class Area(SQLModel, table=True):
    __tablename__ = "area"
    __table_args__ = (UniqueConstraint("session_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    position: int
    name: str


class Measure(SQLModel, table=True):
    __tablename__ = "measure"

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", index=True)
    position: int
    text: str


class Official(SQLModel, table=True):
    __tablename__ = "official"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    position: int
    honorific: str
    name: str
    post: str
    side: str = Field(default=Side.HONG_KONG.value)
    role: str = Field(default=Role.ATTENDED.value)


class Annex(SQLModel, table=True):
    __tablename__ = "annex"
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    number: int
    title: str
    language: str = Field(default="")


class Agreement(SQLModel, table=True):
    __tablename__ = "agreement"
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


RECORD_TABLES: dict[str, type[SQLModel]] = {
    "session": PlenarySession,
    "area": Area,
    "measure": Measure,
    "official": Official,
    "agreement": Agreement,
    "annex": Annex,
}
"""Record kind -> table; the kind names are the CSV's record_type values."""
