"""Every change through the services: validation, add, edit, delete and exact restore, move,
import with replace."""

import dataclasses
import datetime

import pytest

from catalogue import queries, services
from catalogue.bundled import curation_for
from catalogue.release import ParsedArea
from catalogue.services import (
    AlreadyCatalogued,
    ServiceError,
    ValidationError,
    add_record,
    delete_record,
    import_release,
    move_record,
    restore_record,
    update_record,
)
from tests.helpers import dump

pytestmark = pytest.mark.both_engines


def session_id(engine) -> int:
    return queries.plenaries(engine)[0].id


def area_named(engine, name: str) -> int:
    return next(i for i, n in queries.area_choices(engine, session_id(engine)) if n == name)


def items(engine, key):
    return [(item.kind, item.id) for item in queries.children(engine, key)]


def test_edit_a_measure_normalises_and_reports_what_changed(engine):
    area = area_named(engine, "Finance")
    measure = queries.children(engine, ("area", area))[1]
    changes = update_record(engine, "measure", measure.id, {"text": "  New   text\nhere. "})
    assert changes.updated == {("measure", measure.id)}
    assert queries.record(engine, "measure", measure.id)["text"] == "New text here."
    assert queries.record(engine, "measure", measure.id)["ref"] == "4.2"


@pytest.mark.parametrize(("kind", "fields", "field", "message"), [
    ("measure", {"text": "   "}, "text", "required"),
    ("measure", {"text": "x" * 20_001}, "text", "too long"),
    ("area", {"name": "Finance"}, "name", "already used"),
    ("agreement", {"numeral": "iiii"}, "numeral", "roman numeral"),
    ("agreement", {"numeral": "ii"}, "numeral", "already used"),
    ("annex", {"number": 2}, "number", "already used"),
    ("annex", {"number": "two"}, "number", "whole number"),
    ("official", {"side": "Mars"}, "side", "one of"),
    ("official", {"nickname": "x"}, "nickname", "no field"),
])
def test_validation_refuses_bad_values_and_changes_nothing(engine, kind, fields, field, message):
    first = {"measure": ("area", area_named(engine, "Healthcare")),
             "area": ("areas", session_id(engine)),
             "agreement": ("agreements", session_id(engine)),
             "annex": ("annexes", session_id(engine)),
             "official": ("officials", session_id(engine))}[kind]
    record_id = queries.children(engine, first)[-1 if kind != "measure" else 0].id
    before = dump(engine)
    with pytest.raises(ValidationError) as refused:
        update_record(engine, kind, record_id, fields)
    assert field in refused.value.errors
    assert message in refused.value.errors[field]
    assert dump(engine) == before


def test_an_annex_holds_one_agreement(engine):
    sid = session_id(engine)
    annex_2 = next(i for i, n, _ in queries.annex_choices(engine, sid) if n == 2)
    first = queries.children(engine, ("agreements", sid))[0]
    with pytest.raises(ValidationError, match=r"already holds agreement \(ii\)"):
        update_record(engine, "agreement", first.id, {"annex_id": annex_2})


def test_add_measure_in_the_middle_shifts_the_rest(engine):
    area = area_named(engine, "Sports")
    before = items(engine, ("area", area))
    new_id, changes = add_record(engine, "measure", area, {"text": "A new measure."}, position=1)
    assert changes.lists == {("area", area)}
    after = items(engine, ("area", area))
    assert after[0] == ("measure", new_id)
    assert after[1:] == before
    assert [i.values["position"] for i in queries.children(engine, ("area", area))
            if i.kind == "measure"] == [1, 2]


def test_add_requires_every_required_field(engine):
    with pytest.raises(ValidationError) as refused:
        add_record(engine, "official", session_id(engine), {"name": "Ms Nobody"})
    assert set(refused.value.errors) == {"honorific", "post", "side", "role"}


@pytest.mark.parametrize("kind", ["area", "measure", "official", "agreement", "annex"])
def test_delete_then_restore_puts_back_exactly_the_same_rows(engine, kind):
    sid = session_id(engine)
    list_key = {"area": ("areas", sid), "measure": ("area", area_named(engine, "Healthcare")),
                "official": ("officials", sid), "agreement": ("agreements", sid),
                "annex": ("annexes", sid)}[kind]
    target = queries.children(engine, list_key)[1]
    before = dump(engine)
    snapshot, changes = delete_record(engine, kind, target.id)
    assert list_key in changes.lists
    after_delete = dump(engine)
    assert after_delete != before
    assert (kind, target.id) not in items(engine, list_key)
    restore_record(engine, snapshot)
    assert dump(engine) == before


