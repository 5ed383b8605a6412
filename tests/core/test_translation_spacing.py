"""Chinese text around an English title: a space between them, as mixed Chinese and
English is set ("匯入 Sixth Plenary Session ...", not "匯入Sixth Plenary Session ..."). The
placeholders below always hold English (a plenary's or conference's title as the press
release gives it); a Chinese character right beside one ran the two together."""

import os
import re
import subprocess
import sys

import pytest

from catalogue import i18n

ENGLISH_TITLES = ("title", "plenary", "conference")
CONFERENCE_NAMES = ("the two governments of the {name} cannot be told",
                    "the {name} still has plenaries", "the {name} is already catalogued")
"""Messages whose {name} is a conference's (English) name."""
HAN = "\u4e00-\u9fff"


def english(source: str) -> tuple[str, ...]:
    return ENGLISH_TITLES + (("name",) if source.startswith(CONFERENCE_NAMES) else ())


@pytest.mark.parametrize("which", [i18n.TRADITIONAL, i18n.SIMPLIFIED])
def test_a_space_parts_chinese_from_an_english_title(which):
    run_together = []
    for (_context, source), text in i18n.chinese_messages(which).items():
        for name in english(source):
            if re.search(rf"[{HAN}]\{{{name}\}}|\{{{name}\}}[{HAN}]", text):
                run_together.append(text)
    assert run_together == []


def test_the_command_line_says_it_with_the_space(catalogue_file, seed_text, tmp_path):
    """Importing the plenary the catalogue holds, in Traditional Chinese."""
    release = tmp_path / "release.txt"
    release.write_text(seed_text, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LANG": "zh_HK.UTF-8",
           "LC_ALL": "", "LANGUAGE": ""}
    env.pop("CATALOGUE_DB", None)
    done = subprocess.run([sys.executable, "-m", "catalogue", "import", "--db",
                           str(catalogue_file), str(release)],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)
    assert done.returncode != 0
    assert re.search(r"Session of the Hong Kong/Shanghai Co-operation Conference 已編入目錄",
                     done.stderr), done.stderr
