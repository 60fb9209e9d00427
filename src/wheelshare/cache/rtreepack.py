"""Filling an empty R*Tree of points in one pass, its nodes written already packed.

SQLite's R*Tree has no bulk load: each entry inserted through the virtual
table walks down the tree, picks a leaf among its cells, splits and
reinserts, and writes the nodes it touched back as blobs. For a million
venues that was 20–28 s, most of a cache's build (docs/performance.md).

An R*Tree is kept in three ordinary tables (``<name>_node``, ``<name>_rowid``,
``<name>_parent``) in a format the R*Tree module documents at the top of its
source (``ext/rtree/rtree.c``):

* a node is a blob of the table's node size: a 2-byte depth of the tree (read
  from the root, node 1, only), a 2-byte cell count, then the cells; a cell is
  an 8-byte id (a row's id in a leaf, a child node's number above) and, per
  column, a 4-byte float, all big-endian;
* ``_rowid`` gives each row's leaf, ``_parent`` each node's parent.

``fill`` writes these directly, grouped by the Sort-Tile-Recursive method
(Leutenegger et al., 1997): entries sorted into vertical slices by longitude,
each slice by latitude, cut into full nodes; the same again for each level
up. The coordinates are rounded to 4-byte floats exactly as the module
rounds them on insert (the lower bound down, the upper bound up), so every
search finds what it found before, and the rows are the same as after
inserts one by one (``tests/cache/test_bulkload.py`` compares both, and
``rtreecheck`` checks the structure). Later inserts, updates and deletes go
through the module as usual.

Only a two-dimensional tree whose root node is still empty is filled this
way; ``fill`` returns False otherwise and the caller inserts row by row.
"""

from __future__ import annotations

import functools
import math
import sqlite3
import struct
from array import array
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter

# The module's own constants for rounding a double to a float outward.
_TOWARDS = 1.0 - 1.0 / 8388608.0
_AWAY = 1.0 + 1.0 / 8388608.0
_CELL_BYTES = 8 + 4 * 4  # id, then min and max of two dimensions

Entry = tuple[int, float, float, float, float]  # id, min_lat, max_lat, min_lon, max_lon
# Tiles are sorted by their boxes' south-west corners (for points, the points).
_SOUTH = itemgetter(1)
_WEST = itemgetter(3)


def _down(values: Sequence[float]) -> array[float]:
    """Each value as a float no greater than it (the module's rtreeValueDown)."""
    out = array("f", values)
    for i, (f, d) in enumerate(zip(out, values, strict=True)):
        if f > d:
            out[i] = d * (_AWAY if d < 0 else _TOWARDS)
    return out


def _up(values: Sequence[float]) -> array[float]:
    """Each value as a float no less than it (the module's rtreeValueUp)."""
    out = array("f", values)
    for i, (f, d) in enumerate(zip(out, values, strict=True)):
        if f < d:
            out[i] = d * (_TOWARDS if d < 0 else _AWAY)
    return out


def _tiles(items: list[Entry], per_node: int) -> list[list[Entry]]:
    """``items`` grouped into nodes of ``per_node``, neighbours together (STR)."""
    nodes = math.ceil(len(items) / per_node)
    slices = math.ceil(math.sqrt(nodes))
    per_slice = slices * per_node
    items.sort(key=_WEST)
    out: list[list[Entry]] = []
    for start in range(0, len(items), per_slice):
        part = sorted(items[start : start + per_slice], key=_SOUTH)
        out.extend(part[i : i + per_node] for i in range(0, len(part), per_node))
    return out


@functools.cache
def _layout(cells: int, size: int) -> struct.Struct:
    # Header, cells, then zeros up to the node size.
    return struct.Struct(f">HH{'q4f' * cells}{size - 4 - cells * _CELL_BYTES}x")


def _blob(depth: int, cells: list[Entry], size: int) -> bytes:
    return _layout(len(cells), size).pack(depth, len(cells), *chain.from_iterable(cells))


def fill(raw: sqlite3.Connection, rtree: str, points: Sequence[tuple[int, float, float]]) -> bool:
    """Fills the empty two-dimensional R*Tree ``rtree`` (a trusted name) with
    ``points`` (id, lat, lon); False, touching nothing, when it cannot."""
    root = raw.execute(f"SELECT data FROM {rtree}_node WHERE nodeno = 1").fetchone()  # noqa: S608
    columns = [r[1] for r in raw.execute(f"PRAGMA table_xinfo({rtree})")]
    if root is None or len(columns) != 5:
        return False
    size = len(root[0])
    per_node = (size - 4) // _CELL_BYTES
    if per_node < 4 or any(root[0][2:4]) or not points:
        return False  # an odd node size, a tree that has entries, or nothing to do
    ids = [p[0] for p in points]
    lats = [p[1] for p in points]
    lons = [p[2] for p in points]
    try:
        boxes = (_down(lats), _up(lats), _down(lons), _up(lons))
    except (TypeError, OverflowError):
        return False  # a value that is not a number: the module judges it
    if any(type(i) is not int for i in ids):
        return False
    items: list[Entry] = list(zip(ids, *boxes, strict=True))
    nodes: list[tuple[int, bytes]] = []
    parents: list[tuple[int, int]] = []
    leaf_of: dict[int, int] = {}
    next_node = 2
    depth = 0
    level = items
    while len(level) > per_node:
        above: list[Entry] = []
        for group in _tiles(level, per_node):
            number = next_node
            next_node += 1
            nodes.append((number, _blob(0, group, size)))
            if depth == 0:
                leaf_of.update((cell[0], number) for cell in group)
            else:
                parents.extend((cell[0], number) for cell in group)
            _, min_lat, max_lat, min_lon, max_lon = zip(*group, strict=True)
            above.append((number, min(min_lat), max(max_lat), min(min_lon), max(max_lon)))
        level = above
        depth += 1
    nodes.append((1, _blob(depth, level, size)))
    if depth == 0:
        leaf_of.update((cell[0], 1) for cell in level)
    else:
        parents.extend((cell[0], 1) for cell in level)
    raw.execute(f"DELETE FROM {rtree}_node")  # noqa: S608
    raw.execute(f"DELETE FROM {rtree}_parent")  # noqa: S608
    raw.execute(f"DELETE FROM {rtree}_rowid")  # noqa: S608
    raw.executemany(f"INSERT INTO {rtree}_node (nodeno, data) VALUES (?, ?)", nodes)  # noqa: S608
    raw.executemany(
        f"INSERT INTO {rtree}_parent (nodeno, parentnode) VALUES (?, ?)",  # noqa: S608
        parents,
    )
    raw.executemany(
        f"INSERT INTO {rtree}_rowid (rowid, nodeno) VALUES (?, ?)",  # noqa: S608
        [(i, leaf_of[i]) for i in ids],  # in the rows' order, mostly the key's
    )
    return True
