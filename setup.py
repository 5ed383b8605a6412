"""Compiles resources/translations/*.ts into .qm files (Qt's lrelease) whenever the package
is built, editable installs included, so the .qm files are never stale nor committed.

Everything else about the package is in pyproject.toml."""

import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def compile_translations() -> None:
    """Each .ts beside its .qm, before the package data is collected."""
    spec = find_spec("PySide6")  # a build requirement (pyproject.toml)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 is needed to compile the translations")
    tool = Path(spec.submodule_search_locations[0]) / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease")
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([str(tool), "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
