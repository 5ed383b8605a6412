"""One set of rules for every way in: an import is refused whatever the editor would refuse
(#12 item 13), naming the record, and leaves the catalogue exactly as it was."""

import dataclasses

import pytest

from catalogue.bundled import curation_for
from catalogue.release import ParsedAnnex, ParsedArea
from catalogue.services import ServiceError, import_release
from tests.helpers import dump, file_digest, run


def _with_first_measure(release, text):
    first = release.areas[0]
    areas = (ParsedArea(first.name, (text, *first.measures[1:])), *release.areas[1:])
    return dataclasses.replace(release, areas=areas)


@pytest.mark.both_engines
@pytest.mark.parametrize(("change", "said"), [
    (lambda r: dataclasses.replace(r, ordinal=0), "Ordinal must be between 1 and 1000000"),
    (lambda r: dataclasses.replace(r, ordinal=10**30), "Ordinal must be between 1 and"),
    (lambda r: dataclasses.replace(r, title="T" * 80_000), "Title is too long (80000 char"),
    (lambda r: dataclasses.replace(r, annexes=(
        ParsedAnnex(0, r.annexes[0].title, r.annexes[0].language), *r.annexes[1:])),
     "annex 0: Number must be between 1 and 1000000"),
    (lambda r: _with_first_measure(r, "word " * 2_000_000), "measure 1.1: Text is too long"),
])
def test_an_import_is_held_to_the_editors_rules(engine, seed_release, change, said):
    before = dump(engine)
    with pytest.raises(ServiceError) as refused:
        import_release(engine, change(seed_release), curation=curation_for(6), replace=True)
    assert said in str(refused.value)
    assert "\n" not in str(refused.value)
    assert dump(engine) == before


@pytest.mark.slow
def test_the_command_line_import_says_which_record_breaks_a_rule(engine, db_path, tmp_path,
                                                                 seed_text):
    engine.dispose()
    release = tmp_path / "long.txt"
    paragraphs = seed_text.split("\n\n")
    index = next(i for i, p in enumerate(paragraphs) if p.startswith("Strengthen the work"))
    paragraphs[index] = "Strengthen " + "the work of the two places " * 1000 + "."
    release.write_text("\n\n".join(paragraphs), encoding="utf-8")
    before = file_digest(db_path)
    result = run("import", "--db", str(db_path), "--replace", str(release))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "measure 1.3: Text is too long" in lines[0], result.stderr
    assert file_digest(db_path) == before


@pytest.mark.slow
@pytest.mark.parametrize(("numeral", "said"), [
    ("mmmmdccclxxxviii", "agreement (mmmmdccclxxxviii) is not a roman numeral Catalogue reads "
                         "(at most 15 letters"),
    ("iiii", "agreement (iiii) is not a roman numeral Catalogue reads"),
    ("iii", "agreement (iii) is out of order: expected (i)"),
])
def test_a_numeral_too_long_or_malformed_is_named_as_such(tmp_path, seed_text, numeral, said):
    """It used to say "out of order: expected (mmmmdccclxxxviii)" (#12 item 16)."""
    release = tmp_path / "numeral.txt"
    release.write_text(seed_text.replace("- (i) Arrangement", f"- ({numeral}) Arrangement", 1),
                       encoding="utf-8")
    result = run("import", "--db", str(tmp_path / "c.db"), "--replace", str(release))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], result.stderr
