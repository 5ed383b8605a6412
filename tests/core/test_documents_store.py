"""A deleted annex's (or plenary's) documents are kept once, by SHA-256, outside the change
row that records the delete (migration 0009): an annex holding many large documents can be
deleted, and Recently Deleted and undo bring them back byte for byte, in a new session too.
Change rows written before 0009 (the bytes in base64 inside the row) still restore."""

import json
import os
import sqlite3

import pytest
from sqlalchemy import event, text

from catalogue import history, queries, services
from catalogue.documents import DOCUMENTS, DocumentError, DocumentFile, digest
from catalogue.kinds import Kind, ListKey, ListKind, RecordKey
from catalogue.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from catalogue.workflows import open_catalogue, open_server

SIZE = 400_000
"""Bytes of each document here: small enough to be quick, large enough that three of them
(in base64) exceed the lowered SQLite length limit below while one fits."""
LIMIT = 1_200_000
"""SQLite's SQLITE_LIMIT_LENGTH for the test's connections: the default (1,000,000,000)
is what 15 documents of 50 MB in base64 exceed; lowered, the same refusal comes at this
scale in a moment."""


def annexes(engine) -> list[int]:
    sid = queries.plenaries(engine)[0].id
    return [item.id for item in queries.children(engine, ListKey(ListKind.ANNEXES, sid))]


def attach(engine, owner: RecordKey, count: int, seed: int = 0) -> dict[str, bytes]:
    """`count` documents of SIZE random bytes attached to `owner`: name -> bytes."""
    kept: dict[str, bytes] = {}
    for index in range(count):
        data = os.urandom(SIZE) + bytes([seed, index])
        name = f"annex text {seed}-{index}.pdf"
        services.attach_document(engine, owner, DocumentFile(name, "application/pdf", data,
                                                             digest(data)))
        kept[name] = data
    return kept


def contents(engine, owner: RecordKey) -> dict[str, bytes]:
    return {info.file_name: queries.document_content(engine, info.id)[1]
            for info in queries.documents_of(engine, owner)}


def reopened(engine, request):
    """A new engine on the same catalogue (a new session of the app)."""
    url = engine.url
    engine.dispose()
    if url.get_backend_name() == "postgresql":
        return open_server(request.getfixturevalue("pg_catalogue")).engine
    return open_catalogue(request.getfixturevalue("catalogue_file"))


def limited(engine, most: int = LIMIT):
    """Every new connection of `engine` refuses a string or blob over `most` bytes, as
    SQLite refuses one over 1,000,000,000 by default."""
    def lower(connection, _record) -> None:
        connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, most)

    engine.dispose()
    event.listen(engine, "connect", lower)
    return engine


def change_fields(engine, set_id: int) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT fields FROM change WHERE change_set_id = :id ORDER BY id"),
            {"id": set_id}).scalars())


