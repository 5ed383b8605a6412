"""Other officers' changes, as they happen (a team catalogue on a server).

The session's ChangeFeed hears of each change set another window or command wrote (the
listener in storage.live calls it on its own thread with the set's id; it reads who, what
and which records there, off the GUI thread) and hands them on in bursts of at most
COALESCE_MS, so twenty saves in a row are one refresh. The window's LiveView then re-reads
only the lists those changes touched (as after its own saves: selection and open lists
stay), and when the record in the editor was changed it says so in a banner above the
form, with Reload and Compare, instead of replacing what the officer sees or has typed.
Its own changes it knows by the token they carry, and ignores. The status bar names the
other officers connected.

On a catalogue file none of this runs: one window at a time holds the file's lock.
"""

import contextlib
import datetime
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catalogue.errors import one_line
from catalogue.i18n import translate
from catalogue.kinds import KINDS, ROOT, RecordKey
from catalogue.lazy import lazy_import
from catalogue.spec import Changes, Conflict, NotFound, ServiceError
from catalogue.storage.live import Peer
from catalogue.ui import tree_state
from catalogue.ui.editors import AnnexPicker, AreaPicker

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from catalogue.live import News, Touched
    from catalogue.ui.main_window import MainWindow
    from catalogue.ui.session import CatalogueSession

live = lazy_import("catalogue.live")

COALESCE_MS = 150
"""Change sets heard within this long of the first are applied together: a burst of saves
(an officer's undo of ten steps) is one refresh, and the first is shown within a second."""
BANNER_STYLE = ("QFrame#changedBanner { background: #e8f0fe; border: 1px solid #a9c1f5; "
                "border-radius: 4px; }")


class ChangeFeed(QObject):
    """Change sets written elsewhere, heard one by one, handed on in bursts."""

    arrived = Signal(object)
    """A burst of other windows' change sets: list[News], oldest first."""
    present = Signal(object)
    """Who else has the catalogue open: tuple[Peer, ...] (empty: nobody)."""
    _heard = Signal(object)
    _peers = Signal(object)

    def __init__(self, engine: "Callable[[], Engine]", token: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.token = token
        """The token this window's own change sets carry (storage.live.identify)."""
        self._pending: list[News] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self.post)  # queued when emitted on the listener's thread
        self._peers.connect(self.present)
        self._stopped = False

    def stop(self) -> None:
        """The session is closing: nothing heard from now on is applied (a burst waiting
        for its timer would read a catalogue no longer open)."""
        self._stopped = True
        self._timer.stop()
        self._pending = []

    def own(self, sender: str) -> bool:
        return bool(sender) and sender == self.token

    def heard(self, set_id: int, sender: str) -> None:
        """On the listener's thread: change set `set_id` was committed by `sender`. It is
        read here (a few rows), so the GUI thread only applies it."""
        if self.own(sender):
            return
        try:
            found = live.read_news(self._engine(), [set_id], sender)
        except ServiceError:
            return  # the connection went: the next change or reconnect tells again
        with contextlib.suppress(RuntimeError):  # this session was deleted meanwhile
            for news in found:
                self._heard.emit(news)

    def heard_gap(self, restored: bool = False) -> None:
        """On the listener's thread: it listens again after a lost connection (changes
        committed meanwhile were not heard), or a backup was `restored` over the catalogue:
        the window reads everything it shows again (and compares the open record with its
        form, so its own saves are no news)."""
        what = (translate("LiveView", "a backup restored over the catalogue") if restored
                else translate("LiveView", "changes made while the connection was lost"))
        news = live.News(0, datetime.datetime.now(datetime.UTC).replace(tzinfo=None),
                         translate("LiveView", "another officer"), "", what,
                         Changes(frozenset(), frozenset({ROOT})), whole=True)
        with contextlib.suppress(RuntimeError):
            self._heard.emit(news)

    def heard_peers(self, peers: Sequence[Peer]) -> None:
        """On the listener's thread: who else is connected now."""
        with contextlib.suppress(RuntimeError):
            self._peers.emit(tuple(peers))

    def post(self, news: "News") -> None:
        """A change set written elsewhere; applied with any others heard within
        COALESCE_MS of the first (the wait is not restarted: a steady stream of saves
        is still shown every COALESCE_MS)."""
        if self._stopped or self.own(news.sender):
            return
        self._pending.append(news)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        if batch:
            self.arrived.emit(batch)


