"""The conflict dialog: someone else saved the record since it was opened (issue #16).

Both versions side by side, one row per field that differs: what the officer has (typed,
or what an undo would put back) and what the record holds now, headed by who changed it
and when (from its history). Keep theirs, Keep mine, or Merge with a choice per row; each
row's choice is a pair of radio buttons, so the whole dialog works from the keyboard
(Tab between rows, arrows between Mine and Theirs, Alt+letter for the buttons). In a long
text (LONG_TEXT characters or more) what differs is marked on each side (bold on a
highlight), so one changed word in a paragraph need not be hunted for. Cancel
changes nothing: the editor keeps what was typed, an undo or redo stays on the stack.
For an undo or redo the second column is what the record holds now (partly the
officer's own change, so not "theirs"), each value saying whose it is, and the fields
others changed since are listed with their values, who and when. There the two versions
are named by one pair of words throughout (headings, choices, buttons, sentences): the
Edit menu's word for the step ("Undo it", "After the undo") and "now" ("Keep as now",
"Now"), never yours, theirs or mine.
"""

import datetime
import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from catalogue import naming
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.spec import FIELDS, Conflict

if TYPE_CHECKING:
    from catalogue.history import ChangeEntry

Display = Callable[[str, Any], str]
"""How a field's value is shown (an annex by its number, areas by their names)."""
LONG_TEXT = 60
"""From this many characters, the spans where the two versions differ are marked."""
MARK = '<span style="background-color:#ffe58a; color:#000000; font-weight:600">{}</span>'
"""A differing span: bold on a yellow highlight, dark text whatever the theme."""
LONGEST_MARKED = 20_000
"""Past this many characters, no marks: comparing costs time that grows with the square."""
WORDING = re.compile(r"[0-9A-Za-z\u00c0-\u024f'\u2019-]+|\s+|.", re.DOTALL)
"""What a mark covers at least: a word of a spaced script, else one character (Chinese,
a space, a punctuation mark), so 'modern' against 'classical' is one mark, not 'mod…rn'."""


