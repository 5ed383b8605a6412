"""Break-it session 9 on an official's Side and Role named in the window's language: a
stored value the combo does not list (set straight in the database, as an older version
or another tool may leave it), a change of language with a change unsaved."""

from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import text

from catalogue import i18n, queries
from catalogue.kinds import Kind
from catalogue.ui.language import SYSTEM, LanguageMenu
from tests.helpers import select


def _combo(window, name: str) -> QComboBox:
    widget = window.editor.forms[Kind.OFFICIAL].fields[name].widget
    assert isinstance(widget, QComboBox)
    return widget


def _official(window, name: str) -> int:
    with window.session.engine.connect() as connection:
        return int(connection.execute(text(
            "SELECT id FROM official WHERE name = :name"), {"name": name}).scalar_one())


def _store(window, official: int, **values: str) -> None:
    """Written straight into the database, past the services' checks."""
    with window.session.engine.begin() as connection:
        for column, value in values.items():
            connection.execute(text(f"UPDATE official SET {column} = :v WHERE id = :id"),
                               {"v": value, "id": official})


def test_a_stored_role_or_side_not_listed_is_shown_as_stored_not_the_last_officials(
        window, qtbot):
    """Mr Gong Zheng (Led a delegation, Shanghai) shown, then an official whose stored
    role is not one the combo lists and whose side is empty: the combos kept Mr Gong's
    values, so the editor said this official led a delegation for Shanghai. Saving
    another field must not write them either."""
    other = _official(window, "Paul Chan")
    _store(window, other, role="Chaired the meeting", side="")
    select(window, "Mr Gong Zheng")
    side, role = _combo(window, "side"), _combo(window, "role")
    assert (side.currentText(), role.currentText()) == ("Shanghai Municipal Government",
                                                        "Led a delegation")
    select(window, "Mr Paul Chan")
    assert role.currentText() == "Chaired the meeting"
    assert side.currentText() == ""
    assert not window.editor.dirty
    post = window.editor.forms[Kind.OFFICIAL].fields["post"]
    post.set("Financial Secretary (acting)")
    window.actions_.save.trigger()
    stored = queries.record(window.session.engine, Kind.OFFICIAL, other)
    assert (stored["role"], stored["side"]) == ("Chaired the meeting", "")
    # the value not listed is offered only while its official is shown
    select(window, "Mr Gong Zheng")
    assert [role.itemData(row) for row in range(role.count())] == ["Led a delegation",
                                                                  "Attended"]
    assert (side.currentText(), role.currentText()) == ("Shanghai Municipal Government",
                                                        "Led a delegation")
    assert not window.editor.dirty


def test_a_change_of_language_keeps_an_unsaved_side_and_a_role_not_listed(window, qtbot):
    """A side chosen and not saved, then the window's language changed: the choice stays
    (named anew), the editor still has it unsaved, and saving stores the English value;
    a stored role the combo does not list is shown as stored in every language."""
    other = _official(window, "Gong Zheng")
    _store(window, other, role="Chaired the meeting")
    select(window, "Mr Gong Zheng")
    side, role = _combo(window, "side"), _combo(window, "role")
    side.setCurrentIndex(side.findData("Central authorities"))
    assert window.editor.dirty
    menu = window.findChild(LanguageMenu)
    try:
        menu.choices[i18n.TRADITIONAL].trigger()
        QApplication.processEvents()
        assert window.editor.dirty
        assert side.currentData() == "Central authorities"
        assert side.currentText() == "中央有關部門"
        assert role.currentText() == "Chaired the meeting"
        window.actions_.save.trigger()
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()
    stored = queries.record(window.session.engine, Kind.OFFICIAL, other)
    assert (stored["side"], stored["role"]) == ("Central authorities", "Chaired the meeting")
    assert not window.editor.dirty


def test_the_conflict_dialog_on_a_server_names_side_and_role_as_the_editor_does(
        qtbot, pg_catalogue):
    """Two officers change Mr Gong Zheng on a server: she (a Traditional Chinese window)
    his side, he his role. The dialog set both versions side by side in English
    ('Led a delegation' against 'Attended') while the editor beside it said 率團 and 出席:
    named as the editor names them; cancelled, her change is still there, unsaved."""
    from catalogue import services
    from catalogue.spec import Origin, Source
    from catalogue.storage.server import ServerAddress
    from catalogue.ui.app import make_application, open_window
    from catalogue.ui.conflict import ConflictDialog
    from catalogue.workflows import open_server
    from tests.helpers import AnswerEvery, show_checked

    make_application()
    window = open_window(pg_catalogue.url)
    show_checked(qtbot, window)
    theirs = open_server(ServerAddress(pg_catalogue.url)).engine
    menu = window.findChild(LanguageMenu)
    rows: dict[str, tuple[str, str]] = {}

    def merge(dialog) -> None:
        assert isinstance(dialog, ConflictDialog), dialog.windowTitle()
        rows.update({name: dialog.shown[name] for name in dialog.names})
        dialog.reject()

    try:
        menu.choices[i18n.TRADITIONAL].trigger()
        QApplication.processEvents()
        select(window, "Mr Gong Zheng")
        official = window.editor.record_id
        side = _combo(window, "side")
        side.setCurrentIndex(side.findData("Central authorities"))
        assert window.editor.dirty
        opened = queries.record(theirs, Kind.OFFICIAL, official)["version"]
        services.update_record(theirs, Kind.OFFICIAL, official, {"role": "Attended"},
                               origin=Origin(Source.WINDOW, officer="Mr Lee"),
                               version=opened)
        answers = AnswerEvery(merge)
        window.actions_.save.trigger()
        answers.stop()
        assert rows == {"side": ("中央有關部門", "上海市人民政府"),
                        "role": ("率團", "出席")}
        stored = queries.record(theirs, Kind.OFFICIAL, official)
        assert (stored["side"], stored["role"]) == ("Shanghai Municipal Government",
                                                    "Attended")
        assert window.editor.dirty and side.currentData() == "Central authorities"
    finally:
        menu.choices[SYSTEM].trigger()
        QApplication.processEvents()
        theirs.dispose()
        window.editor.revert()
        window.close()
        window.deleteLater()
