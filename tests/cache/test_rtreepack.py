"""An R*Tree written packed holds what inserts one by one would, and stays usable."""

from __future__ import annotations

import random
import sqlite3

import pytest

from wheelshare.cache import rtreepack

_SCHEMA = "CREATE VIRTUAL TABLE {} USING rtree(pk, min_lat, max_lat, min_lon, max_lon)"


def _tree(con: sqlite3.Connection, name: str) -> None:
    con.execute(_SCHEMA.format(name))


def _points(n: int) -> list[tuple[int, float, float]]:
    rnd = random.Random(n)
    edges = [(-90.0, -180.0), (90.0, 180.0), (0.0, -0.0), (-1e-9, 1e-9), (45.764, -4.8357)]
    points = [(i + 1, lat, lon) for i, (lat, lon) in enumerate(edges)]
    for i in range(len(points), n):
        lat, lon = rnd.uniform(-90, 90), rnd.uniform(-180, 180)
        if i % 3 == 0:  # crowded, as venues in a city are
            lat, lon = rnd.gauss(45.76, 0.05), rnd.gauss(4.83, 0.05)
        points.append((i * 7 + 1, lat, lon))
    return points


def _box(con: sqlite3.Connection, name: str, box: tuple[float, float, float, float]) -> list[int]:
    sql = (
        f"SELECT pk FROM {name} WHERE min_lat >= ? AND max_lat <= ?"  # noqa: S608
        " AND min_lon >= ? AND max_lon <= ? ORDER BY pk"
    )
    return [r[0] for r in con.execute(sql, box)]


@pytest.mark.parametrize("n", [1, 40, 51, 52, 3000])
def test_a_packed_tree_finds_what_a_tree_filled_row_by_row_finds(n: int) -> None:
    con = sqlite3.connect(":memory:")
    _tree(con, "packed")
    _tree(con, "rowwise")
    points = _points(n)
    assert rtreepack.fill(con, "packed", points)
    con.executemany(
        "INSERT INTO rowwise VALUES (?, ?, ?, ?, ?)", [(i, a, a, o, o) for i, a, o in points]
    )
    assert con.execute("SELECT rtreecheck('packed')").fetchone() == ("ok",)
    every = "SELECT * FROM {} ORDER BY pk"
    assert (
        con.execute(every.format("packed")).fetchall()
        == con.execute(every.format("rowwise")).fetchall()
    )
    rnd = random.Random(5)
    for _ in range(30):
        lat, lon = rnd.uniform(-90, 90), rnd.uniform(-180, 180)
        if rnd.random() < 0.5:
            lat, lon = 45.76, 4.83
        size = rnd.choice([0.01, 0.1, 1.0, 30.0])
        box = (lat - size, lat + size, lon - size, lon + size)
        assert _box(con, "packed", box) == _box(con, "rowwise", box)
    # Later writes go through the module, on the packed nodes.
    for name in ("packed", "rowwise"):
        con.execute(f"DELETE FROM {name} WHERE pk % 2 = 1")  # noqa: S608
        con.executemany(
            f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)",  # noqa: S608
            [(10**6 + i, a, a, o, o) for i, a, o in _points(200)],
        )
    assert con.execute("SELECT rtreecheck('packed')").fetchone() == ("ok",)
    assert (
        con.execute(every.format("packed")).fetchall()
        == con.execute(every.format("rowwise")).fetchall()
    )


def test_a_tree_with_entries_is_left_to_the_module() -> None:
    con = sqlite3.connect(":memory:")
    _tree(con, "t")
    con.execute("INSERT INTO t VALUES (1, 1, 1, 2, 2)")
    assert not rtreepack.fill(con, "t", _points(10))
    assert con.execute("SELECT count(*) FROM t").fetchone() == (1,)


def test_values_that_are_not_numbers_are_left_to_the_module() -> None:
    con = sqlite3.connect(":memory:")
    _tree(con, "t")
    assert not rtreepack.fill(con, "t", [(1, 45.0, 4.8), (2, "north", 4.8)])  # type: ignore[list-item]
    assert con.execute("SELECT count(*) FROM t_node").fetchone() == (1,)
