"""Every translatable string can be found by the tools: `pyside6-lupdate` extracts each
message under the context the code translates it with at run time (catalogue.i18n says the
convention), placeholders survive translation, and counts are Qt numerus messages whose
English forms are in resources/translations/catalogue_en.ts."""

import ast
import os
import re
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
                assert percent_fields(text) == percent_fields(source), f"{ts.name}: {text!r}"
                assert not numerus or "%n" in text or "%Ln" in text, f"{ts.name}: {text!r}"


def percent_fields(text: str) -> list[str]:
    """The %-style fields of `text`, sorted: argparse's (%s, %(name)r), Qt's (%1), not the
    count (%n, %Ln: numerus forms may leave it out in English's singular)."""
    return sorted(re.findall(r"%\(\w+\)[rsd]|%[rsd]|%\d", text))


def test_the_placeholder_check_sees_a_lost_field():
    assert percent_fields("invalid choice: %(value)r (choose from %(choices)s)") \
        != percent_fields("無效的選擇：%(value)r")
    assert percent_fields("expected %s argument") == percent_fields("需要 %s 個參數值")
    assert fields("{path} 不存在") == {"path"} != fields("{paht} 不存在")


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


# -- (e) Chinese: every message translated, in both scripts --------------------------------

CHINESE = ("catalogue_zh_Hant.ts", "catalogue_zh_Hans.ts")


def lupdate_into_copy(name: str, tmp_path: Path) -> ElementTree.Element:
    """What `make translations` would make of the committed file: lupdate over the sources
    into a copy of it (new messages come in unfinished, dropped ones vanished)."""
    if not LUPDATE.exists():
        pytest.skip(f"{LUPDATE} is missing (PySide6 installs it)")
    copy = tmp_path / name
    copy.write_bytes(TRANSLATIONS.joinpath(name).read_bytes())
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none",
                    str(PACKAGE), "-ts", str(copy)], check=True, capture_output=True,
                   timeout=120)
    return ElementTree.parse(copy).getroot()


def unfinished(ts: ElementTree.Element) -> list[str]:
    """Messages lupdate marks unfinished, vanished or obsolete, or left empty."""
    left = []
    for context in ts.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = ([form.text for form in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text])
            if translation.get("type") or not all(forms):
                left.append(f"{context.findtext('name')}: {message.findtext('source')!r} "
                            f"({translation.get('type') or 'empty'})")
    return left


@pytest.mark.parametrize("name", CHINESE)
def test_every_message_is_translated_into_chinese(name, tmp_path, extracted):
    updated = lupdate_into_copy(name, tmp_path)
    assert unfinished(updated) == [], f"{name}: run make translations and translate these"
    assert dict(messages(updated)) == dict(messages(extracted))
    committed = ElementTree.fromstring(TRANSLATIONS.joinpath(name).read_bytes())
    assert dict(messages(committed)) == dict(messages(extracted)), f"{name} is not up to date"


def test_the_check_sees_a_message_left_untranslated(tmp_path):
    source = tmp_path / "widget.py"
    source.write_text('from catalogue.i18n import translate\n\n'
                      'print(translate("Ctx", "A new message"))\n')
    ts = tmp_path / "zh.ts"
    ts.write_bytes(TRANSLATIONS.joinpath(CHINESE[0]).read_bytes())
    subprocess.run([str(LUPDATE), "-silent", "-locations", "none", str(source), "-ts",
                    str(ts)], check=True, capture_output=True, timeout=120)
    left = unfinished(ElementTree.parse(ts).getroot())
    assert "Ctx: 'A new message' (unfinished)" in left
    assert any("(vanished)" in entry for entry in left)


@pytest.mark.parametrize("name", CHINESE)
def test_chinese_counts_have_one_form_and_keep_the_count(name):
    root = ElementTree.fromstring(TRANSLATIONS.joinpath(name).read_bytes())
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in message.iter("numerusform")]
            assert len(forms) == 1, forms  # Chinese has no plural
            assert "%n" in forms[0] or "%Ln" in forms[0], forms


