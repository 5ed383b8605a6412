"""The window translates through Qt, core messages included, and its English plurals come
from the compiled catalogue_en.qm, which must match catalogue_en.ts (a stale .qm means the
package was not rebuilt: pip install -e . compiles it again)."""

from PySide6.QtCore import QCoreApplication, QLocale

from catalogue import i18n
from catalogue.ui.app import make_application


def test_the_window_reads_each_english_plural_from_the_compiled_translation():
    make_application()
    assert i18n._translate is QCoreApplication.translate
    for (context, source), (one, many) in i18n.english_plurals().items():
        for n, form in ((1, one), (0, many), (2, many)):
            expected = form.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
            assert QCoreApplication.translate(context, source, None, n) == expected


def test_a_core_message_with_a_count_reads_as_english_in_the_window():
    make_application()
    assert i18n.translate("Cli", "%n record(s) match", None, 1) == "1 record matches"
    assert i18n.translate("FileActions", "Writing %Ln demo record(s)...", None,
                          20000) == "Writing 20,000 demo records..."
