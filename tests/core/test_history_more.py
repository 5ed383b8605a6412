"""History, continued: documents in the history (attach, remove, undo, and the bytes a
deleted annex took with it), labels read in the reader's language, and what Recently
Deleted leaves out (an add taken back by undo)."""


import pytest

from catalogue import history, i18n, naming, queries, services
from catalogue.documents import DOCUMENTS, DocumentFile, digest
from catalogue.kinds import Kind, ListKey, ListKind, RecordKey
from catalogue.spec import Cancelled, Origin, Source
from catalogue.vocabulary import Role
from tests.helpers import annex_two, change_sets, one_new_set

PDF = b"%PDF-1.4\n\xe5\x8d\x94\xe8\xad\xb0 bytes that are not text \x00\xff\n%%EOF\n"


def a_file(name: str = "協議 文本.pdf", data: bytes = PDF) -> DocumentFile:
    return DocumentFile(name, "application/pdf", data, digest(data))


def documents_of(engine, owner: RecordKey) -> dict[str, bytes]:
    return {info.title: queries.document_content(engine, info.id)[1]
            for info in queries.documents_of(engine, owner) if not info.is_link}


# -- documents ---------------------------------------------------------------------------------


def test_attach_remove_and_put_back_each_write_one_change_set_on_the_owner(engine):
    owner = annex_two(engine)
    uuid = history.uuid_of(engine, Kind.ANNEX, owner.id)
    count = len(change_sets(engine))
    document_id, _ = services.attach_document(engine, owner, a_file())
    attached, [change] = one_new_set(engine, count)
    assert naming.Label.read(attached["label"]) == "Attach 協議 文本.pdf to annex 2"
    assert (change["kind"], change["record_uuid"], change["operation"]) == (
        "annex", uuid, "update")
    [old, new] = change["fields"][DOCUMENTS]
    assert old is None and (new["file_name"], new["size"], new["sha256"], new["id"]) == (
        "協議 文本.pdf", len(PDF), digest(PDF), document_id)
    assert "content" not in new, "the bytes stay in the document, not in its history"

    snapshot, _ = services.detach_document(engine, document_id)
    removed, [change] = one_new_set(engine, count + 1)
    assert naming.Label.read(removed["label"]) == "Remove 協議 文本.pdf from annex 2"
    assert change["fields"][DOCUMENTS][0]["sha256"] == digest(PDF)
    assert change["fields"][DOCUMENTS][1] is None

    undo = Origin(Source.UNDO, label=naming.undo_text(naming.remove_document_text(
        "協議 文本.pdf", Kind.ANNEX, {"number": 2})))
    services.restore_document(engine, snapshot, undo)
    put_back, [change] = one_new_set(engine, count + 2)
    assert (put_back["source"], naming.Label.read(put_back["label"])) == (
        "undo", "Undo Remove 協議 文本.pdf from annex 2")
    assert change["fields"][DOCUMENTS][0] is None
    assert documents_of(engine, owner) == {"協議 文本.pdf": PDF}
    shown = [entry.label for entry in history.record_history(engine, Kind.ANNEX, owner.id)]
    assert shown[:3] == ["Undo Remove 協議 文本.pdf from annex 2",
                         "Remove 協議 文本.pdf from annex 2", "Attach 協議 文本.pdf to annex 2"]


def test_a_web_address_is_named_by_its_address(engine):
    owner = annex_two(engine)
    count = len(change_sets(engine))
    services.attach_document(engine, owner, url="https://www.gov.hk/annex-2")
    attached, [change] = one_new_set(engine, count)
    assert naming.Label.read(attached["label"]) == (
        "Attach https://www.gov.hk/annex-2 to annex 2")
    assert change["fields"][DOCUMENTS][1]["url"] == "https://www.gov.hk/annex-2"


def test_a_refused_or_cancelled_attach_writes_no_history(engine):
    owner = annex_two(engine)
    count = len(change_sets(engine))
    with pytest.raises(services.ServiceError):
        services.attach_document(engine, owner, url="ftp://example.org/x")

    def stop(_done: int, total: int) -> bool:
        return _done < total - 1

    with pytest.raises(services.Cancelled):
        services.attach_document(engine, owner, a_file(), progress=stop)
    assert len(change_sets(engine)) == count
    assert documents_of(engine, owner) == {}


def test_a_deleted_annex_comes_back_with_its_documents_in_a_new_session(engine):
    """Undo kept the bytes in memory only: once the window was closed, Recently Deleted
    gave an annex back without its documents, and they were gone for good."""
    owner = annex_two(engine)
    services.attach_document(engine, owner, a_file())
    services.attach_document(engine, owner, a_file("second.bin", b"\x00" * 70_000))
    services.delete_record(engine, Kind.ANNEX, owner.id)
    assert queries.documents_of(engine, owner) == []
    [deleted] = [record for record in history.deleted_records(engine)
                 if record.entry.kind == Kind.ANNEX]
    changes = history.restore_deleted(engine, deleted.entry.change_set_id)
    back = next(key for key in changes.updated if key.kind == Kind.ANNEX)
    assert documents_of(engine, back) == {"協議 文本.pdf": PDF, "second.bin": b"\x00" * 70_000}


def test_a_deleted_plenary_comes_back_with_its_documents(engine):
    owner = annex_two(engine)
    services.attach_document(engine, owner, a_file())
    [plenary] = queries.plenaries(engine)
    services.delete_record(engine, Kind.SESSION, plenary.id)
    [deleted] = history.deleted_records(engine)
    history.restore_deleted(engine, deleted.entry.change_set_id)
    assert documents_of(engine, annex_two(engine)) == {"協議 文本.pdf": PDF}


