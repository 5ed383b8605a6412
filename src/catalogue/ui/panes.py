"""How the window's halves are laid out so that it never resizes itself.

A form's minimum size would otherwise become the window's: selecting an agreement (long
texts, a list of areas) grew a 640x420 window to 762x605 and squeezed the tree to 55 px.
The forms scroll instead, and the tree keeps a usable width (tree_view.TREE_MIN_WIDTH).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from catalogue.ui.editors import DetailEditor


def tree_pane(filter_box: QLineEdit, notice: QLabel, tree: QWidget) -> QWidget:
    """The filter box, what the filter says, and the tree, one above the other."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(8, 8, 0, 8)
    layout.addWidget(filter_box)
    layout.addWidget(notice)
    layout.addWidget(tree, 1)
    return pane


def scroll_forms(editor: DetailEditor) -> QScrollArea:
    """Put the editor's forms in a scroll area, in their place between the heading and the
    Save and Revert buttons (which stay in view)."""
    layout = editor.layout()
    assert isinstance(layout, QVBoxLayout)
    area = QScrollArea()
    area.setObjectName("formScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # no Tab stop of its own: it draws no focus, so Tab from the tree seemed to do nothing
    # (its fields are the stops; the wheel and its bars still scroll it)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    layout.insertWidget(layout.indexOf(editor.stack), area, 1)
    area.setWidget(editor.stack)  # takes the stack out of the editor's layout
    editor.setMinimumSize(0, 0)
    return area
