"""Everything that imports PySide6: the main window, tree model, editors and undo commands."""
