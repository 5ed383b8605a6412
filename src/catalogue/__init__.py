"""Catalogue: the record of the Hong Kong/Shanghai Co-operation Conference."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("catalogue")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