class ChangedBanner(QFrame):
    """'Changed by alice at 18:42: Edit measure 3.2', with Reload and Compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("changedText")
        self.reload = QPushButton()
        self.reload.setObjectName("changedReload")
        self.compare = QPushButton()
        self.compare.setObjectName("changedCompare")
        self.dismiss = QToolButton()
        self.dismiss.setText("\u00d7")
        self.dismiss.setAutoRaise(True)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.compare)
        layout.addWidget(self.reload)
        layout.addWidget(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.reload.setText(translate("LiveView", "Reload"))
        self.reload.setToolTip(translate("LiveView", "Show the record as it is saved now"))
        self.compare.setText(translate("LiveView", "Compare"))
        self.compare.setToolTip(translate("LiveView", "Show this window's values beside the "
                                          "saved ones"))
        self.dismiss.setToolTip(translate("LiveView", "Hide this message"))


def local_time(at: datetime.datetime) -> str:
    """A stored UTC time as the officer's clock shows it: the time alone today."""
    local = at.replace(tzinfo=datetime.UTC).astimezone()
    today = datetime.datetime.now().astimezone().date()
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")


def told(news: "News", touched: "Touched") -> str:
    """The banner's sentence for one change to the record in the editor."""
    text = (translate("LiveView", "Deleted by {who} at {time}: {change}")
            if touched.operation == "delete" else
            translate("LiveView", "Changed by {who} at {time}: {change}"))
    return text.format(who=news.officer, time=local_time(news.at), change=news.label)


