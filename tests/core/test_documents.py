"""Annex documents kept inside the catalogue: attached, verified, removed and put back,
carried by a delete's undo, a replace, a backup and a restore, and written out by
`catalogue export-documents` without ever writing over a file."""

import csv
import hashlib
import os
import re
import sqlite3
from pathlib import Path

import pytest

from catalogue import queries, services
from catalogue.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    DocumentFile,
    check_url,
    digest,
    read_document,
    safe_name,
)
from catalogue.kinds import Kind, ListKey, ListKind, RecordKey
from catalogue.workflows import open_catalogue
from tests.helpers import run

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4000 + b"\x00\r\n\x1a%%EOF"
"""Bytes of every value, line ends and a NUL included: a round trip must keep them all."""


def owners(engine) -> tuple[RecordKey, RecordKey]:
    """The seed's annex 2 and agreement (i)."""
    sid = queries.plenaries(engine)[0].id
    annex = next(item for item in queries.children(engine, ListKey(ListKind.ANNEXES, sid))
                 if item.values["number"] == 2)
    agreement = next(item for item in queries.children(engine, ListKey(
        ListKind.AGREEMENTS, sid)) if item.values["numeral"] == "i")
    return RecordKey(Kind.ANNEX, annex.id), RecordKey(Kind.AGREEMENT, agreement.id)


def document_file(tmp_path: Path, name: str = "協議 文本.pdf", data: bytes = PDF) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def contents(engine, owner: RecordKey) -> dict[str, bytes | str]:
    """Each document of `owner`: its name and bytes, or its web address."""
    found: dict[str, bytes | str] = {}
    for info in queries.documents_of(engine, owner):
        found[info.title] = info.url if info.is_link else queries.document_content(
            engine, info.id)[1]
    return found


@pytest.mark.both_engines
def test_a_file_and_a_web_address_attach_and_read_back_byte_for_byte(engine, tmp_path):
    annex, agreement = owners(engine)
    file = read_document(document_file(tmp_path))
    assert (file.file_name, file.media_type, file.size) == ("協議 文本.pdf", "application/pdf",
                                                            len(PDF))
    document_id, changes = services.attach_document(engine, annex, file)
    assert changes.updated == {annex}
    services.attach_document(engine, agreement, url=" https://www.cmab.gov.hk/doc.pdf ")
    listed = queries.documents_of(engine, annex)
    assert [(d.id, d.file_name, d.size, d.sha256) for d in listed] == [
        (document_id, "協議 文本.pdf", len(PDF), hashlib.sha256(PDF).hexdigest())]
    assert contents(engine, annex) == {"協議 文本.pdf": PDF}
    assert contents(engine, agreement) == {"https://www.cmab.gov.hk/doc.pdf":
                                           "https://www.cmab.gov.hk/doc.pdf"}


@pytest.mark.both_engines
def test_a_list_never_loads_the_bytes(engine, tmp_path):
    annex, _ = owners(engine)
    services.attach_document(engine, annex, read_document(document_file(tmp_path)))
    assert "content" not in {column.name for column in queries.LISTED}


@pytest.mark.both_engines
def test_a_file_over_the_limit_is_refused_in_one_line_before_it_is_read(engine, tmp_path):
    annex, _ = owners(engine)
    big = tmp_path / "scan.pdf"
    with open(big, "wb") as stream:
        stream.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: large, but never read
    with pytest.raises(DocumentError) as refused:
        read_document(big)
    message = str(refused.value)
    assert "\n" not in message and "scan.pdf" in message and "at most 50 MB" in message
    oversized = DocumentFile("scan.pdf", "application/pdf", b"x" * (MAX_DOCUMENT_BYTES + 1), "")
    with pytest.raises(DocumentError, match="at most 50 MB"):
        services.attach_document(engine, annex, oversized)
    assert queries.documents_of(engine, annex) == []


