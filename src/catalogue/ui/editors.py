"""The detail editor: one form per record type, each field with the same small protocol.

Like calibre's metadata editor, every field knows its original value, so the form can say
which fields changed (the dirty marker, Revert and the "save changes?" prompt come from
that) and Save sends only those to the service after validating all of them.

Keys in a field: Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) undo and redo the field's own typing
first, then, once it has none, the catalogue's last change; Esc hands the focus back to the
tree. Text over a field's limit is kept whole and refused on saving, in every field alike.
"""

import datetime
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from catalogue import naming
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.spec import CHINESE, FIELDS
from catalogue.ui.cjk import show_script
from catalogue.ui.refusals import refusal_label
from catalogue.vocabulary import AGREEMENT_KINDS, Role, Side

HONORIFICS = ("Mr", "Ms", "Mrs", "Miss", "Dr", "Professor")
MAX_PASTE = 100_000
"""Longest text a field keeps (a paste beyond it is cut); anything over the field's own
limit is refused on saving, with its length and the limit."""
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))
"""The window's Redo keys, which a field takes as its own redo too."""


class Field:
    """One value on a form: read it, set it, and report when the person changes it."""

    def __init__(self, widget: QWidget, signal: Any, get: Callable[[], Any],
                 put: Callable[[Any], None]) -> None:
        self.widget = widget
        self._get = get
        self._put = put
        self.signal = signal

    def get(self) -> Any:
        return self._get()

    def set(self, value: Any) -> None:
        blocker = QSignalBlocker(self.widget)
        self._put(value)
        blocker.unblock()

    def settle(self) -> None:
        """The value shown is now the saved one: the field's own undo history starts here
        (so Ctrl+Z next undoes the save) and the caret stays where it is."""
        edit = history(self.widget)
        if isinstance(edit, QPlainTextEdit):
            edit.document().clearUndoRedoStacks()
        elif isinstance(edit, QLineEdit):
            position = edit.cursorPosition()
            blocked = self.widget.blockSignals(True), edit.blockSignals(True)
            edit.setText(edit.text())  # the one public way to clear a line's history
            edit.setCursorPosition(position)
            edit.blockSignals(blocked[1])
            self.widget.blockSignals(blocked[0])


