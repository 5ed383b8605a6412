"""The vocabulary of the catalogue as SQLModel tables.

No Qt and no SQLite specifics here: the same tables must later live on a shared PostgreSQL
server through the same engine URL. Uniqueness that the domain states (one numeral, one annex
number, one area name per plenary; one ordinal per conference) is enforced by the database as
well as by the services, so a bug in either cannot produce a duplicate.
"""

import datetime
import uuid as uuids
from typing import Any

from pydantic import NaiveDatetime
from sqlalchemy import CheckConstraint, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from catalogue.kinds import KINDS, Kind
from catalogue.vocabulary import Role, Side


def now() -> datetime.datetime:
    """UTC now without a zone: what `updated_at` holds (the same on SQLite and PostgreSQL)."""
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    """A record's stable identity (uuid4 as text): it survives renumbering, moves, ids
    reused after a delete, and an export read back elsewhere."""
    return str(uuids.uuid4())
def chinese() -> Any:
    """A Chinese field beside an English one (migration 0007): empty until someone types it."""
    return Field(default="", sa_column_kwargs={"server_default": ""})


class RecordFields(SQLModel):
    """Fields every record has: free notes and when it last changed (UTC, set by the
    services; migration 0002), its stable identity (migration 0005) and its version
    (migration 0008)."""

    notes: str = Field(default="", sa_column_kwargs={"server_default": ""})
    updated_at: NaiveDatetime | None = Field(default_factory=now)
    uuid: str = Field(default_factory=new_uuid, index=True, unique=True,
                      sa_column_kwargs={"default": new_uuid})
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    """Raised by one with every change to the record's fields (migration 0008): a save
    names the version it was made on, and one made on an older version is a conflict."""


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
    title_zh: str = chinese()


class Area(RecordFields, table=True):
    __tablename__ = KINDS[Kind.AREA].table
    __table_args__ = (UniqueConstraint("session_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    position: int
    name: str
    name_zh: str = chinese()


class Measure(RecordFields, table=True):
    __tablename__ = KINDS[Kind.MEASURE].table

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", index=True)
    position: int
    text: str
    text_zh: str = chinese()


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
    name_zh: str = chinese()
    post_zh: str = chinese()


class Annex(RecordFields, table=True):
    __tablename__ = KINDS[Kind.ANNEX].table
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="plenary_session.id", ondelete="CASCADE", index=True)
    number: int
    title: str
    language: str = Field(default="")
    title_zh: str = chinese()


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
    title_zh: str = chinese()
    parties_zh: str = chinese()


class AgreementArea(SQLModel, table=True):
    """Which co-operation areas an agreement serves (many-to-many)."""

    __tablename__ = "agreement_area"

    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", primary_key=True, index=True)


class ChangeSet(SQLModel, table=True):
    """One change as a person made it (an edit, a delete with all it took, an import): when
    (UTC), who, from where (spec.Source) and what it is called ("Edit measure 3.2").
    Written by the services in the transaction of the change itself; never rewritten.

    Few indexes, on purpose: each is one more page written (and synced) with every save.
    Ids follow time, so the newest first is the primary key backwards."""

    __tablename__ = "change_set"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, sa_column_kwargs={"default": new_uuid})
    at: NaiveDatetime = Field(default_factory=now)
    officer: str
    source: str
    label: str


class Change(SQLModel, table=True):
    """One record touched by a change set: its kind, identity and id, the operation, and
    the fields that changed as JSON {field: [old, new]} (every field, with the parent link,
    for an add or a delete, so replaying the changes rebuilds the catalogue)."""

    __tablename__ = "change"

    id: int | None = Field(default=None, primary_key=True)
    change_set_id: int = Field(foreign_key="change_set.id", ondelete="CASCADE", index=True)
    kind: str
    record_uuid: str = Field(index=True)
    record_id: int
    operation: str
    fields: str
class Document(SQLModel, table=True):
    """A file or web address attached to an annex or an agreement (migration 0006).

    The file's bytes live in the catalogue itself (`content`), so one file still holds
    everything and every backup carries them; a web address has no content. Exactly one
    owner: the annex or the agreement, and the document goes when its owner goes (the
    services put it back with the owner on undo)."""

    __tablename__ = "document"
    __table_args__ = (CheckConstraint("(annex_id IS NULL) <> (agreement_id IS NULL)",
                                      name="ck_document_one_owner"),)

    id: int | None = Field(default=None, primary_key=True)
    annex_id: int | None = Field(default=None, foreign_key="annex.id", ondelete="CASCADE",
                                 index=True)
    agreement_id: int | None = Field(default=None, foreign_key="agreement.id",
                                     ondelete="CASCADE", index=True)
    file_name: str = Field(default="")
    media_type: str = Field(default="")
    size: int = Field(default=0)
    sha256: str = Field(default="")
    content: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    url: str = Field(default="")
    added_at: NaiveDatetime | None = Field(default_factory=now)
    notes: str = Field(default="", sa_column_kwargs={"server_default": ""})



class StoredBytes(SQLModel, table=True):
    """The bytes of a document that was deleted with its owner or removed (migration
    0009), once per content: the history names them by SHA-256 (documents.STORED), so a
    change row stays small however many large documents a delete took, and Recently
    Deleted and undo put them back from here."""

    __tablename__ = "document_store"

    sha256: str = Field(primary_key=True)
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))

_MODELS = {model.__tablename__: model
           for model in (PlenarySession, Area, Measure, Official, Annex, Agreement, Conference)}
TABLES: dict[Kind, type[SQLModel]] = {kind: _MODELS[info.table] for kind, info in KINDS.items()}
"""Record kind -> its table, in catalogue order (the registry names the table)."""
