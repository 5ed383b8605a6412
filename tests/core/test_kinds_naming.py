"""The registry of record kinds is the one place kinds are spelt out, it agrees with the
tables, the migrations and the tree's groups, and `naming` names records exactly as the
tree, the questions, the undo stack, the CSV and `catalogue search` always have."""

import ast
import csv
import datetime
import io
import sqlite3
import tokenize
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from catalogue import i18n, naming, queries
from catalogue.export import COLUMNS, catalogue_records, write_records
from catalogue.kinds import (
    BY_SEARCH_CODE,
    EDITABLE,
    GROUPS,
    KINDS,
    ROOT,
    SESSION_LISTS,
    Kind,
    ListKey,
    ListKind,
    list_key_of,
)
from catalogue.models import TABLES
from catalogue.services import ValidationError, clean_fields
from catalogue.spec import FIELDS, FieldSpec, roman_numeral

PACKAGE = Path(naming.__file__).parent
KIND_WORDS = {*(kind.value for kind in Kind), *(kind.value for kind in ListKind)}

# -- the registry --------------------------------------------------------------------------


def test_every_kind_has_its_table_and_every_table_is_a_kind_or_the_link_table():
    assert list(TABLES) == list(KINDS)
    for kind, model in TABLES.items():
        assert model.__tablename__ == KINDS[kind].table
    assert set(SQLModel.metadata.tables) == {info.table for info in KINDS.values()} | {
        "agreement_area", "change_set", "change", "document", "document_store"}
    assert set(FIELDS) == set(Kind)


def test_kinds_hang_together():
    for kind, info in KINDS.items():
        assert info.kind is kind
        assert info.parent is None or info.parent in KINDS
        assert info.adds in EDITABLE
        assert list_key_of(kind, 7) == (ROOT if info.parent is None else (info.list, 7))
    assert set(GROUPS) == set(SESSION_LISTS)
    assert all(GROUPS[group].members == SESSION_LISTS[group] for group in GROUPS)
    assert ListKey(ListKind.AREA, 3) == (Kind.AREA, 3)  # an area is also its own list


def test_search_codes_are_unique_and_are_what_migration_0003_indexes(engine, db_path):
    codes = [info.search_code for info in KINDS.values()]
    assert len(set(codes)) == len(codes) and all(0 < code < 8 for code in codes)
    assert set(BY_SEARCH_CODE) == set(codes)
    connection = sqlite3.connect(db_path)
    try:
        indexed = dict(connection.execute(
            "SELECT rowid % 8, count(*) FROM search_index GROUP BY rowid % 8").fetchall())
        rows = {info.search_code: connection.execute(
            f"SELECT count(*) FROM {info.table}").fetchone()[0] for info in KINDS.values()
            if info.kind != Kind.CONFERENCE}  # a conference is found through its plenaries
    finally:
        connection.close()
    assert indexed == rows  # the seed: every record of every kind, under its kind's code


def test_the_numeral_rule_hangs_on_its_field_not_on_a_label(engine, monkeypatch):
    assert FIELDS[Kind.AGREEMENT]["numeral"].validate is roman_numeral
    assert FieldSpec("Numeral").validate is None  # a label alone carries no rule
    monkeypatch.setattr(i18n, "_translate", lambda context, text, *_: f"<{text}>")
    sid = queries.plenaries(engine)[0].id
    with pytest.raises(ValidationError) as refused:
        clean_fields(engine, Kind.AGREEMENT, None, sid, {"numeral": "abc", "title": "T"})
    assert refused.value.errors["numeral"] == "<Numeral must be a roman numeral such as xiv>"
    assert clean_fields(engine, Kind.AGREEMENT, None, sid,
                        {"numeral": " XCIX ", "title": "T"})["numeral"] == "xcix"


# -- naming ---------------------------------------------------------------------------------

SESSION = {"ordinal": 6, "title": "Sixth Plenary Session of the Hong Kong/Shanghai Conference",
           "date": datetime.date(2024, 4, 26), "place": "Shanghai"}
AREA = {"position": 3, "name": "Finance"}
MEASURE = {"area_position": 3, "position": 2, "text": "Deepen " + "green finance " * 10}
OFFICIAL = {"position": 4, "honorific": "Mr", "name": "Paul Chan", "post": "Financial Secretary"}
AGREEMENT = {"numeral": "xi", "title": "Memorandum on finance"}
ANNEX = {"number": 3, "title": "Text of the memorandum"}
RECORDS = {Kind.SESSION: SESSION, Kind.AREA: AREA, Kind.MEASURE: MEASURE,
           Kind.OFFICIAL: OFFICIAL, Kind.AGREEMENT: AGREEMENT, Kind.ANNEX: ANNEX}


