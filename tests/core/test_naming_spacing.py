"""In a Chinese window an English plenary or conference title was glued to the Chinese
word before it: the status bar said "已儲存First Plenary Session ..." and the Edit menu
"復原編輯First Plenary Session ..." (seen walking the window under Xvfb). A plenary and a
conference are named as an area is: their kind, then the title in quotation marks."""

import re

import pytest

from catalogue import i18n
from catalogue.i18n import translate
from catalogue.kinds import Kind
from catalogue.naming import describe

TITLE = "First Plenary Session of the Hong Kong/Beijing Co-operation Conference"
NAME = "Hong Kong/Beijing Co-operation Conference"
GLUED = re.compile(r"[\u4e00-\u9fff][A-Za-z]")  # a Chinese character, then a Latin letter


@pytest.fixture
def language():
    """Switch the language for a test and back."""
    before = i18n.spoken()
    yield i18n.set_language
    i18n.set_language(before)


@pytest.mark.parametrize("which", ["zh_Hant", "zh_Hans"])
@pytest.mark.parametrize(("kind", "values"), [(Kind.SESSION, {"title": TITLE}),
                                              (Kind.CONFERENCE, {"name": NAME})])
def test_an_english_title_is_not_glued_to_the_chinese_before_it(language, which, kind,
                                                                 values):
    language(which)
    what = describe(kind, values)
    for context, template in (("EditingController", "Saved {what}"), ("Naming", "Edit {what}"),
                              ("Dialogs", "Delete {what}?"), ("History", "Restored {what}")):
        sentence = translate(context, template).format(what=what)
        assert sentence != template.format(what=what), "not translated: the test is void"
        assert not GLUED.search(sentence), sentence
        assert values.get("title", values.get("name")) in sentence


@pytest.mark.parametrize(("kind", "values", "english"), [
    (Kind.SESSION, {"title": TITLE}, TITLE), (Kind.CONFERENCE, {"name": NAME}, f"the {NAME}")])
def test_english_names_them_as_before(language, kind, values, english):
    language("en")
    assert describe(kind, values) == english
