"""Two officers on one server at the same moment (the break-it session): a delete, or a
replace, that meets an attach to one of the records it takes. Before, both reported
success and the attached document was gone for good: the delete read the documents to
keep before the attach committed, then the cascade removed the new one unkept."""

import threading

from catalogue import history, queries, services
from catalogue.documents import DocumentFile, digest
from catalogue.kinds import Kind
from catalogue.storage.server import make_server_engine
from tests.helpers import annex_two

DATA = b"%PDF-1.4 the annex's text, attached while another officer deletes it"


def test_a_delete_during_an_attach_keeps_the_document_for_recently_deleted(pg_catalogue):
    alice, bob = make_server_engine(pg_catalogue), make_server_engine(pg_catalogue)
    try:
        owner = annex_two(alice)
        inserted, go_on = threading.Event(), threading.Event()
        failures: list[BaseException] = []

        def hold_before_commit(done: int, total: int) -> bool:
            if done == 1:  # written and verified, not yet committed
                inserted.set()
                go_on.wait(30)
            return True

        def attach() -> None:
            try:
                services.attach_document(alice, owner, DocumentFile(
                    "annex.pdf", "application/pdf", DATA, digest(DATA)),
                    progress=hold_before_commit)
            except BaseException as error:
                failures.append(error)

        attaching = threading.Thread(target=attach)
        attaching.start()
        assert inserted.wait(30)
        deleted = threading.Thread(target=services.delete_record, args=(bob, Kind.ANNEX,
                                                                         owner.id))
        deleted.start()
        deleted.join(1.0)
        assert deleted.is_alive(), "the delete waits for the attach it would undo"
        go_on.set()
        attaching.join(30)
        deleted.join(30)
        assert not failures, failures
        assert queries.documents_of(alice, owner) == []
        [record] = [r for r in history.deleted_records(alice) if r.entry.kind == Kind.ANNEX]
        changes = history.restore_deleted(alice, record.entry.change_set_id)
        back = next(key for key in changes.updated if key.kind == Kind.ANNEX)
        [info] = queries.documents_of(alice, back)
        assert queries.document_content(alice, info.id)[1] == DATA
    finally:
        alice.dispose()
        bob.dispose()


def test_an_attach_to_an_annex_deleted_meanwhile_is_one_line(pg_catalogue):
    alice = make_server_engine(pg_catalogue)
    try:
        owner = annex_two(alice)
        services.delete_record(alice, Kind.ANNEX, owner.id)
        try:
            services.attach_document(alice, owner, url="https://www.gov.hk/annex")
        except services.ServiceError as error:
            assert str(error) == "that annex no longer exists"
        else:
            raise AssertionError("attached to a deleted annex")
    finally:
        alice.dispose()
