"""What the window does around editing, wired in one place so main_window stays wiring only:
going from the filter to its first match, and a summary for a group row.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from catalogue.kinds import GROUPS

if TYPE_CHECKING:
    from catalogue.ui.main_window import MainWindow


class Viewing(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.default_placeholder = window.editor.placeholder.text()
        c = window.controller
        window.filter_box.entered.connect(self.go_to_first_match)
        window.tree.clear_filter.connect(window.filter_box.clear_filter)
        window.model.filtered.connect(window.filter_box.show_result)
        c.changed.connect(self.show_group)

    # -- the filter and groups -----------------------------------------------------------------

    def go_to_first_match(self) -> None:
        window = self.window
        index = window.model.first_match()
        if index.isValid():
            window.tree.setCurrentIndex(index)
            window.tree.scrollTo(index)
        window.tree.setFocus()

    def show_group(self) -> None:
        """A group row selected shows what the group holds, with its counts as they are now
        (a filter's count goes with the filter)."""
        window = self.window
        node = window.controller.current_node()
        placeholder: QLabel = window.editor.placeholder
        if window.editor.kind is None and node is not None and node.kind in GROUPS:
            window.editor.heading.setText(window.model.label(node))
            placeholder.setText(window.model.summary(node))
        elif placeholder.text() != self.default_placeholder:
            placeholder.setText(self.default_placeholder)
