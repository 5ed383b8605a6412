"""What the new user's walk under Xvfb and openbox hit after the #13 work landed."""

from PySide6.QtWidgets import QDialogButtonBox

from catalogue.storage import make_backup
from catalogue.ui.safety import RestoreDialog
from tests.helpers import select


def test_collapse_all_lets_go_of_the_record_it_hides(window, qtbot):
    """Collapse all used to hide the selected measure while Delete still targeted it."""
    select(window, "12.1")
    window.actions_.collapse_all.trigger()
    current = window.tree.currentIndex()
    assert current.isValid() and not current.parent().isValid()  # the plenary
    assert window.editor.kind != "measure"
    window.actions_.expand_all.trigger()
    assert window.tree.currentIndex() == current


def test_moving_says_what_it_did(window, qtbot):
    select(window, "4. Finance")
    window.actions_.move_down.trigger()
    assert window.statusBar().currentMessage().startswith("Move co-operation area")


def test_the_restore_dialog_does_not_restore_on_enter_and_counts_every_kind(window, qtbot):
    path = window.session.path
    make_backup(path, "manual")
    dialog = RestoreDialog(path, window)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    assert not dialog.restore_button.isDefault()
    records = dialog.table.item(0, 2).text()
    assert "15 areas" in records and "12 officials" in records and "8 annexes" in records
    dialog.reject()