def test_the_activity_csv_names_documents_and_never_holds_their_bytes(engine, tmp_path):
    owner = annex_two(engine)
    services.attach_document(engine, owner, a_file())
    services.delete_record(engine, Kind.ANNEX, owner.id)
    out = tmp_path / "activity.csv"
    history.activity_csv(history.activity(engine), out)
    written = out.read_text(encoding="utf-8-sig")
    assert "協議 文本.pdf (" in written
    assert digest(PDF) not in written and "JVBER" not in written  # no hash dump, no base64


# -- labels ------------------------------------------------------------------------------------


@pytest.fixture
def language():
    """Switch the language for a test and back."""
    before = i18n.spoken()
    yield i18n.set_language
    i18n.set_language(before)


def test_a_label_reads_in_the_readers_language_whichever_it_was_saved_in(engine, language):
    """Labels were stored in the language of whoever saved: the history and the activity
    CSV mixed English and Chinese, and a switch left old labels as they were."""
    sid = queries.plenaries(engine)[0].id
    area = next(item for item in queries.children(engine, ListKey(ListKind.AREAS, sid))
                if item.values["name"] == "Sports")
    services.update_record(engine, Kind.AREA, area.id, {"name_zh": "體育"})
    language(i18n.TRADITIONAL)
    services.update_record(engine, Kind.AREA, area.id, {"notes": "saved in Chinese"})
    in_chinese = [entry.label for entry in history.record_history(engine, Kind.AREA, area.id)]
    language(i18n.EN)
    in_english = [entry.label for entry in history.record_history(engine, Kind.AREA, area.id)]
    assert in_english[:2] == ["Edit co-operation area \u201cSports\u201d",
                              "Edit co-operation area \u201cSports\u201d"]
    messages = i18n.chinese_messages(i18n.TRADITIONAL)
    expected = messages[("Naming", "Edit {what}")].format(
        what=messages[("Naming", "co-operation area \u201c{name}\u201d")].format(name="體育"))
    assert in_chinese[0] == expected and "Edit" not in expected
    # the first edit was saved in English before the name had its Chinese one: still
    # named by what it was then
    assert in_chinese[1] == messages[("Naming", "Edit {what}")].format(
        what=messages[("Naming", "co-operation area \u201c{name}\u201d")].format(name="Sports"))


def test_a_label_saved_as_text_before_reads_as_it_was(engine):
    assert naming.Label.read("Edit measure 3.2") == "Edit measure 3.2"
    assert naming.Label.read("{not json") == "{not json"
    assert naming.Label.read('{"kind": "measure"}') == '{"kind": "measure"}'  # no action
    # a label a newer Catalogue names in a way this one does not know: its action
    assert naming.Label.read('{"do": "merge plenaries"}') == "merge plenaries"


def test_every_label_round_trips_through_what_is_stored():
    values = {"area_position": 3, "position": 2}
    for label in (naming.edit_text(Kind.MEASURE, values), naming.add_text(Kind.MEASURE),
                  naming.delete_text(Kind.MEASURE, values),
                  naming.move_text(Kind.MEASURE, values, -1),
                  naming.restore_text(Kind.MEASURE, values),
                  naming.restore_version_text(Kind.MEASURE, values, "2024-04-26 08:30"),
                  naming.undo_text(naming.edit_text(Kind.MEASURE, values)),
                  naming.import_text("Sixth Plenary Session", True),
                  naming.new_plenary_text(),
                  naming.attach_text("a.pdf", Kind.ANNEX, {"number": 3}),
                  naming.remove_document_text("a.pdf", Kind.ANNEX, {"number": 3})):
        assert naming.Label.read(label.stored) == label, label
    assert naming.undo_text(naming.edit_text(Kind.MEASURE, values)) == "Undo Edit measure 3.2"
    assert naming.move_text(Kind.MEASURE, values, 1) == "Move measure 3.2 down"


# -- Recently Deleted --------------------------------------------------------------------------


def test_an_add_taken_back_by_undo_is_not_listed_as_deleted(engine):
    sid = queries.plenaries(engine)[0].id
    new_id, _ = services.add_record(engine, Kind.OFFICIAL, sid, {
        "honorific": "Ms", "name": "Lee Ka-yan", "post": "Clerk",
        "side": "Hong Kong SAR Government", "role": Role.ATTENDED.value})
    undo = Origin(Source.UNDO, label=naming.undo_text(naming.add_text(Kind.OFFICIAL)))
    services.delete_record(engine, Kind.OFFICIAL, new_id, origin=undo)
    assert history.deleted_records(engine) == []
    # a record deleted by a person is listed, also when a later undo deleted it again
    official = queries.children(engine, ListKey(ListKind.OFFICIALS, sid))[0]
    services.delete_record(engine, Kind.OFFICIAL, official.id)
    assert [record.entry.record_id for record in history.deleted_records(engine)] == [
        official.id]


def test_a_cancelled_activity_export_leaves_nothing_and_replaces_nothing(engine, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "activity.csv"
    out.write_text("an earlier export")
    with pytest.raises(Cancelled):
        history.activity_csv(history.activity(engine), out, cancelled=lambda: True)
    assert out.read_text() == "an earlier export"
    assert [path.name for path in folder.iterdir()] == ["activity.csv"]