@pytest.mark.both_engines
@pytest.mark.slow
def test_a_file_of_exactly_the_limit_is_kept(engine, tmp_path):
    annex, _ = owners(engine)
    data = os.urandom(1000) * (MAX_DOCUMENT_BYTES // 1000)
    file = read_document(document_file(tmp_path, "limit.bin", data))
    document_id, _ = services.attach_document(engine, annex, file)
    assert queries.document_content(engine, document_id)[1] == data


@pytest.mark.parametrize("make", ["missing", "folder", "unreadable"])
def test_a_file_that_cannot_be_read_is_one_line(tmp_path, make):
    path = tmp_path / "text.docx"
    if make == "folder":
        path.mkdir()
    elif make == "unreadable":
        path.write_bytes(b"x")
        path.chmod(0)
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who reads every file (root)")
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    assert "\n" not in str(refused.value) and "text.docx" in str(refused.value)


@pytest.mark.both_engines
@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "www.gov.hk",
                                 "https://", "https://a b", ""])
def test_only_web_addresses_are_attached_as_links(engine, url):
    annex, _ = owners(engine)
    with pytest.raises(DocumentError):
        services.attach_document(engine, annex, url=url)
    assert check_url("HTTPS://www.gov.hk/a?b=1#c") == "HTTPS://www.gov.hk/a?b=1#c"
    assert queries.documents_of(engine, annex) == []


@pytest.mark.both_engines
@pytest.mark.parametrize("stop_at", [0, 1])
def test_a_cancelled_attach_stores_nothing(engine, tmp_path, stop_at):
    """The window's Cancel: before the write, or after it and before the commit."""
    from catalogue.spec import Cancelled

    annex, _ = owners(engine)
    heard: list[int] = []

    def progress(done: int, total: int) -> bool:
        heard.append(done)
        return done != stop_at

    with pytest.raises(Cancelled):
        services.attach_document(engine, annex, read_document(document_file(tmp_path)),
                                 progress=progress)
    assert heard[-1] == stop_at
    assert queries.documents_of(engine, annex) == []


@pytest.mark.both_engines
def test_bytes_changed_after_they_were_read_are_refused(engine):
    annex, _ = owners(engine)
    tampered = DocumentFile("a.pdf", "application/pdf", PDF, digest(PDF + b"more"))
    with pytest.raises(DocumentError, match="changed while it was read"):
        services.attach_document(engine, annex, tampered)
    assert queries.documents_of(engine, annex) == []


def test_damage_to_the_stored_bytes_is_said_on_reading(engine, catalogue_file, tmp_path):
    annex, _ = owners(engine)
    document_id, _ = services.attach_document(engine, annex, read_document(
        document_file(tmp_path)))
    connection = sqlite3.connect(catalogue_file)
    with connection:
        connection.execute("UPDATE document SET content = ? WHERE id = ?",
                           (PDF[:-1] + b"!", document_id))
    connection.close()
    with pytest.raises(DocumentError, match="not whole"):
        queries.document_content(engine, document_id)


@pytest.mark.both_engines
def test_detach_and_restore_put_back_the_same_document(engine, tmp_path):
    annex, _ = owners(engine)
    document_id, _ = services.attach_document(engine, annex, read_document(
        document_file(tmp_path)), notes="signed copy")
    snapshot, changes = services.detach_document(engine, document_id)
    assert changes.updated == {annex} and queries.documents_of(engine, annex) == []
    services.restore_document(engine, snapshot)
    (info,) = queries.documents_of(engine, annex)
    assert (info.id, info.notes) == (document_id, "signed copy")
    assert contents(engine, annex) == {"協議 文本.pdf": PDF}


@pytest.mark.both_engines
@pytest.mark.parametrize("which", [0, 1])
def test_deleting_an_annex_or_agreement_takes_its_documents_and_undo_brings_them_back(
        engine, tmp_path, which):
    owner = owners(engine)[which]
    services.attach_document(engine, owner, read_document(document_file(tmp_path)))
    services.attach_document(engine, owner, url="https://www.gov.hk/")
    before = contents(engine, owner)
    snapshot, _ = services.delete_record(engine, owner.kind, owner.id)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM document").scalar() == 0
    services.restore_record(engine, snapshot)
    assert contents(engine, owner) == before