def test_deleting_an_area_takes_its_measures_and_links(engine):
    area = area_named(engine, "Innovation and Technology")
    snapshot, changes = delete_record(engine, "area", area)
    assert len(snapshot.children) == 3
    assert len(snapshot.links) == 7
    assert ("agreement", snapshot.links[0][0]) in changes.updated
    assert queries.totals(engine)["measure"] == 32


def test_deleting_an_annex_unlinks_its_agreement(engine):
    sid = session_id(engine)
    annex_3 = next(i for i, n, _ in queries.annex_choices(engine, sid) if n == 3)
    delete_record(engine, "annex", annex_3)
    agreement = queries.children(engine, ("agreements", sid))[2]
    assert agreement.values["numeral"] == "iii"
    assert agreement.values["annex_id"] is None


def test_move_swaps_with_the_neighbour_and_back(engine):
    sid = session_id(engine)
    before = items(engine, ("areas", sid))
    move_record(engine, "area", before[0][1], +1)
    assert items(engine, ("areas", sid)) == [before[1], before[0], *before[2:]]
    move_record(engine, "area", before[0][1], -1)
    assert items(engine, ("areas", sid)) == before
    with pytest.raises(ServiceError, match="cannot move"):
        move_record(engine, "area", before[0][1], -1)


def test_agreement_areas_are_editable_and_show_under_the_areas(engine):
    sid = session_id(engine)
    first = queries.children(engine, ("agreements", sid))[0]
    legal, sports = area_named(engine, "Legal Services"), area_named(engine, "Sports")
    changes = update_record(engine, "agreement", first.id, {"area_ids": [sports]})
    assert changes.lists == {("area", legal), ("area", sports)}
    assert ("agreement", first.id) in items(engine, ("area", sports))
    assert ("agreement", first.id) not in items(engine, ("area", legal))


def test_reimport_is_refused_then_replaced(engine, seed_release):
    curation = curation_for(6)
    with pytest.raises(AlreadyCatalogued, match="already catalogued"):
        import_release(engine, seed_release, curation=curation)
    update_record(engine, "area", area_named(engine, "Sports"), {"name": "Sport"})
    result = import_release(engine, seed_release, curation=curation, replace=True)
    assert result.replaced
    assert result.counts == {"session": 1, "area": 15, "measure": 35, "official": 12,
                             "agreement": 20, "annex": 8}
    assert "Sports" in [n for _, n in queries.area_choices(engine, result.session_id)]


def test_a_failure_in_the_middle_of_a_replace_leaves_the_old_data(engine, seed_release):
    before = dump(engine)
    # Two areas with one name: the old plenary is deleted, then the insert breaks the
    # database's uniqueness rule half-way through the new one.
    broken = dataclasses.replace(
        seed_release, areas=(*seed_release.areas, ParsedArea("Finance", ("Again.",))))
    with pytest.raises(ServiceError, match="could not be stored"):
        import_release(engine, broken, curation=curation_for(6), replace=True)
    assert dump(engine) == before


def test_import_needs_a_year(engine, seed_release):
    other = dataclasses.replace(seed_release, ordinal=7)
    with pytest.raises(ValueError, match="--date"):
        import_release(engine, other)
    result = import_release(engine, other, date=datetime.date(2025, 4, 26))
    assert [p.values["ordinal"] for p in queries.plenaries(engine)] == [7, 6]  # newest first
    assert result.counts["measure"] == 35


def test_services_are_the_only_writer():
    """The GUI and CLI reach the data through services and queries, never SQL of their own."""
    import pathlib

    import catalogue

    package = pathlib.Path(catalogue.__file__).parent
    for source in package.rglob("*.py"):
        # Migrations change the schema (and build the search index from existing rows).
        if source.name in {"services.py", "db.py", "queries.py", "export.py"} or (
                "migrations" in source.parts):
            continue
        body = source.read_text(encoding="utf-8")
        for word in ("INSERT ", "UPDATE ", "DELETE ", "session.add", ".commit("):
            assert word not in body, f"{source.name} writes data itself ({word.strip()})"
    assert services.EDITABLE_KINDS