def test_each_script_keeps_to_its_own_characters():
    """A Simplified character in the Traditional file (or the reverse) is a slip of the
    converter or of the hand; a few common to both are not checked."""
    hant = TRANSLATIONS.joinpath(CHINESE[0]).read_text(encoding="utf-8")
    hans = TRANSLATIONS.joinpath(CHINESE[1]).read_text(encoding="utf-8")
    for traditional, simplified in (("會", "会"), ("錄", "录"), ("檔", "档"), ("資", "资"),
                                    ("儲", "储"), ("議", "议"), ("體", "体"), ("項", "项")):
        assert simplified not in hant, simplified
        assert traditional not in hans, traditional
    for hong_kong, mainland in (("檔案", "文件"), ("搜尋", "搜索"), ("資料庫", "数据库"),
                                ("滬港合作會議", "沪港合作会议"), ("全體會議", "全体会议")):
        assert hong_kong in hant and mainland in hans, (hong_kong, mainland)
    assert "档案" not in hans and "搜寻" not in hans


def test_the_locale_decides_the_language():
    cases = {"zh_HK.UTF-8": i18n.TRADITIONAL, "zh_TW": i18n.TRADITIONAL,
             "zh_MO.UTF-8": i18n.TRADITIONAL, "zh-Hant": i18n.TRADITIONAL,
             "zh_CN.UTF-8": i18n.SIMPLIFIED, "zh_SG.UTF-8": i18n.SIMPLIFIED,
             "zh": i18n.SIMPLIFIED, "zh_Hans_HK": i18n.SIMPLIFIED,
             "en_GB.UTF-8": i18n.EN, "fr_FR.UTF-8": i18n.EN, "C": i18n.EN, "C.UTF-8": i18n.EN}
    for tag, expected in cases.items():
        assert i18n.language({"LANG": tag}) == expected, tag
    assert i18n.language({}) == i18n.EN
    assert i18n.language({"LANG": "zh_HK.UTF-8", "LC_ALL": "zh_CN.UTF-8"}) == i18n.SIMPLIFIED
    assert i18n.language({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}) \
        == i18n.TRADITIONAL
    assert i18n.language({"LANG": "en_GB.UTF-8", "LANGUAGE": "zh_HK:en"}) == i18n.TRADITIONAL
    assert i18n.language({"LC_ALL": "C", "LANGUAGE": "zh_HK"}) == i18n.EN  # as gettext


def test_the_command_line_speaks_the_locale(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    missing = tmp_path / "missing.db"
    said = {}
    for tag in ("zh_HK.UTF-8", "zh_CN.UTF-8", "en_US.UTF-8"):
        run = subprocess.run([sys.executable, "-m", "catalogue", "backups", "--db",
                              str(missing)], env={**env, "LANG": tag}, capture_output=True,
                             text=True, encoding="utf-8", timeout=120)
        said[tag] = run.stdout + run.stderr
    assert "尚未有備份" in said["zh_HK.UTF-8"]
    helped = subprocess.run([sys.executable, "-m", "catalogue", "--help"],
                            env={**env, "LANG": "zh_HK.UTF-8"}, capture_output=True,
                            text=True, encoding="utf-8", timeout=120).stdout
    assert helped.startswith("用法：catalogue") and "選項" in helped  # argparse's own words
    refused = subprocess.run([sys.executable, "-m", "catalogue", "exprt"],
                             env={**env, "LANG": "zh_CN.UTF-8"}, capture_output=True,
                             text=True, encoding="utf-8", timeout=120)
    assert refused.returncode == 2 and "无效的选择：'exprt'" in refused.stderr
    assert "尚未有备份" in said["zh_CN.UTF-8"]
    assert "has no backups yet" in said["en_US.UTF-8"]
