"""Scale in the window: the tree of a large demo catalogue loads lazily and names each
plenary's conference (the demo catalogue is made once, see demo_db in tests/conftest.py)."""

import pytest

from catalogue.workflows import open_catalogue

pytestmark = pytest.mark.slow  # the demo catalogue of 2,345 records takes a second to make


def test_the_tree_loads_only_what_is_shown(qapp, demo_db):
    from catalogue.ui.tree_model import CatalogueTreeModel

    engine = open_catalogue(demo_db, read_only=True)
    try:
        model = CatalogueTreeModel(engine)
        loaded = sum(len(nodes) for nodes in model._by_key.values())
        assert loaded == 5, "only the (five) conferences until one is opened"
        conference = model.index(0, 0)
        model.fetchMore(conference)
        session = model.index(0, 0, conference)
        model.fetchMore(session)
        model.fetchMore(model.index(0, 0, session))
        loaded = sum(len(nodes) for nodes in model._by_key.values())
        assert loaded == 5 + 1 + 4 + 20, (
            "one conference's plenary, its groups and areas, not their measures")
    finally:
        engine.dispose()


def test_plenaries_of_other_conferences_say_which(qapp, demo_db):
    """Several conferences: each is a node at the top, and its plenaries are under it."""
    from catalogue.demo import CONFERENCES
    from catalogue.ui.tree_model import CatalogueTreeModel

    engine = open_catalogue(demo_db, read_only=True)
    try:
        model = CatalogueTreeModel(engine)
        labels = [model.index(row, 0).data() for row in range(model.rowCount())]
        under = {}
        for row, label in enumerate(labels):
            conference = model.index(row, 0)
            model.fetchMore(conference)
            under[label] = [model.index(child, 0, conference).data()
                            for child in range(model.rowCount(conference))]
    finally:
        engine.dispose()
    assert labels == sorted(CONFERENCES[:5])
    assert under["Hong Kong/Shanghai Co-operation Conference"] == [
        "First Plenary Session \u2014 2004-04-26, " + under[
            "Hong Kong/Shanghai Co-operation Conference"][0].split(", ")[-1]]
    plenaries = [label for found in under.values() for label in found]
    assert len(plenaries) == 5 and all(label.startswith("First Plenary Session \u2014 ")
                                       for label in plenaries)
    assert all("(" not in label for label in plenaries), "under its conference: no need to say"
    assert all(label.count("\u2014") == 1 and " - " not in label for label in plenaries)
