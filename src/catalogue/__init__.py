"""Catalogue: the record of the Hong Kong/Shanghai Co-operation Conference."""

__version__ = "0.1.0"
"""Kept equal to pyproject.toml's version by a test. A literal, not importlib.metadata,
because reading the installed metadata costs about 50 ms of every start-up."""
