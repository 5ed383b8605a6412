"""Every translatable string can be found by the tools: `pyside6-lupdate` extracts each
message under the context the code translates it with at run time (catalogue.i18n says the
convention), placeholders survive translation, and counts are Qt numerus messages whose
English forms are in resources/translations/catalogue_en.ts."""

import ast
import string
import subprocess
import sys
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import pytest

from catalogue import i18n

PACKAGE = Path(i18n.__file__).parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
TRANSLATIONS = resources.files("catalogue.resources").joinpath("translations")

Key = tuple[str, str, str]
"""A message as lupdate keys it: context, source text, disambiguation ('' for none)."""


def sources(package: Path = PACKAGE) -> list[Path]:
    """The package's modules."""
    return sorted(package.rglob("*.py"))


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _head(call: ast.Call) -> tuple[str | None, str | None]:
    """The context and the text, when they are literals."""
    context, text = [*call.args, None, None][:2]
    return (_literal(context) if context else None, _literal(text) if text else None)


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return f"{owner}.{func.attr}"
    return ""


def calls(path: Path) -> list[ast.Call]:
    """translate(...), QCoreApplication.translate(...) and QT_TRANSLATE_NOOP(...) calls."""
    names = {"translate", "QCoreApplication.translate", "QT_TRANSLATE_NOOP"}
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and _name(node) in names]


def old_calls(path: Path) -> list[int]:
    """Lines calling tr(), self.tr(), parent.tr() or any other .tr()."""
    return [node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and _name(node).split(".")[-1] == "tr"]


def found_in_code(paths: list[Path]) -> dict[Key, bool]:
    """Each message the code translates or marks, and whether it is numerus (a count)."""
    found: dict[Key, bool] = {}
    for path in paths:
        for call in calls(path):
            context, text = _head(call)
            if context is None or text is None:
                continue  # a table entry translated at run time: see convention_breaks()
            comment = _literal(call.args[2]) if len(call.args) > 2 else None
            numerus = "translate" in _name(call) and len(call.args) >= 4
            key = (context, text, comment or "")
            assert found.get(key, numerus) == numerus, f"{key} is both numerus and not"
            found[key] = numerus
    return found


def extract(paths: list[Path], out: Path) -> ElementTree.Element:
    """What pyside6-lupdate extracts from `paths`, as a parsed .ts file."""
    if not LUPDATE.exists():
        pytest.skip(f"{LUPDATE} is missing (PySide6 installs it)")
    subprocess.run([str(LUPDATE), "-silent", "-locations", "none", *map(str, paths),
                    "-ts", str(out)], check=True, capture_output=True, timeout=120)
    return ElementTree.parse(out).getroot()


def messages(ts: ElementTree.Element) -> list[tuple[Key, bool]]:
    """Every <message> of a .ts file, with whether it is numerus."""
    return [((context.findtext("name", ""), message.findtext("source", ""),
              message.findtext("comment", "")), message.get("numerus") == "yes")
            for context in ts.iter("context") for message in context.iter("message")]


def fields(text: str) -> set[str]:
    """The str.format fields of `text`; AssertionError unless each is `{name...}`."""
    names = set()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            assert name.isidentifier(), f"{text!r}: {{{name}}} is not a named field"
            names.add(name)
    return names


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> ElementTree.Element:
    return extract(sources(), tmp_path_factory.mktemp("lupdate") / "all.ts")


# -- (a) lupdate sees exactly what the code translates ------------------------------------


def test_lupdate_extracts_every_message_under_the_context_used_at_run_time(extracted):
    found = found_in_code(sources())
    seen = messages(extracted)
    assert dict(seen) == found
    assert len(seen) == len(found), "a message lupdate files twice"


# -- (b) one convention: literal contexts and texts, no tr() ----------------------------


def convention_breaks(paths: list[Path]) -> list[str]:
    """Calls lupdate cannot read as the app runs them: tr() in any form, a context that is
    not a literal, keyword arguments, and a text that is neither a literal nor a table
    entry marked with QT_TRANSLATE_NOOP under the same (literal) context."""
    marked = {_head(call)[0] for path in paths for call in calls(path)
              if _name(call) == "QT_TRANSLATE_NOOP"}
    breaks = []
    for path in paths:
        where = path.name
        breaks += [f"{where}:{line}: tr()" for line in old_calls(path)]
        for call in calls(path):
            context, text = _head(call)
            if context is None:
                breaks.append(f"{where}:{call.lineno}: context is not a literal")
            elif text is None and (_name(call) == "QT_TRANSLATE_NOOP" or context not in marked):
                breaks.append(f"{where}:{call.lineno}: text is not a literal")
            if call.keywords:
                breaks.append(f"{where}:{call.lineno}: keyword arguments (lupdate skips them)")
    return breaks


def test_the_convention_holds_everywhere():
    assert convention_breaks(sources()) == []


def test_the_checks_see_a_self_tr(tmp_path):
    source = tmp_path / "widget.py"
    source.write_text('from catalogue.i18n import translate\n\n\nclass Widget:\n'
                      '    def title(self):\n        return self.tr("x")\n\n\n'
                      'def name(kind):\n    return translate("Ctx", kind)\n')
    assert convention_breaks([source]) == ["widget.py:6: tr()", "widget.py:10: text is not "
                                           "a literal"]
    assert dict(messages(extract([source], tmp_path / "widget.ts"))) != found_in_code([source])


# -- (c) placeholders --------------------------------------------------------------------


def test_placeholders_are_named_format_fields(extracted):
    for (_, text, _), _ in messages(extracted):
        fields(text)


def test_translations_keep_the_placeholders_and_the_count():
    for ts in TRANSLATIONS.iterdir():
        if not ts.name.endswith(".ts"):
            continue
        for message in ElementTree.fromstring(ts.read_bytes()).iter("message"):
            source, numerus = message.findtext("source", ""), message.get("numerus") == "yes"
            forms = ([form.text for form in message.iter("numerusform")] if numerus
                     else [message.findtext("translation")])
            for text in filter(None, forms):  # unfinished ones are empty
                assert fields(text) == fields(source), f"{ts.name}: {text!r}"
                assert not numerus or "%n" in text or "%Ln" in text, f"{ts.name}: {text!r}"


# -- (d) counts --------------------------------------------------------------------------


def test_numerus_messages_show_the_count_and_only_they_do(extracted):
    for (_, text, _), numerus in messages(extracted):
        assert numerus == ("%n" in text or "%Ln" in text), text


def test_english_forms_exist_for_every_numerus_message_and_no_other(extracted):
    numerus = {(context, text) for (context, text, _), is_numerus in messages(extracted)
               if is_numerus}
    english = i18n.english_plurals()
    assert set(english) == numerus, "run make translations, then write in the English forms"
    for (_, source), forms in english.items():
        assert all(forms) and forms[0] != forms[1], f"{source!r}: {forms}"


def test_without_qt_counts_read_as_english():
    match = "%n record(s) match"
    assert i18n.translate("Cli", match, None, 1) == "1 record matches"
    assert i18n.translate("Cli", match, None, 0) == "0 records match"
    assert i18n.translate("Cli", match, None, 3) == "3 records match"
    assert i18n.translate("FileActions", "Writing %Ln demo record(s)...", None,
                          20000) == "Writing 20,000 demo records..."
    assert i18n.translate("Nowhere", "%n thing(s)", None, 2) == "2 thing(s)"