def history(widget: QWidget) -> QLineEdit | QPlainTextEdit | None:
    """The text box whose own undo history a field has, if any."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget
    return widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else None


def line_field() -> Field:
    edit = QLineEdit()
    edit.setMaxLength(MAX_PASTE + 1)  # as a text box keeps it: too long is said on saving

    def put(value: Any) -> None:
        edit.setText(str(value or ""))
        edit.setCursorPosition(0)  # its beginning in view: a long name showed its end

    return Field(edit, edit.textEdited, edit.text, put)


def text_field(max_length: int, lines: int, grow: bool = False) -> Field:
    """Multi-line text; `grow` lets it take the spare height (the measure's text)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    if grow:
        edit.setMinimumHeight(height)
    else:
        edit.setFixedHeight(height)

    def get() -> str:
        return edit.toPlainText()[: max(max_length, MAX_PASTE) + 1]

    return Field(edit, edit.textChanged, get, lambda v: edit.setPlainText(str(v or "")))


def number_field() -> Field:
    spin = QSpinBox()
    spin.setRange(1, 999_999)
    spin.setMaximumWidth(120)
    return Field(spin, spin.valueChanged, spin.value, lambda v: spin.setValue(int(v or 1)))


def choice_field(choices: tuple[str, ...], editable: bool = False) -> Field:
    combo = QComboBox()
    combo.addItems(list(choices))
    combo.setEditable(editable)
    signal = combo.editTextChanged if editable else combo.currentTextChanged
    return Field(combo, signal, combo.currentText, lambda v: combo.setCurrentText(str(v or "")))


def named_choice_field(choices: tuple[str, ...]) -> Field:
    """One of `choices`, each shown in the window's language (naming.side_or_role) and
    kept as it is stored: a Chinese window showed an official's side and role in English."""
    combo = QComboBox()
    combo.setProperty("namedChoices", True)  # named again by RecordForm.retranslate
    list_choices(combo, choices)

    def put(value: Any) -> None:
        """`value` chosen; one not listed (stored by another tool or an older version) is
        listed too, shown as stored, and an empty one leaves nothing chosen: both kept
        the last record's choice, so the editor showed another official's role and side
        (break9). None (no value: a new record's form) leaves the choice as it is."""
        if value is None:
            return
        wanted = str(value)
        listed = tuple(str(item) for item in combo.property("listedChoices") or ())
        shown = listed if not wanted or wanted in listed else (*listed, wanted)
        if named_choices(combo) != shown:
            set_named_choices(combo, shown)
        combo.setCurrentIndex(combo.findData(wanted) if wanted else -1)

    return Field(combo, combo.currentIndexChanged,
                 lambda: str(combo.currentData() or combo.currentText()), put)


def list_choices(combo: QComboBox, choices: tuple[str, ...]) -> None:
    """`choices` the values a named_choice_field offers (a value stored that is not one
    of them is listed only while its record is shown)."""
    combo.setProperty("listedChoices", list(choices))
    set_named_choices(combo, choices)


def set_named_choices(combo: QComboBox, choices: tuple[str, ...]) -> None:
    """`choices` as a named_choice_field lists them, named in the language now installed
    (the one chosen stays chosen)."""
    chosen = combo.currentData()
    blocker = QSignalBlocker(combo)
    combo.clear()
    for value in choices:
        combo.addItem(naming.side_or_role(value), value)
    if chosen is not None and (row := combo.findData(chosen)) >= 0:
        combo.setCurrentIndex(row)
    blocker.unblock()


def named_choices(combo: QComboBox) -> tuple[str, ...]:
    """The values a named_choice_field lists (not their names)."""
    return tuple(str(combo.itemData(row)) for row in range(combo.count()))


def date_field() -> Field:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumWidth(160)

    def get() -> datetime.date:
        day = edit.date()
        return datetime.date(day.year(), day.month(), day.day())

    def put(value: Any) -> None:
        if isinstance(value, datetime.date):
            edit.setDate(QDate(value.year, value.month, value.day))

    return Field(edit, edit.dateChanged, get, put)


class AnnexPicker(QComboBox):
    """'None' or one of the plenary's annexes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # as wide as the form, not as its longest title
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def set_choices(self, choices: list[tuple[int, int, str]]) -> None:
        blocker = QSignalBlocker(self)
        self.clear()
        self.addItem(translate("Editors", "None"), None)
        for annex_id, number, title in choices:
            short = title if len(title) < 70 else title[:69] + "\u2026"
            self.addItem(translate("Editors", "Annex {number}: {title}").format(
                number=number, title=short), annex_id)
        blocker.unblock()

    def value(self) -> int | None:
        return self.currentData()

    def put(self, value: int | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class _FollowVisibility(QObject):
    """Shows and hides `area` (a section's scroll area) with the section inside it."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.area.setVisible(event.type() == QEvent.Type.ShowToParent)
        return False


class AreaPicker(QListWidget):
    """Tick the co-operation areas an agreement serves."""

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        blocker = QSignalBlocker(self)
        self.clear()
        for area_id, name in choices:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, area_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        blocker.unblock()

    def value(self) -> tuple[int, ...]:
        return tuple(sorted(
            int(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked))

    def put(self, value: tuple[int, ...] | None) -> None:
        chosen = set(value or ())
        for row in range(self.count()):
            item = self.item(row)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen \
                else Qt.CheckState.Unchecked
            item.setCheckState(state)


class RecordForm(QWidget):
    """The labelled fields of one record type."""

    edited = Signal()

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.fields: dict[str, Field] = {}
        self.rows: dict[str, QWidget] = {}
        """What each field's row holds: its widget, or the English and Chinese pair."""
        self.original: dict[str, Any] = {}
        self.paired = False
        """Whether the "English" / "中文" headings are shown (above the first pair)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        grows = kind in (Kind.MEASURE, Kind.AGREEMENT)  # long texts take the spare height
        outer.addLayout(self.layout_, 1 if grows else 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addRow(self.context)
        self._relabelling = False
        """While retranslate() runs _build again: add() only renames the rows."""
        self._build()
        self.add("notes", translate("Editors", "N&otes"),
                 text_field(FIELDS[kind]["notes"].max_length, 3))
        self.updated = QLabel()
        self.updated.setObjectName("lastChanged")
        self.updated.setStyleSheet("color: palette(mid);")
        self.layout_.addRow(translate("Editors", "Last changed"), self.updated)
        if not grows:
            outer.addStretch(1)

    def add(self, name: str, label: str, field: Field) -> None:
        """A field on its own row; a field with Chinese beside it (spec.CHINESE) gets that
        field in a second column of the same row (`pair`). Relabelling (a new language)
        only names the row again."""
        chinese = CHINESE.get(self.kind, {}).get(name)
        if self._relabelling:
            if field.widget is not self.fields[name].widget:
                field.widget.deleteLater()  # built only to be passed here
            self._relabel(self.rows[name], label)
            return
        if chinese is None:
            self.fields[name] = field
            self.rows[name] = field.widget
        else:
            self.rows[name] = self.pair(name, field, chinese)
        self.layout_.addRow(label, self.rows[name])
        title = self.layout_.labelForField(self.rows[name])
        if chinese is not None and isinstance(title, QLabel):  # Alt+letter: the English
            title.setBuddy(field.widget)  # field (the row holding both takes no focus)
        field.signal.connect(lambda *_: self.edited.emit())

    def pair(self, name: str, english: Field, chinese_name: str) -> QWidget:
        """The English field and, beside it, a Chinese one of the same shape, under the
        headings "English" and "中文" (shown above the form's first pair)."""
        widget = english.widget
        if isinstance(widget, QPlainTextEdit):
            spec = FIELDS[self.kind][chinese_name]
            lines = max(2, round((widget.minimumHeight() - 14)
                                 / widget.fontMetrics().lineSpacing()))
            chinese = text_field(spec.max_length, lines, grow=widget.minimumHeight() > 0
                                 and widget.maximumHeight() > widget.minimumHeight())
        else:
            chinese = line_field()
        chinese.signal.connect(lambda *_: self.edited.emit())
        chinese.signal.connect(lambda *_: show_script(chinese.widget, str(chinese.get())))
        chinese.widget.setObjectName(f"{chinese_name}Field")
        self.fields[name] = english
        self.fields[chinese_name] = chinese
        if not self.paired:  # a row of its own, so each label stays level with its fields
            headings = QLabel(translate("Editors", "English")), QLabel(
                translate("Editors", "中文"))
            self.english_heading = headings[0]  # named again by retranslate
            for heading in headings:
                heading.setObjectName("languageHeading")
                heading.setStyleSheet("color: palette(mid);")
            self.layout_.addRow("", self._columns(*headings))
        self.paired = True
        return self._columns(english.widget, chinese.widget)

    @staticmethod
    def _columns(left: QWidget, right: QWidget) -> QWidget:
        """Two widgets in two equal columns."""
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(left, 0, 0)
        grid.addWidget(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grows = isinstance(left, QPlainTextEdit) and left.maximumHeight() > left.minimumHeight()
        row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding if grows
                          else QSizePolicy.Policy.Fixed)  # as tall as its fields
        return row

    def _build(self) -> None:
        specs = FIELDS[self.kind]
        if self.kind == Kind.SESSION:
            self.add("title", translate("Editors", "&Title"),
                     text_field(specs["title"].max_length, 2))
            self.add("ordinal", translate("Editors", "O&rdinal"), number_field())
            self.add("date", translate("Editors", "&Date"), date_field())
            self.add("place", translate("Editors", "&Place"), line_field())
        elif self.kind == Kind.AREA:
            self.add("name", translate("Editors", "&Name"), line_field())
        elif self.kind == Kind.MEASURE:
            self.add("text", translate("Editors", "&Text"),
                     text_field(specs["text"].max_length, 10, grow=True))
        elif self.kind == Kind.OFFICIAL:
            self.add("honorific", translate("Editors", "Honor&ific"),
                     choice_field(HONORIFICS, editable=True))
            self.add("name", translate("Editors", "&Name"), line_field())
            self.add("post", translate("Editors", "&Post"), text_field(specs["post"].max_length, 3))
            self.add("side", translate("Editors", "&Side"),
                     named_choice_field(tuple(s.value for s in Side)))  # set_sides: the plenary's
            self.add("role", translate("Editors", "&Role"),
                     named_choice_field(tuple(r.value for r in Role)))
        elif self.kind == Kind.AGREEMENT:
            self.add("numeral", translate("Editors", "&Numeral"),
                     line_field())
            self.add("kind", translate("Editors", "&Kind"),
                     choice_field(AGREEMENT_KINDS, editable=True))
            self.add("title", translate("Editors", "&Title"),
                     text_field(specs["title"].max_length, 4))
            self.add("parties", translate("Editors", "&Parties"),
                     text_field(specs["parties"].max_length, 3))
            if not self._relabelling:  # a new language names the row, the picker stays
                self.annex_picker = AnnexPicker()
            self.add("annex_id", translate("Editors", "Anne&x"), Field(
                self.annex_picker, self.annex_picker.currentIndexChanged,
                self.annex_picker.value, self.annex_picker.put))
            if not self._relabelling:
                self.area_picker = AreaPicker()
            self.area_picker.setMinimumHeight(140)
            self.area_picker.setSizePolicy(QSizePolicy.Policy.Expanding,
                                           QSizePolicy.Policy.Expanding)
            self.add("area_ids", translate("Editors", "&Areas served"), Field(
                self.area_picker, self.area_picker.itemChanged, self.area_picker.value,
                self.area_picker.put))
        elif self.kind == Kind.CONFERENCE:
            self.add("name", translate("Editors", "&Name"), line_field())
            self.add("side_a", translate("Editors", "F&irst side"), line_field())
            self.add("side_b", translate("Editors", "Secon&d side"), line_field())
            self.add("name_zh", translate("Editors", "&Chinese name"), line_field())
        elif self.kind == Kind.ANNEX:
            self.add("number", translate("Editors", "&Number"), number_field())
            self.add("title", translate("Editors", "&Title"),
                     text_field(specs["title"].max_length, 4))
            self.add("language", translate("Editors", "&Language note"),
                     line_field())

    def set_sides(self, sides: tuple[str, ...]) -> None:
        """The sides an official may be on: the plenary's conference's (and the central
        authorities), listed before the record's values are loaded."""
        combo = self.fields["side"].widget
        assert isinstance(combo, QComboBox)
        list_choices(combo, sides)

    def _relabel(self, widget: QWidget, text: str) -> None:
        label = self.layout_.labelForField(widget)
        if isinstance(label, QLabel):
            label.setText(text)

    def retranslate(self) -> None:
        """The field labels in the language now installed (the fields, and what is typed
        in them, stay): _build names every row again."""
        self._relabelling = True
        try:
            self._build()
        finally:
            self._relabelling = False
        self._relabel(self.fields["notes"].widget, translate("Editors", "N&otes"))
        self._relabel(self.updated, translate("Editors", "Last changed"))
        for field in self.fields.values():
            if isinstance(field.widget, QComboBox) and field.widget.property("namedChoices"):
                set_named_choices(field.widget, named_choices(field.widget))
        heading = getattr(self, "english_heading", None)
        if heading is not None:
            heading.setText(translate("Editors", "English"))

    def load(self, values: dict[str, Any]) -> None:
        for name, field in self.fields.items():
            field.set(values.get(name))
        for chinese in CHINESE.get(self.kind, {}).values():
            show_script(self.fields[chinese].widget, str(values.get(chinese) or ""))
        self._show_changed(values)
        self.original = {name: field.get() for name, field in self.fields.items()}

    def settle(self, values: dict[str, Any]) -> None:
        """After a save, `values` as stored: only fields the service changed (tidied) are
        loaded again, so the caret stays; each field's own undo history starts here."""
        for name, field in self.fields.items():
            if name in values and field.get() != values[name]:
                field.set(values[name])
            field.settle()
        self._show_changed(values)
        self.original = self.values()

    def _show_changed(self, values: dict[str, Any]) -> None:
        changed = values.get("updated_at")
        if isinstance(changed, datetime.datetime):
            local = changed.replace(tzinfo=datetime.UTC).astimezone()
            self.updated.setText(local.strftime("%Y-%m-%d %H:%M"))
        elif "updated_at" in values:
            self.updated.setText(translate("Editors", "before notes were kept"))

    def values(self) -> dict[str, Any]:
        return {name: field.get() for name, field in self.fields.items()}

    def changed_values(self) -> dict[str, Any]:
        """Only the fields whose value differs from what was loaded."""
        return {name: value for name, value in self.values().items()
                if value != self.original.get(name)}

    def focus_first(self) -> None:
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.widget.setFocus()


class DetailEditor(QWidget):
    """The right-hand pane: a heading, the form for the selected record, Save and Revert."""

    dirty_changed = Signal(bool)
    save_requested = Signal()
    escaped = Signal()
    """Esc in a field: the tree should take the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.message = refusal_label(boxed=True)
        self.forms: dict[Kind, RecordForm] = {}
        """The forms built so far: each is built when a record of its type is first shown,
        which keeps about 20 ms of widget building out of start-up."""
        self._read_only = False
        self.stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        self._name_buttons()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(line)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.kind: Kind | None = None
        self.record_id: int | None = None
        self._title = ""
        self._dirty = False
        self._saving_held = False
        self.show_nothing()

    def add_section(self, widget: QWidget) -> None:
        """A part shown under the form, above Save and Revert (an annex's documents), in a
        scroll area of its own, shown while the part is: in a small window it scrolls
        instead of making the window taller than the officer made it."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        area = QScrollArea()
        area.setObjectName("sectionScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        hidden = widget.isHidden()
        area.setWidget(widget)
        widget.setVisible(not hidden)
        area.setVisible(not hidden)
        area.setMinimumHeight(1)  # 0 would mean "unset": Qt would take its size hint
        widget.installEventFilter(_FollowVisibility(area))
        layout.insertWidget(layout.count() - 1, area)
    def _name_buttons(self) -> None:
        self.placeholder.setText(translate("Editors", "Select a record in the tree to see and "
                                           "edit it."))
        # No Alt letters on these two: Ctrl+S saves, and the forms' labels need S and R
        # (Side, Second side, Role); the menu's Re&vert record has its own
        self.save_button.setText(translate("Editors", "Save"))
        self.save_button.setToolTip(translate("Editors", "Save the changes to this record "
                                              "(Ctrl+S)"))
        self.revert_button.setText(translate("Editors", "Revert"))
        self.revert_button.setToolTip(translate("Editors", "Put back the saved values"))

    def retranslate(self) -> None:
        """Labels and buttons in the language now installed; the record's own heading and
        choices are named again when the controller shows it again."""
        self._name_buttons()
        for form in self.forms.values():
            form.retranslate()
        if self.kind is None:
            self._title = translate("Editors", "No record selected")
        self._set_dirty(self._dirty)

    def rename(self, title: str, context: str) -> None:
        """The shown record's heading and context line, in another language."""
        self._title = title
        if self.form is not None:
            self.form.context.setText(context)
        self._set_dirty(self._dirty)

    @property
    def form(self) -> RecordForm | None:
        return self.forms.get(self.kind) if self.kind is not None else None

    def form_for(self, kind: Kind) -> RecordForm:
        if kind not in self.forms:
            form = RecordForm(kind)
            form.edited.connect(self._on_edited)
            for field in form.fields.values():
                field.widget.installEventFilter(self)
            self.forms[kind] = form
            self.stack.addWidget(form)
            self._apply_read_only(form)
        return self.forms[kind]

    def show_nothing(self) -> None:
        self.kind = self.record_id = None
        self._title = translate("Editors", "No record selected")
        self.stack.setCurrentWidget(self.placeholder)
        self._set_dirty(False)
        self.clear_errors()

    def show_record(self, kind: Kind, record_id: int, values: dict[str, Any], title: str,
                    context: str = "") -> None:
        form = self.form_for(kind)
        self.kind, self.record_id = kind, record_id
        form.context.setText(context)
        form.context.setVisible(bool(context))
        form.load(values)
        self._title = title
        self.stack.setCurrentWidget(form)
        self.clear_errors()
        self._set_dirty(False)

    def set_choices(self, areas: list[tuple[int, str]],
                    annexes: list[tuple[int, int, str]]) -> None:
        """The areas and annexes an agreement can point at (the plenary's own)."""
        form = self.form_for(Kind.AGREEMENT)
        form.area_picker.set_choices(areas)
        form.annex_picker.set_choices(annexes)

    def set_sides(self, sides: tuple[str, ...]) -> None:
        """The side choices of an official of the plenary about to be shown."""
        self.form_for(Kind.OFFICIAL).set_sides(sides)

    def changed_values(self) -> dict[str, Any]:
        return self.form.changed_values() if self.form else {}

    def hold_saving(self, held: bool) -> None:
        """Typing goes on, but Save waits (while the catalogue is still being checked)."""
        self._saving_held = held
        self.save_button.setEnabled(self.form is not None and self._dirty and not held)

    def set_read_only(self, read_only: bool) -> None:
        """Fields stay readable and selectable, but nothing can be typed or chosen."""
        self._read_only = read_only
        for form in self.forms.values():
            self._apply_read_only(form)
        self.save_button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)

    def _apply_read_only(self, form: RecordForm) -> None:
        for field in form.fields.values():
            widget = field.widget
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(self._read_only)
            else:
                widget.setEnabled(not self._read_only)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def revert(self) -> None:
        if self.form is not None:
            self.form.load(self.form.original)
            self.clear_errors()
            self._set_dirty(False)

    def mark_saved(self, values: dict[str, Any], title: str) -> None:
        """The record was saved as `values` (normalised by the service)."""
        if self.form is not None:
            self.form.settle(values)
        self._title = title
        self.clear_errors()
        self._set_dirty(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Undo and redo keys: the field's own history while it has one, else the window's
        Undo and Redo (a field would take the key and do nothing). Esc: back to the tree."""
        kind = event.type()
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent) or kind not in (
                QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = not undo and (event.matches(QKeySequence.StandardKey.Redo)
                             or QKeySequence(event.keyCombination()) in REDO_KEYS)
        if undo or redo:
            edit = history(watched)
            steps = edit.document() if isinstance(edit, QPlainTextEdit) else edit
            own = steps is not None and (steps.isUndoAvailable() if undo
                                         else steps.isRedoAvailable())
            if kind == QEvent.Type.ShortcutOverride:
                event.setAccepted(own)  # not accepted: the window's shortcut gets the key
            elif own and edit is not None:
                edit.undo() if undo else edit.redo()
            return True
        if (kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.escaped.emit()
            return True
        return super().eventFilter(watched, event)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.message.setText(translate("Editors", "Not saved: {errors}").format(
            errors="; ".join(errors.values())))
        self.message.show()
        form = self.form
        if form is not None:
            for name, field in form.fields.items():
                field.widget.setProperty("invalid", name in errors)
                field.widget.setStyleSheet("border: 1px solid #c0392b;" if name in errors else "")
            bad = next((form.fields[name] for name in errors if name in form.fields), None)
            if bad is not None:
                bad.widget.setFocus()

    def clear_errors(self) -> None:
        self.message.hide()
        self.message.clear()
        for form in self.forms.values():
            for field in form.fields.values():
                if field.widget.styleSheet():
                    field.widget.setStyleSheet("")

    def _on_edited(self) -> None:
        self._set_dirty(bool(self.changed_values()))

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        editing = self.form is not None
        self.save_button.setEnabled(editing and dirty and not self._saving_held)
        self.revert_button.setEnabled(editing and dirty)
        self.heading.setText(f"{self._title} \u2022" if dirty else self._title)
        self.heading.setToolTip(translate("Editors", "Unsaved changes") if dirty else "")
        self.dirty_changed.emit(dirty)