@pytest.mark.both_engines
def test_replacing_the_plenary_keeps_its_documents_on_the_same_annexes(engine, tmp_path,
                                                                       seed_release):
    from catalogue.workflows import import_release, prepare_import

    annex, agreement = owners(engine)
    services.attach_document(engine, annex, read_document(document_file(tmp_path)))
    services.attach_document(engine, agreement, url="https://www.gov.hk/")
    services.update_record(engine, Kind.ANNEX, annex.id, {"title": "edited"})
    import_release(engine, prepare_import(seed_release), replace=True)
    new_annex, new_agreement = owners(engine)
    assert queries.record(engine, Kind.ANNEX, new_annex.id)["title"] != "edited"  # replaced
    assert contents(engine, new_annex) == {"協議 文本.pdf": PDF}
    assert contents(engine, new_agreement) == {"https://www.gov.hk/": "https://www.gov.hk/"}


@pytest.mark.both_engines
def test_a_replace_that_would_leave_a_document_without_its_annex_changes_nothing(
        engine, tmp_path, seed_release):
    import dataclasses

    from catalogue.spec import ServiceError
    from catalogue.workflows import import_release, prepare_import
    from tests.helpers import dump

    annex, _ = owners(engine)
    services.attach_document(engine, annex, read_document(document_file(tmp_path)))
    before = dump(engine)
    shorter = dataclasses.replace(seed_release, annexes=seed_release.annexes[:1])
    said = re.escape("annex 2: 協議 文本.pdf; nothing was replaced")
    with pytest.raises(ServiceError, match=said):
        import_release(engine, prepare_import(shorter), replace=True)
    assert dump(engine) == before
    assert contents(engine, annex) == {"協議 文本.pdf": PDF}


@pytest.mark.parametrize(("name", "safe"), [
    ("report.pdf", "report.pdf"),
    ("協議：文本?.docx", "協議：文本_.docx"),
    ('a<b>c:d"e/f\\g|h?i*j.pdf', "a_b_c_d_e_f_g_h_i_j.pdf"),
    ("CON.txt", "_CON.txt"),
    ("lpt1", "_lpt1"),
    ("..hidden. ", "hidden"),
    ("tab\there\n.pdf", "tab_here_.pdf"),
    ("", "document"),
    ("e\u0301.pdf", "\u00e9.pdf"),
])
def test_exported_names_are_safe_on_every_system(name, safe):
    assert safe_name(name) == safe


def test_a_long_name_is_cut_to_fit_keeping_its_extension():
    name = safe_name("協" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode()) <= 180


# -- through the command line (real subprocesses) -------------------------------------------


def attach_both(path: Path, tmp_path: Path) -> None:
    engine = open_catalogue(path)
    try:
        annex, agreement = owners(engine)
        services.attach_document(engine, annex, read_document(document_file(tmp_path)))
        services.attach_document(engine, agreement, read_document(document_file(
            tmp_path, "CON.docx", b"PK\x03\x04word")))
        services.attach_document(engine, agreement, url="https://www.gov.hk/a,b")
    finally:
        engine.dispose()


@pytest.mark.slow
def test_documents_survive_a_backup_and_a_restore(catalogue_file, tmp_path):
    attach_both(catalogue_file, tmp_path)
    backed = run("backup", "--db", str(catalogue_file))
    assert backed.returncode == 0, backed.stderr
    engine = open_catalogue(catalogue_file)
    try:
        annex, _ = owners(engine)
        services.delete_record(engine, Kind.ANNEX, annex.id)
        assert queries.documents_of(engine, annex) == []
    finally:
        engine.dispose()
    backup = backed.stdout.split()[-1]
    restored = run("restore", "--db", str(catalogue_file), backup)
    assert restored.returncode == 0, restored.stderr
    engine = open_catalogue(catalogue_file)
    try:
        annex, agreement = owners(engine)
        assert contents(engine, annex) == {"協議 文本.pdf": PDF}
        assert contents(engine, agreement) == {"CON.docx": b"PK\x03\x04word",
                                               "https://www.gov.hk/a,b": "https://www.gov.hk/a,b"}
    finally:
        engine.dispose()


