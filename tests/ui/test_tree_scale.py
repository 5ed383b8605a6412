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
        assert loaded == 5, "only the plenaries until one is opened"
        session = model.index(0, 0)
        model.fetchMore(session)
        model.fetchMore(model.index(0, 0, session))
        loaded = sum(len(nodes) for nodes in model._by_key.values())
        assert loaded == 5 + 4 + 20, "one plenary's groups and areas, not their measures"
    finally:
        engine.dispose()


def test_plenaries_of_other_conferences_say_which(qapp, demo_db):
    from catalogue.ui.tree_model import CatalogueTreeModel

    engine = open_catalogue(demo_db, read_only=True)
    try:
        model = CatalogueTreeModel(engine)
        labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    finally:
        engine.dispose()
    assert labels[0].startswith("First Plenary Session \u2014 2004-04-26")
    assert "(" not in labels[0], "the Hong Kong/Shanghai conference needs no name"
    assert "Session (Hong Kong/Beijing) \u2014 " in labels[1]
    assert all(label.count("\u2014") == 1 and " - " not in label for label in labels)
    assert len(set(labels)) == len(labels)