def test_references_labels_headings_and_descriptions_of_each_kind():
    expected = {
        Kind.SESSION: ("6", "Sixth Plenary Session \u2014 2024-04-26, Shanghai",
                       "Plenary session: " + SESSION["title"], SESSION["title"]),
        Kind.AREA: ("3", "3. Finance", "Co-operation area 3: Finance",
                    "co-operation area \u201cFinance\u201d"),
        Kind.MEASURE: ("3.2", "3.2  " + naming.summary(MEASURE["text"]), "Measure 3.2",
                       "measure 3.2"),
        Kind.OFFICIAL: ("4", "Mr Paul Chan \u2014 Financial Secretary", "Official: Mr Paul Chan",
                        "official Mr Paul Chan"),
        Kind.AGREEMENT: ("xi", "(xi) Memorandum on finance", "Agreement (xi)",
                         "agreement (xi)"),
        Kind.ANNEX: ("3", "Annex 3: Text of the memorandum", "Annex 3", "annex 3"),
    }
    for kind, (ref, label, heading, description) in expected.items():
        values = RECORDS[kind]
        assert naming.reference(kind, values) == ref
        assert naming.label(kind, values) == label
        assert naming.heading(kind, values) == heading
        assert naming.describe(kind, values) == description
    assert naming.summary(MEASURE["text"]).endswith("\u2026")
    assert len(naming.summary(MEASURE["text"])) <= naming.SUMMARY_LENGTH
    assert naming.label(Kind.SESSION, {**SESSION, "conference_name": "Guangdong/Hong Kong "
                                       "Co-operation Joint Conference"}) == (
        "Sixth Plenary Session (Guangdong/Hong Kong) \u2014 2024-04-26, Shanghai")
    assert naming.describe(Kind.SESSION, {}) == "plenary session"
    assert naming.describe(Kind.MEASURE, {"ref": "3.2", "position": 2}) == "measure 3.2"
    assert naming.group_label(ListKind.AREAS, 15) == "Co-operation areas (15)"
    assert naming.group_label("annexes", 1) == "Annexes (1)"


def test_undo_texts_and_counts():
    assert naming.edit_text(Kind.MEASURE, MEASURE) == "Edit measure 3.2"
    assert naming.add_text(Kind.AREA) == "Add co-operation area"
    assert naming.delete_text(Kind.ANNEX, ANNEX) == "Delete annex 3"
    assert naming.move_text(Kind.AGREEMENT, AGREEMENT, -1) == "Move agreement (xi) up"
    assert naming.move_text(Kind.OFFICIAL, OFFICIAL, +1) == "Move official Mr Paul Chan down"
    assert naming.counted(Kind.MEASURE, 1) == "1 measure"
    assert naming.counted(Kind.AGREEMENT, 0) == "0 agreements"


def test_the_tree_the_csv_and_search_give_the_same_references(engine, db_path):
    tree: set[tuple[str, str]] = set()
    lists = [ROOT]
    while lists:
        for item in queries.children(engine, lists.pop()):
            tree.add((item.kind, naming.reference(item.kind, item.values)))
            if item.kind == Kind.SESSION:
                lists += [ListKey(group, item.id) for group in GROUPS]
            elif item.kind == Kind.AREA:
                lists.append(ListKey(ListKind.AREA, item.id))
    connection = sqlite3.connect(db_path)
    try:
        stream = io.StringIO()
        write_records(catalogue_records(connection), stream)
    finally:
        connection.close()
    rows = list(csv.DictReader(io.StringIO(stream.getvalue()), fieldnames=COLUMNS))[1:]
    assert {(row["record_type"], row["ref"]) for row in rows} == tree
    lines = queries.match_lines(queries.search(engine, "Hong Kong"))
    assert lines and {(kind, ref) for kind, ref, _ in lines} <= tree


# -- no kind spelt out anywhere else ---------------------------------------------------------

FROZEN = {"migrations/versions/0001_initial.py", "migrations/versions/0002_notes_updated_at.py",
          "migrations/versions/0004_conferences.py", "migrations/versions/0005_history.py"}
"""Migrations are history: they name the tables as they were when written."""
PENDING: dict[str, int] = {"release.py": 1}
"""Files being rewritten elsewhere, with at most this many kind literals left: lower these as
they move to the registry (never raise them)."""


def kind_literals(source: Path) -> list[int]:
    """Lines of `source` with a string token that is exactly a kind's or list's name. A
    statement whose comment says "not a kind" (the CSV's column names) is let through."""
    found: list[int] = []
    statement: list[tokenize.TokenInfo] = []
    with source.open("rb") as handle:
        for token in tokenize.tokenize(handle.readline):
            statement.append(token)
            if token.type not in (tokenize.NEWLINE, tokenize.ENDMARKER):
                continue
            if not any(t.type == tokenize.COMMENT and "not a kind" in t.string
                       for t in statement):
                inside_fstring = 0  # from Python 3.12 an f-string's parts are tokens of
                for t in statement:  # their own: it is still read whole, as one
                    if t.type == getattr(tokenize, "FSTRING_START", None):
                        inside_fstring += 1
                    elif t.type == getattr(tokenize, "FSTRING_END", None):
                        inside_fstring -= 1
                    elif (t.type == tokenize.STRING and not inside_fstring
                          and _value(t.string) in KIND_WORDS):
                        found.append(t.start[0])
            statement = []
    return found


def _value(literal: str) -> object:
    try:
        return ast.literal_eval(literal)
    except (ValueError, SyntaxError):  # f-strings
        return None


def test_no_kind_is_spelt_out_outside_the_registry():
    spelt: dict[str, list[int]] = {}
    for source in sorted(PACKAGE.rglob("*.py")):
        name = source.relative_to(PACKAGE).as_posix()
        if name == "kinds.py" or name in FROZEN:
            continue
        lines = kind_literals(source)
        if len(lines) > PENDING.get(name, 0):
            spelt[name] = lines
    assert spelt == {}, f"kinds spelt out as strings (use catalogue.kinds): {spelt}"


def test_the_check_sees_a_kind_spelt_out(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text('KIND = "measure"\nSQL = "SELECT * FROM measure"\nB = b"measure"\n'
                      'COLUMNS = (  # not a kind: column names\n    "session", "area")\n'
                      'NAME = f"{KIND}"\n', encoding="utf-8")
    assert kind_literals(source) == [1]