class LiveView(QObject):
    """What the window does with other officers' changes: its tree follows them, the
    editor's banner tells of a change to the open record, the status bar names who else
    is connected."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.banner = ChangedBanner()
        layout = window.editor.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.banner)  # under the heading and its line
        self.peers = QLabel()
        self.peers.setObjectName("connectedOfficers")
        self.peers.setContentsMargins(10, 0, 4, 0)  # apart from the counts before it
        self.peers.hide()
        window.statusBar().addPermanentWidget(self.peers)
        self.news: News | None = None
        """The change the banner tells of."""
        self.key: RecordKey | None = None
        """The record it tells of."""
        self._peers: tuple[Peer, ...] = ()
        self.banner.reload.clicked.connect(self.reload)
        self.banner.compare.clicked.connect(self.compare)
        window.controller.changed.connect(self._follow)
        window.controller.settled.connect(self._settled)
        window.controller.overtaken.connect(self._overtaken)

    def bind(self, session: "CatalogueSession") -> None:
        """Follow this session's feed (the connections go with the session)."""
        self.hide_banner()
        self.show_peers(())
        session.feed.arrived.connect(self.apply)
        session.feed.present.connect(self.show_peers)
        session.document.changed.connect(self._own_change)

    # -- the tree and the editor ---------------------------------------------------------

    def apply(self, batch: "list[News]") -> None:
        """Bring the window in line with a burst of other windows' changes: the lists they
        touched read again, the counts, and the banner when the open record changed. What
        the officer has typed stays as it is."""
        window = self.window
        controller, model = window.controller, window.model
        shown = controller.shown()
        if model.filtering:  # the filtered tree is rebuilt from a new search
            controller.apply_filter(controller.filter_text)
        else:
            controller._restoring_selection = True  # a row going is not the officer leaving
            try:
                if any(news.whole for news in batch):
                    state = tree_state.capture(window.tree, model)
                    model.reset(lambda: window.session.engine)
                    tree_state.restore(window.tree, model, state)
                else:
                    model.apply(live.merged(batch))
            except Exception as error:  # the server went meanwhile: said, never a crash
                window.statusBar().showMessage(translate(
                    "LiveView", "Others' changes could not be read: {error}").format(
                        error=one_line(error)), 8000)
                return
            finally:
                controller._restoring_selection = False
            if shown is not None:
                controller.reselect_shown()
        window.session.forget_totals()
        if shown is not None:
            self._tell(shown, batch)
        controller.changed.emit()

    def _tell(self, shown: RecordKey, batch: "list[News]") -> None:
        hits = [(news, touched) for news in batch
                if (touched := news.touching(shown)) is not None]
        content = [(news, touched) for news, touched in hits if not touched.rearranged_only]
        whole = [news for news in batch if news.whole]
        if not hits and whole:  # an import: is the open record as it was loaded?
            touched = self._compared(shown)
            if touched is not None:
                content = [(whole[-1], touched)]
        if content:
            news, touched = content[-1]
            self.news, self.key = news, shown
            self.banner.text.setText(told(news, touched))
            self.banner.compare.setEnabled(touched.operation != "delete")
            self.banner.show()
        elif hits and not self.window.editor.dirty and not self.banner.isVisible():
            self.window.controller.show_record(shown)  # moved: its ref in the heading

    def _compared(self, shown: RecordKey) -> "Touched | None":
        """What happened to the open record, read from the database: deleted, changed
        (a field differs from what the form loaded) or nothing (None)."""
        form = self.window.editor.form
        try:
            saved = self.window.session.document.record(shown.kind, shown.id)
        except NotFound:
            return live.Touched(shown, "", "delete", frozenset())
        if form is None:
            return None
        differing = frozenset(
            name for name, field in form.fields.items()
            if _shown(field.widget, form.original.get(name)) != _shown(field.widget,
                                                                        saved.get(name)))
        return live.Touched(shown, "", "update", differing) if differing else None

    def hide_banner(self) -> None:
        self.banner.hide()
        self.news = self.key = None

    def _follow(self) -> None:
        """Another record in the editor: the banner was about the one before."""
        if self.key is not None and self.window.controller.shown() != self.key:
            self.hide_banner()

    def _settled(self, key: RecordKey) -> None:
        """A conflict over the record was settled (a version chosen, theirs too): the
        banner's news is known and dealt with."""
        if self.key == key:
            self.hide_banner()

    def _overtaken(self, key: RecordKey, conflict: Conflict) -> None:
        """Someone changed the open record again while its conflict dialog was open: the
        banner says who, at once (the listener's news may come later, or never on a
        file), as the box about it comes up."""
        by = conflict.by
        if by is None or self.window.controller.shown() != key:
            return
        touched = live.Touched(key, "", "update", frozenset(conflict.theirs))
        news = live.News(0, by.at, by.officer, by.source, by.label,
                         Changes(frozenset({key})), (touched,))
        self.news, self.key = news, key
        self.banner.text.setText(told(news, touched))
        self.banner.compare.setEnabled(True)
        self.banner.show()

    def _own_change(self, changes: Changes) -> None:
        """This window saved the record: what it shows is what is saved now."""
        if self.key is not None and self.key in changes.updated:
            self.hide_banner()

    def reload(self) -> bool:
        """Show the record as saved now; with unsaved changes, only if the officer says
        to drop them. False when nothing was reloaded."""
        controller, editor = self.window.controller, self.window.editor
        shown = controller.shown()
        if shown is None:
            self.hide_banner()
            return False
        if editor.dirty and not self._drop_typed(shown):
            return False
        self.hide_banner()
        controller.show_record(shown)
        controller.changed.emit()
        return True

    def _drop_typed(self, shown: RecordKey) -> bool:
        who = self.news.officer if self.news is not None else ""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("LiveView", "Reload"), translate(
            "LiveView", "Drop your unsaved changes to this {kind} and show the version {who} "
            "saved?").format(kind=KINDS[shown.kind].name(), who=who), parent=self.window)
        box.setInformativeText(translate(
            "LiveView", "Compare shows both side by side, so you can copy what you typed "
            "first."))
        drop = box.addButton(translate("LiveView", "Drop and Reload"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is drop

    def compare(self) -> None:
        """This window's values (typed ones too) beside the record as saved now, in the
        conflict dialog a save would open: Keep theirs shows the saved record, Keep mine
        and Merge save the chosen values on it (undoable), Cancel leaves all as it was."""
        try:
            settled = self.window.controller.compare_saved()
        except ServiceError as error:  # the server went meanwhile: said, never a crash
            self.window.statusBar().showMessage(one_line(error), 8000)
            return
        if settled is None:  # deleted meanwhile
            self.banner.text.setText(translate(
                "LiveView", "This record no longer exists: it was deleted."))
            self.banner.compare.setEnabled(False)
        elif settled:
            self.hide_banner()

    # -- who else ------------------------------------------------------------------------

    def show_peers(self, peers: Sequence[Peer]) -> None:
        """'Also connected: alice, bob' in the status bar; nothing when nobody is."""
        self._peers = tuple(peers)
        names = sorted({peer.officer for peer in self._peers}, key=str.casefold)
        self.peers.setVisible(bool(names))
        self.peers.setText(translate("LiveView", "Also connected: {names}").format(
            names=", ".join(names)) if names else "")
        self.peers.setToolTip("\n".join(
            translate("LiveView", "{who} since {time}").format(
                who=peer.officer, time=local_time(peer.since)) if peer.since else peer.officer
            for peer in sorted(self._peers, key=lambda peer: peer.officer.casefold())))

    def retranslate(self) -> None:
        self.banner.retranslate()
        self.show_peers(self._peers)
        if self.news is not None and self.key is not None:
            touched = self.news.touching(self.key)
            if touched is not None:
                self.banner.text.setText(told(self.news, touched))


def _shown(widget: QWidget, value: Any) -> str:
    """A field's value as text to compare and show: an agreement's areas and annex by
    their names in the form's own pickers."""
    if isinstance(widget, AreaPicker):
        names = {widget.item(row).data(Qt.ItemDataRole.UserRole): widget.item(row).text()
                 for row in range(widget.count())}
        return "; ".join(names.get(area, str(area)) for area in sorted(value or ()))
    if isinstance(widget, AnnexPicker):
        index = widget.findData(value)
        return widget.itemText(index) if index >= 0 and value is not None else ""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
