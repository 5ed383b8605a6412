"""Another window's change read back from its change set (catalogue.live): who, when, what
it is called, and the `Changes` a window needs to refresh. The rule that matters: what is
read back covers everything the service itself reported to the window that made the
change, so another window refreshes at least what the writer's own window did."""

from sqlalchemy import text

from catalogue import live, queries, services
from catalogue.kinds import ROOT, Kind, ListKey, ListKind, RecordKey
from catalogue.spec import Changes, Origin, Source

ALICE = Origin(Source.WINDOW, officer="Alice Wong")


def last_set(engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT max(id) FROM change_set")).scalar_one())


def read_back(engine) -> live.News:
    (news,) = live.read_news(engine, [last_set(engine)], "token")
    return news


def covers(news: live.News, changes: Changes) -> None:
    assert changes.updated <= news.changes.updated, changes.updated - news.changes.updated
    assert changes.lists <= news.changes.lists, changes.lists - news.changes.lists


def first_area(engine) -> int:
    session_id = queries.children(engine, ROOT)[0].id
    return queries.children(engine, ListKey(ListKind.AREAS, session_id))[0].id


def test_an_edit_read_back_says_who_what_and_which_record(engine):
    area_id = first_area(engine)
    measure = queries.children(engine, ListKey(ListKind.AREA, area_id))[0]
    changes = services.update_record(engine, Kind.MEASURE, measure.id,
                                     {"text": "Hold a dragon boat race."}, origin=ALICE)
    news = read_back(engine)
    assert (news.officer, news.source, news.sender) == ("Alice Wong", "window", "token")
    assert news.label.startswith("Edit measure")
    assert not news.whole
    (touched,) = news.touched
    assert touched.key == RecordKey(Kind.MEASURE, measure.id)
    assert touched.operation == "update" and "text" in touched.fields
    assert not touched.rearranged_only
    covers(news, changes)
    assert news.touching(RecordKey(Kind.MEASURE, measure.id)) == touched
    assert news.touching(RecordKey(Kind.MEASURE, measure.id + 1)) is None


def test_adds_deletes_moves_and_links_cover_what_the_services_reported(engine):
    area_id = first_area(engine)
    session_id = queries.children(engine, ROOT)[0].id
    new_id, changes = services.add_record(engine, Kind.MEASURE, area_id,
                                          {"text": "A new measure."}, position=1, origin=ALICE)
    news = read_back(engine)
    covers(news, changes)
    assert ListKey(ListKind.AREA, area_id) in news.changes.lists
    shifted = [t for t in news.touched if t.key != RecordKey(Kind.MEASURE, new_id)]
    assert shifted and all(t.rearranged_only for t in shifted)  # siblings only moved down

    covers(read_back(engine), services.move_record(engine, Kind.MEASURE, new_id, +1))

    agreements = queries.children(engine, ListKey(ListKind.AGREEMENTS, session_id))
    changes = services.update_record(engine, Kind.AGREEMENT, agreements[0].id,
                                     {"area_ids": (area_id,)})
    covers(read_back(engine), changes)

    _snapshot, changes = services.delete_record(engine, Kind.AREA, area_id)
    news = read_back(engine)
    covers(news, changes)
    deleted = news.touching(RecordKey(Kind.AREA, area_id))
    assert deleted is not None and deleted.operation == "delete"

    _snapshot, changes = services.delete_record(engine, Kind.SESSION, session_id)
    covers(read_back(engine), changes)
    assert ROOT in read_back(engine).changes.lists


def test_a_burst_is_merged_and_an_import_sized_change_is_read_whole(engine, monkeypatch):
    area_id = first_area(engine)
    first = last_set(engine)
    for number in range(3):
        services.add_record(engine, Kind.MEASURE, area_id, {"text": f"Measure {number}."})
    burst = live.read_news(engine, range(first + 1, last_set(engine) + 1))
    assert [news.set_id for news in burst] == list(range(first + 1, first + 4))
    assert len(live.merged(burst).updated) >= 3
    monkeypatch.setattr(live, "MOST_FOLLOWED", 0)
    (whole,) = live.read_news(engine, [last_set(engine)])
    assert whole.whole and not whole.touched
    assert whole.changes.lists == {ROOT}
    assert whole.touching(RecordKey(Kind.AREA, area_id)) is None  # unknown: read it
    assert live.read_news(engine, [10**9]) == []