def latest_set(engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT max(id) FROM change_set")).scalar_one())


def test_the_store_is_revision_0009_after_0008():
    from importlib import import_module

    migration = import_module("catalogue.migrations.versions.0009_documents_store")
    assert (migration.revision, migration.down_revision) == ("0009", "0008")
    assert KNOWN_REVISIONS.index("0009") == KNOWN_REVISIONS.index("0008") + 1
    assert KNOWN_REVISIONS.index("0009") <= KNOWN_REVISIONS.index(SCHEMA_HEAD)


def test_an_annex_with_documents_too_large_for_one_row_together_is_deleted_and_comes_back(
        catalogue_file):
    engine = limited(open_catalogue(catalogue_file))
    try:
        annex = RecordKey(Kind.ANNEX, annexes(engine)[0])
        kept = attach(engine, annex, 3)
        services.delete_record(engine, Kind.ANNEX, annex.id)  # was: string or blob too big
        set_id = latest_set(engine)
    finally:
        engine.dispose()
    engine = limited(open_catalogue(catalogue_file))  # Recently Deleted, a new session
    try:
        history.restore_deleted(engine, set_id)
        again = RecordKey(Kind.ANNEX, annex.id)
        assert contents(engine, again) == kept
    finally:
        engine.dispose()


@pytest.mark.both_engines
def test_a_delete_keeps_each_documents_bytes_once_outside_its_change_row(engine, request):
    first, second = annexes(engine)[:2]
    kept = attach(engine, RecordKey(Kind.ANNEX, first), 2)
    same = next(iter(kept.values()))  # the same bytes on another annex: kept once
    services.attach_document(engine, RecordKey(Kind.ANNEX, second), DocumentFile(
        "copy.pdf", "application/pdf", same, digest(same)))
    services.delete_record(engine, Kind.ANNEX, first)
    set_id = latest_set(engine)
    rows = change_fields(engine, set_id)
    assert all(len(row) < SIZE for row in rows), "no bytes in the change rows"
    documents = json.loads(rows[0])[DOCUMENTS][0]
    assert sorted(item["sha256"] for item in documents) == sorted(map(digest, kept.values()))
    services.delete_record(engine, Kind.ANNEX, second)
    with engine.connect() as connection:
        assert sorted(connection.execute(text(
            "SELECT sha256 FROM document_store")).scalars()) == sorted(map(digest,
                                                                           kept.values()))
    engine = reopened(engine, request)
    try:
        history.restore_deleted(engine, set_id)
        assert contents(engine, RecordKey(Kind.ANNEX, first)) == kept
        history.restore_deleted(engine, set_id + 1)
        assert contents(engine, RecordKey(Kind.ANNEX, second)) == {"copy.pdf": same}
    finally:
        engine.dispose()


@pytest.mark.both_engines
def test_a_deleted_plenary_brings_back_every_annexs_documents(engine, request):
    numbers = annexes(engine)
    kept = {number: attach(engine, RecordKey(Kind.ANNEX, number), 2, seed=index)
            for index, number in enumerate(numbers[:2])}
    sid = queries.plenaries(engine)[0].id
    services.delete_record(engine, Kind.SESSION, sid)
    set_id = latest_set(engine)
    assert all(len(row) < SIZE for row in change_fields(engine, set_id))
    engine = reopened(engine, request)
    try:
        history.restore_deleted(engine, set_id)
        for number, documents in kept.items():
            assert contents(engine, RecordKey(Kind.ANNEX, number)) == documents
    finally:
        engine.dispose()


@pytest.mark.both_engines
def test_undo_of_a_delete_and_of_a_removal_bring_the_bytes_back_without_holding_them(
        engine):
    annex = RecordKey(Kind.ANNEX, annexes(engine)[0])
    kept = attach(engine, annex, 2)
    snapshot, _changes = services.delete_record(engine, Kind.ANNEX, annex.id)
    assert all("content" not in document for document in snapshot.documents)
    services.restore_record(engine, snapshot)
    assert contents(engine, annex) == kept
    removed, _changes = services.detach_document(engine, queries.documents_of(engine,
                                                                              annex)[0].id)
    assert removed.get("content") is None
    services.restore_document(engine, removed)
    assert contents(engine, annex) == kept
    snapshot, _changes = services.delete_record(engine, Kind.SESSION,
                                                queries.plenaries(engine)[0].id)
    assert all("content" not in document for document in snapshot.documents)
    services.restore_record(engine, snapshot)  # the undo of a plenary's delete
    assert contents(engine, annex) == kept


@pytest.mark.both_engines
def test_a_delete_written_before_the_store_still_restores(engine):
    """A change row of a catalogue from before 0009: the bytes in base64 inside it."""
    import base64

    annex = RecordKey(Kind.ANNEX, annexes(engine)[0])
    kept = attach(engine, annex, 2)
    services.delete_record(engine, Kind.ANNEX, annex.id)
    set_id = latest_set(engine)
    with engine.begin() as connection:
        change_id, fields = connection.execute(text(
            "SELECT id, fields FROM change WHERE change_set_id = :id ORDER BY id LIMIT 1"),
            {"id": set_id}).one()
        values = json.loads(fields)
        for item in values[DOCUMENTS][0]:
            item["content"] = base64.b64encode(kept[item["file_name"]]).decode("ascii")
        connection.execute(text("UPDATE change SET fields = :fields WHERE id = :id"),
                           {"fields": json.dumps(values), "id": change_id})
        connection.execute(text("DELETE FROM document_store"))
    history.restore_deleted(engine, set_id)
    assert contents(engine, annex) == kept


@pytest.mark.both_engines
def test_bytes_missing_from_the_store_are_one_line_and_nothing_comes_back(engine):
    annex = RecordKey(Kind.ANNEX, annexes(engine)[0])
    attach(engine, annex, 1)
    services.delete_record(engine, Kind.ANNEX, annex.id)
    set_id = latest_set(engine)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM document_store"))
    with pytest.raises(DocumentError, match="not kept") as refused:
        history.restore_deleted(engine, set_id)
    assert "\n" not in str(refused.value)
    assert annex.id not in annexes(engine)


# -- the same file twice -------------------------------------------------------------------


@pytest.mark.both_engines
def test_the_same_content_twice_on_one_owner_is_refused_naming_the_document_holding_it(
        engine):
    first, second = annexes(engine)[:2]
    annex = RecordKey(Kind.ANNEX, first)
    data = os.urandom(1000)
    services.attach_document(engine, annex, DocumentFile("report.pdf", "application/pdf",
                                                         data, digest(data)))
    before = change_fields(engine, latest_set(engine))
    with pytest.raises(DocumentError) as refused:  # the same bytes under another name
        services.attach_document(engine, annex, DocumentFile(
            "report (copy).pdf", "application/pdf", data, digest(data)))
    said = str(refused.value)
    assert "\n" not in said and "report.pdf" in said and "already" in said
    assert [info.file_name for info in queries.documents_of(engine, annex)] == ["report.pdf"]
    assert change_fields(engine, latest_set(engine)) == before, "no change set written"
    services.attach_document(engine, RecordKey(Kind.ANNEX, second), DocumentFile(
        "report.pdf", "application/pdf", data, digest(data)))  # another owner: fine
    services.attach_document(engine, annex, url="https://www.cmab.gov.hk/a.pdf")
    with pytest.raises(DocumentError, match="already"):
        services.attach_document(engine, annex, url="https://www.cmab.gov.hk/a.pdf")