@pytest.mark.slow
def test_export_documents_writes_every_file_and_lists_the_web_addresses(catalogue_file,
                                                                        tmp_path):
    attach_both(catalogue_file, tmp_path)
    out = tmp_path / "out" / "documents"
    result = run("export-documents", "--db", str(catalogue_file), str(out))
    assert result.returncode == 0, result.stderr
    names = ["plenary-6 annex-2 協議 文本.pdf", "plenary-6 agreement-i CON.docx"]
    assert result.stdout.splitlines() == [
        *names, f"Wrote 2 documents to {out}, listed with 1 web address in documents.csv"]
    assert (out / names[0]).read_bytes() == PDF
    assert (out / names[1]).read_bytes() == b"PK\x03\x04word"
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["file"], row["record_type"], row["ref"], row["url"]) for row in rows] == [
        (names[0], "annex", "2", ""), (names[1], "agreement", "i", ""),
        ("", "agreement", "i", "https://www.gov.hk/a,b")]
    assert rows[0]["sha256"] == hashlib.sha256(PDF).hexdigest()


@pytest.mark.slow
def test_export_documents_never_writes_over_a_file(catalogue_file, tmp_path):
    attach_both(catalogue_file, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "plenary-6 annex-2 協議 文本.pdf"
    mine.write_bytes(b"the officer's own file")
    (out / "documents.csv").write_bytes(b"mine too")
    result = run("export-documents", "--db", str(catalogue_file), str(out))
    assert result.returncode == 0, result.stderr
    assert mine.read_bytes() == b"the officer's own file"
    assert (out / "documents.csv").read_bytes() == b"mine too"
    assert (out / "plenary-6 annex-2 協議 文本 (2).pdf").read_bytes() == PDF
    assert result.stdout.splitlines()[0] == "plenary-6 annex-2 協議 文本 (2).pdf"
    assert "documents (2).csv" in result.stdout
    assert sorted(path.name for path in out.iterdir() if path.name.startswith(".")) == []


@pytest.mark.slow
def test_export_documents_into_a_file_is_one_line(catalogue_file, tmp_path):
    target = tmp_path / "a-file"
    target.write_bytes(b"x")
    result = run("export-documents", "--db", str(catalogue_file), str(target))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "is a file, not a folder" in result.stderr
    assert target.read_bytes() == b"x"


@pytest.mark.slow
def test_export_documents_usage_is_exactly_as_documented():
    result = run("export-documents", "--help")
    assert result.returncode == 0
    assert "usage: catalogue export-documents [-h] [--db PATH] FOLDER" in " ".join(
        result.stdout.split())


# -- the same, in this process (the quick inner loop) ---------------------------------------


def test_documents_survive_a_backup_and_a_restore_in_process(catalogue_file, tmp_path):
    from catalogue.storage import make_backup
    from catalogue.workflows import restore

    attach_both(catalogue_file, tmp_path)
    backup = make_backup(catalogue_file, "manual")
    engine = open_catalogue(catalogue_file)
    try:
        services.delete_record(engine, Kind.ANNEX, owners(engine)[0].id)
    finally:
        engine.dispose()
    restore(catalogue_file, backup, "test")
    engine = open_catalogue(catalogue_file)
    try:
        assert contents(engine, owners(engine)[0]) == {"協議 文本.pdf": PDF}
    finally:
        engine.dispose()


def test_export_documents_in_process_keeps_existing_files(catalogue_file, tmp_path, capsys):
    from catalogue.cli import main

    attach_both(catalogue_file, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "plenary-6 agreement-i CON.docx").write_bytes(b"mine")
    assert main(["export-documents", "--db", str(catalogue_file), str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[:2] == ["plenary-6 annex-2 協議 文本.pdf",
                           "plenary-6 agreement-i CON (2).docx"]
    assert (out / "plenary-6 agreement-i CON.docx").read_bytes() == b"mine"
    assert (out / "plenary-6 agreement-i CON (2).docx").read_bytes() == b"PK\x03\x04word"
    assert (out / "plenary-6 annex-2 協議 文本.pdf").read_bytes() == PDF