def marked(mine: str, theirs: str) -> tuple[str, str] | None:
    """Both versions as rich text with what differs marked (by word, by character in
    Chinese), or None when the texts are short enough to compare at a glance (or too
    long to compare quickly)."""
    if not LONG_TEXT <= max(len(mine), len(theirs)) <= LONGEST_MARKED:
        return None
    ours, others = WORDING.findall(mine), WORDING.findall(theirs)
    sides: tuple[list[str], list[str]] = ([], [])

    def add(side: int, tokens: list[str], mark: bool) -> None:
        shown = html.escape("".join(tokens)).replace("\n", "<br>")
        sides[side].append(MARK.format(shown) if mark and "".join(tokens).strip() else shown)

    matcher = SequenceMatcher(None, ours, others, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        add(0, ours[i1:i2], tag != "equal")
        add(1, others[j1:j2], tag != "equal")
    return "".join(sides[0]), "".join(sides[1])


HEADING_GAP = 3
"""Between two headings at least this many widths of 'M': 'Field' and 'After the undo'
read as two headings, not one."""


@dataclass(frozen=True)
class Since:
    """A field someone else changed since the officer's own change an undo or redo
    would take back: to what, by whom and when (None when the history does not say)."""

    value: Any
    officer: str | None = None
    at: datetime.datetime | None = None


def since_changes(kind: Kind, entries: Iterable["ChangeEntry"]) -> dict[str, Since]:
    """Each field's latest value in others' changes (`entries`, newest first), with who
    made it and when: what the undo's dialog lists as changed since."""
    found: dict[str, Since] = {}
    for entry in entries:
        for name, (_old, new) in entry.fields.items():
            if name in FIELDS[kind] and name not in found:
                found[name] = Since(new, entry.officer, entry.at)
    return found


class Choice(Enum):
    """What the officer chose."""

    THEIRS = "theirs"
    MINE = "mine"
    MERGE = "merge"


def _comparable(value: Any) -> Any:
    """A value as it is compared: nothing and empty text alike, lists in any order, numbers
    and dates as the text a field shows."""
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(sorted(str(item) for item in value))
    return "" if value is None else str(value)


def same(first: Any, second: Any) -> bool:
    return bool(_comparable(first) == _comparable(second))


def differing(kind: Kind, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[str]:
    """The fields (in the editor's order) whose two versions differ."""
    return [name for name in FIELDS[kind]
            if name in mine and name in theirs and not same(mine[name], theirs[name])]


def shown(value: Any) -> str:
    """A value as the dialog shows it when no Display is given."""
    if value is None or value == "":
        return translate("ConflictDialog", "(empty)")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or translate("ConflictDialog", "(none)")
    return str(value)


def when(at: datetime.datetime) -> str:
    """A change's time (stored in UTC) in the officer's local time."""
    return at.replace(tzinfo=datetime.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


WIDTH = 760
"""The conflict dialog's width when it opens (its height follows its rows)."""


class ConflictDialog(QDialog):
    """Mine and theirs, side by side; `choice` and `values()` once it is accepted."""

    def __init__(self, parent: QWidget | None, kind: Kind, what: str, conflict: Conflict,
                 mine: Mapping[str, Any], preferred: Iterable[str],
                 display: Display | None = None, undoing: bool = False,
                 nothing_typed: bool = False,
                 others: Mapping[str, Since] | None = None) -> None:
        """`mine`: the officer's value of every field shown (typed, or what an undo would
        put back); `preferred`: the fields the officer changed, which Merge starts on
        Mine (the rest start on Theirs). `nothing_typed`: the officer only looks (the live
        banner's Compare on an unchanged form): there is nothing of theirs to keep, so
        Keep mine, which would put back what the other officer changed, is not offered.
        `others`: an undo or redo (`undoing`: an undo) of the officer's own change, and
        the fields others changed since: the second column is then what the record holds
        now (partly the officer's own change, so not "theirs"), each value saying whose
        it is, and the fields others changed that the step leaves alone are listed too
        (no choice to make there)."""
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.kind, self.conflict, self.mine = kind, conflict, dict(mine)
        self.choice: Choice | None = None
        self.names = differing(kind, self.mine, conflict.theirs)
        self.replaying = others is not None
        self.others: dict[str, Since] = dict(others or {})
        self.left_alone = [name for name in FIELDS[kind]
                           if name in self.others and name not in self.names]
        """Fields others changed that the undo or redo does not touch: shown, not chosen."""
        display = display or (lambda name, value: shown(naming.named_value(kind, name, value)))
        preferred = set(preferred)
        self.setWindowTitle(translate("ConflictDialog", "Changed by someone else"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro(what, undoing))
        if self.others:  # in the order of the rows below (the history's is newest first)
            listed = QLabel(translate("ConflictDialog", "Changed since by others: {fields}.")
                            .format(fields="; ".join(
                                translate("ConflictDialog", "{field} ({whom})").format(
                                    field=FIELDS[kind][name].title,
                                    whom=self._whose(self.others[name]))
                                for name in self._in_rows_order(self.others))))
            listed.setTextFormat(Qt.TextFormat.PlainText)
            listed.setWordWrap(True)
            listed.setObjectName("conflictOthers")
            layout.addWidget(listed)

        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        # Headings (and columns) a clear gap apart: "Field" and "After the undo" are two.
        grid.setHorizontalSpacing(HEADING_GAP * self.fontMetrics().horizontalAdvance("M"))
        by = conflict.by
        if self.replaying:
            yours = (translate("ConflictDialog", "After the undo") if undoing
                     else translate("ConflictDialog", "After the redo"))
            theirs_title = translate("ConflictDialog", "Now")
        else:
            yours = (translate("ConflictDialog", "Yours (undo)") if undoing
                     else translate("ConflictDialog", "Yours"))
            theirs_title = (translate("ConflictDialog", "Theirs: {officer}, {when}").format(
                officer=by.officer, when=when(by.at)) if by is not None
                else translate("ConflictDialog", "Theirs"))
        self.headings = [self._heading(text) for text in (
            translate("ConflictDialog", "Field"), yours, theirs_title)]
        for column, heading in enumerate(self.headings):
            grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignTop)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 3)
        self.groups: dict[str, QButtonGroup] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        self.mine_texts: dict[str, QLabel] = {}
        self.theirs_texts: dict[str, QLabel] = {}
        self.shown: dict[str, tuple[str, str]] = {}
        """Each row's two versions as shown, as plain text (yours, theirs)."""
        row = 1
        for row, name in enumerate(self.names, 2):
            title = FIELDS[kind][name].title
            grid.addWidget(self._title(title), row, 0, Qt.AlignmentFlag.AlignTop)
            if self.replaying:
                mine_button = QRadioButton(translate("ConflictDialog", "Undo it") if undoing
                                           else translate("ConflictDialog", "Redo it"))
                theirs_button = QRadioButton(translate("ConflictDialog", "Keep as now"))
            else:
                mine_button = QRadioButton(translate("ConflictDialog", "Yours"))
                theirs_button = QRadioButton(translate("ConflictDialog", "Theirs"))
            if self.replaying:  # read out as the choice is written
                for button in (mine_button, theirs_button):
                    button.setAccessibleName(translate(
                        "ConflictDialog", "{field}: {choice}").format(
                            field=title, choice=button.text()))
            else:
                mine_button.setAccessibleName(translate(
                    "ConflictDialog", "{field}: yours").format(field=title))
                theirs_button.setAccessibleName(translate(
                    "ConflictDialog", "{field}: theirs").format(field=title))
            for button in (mine_button, theirs_button):  # Tab reaches them in any style
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            group = QButtonGroup(self)
            group.addButton(mine_button)
            group.addButton(theirs_button)
            (mine_button if name in preferred else theirs_button).setChecked(True)
            self.shown[name] = texts = (display(name, self.mine[name]),
                                        display(name, conflict.theirs[name]))
            marks = marked(*texts)
            self.mine_texts[name] = self._cell(grid, row, 1, mine_button, texts[0],
                                               marks and marks[0])
            self.theirs_texts[name] = self._cell(
                grid, row, 2, theirs_button, texts[1], marks and marks[1],
                self._note(name) if self.replaying else None)
            self.groups[name] = group
            self.mine_buttons[name], self.theirs_buttons[name] = mine_button, theirs_button
        below = row + 1
        for row, name in enumerate(self.left_alone, below):
            grid.addWidget(self._title(FIELDS[kind][name].title), row, 0,
                           Qt.AlignmentFlag.AlignTop)
            leaves = (translate("ConflictDialog", "The undo leaves it as it is.") if undoing
                      else translate("ConflictDialog", "The redo leaves it as it is."))
            self._cell(grid, row, 1, None, leaves, quiet=True)
            self._cell(grid, row, 2, None, display(name, conflict.theirs.get(name)),
                       note=self._note(name))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row + 1, 1)  # rows at the top, the space below
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        layout.addWidget(scroll, 1)
        if not self.replaying:
            hint = QLabel(translate("ConflictDialog",
                                    "Merge keeps the version chosen in each row."))
            keep_theirs = translate("ConflictDialog", "Keep &theirs")
            keep_mine = translate("ConflictDialog", "Keep &mine")
        elif undoing:
            hint = QLabel(translate("ConflictDialog", "Merge undoes the fields set to "
                                    "\u201cUndo it\u201d and keeps the others as now."))
            keep_theirs = translate("ConflictDialog", "Keep as &now")
            keep_mine = translate("ConflictDialog", "&Undo it")
        else:
            hint = QLabel(translate("ConflictDialog", "Merge redoes the fields set to "
                                    "\u201cRedo it\u201d and keeps the others as now."))
            keep_theirs = translate("ConflictDialog", "Keep as &now")
            keep_mine = translate("ConflictDialog", "&Redo it")
        hint.setWordWrap(True)
        hint.setObjectName("conflictHint")
        layout.addWidget(hint)

        buttons = QDialogButtonBox()
        self.theirs_button = self._add(buttons, keep_theirs, Choice.THEIRS)
        self.mine_button = self._add(buttons, keep_mine, Choice.MINE)
        self.merge_button = self._add(buttons, translate("ConflictDialog", "Mer&ge"),
                                      Choice.MERGE)
        self.cancel_button = cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("ConflictDialog", "&Cancel"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.merge_button.setDefault(True)
        if nothing_typed:
            self.mine_button.setEnabled(False)
            self.theirs_button.setDefault(True)
        if any(name in self.others for name in self.names):
            cancel.setDefault(True)  # both changed a field: Return overwrites nobody's work
        first = next(iter(self.mine_buttons.values()), None)
        if first is not None:
            first.setFocus()
        rows = len(self.names) + len(self.left_alone)
        guess = min(240 + 60 * rows + (30 if self.others else 0), 640)
        self.resize(WIDTH, max(guess, self._fitting_height(layout, scroll, grid_holder)))

    def _in_rows_order(self, names: Iterable[str]) -> list[str]:
        """`names` in the order of the table's rows: the choices, then the fields left
        alone, each in the editor's order (every field others changed is one of them)."""
        wanted = set(names)
        return [name for name in (*self.names, *self.left_alone) if name in wanted]

    def _fitting_height(self, layout: QVBoxLayout, scroll: QScrollArea, rows: QWidget) -> int:
        """The height that shows every row without scrolling at WIDTH (their texts wrap),
        within the screen: a guess of 60 px a row hid a measure's last lines and the note
        under Now in Chinese (taller lines) behind a scroll bar, with room to spare."""
        margins = layout.contentsMargins()
        frame = 2 * scroll.frameWidth()
        grid = rows.heightForWidth(WIDTH - margins.left() - margins.right() - frame)
        if grid < 0:
            grid = rows.sizeHint().height()
        wanted = layout.totalHeightForWidth(WIDTH) - scroll.sizeHint().height() + grid + frame
        screen = self.screen()
        room = screen.availableGeometry().height() * 9 // 10 if screen is not None else 640
        return min(wanted, room)

    def _intro(self, what: str, undoing: bool) -> QLabel:
        by = self.conflict.by
        if self.replaying and by is not None:
            who = translate("ConflictDialog", "{officer} changed {what} on {when} ({label}) "
                            "after your change.").format(
                officer=by.officer, what=what, when=when(by.at), label=by.label)
        elif self.replaying:
            who = translate("ConflictDialog", "Someone else changed {what} after your "
                            "change.").format(what=what)
        elif by is not None:
            who = translate("ConflictDialog", "{officer} changed {what} on {when} ({label}) "
                            "after you opened it.").format(
                officer=by.officer, what=what, when=when(by.at), label=by.label)
        else:
            who = translate("ConflictDialog", "Someone else changed {what} after you opened "
                            "it.").format(what=what)
        if self.replaying and undoing:
            then = translate("ConflictDialog", "Nothing was undone yet. For each field, "
                             "choose \u201cUndo it\u201d or \u201cKeep as now\u201d.")
        elif self.replaying:
            then = translate("ConflictDialog", "Nothing was redone yet. For each field, "
                             "choose \u201cRedo it\u201d or \u201cKeep as now\u201d.")
        elif undoing:
            then = translate("ConflictDialog", "Nothing was undone yet. Choose which "
                             "version to keep.")
        else:
            then = translate("ConflictDialog", "Nothing was saved yet. Choose which "
                             "version to keep.")
        intro = QLabel(who + " " + then)
        intro.setWordWrap(True)
        intro.setObjectName("conflictIntro")
        return intro

    @staticmethod
    def _whose(since: Since) -> str:
        if since.officer is None:
            return translate("ConflictDialog", "someone else")
        if since.at is None:
            return since.officer
        return translate("ConflictDialog", "{officer}, {when}").format(
            officer=since.officer, when=when(since.at))

    def _note(self, name: str) -> str:
        """Whose the value now is: another officer's change, or the officer's own."""
        since = self.others.get(name)
        if since is None:
            return translate("ConflictDialog", "As your change left it")
        return translate("ConflictDialog", "Changed by {whom}").format(
            whom=self._whose(since))

    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # an officer's name is not markup
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    @staticmethod
    def _cell(grid: QGridLayout, row: int, column: int, button: QRadioButton | None,
              text: str, rich: str | None = None, note: str | None = None,
              quiet: bool = False) -> QLabel:
        """One version of one field: its choice for Merge above the whole value (wrapped,
        selectable for copying, never cut short); `rich`: the same with its differences
        marked (its plain text is then the accessible description); `note`: whose the
        value is, in italics below it; `quiet`: greyed (nothing to choose there)."""
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        value = QLabel()
        if rich is None:
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setText(text)
        else:  # pre-wrap: the text's own spaces and line breaks as typed
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setText(f'<div style="white-space:pre-wrap">{rich}</div>')
            value.setAccessibleDescription(text)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if quiet:
            value.setStyleSheet("color: palette(mid);")
        if button is not None:
            stack.addWidget(button)
        stack.addWidget(value)
        if note is not None:
            whose = QLabel(note)
            whose.setTextFormat(Qt.TextFormat.PlainText)
            whose.setWordWrap(True)
            font = whose.font()
            font.setItalic(True)
            whose.setFont(font)
            stack.addWidget(whose)
        grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        return value

    def _add(self, buttons: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def values(self) -> dict[str, Any]:
        """What to save, on their version: every differing field's chosen value that is not
        theirs already (empty: keep theirs)."""
        if self.choice is Choice.THEIRS or self.choice is None:
            return {}
        return {name: self.mine[name] for name in self.names
                if self.choice is Choice.MINE or self.mine_buttons[name].isChecked()}

    def old_values(self, names: Iterable[str]) -> dict[str, Any]:
        """Theirs, for the fields `names`: what undoing the resolution puts back."""
        return {name: self.conflict.theirs[name] for name in names}


def describe_choice(choice: Choice | None, undoing: bool | None = None,
                    step: str = "") -> str:
    """The status bar's words for what was done: after an undo's (`undoing` True) or a
    redo's (False) dialog in that dialog's words, the step and now; the step named
    (`step`: "Edit measure 1.1") as a plain undo or redo names it (walk6)."""
    if undoing is not None and choice is Choice.MINE:
        return (translate("ConflictDialog", "Undone: {what}") if undoing
                else translate("ConflictDialog", "Redone: {what}")).format(what=step)
    if undoing is not None and choice is Choice.MERGE:
        return (translate("ConflictDialog", "Undone where chosen: {what}; the rest kept as "
                          "now") if undoing else
                translate("ConflictDialog", "Redone where chosen: {what}; the rest kept as "
                          "now")).format(what=step)
    if undoing is not None and choice is Choice.THEIRS:
        return translate("ConflictDialog", "Kept as now")
    if choice is Choice.MINE:
        return translate("ConflictDialog", "Kept your version")
    if choice is Choice.MERGE:
        return translate("ConflictDialog", "Merged the two versions")
    if choice is Choice.THEIRS:
        return translate("ConflictDialog", "Kept their version")
    return translate("ConflictDialog", "Nothing changed")


def agreement_display(areas: Iterable[tuple[int, str]],
                      annexes: Iterable[tuple[int, int, str]]) -> Display:
    """An agreement's annex by its number and title, its areas by their names."""
    area_names = dict(areas)
    annex_names = {annex_id: f"{number}. {title}" for annex_id, number, title in annexes}

    def display(name: str, value: Any) -> str:
        if name == "annex_id" and value:
            return annex_names.get(value, str(value))
        if name == "area_ids" and value:
            return "; ".join(area_names.get(area_id, str(area_id)) for area_id in value)
        return shown(value)

    return display


def ask(parent: QWidget | None, kind: Kind, what: str, conflict: Conflict,
        mine: Mapping[str, Any], preferred: Iterable[str], display: Display | None = None,
        undoing: bool = False, nothing_typed: bool = False,
        others: Mapping[str, Since] | None = None
        ) -> tuple[Choice | None, dict[str, Any], dict[str, Any]]:
    """Show the dialog: (choice, values to save on their version, their values of those
    fields for the undo of that save). Choice None: cancelled (nothing to save). A Merge
    with every row set to theirs keeps theirs, and is said so (walk6)."""
    dialog = ConflictDialog(parent, kind, what, conflict, mine, preferred, display, undoing,
                            nothing_typed, others)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, {}, {}
        values = dialog.values()
        choice = Choice.THEIRS if dialog.choice is Choice.MERGE and not values else dialog.choice
        return choice, values, dialog.old_values(values)
    finally:
        dialog.deleteLater()


def ask_delete(parent: QWidget | None, what: str, conflict: Conflict) -> bool:
    """A delete (or the undo of an add) met someone else's change since: delete it all
    the same (their change stays in its history and in Recently Deleted), or keep it?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ConflictDialog", "Changed by someone else"))
    by = conflict.by
    box.setText(translate("ConflictDialog", "{officer} changed {what} on {when} ({label}) "
                          "after you last saw it.").format(
        officer=by.officer, what=what, when=when(by.at), label=by.label) if by is not None
        else translate("ConflictDialog", "Someone else changed {what} after you last saw "
                       "it.").format(what=what))
    box.setInformativeText(translate("ConflictDialog", "Nothing was deleted yet. Delete it "
                                     "all the same? Recently Deleted keeps it."))
    delete = box.addButton(translate("ConflictDialog", "&Delete all the same"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("ConflictDialog", "&Keep it"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete
