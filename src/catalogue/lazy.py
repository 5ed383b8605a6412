"""Modules loaded on first use, so the window can be shown before SQLAlchemy is imported."""

import importlib
from typing import Any


class _LazyModule:
    """Stands in for a module until one of its attributes is used, then imports it.

    The import goes through importlib.import_module, which holds the module's import lock:
    when the window's warm-up thread is importing the same module at that moment, the
    caller waits for it to finish instead of seeing it half-initialised (importlib's own
    LazyLoader has no such lock on Python 3.11).
    """

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def lazy_import(name: str) -> Any:
    """`name`, imported the first time one of its attributes is used."""
    return _LazyModule(name)
