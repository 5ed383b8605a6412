"""break3: a server's search (the largest table asked last, bounded by the others) finds
what a file copy of the same catalogue finds, for random queries and limits, on
catalogues shaped to trip the bound: gaps in the ids, officials outnumbering measures, no
measures at all, words in one table only."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import text

from catalogue import queries
from catalogue.demo import generate
from catalogue.storage.server import ServerAddress
from catalogue.workflows import copy_catalogue, open_catalogue, open_server

LIMITS = (1, 2, 3, 5, 7, 10, 20, 50, 100, 199, 200, 300, None)


def _words(engine, rng: random.Random) -> list[str]:
    """Pieces of the records' own words (some in one table only), and a few made up."""
    pieces: list[str] = []
    with engine.connect() as connection:
        for table in ("measure", "official", "plenary_session", "area", "agreement",
                      "annex"):
            rows = connection.execute(text(
                f"SELECT search_words FROM {table} ORDER BY random() LIMIT 40")).scalars()
            for words in rows:
                for word in (words or "").split():
                    if len(word) >= 1:
                        start = rng.randrange(len(word))
                        piece = word[start:start + rng.choice((1, 2, 3, 4, 6, 9))]
                        pieces.append(rng.choice((piece, piece, piece.upper(),
                                                  piece.title())))
    return [*pieces, "zzzq", "ß", "İ", "e", "an", "the", "of"]


def _compare(server, file_engine, rng: random.Random, rounds: int
             ) -> tuple[list[str], int]:
    """What differs, and how many answers were cut at the limit (where the bound works)."""
    pieces = _words(server, rng)
    wrong, cut = [], 0
    for _ in range(rounds):
        query = " ".join(rng.choice(pieces) for _ in range(rng.choice((1, 1, 1, 2, 2, 3))))
        for limit in rng.sample(LIMITS, 4):
            on_server = queries.search(server, query, limit)
            in_file = queries.search(file_engine, query, limit)
            cut += in_file.more
            if (on_server.matches, on_server.total, on_server.more) != (
                    in_file.matches, in_file.total, in_file.more):
                wrong.append(f"{query!r} limit {limit}: server "
                             f"{sorted(on_server.matches)[:5]}.. {on_server.total} file "
                             f"{sorted(in_file.matches)[:5]}.. {in_file.total}")
    return wrong, cut


def _shaped(address: ServerAddress, shape: str, rng: random.Random) -> None:
    engine = open_server(address).engine
    try:
        with engine.begin() as connection:
            if shape in ("gaps", "officials"):
                ids = connection.execute(text("SELECT id FROM measure")).scalars().all()
                gone = rng.sample(ids, len(ids) * (97 if shape == "officials" else 40) // 100)
                connection.execute(text("DELETE FROM measure WHERE id = ANY(:ids)"),
                                   {"ids": gone})
                ids = connection.execute(text("SELECT id FROM official")).scalars().all()
                gone = rng.sample(ids, len(ids) // 3)
                connection.execute(text("DELETE FROM official WHERE id = ANY(:ids)"),
                                   {"ids": gone})
            if shape == "officials":  # many more officials than measures left
                columns = ("session_id, position, honorific, name, post, side, role, "
                           "name_zh, post_zh, notes")
                for copy in range(6):  # each copy placed after the others (positions)
                    connection.execute(text(
                        f"INSERT INTO official ({columns}, uuid) SELECT "
                        f"{columns.replace('position', f'position + {10_000 * 2**copy}')}, "
                        "gen_random_uuid()::text FROM official"))
            if shape == "no measures":
                connection.execute(text("DELETE FROM measure"))
            connection.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()


@pytest.mark.parametrize("shape", ["as made", "gaps", "officials", "no measures"])
def test_a_server_finds_what_its_file_copy_finds(shape, pg_empty, tmp_path: Path):
    rng = random.Random(f"break3 {shape}")
    demo = tmp_path / "demo.db"
    generate(demo, records=4_000, seed=7)
    copy_catalogue(demo, pg_empty)
    _shaped(pg_empty, shape, rng)
    copy = tmp_path / "copy.db"
    copy_catalogue(pg_empty, copy)
    server = open_server(pg_empty).engine
    file_engine = open_catalogue(copy)
    try:
        with server.connect() as connection:
            counts = {table: connection.execute(text(f"SELECT count(*) FROM {table}"))
                      .scalar_one() for table in ("measure", "official")}
        wrong, cut = _compare(server, file_engine, rng, rounds=60)
    finally:
        server.dispose()
        file_engine.dispose()
    assert not wrong, "\n".join(wrong[:20]) + f"\n({len(wrong)} in all)"
    assert cut > 20, cut
    assert (counts["official"] > counts["measure"]) == (shape in ("officials", "no measures"))
