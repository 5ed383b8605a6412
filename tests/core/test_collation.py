"""Issue #17 item 6: Chinese sorts by stroke count under a Hong Kong locale and by pinyin
under a mainland one, English as a dictionary does, with the ICU data the frozen app ships
(packaging/icu_data.py, used by build.spec).

The first test builds that small ICU data library from PySide6's own and runs the app's
hidden --collation-check with it loaded in place of the full one. The second runs the
frozen bundle itself: packaging/smoke_test.sh runs it after `make package` with
CATALOGUE_FROZEN set (here it is skipped when no bundle was built)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STROKES = {"一": 1, "二": 2, "十": 2, "三": 3, "上海": 3, "中國": 4, "香港": 9, "經濟": 13,
           "廣東": 15}
PINYIN = {"一": "yi", "二": "er", "十": "shi", "三": "san", "上海": "shanghai",
          "中國": "zhongguo", "香港": "xianggang", "經濟": "jingji", "廣東": "guangdong"}
ENGLISH = ["apple", "Apple", "banana", "Cherry", "Eclair", "\u00e9clair"]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="the small ICU data library is built on Linux")]


def check(output: str) -> None:
    """The orders --collation-check printed are stroke, pinyin and dictionary orders."""
    lines = dict(line.split(" ", 1) for line in output.strip().splitlines())
    hong_kong, mainland = lines["zh_HK"].split(), lines["zh_CN"].split()
    assert sorted(hong_kong) == sorted(STROKES), output
    assert [STROKES[word] for word in hong_kong] == sorted(STROKES[w] for w in hong_kong), (
        f"not by stroke count: {hong_kong}")
    assert [PINYIN[word] for word in mainland] == sorted(PINYIN.values()), (
        f"not by pinyin: {mainland}")
    assert lines["en_GB"].split() == ENGLISH


def test_the_small_icu_data_sorts_chinese_and_english(tmp_path):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import icu_data
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    import PySide6

    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    small = tmp_path / full.name
    icu_data.build_library(full, small, tmp_path)
    assert small.stat().st_size < 5_000_000 < full.stat().st_size
    result = subprocess.run(
        [sys.executable, "-m", "catalogue", "--collation-check"], capture_output=True,
        text=True, check=True, env={**os.environ, "LD_PRELOAD": str(small)})
    assert "Could not create collator" not in result.stderr
    check(result.stdout)


def test_the_frozen_app_sorts_chinese_and_english():
    frozen = os.environ.get("CATALOGUE_FROZEN") or str(ROOT / "dist" / "Catalogue" / "catalogue")
    if not os.path.exists(frozen):
        if os.environ.get("CATALOGUE_FROZEN"):
            pytest.fail(f"no frozen app at {frozen}")
        pytest.skip("no frozen bundle: `make package` builds it, `make smoke` runs this")
    result = subprocess.run([frozen, "--collation-check"], capture_output=True, text=True,
                            check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "Could not create collator" not in result.stderr
    check(result.stdout)
