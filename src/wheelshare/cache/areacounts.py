"""Counting venues near a place from counts kept per area cell.

A results header wants "how many venues within 5 km match", exactly. Read
row by row, a dense city centre means tens of thousands of venue rows; so
the cache also keeps ``venue_cells``: for grid cells of several sizes, how
many venues of each grade and each set of yes/no criteria lie in each.
Triggers on ``venues`` keep it in step inside the writing transaction
(revision 0003), and a bulk load rebuilds it once (``rebuild``).

The grid
--------
At level ``k`` a cell spans 2^-k degrees of latitude and of longitude: row
``i = floor((lat + 90) * 2^k)``, column ``j = floor((lon + 180) * 2^k)``.
Every level's indexes are the finest level's (k = 10, about 110 m by 75 m
in France) shifted right, so a cell is exactly 4 by 4 cells of the next
level and every venue is in one cell per level, by the same SQL arithmetic
in the triggers and in the queries. ``mask`` has one bit per criterion
known to be true (``CRITERIA``); ``grade`` is the wheelchair grade's rank.

Counting within a geodesic radius
---------------------------------
SQL's spherical distance ``h`` brackets the geodesic ``g``:
``lower*h <= g <= upper*h`` (``geodesy``). Over a cell, the haversine
formula ``hav(h) = hav(dlat) + cos(lat0) cos(lat) hav(dlon)`` is bounded
term by term, which bounds ``h`` over every point of the cell:

* a cell whose largest ``h`` has ``upper*h <= radius`` lies wholly inside:
  its matching venues are summed from ``venue_cells``;
* one whose smallest ``h`` has ``lower*h > radius`` lies wholly outside;
* the others straddle the circle. Where ``venue_cells`` says none of its
  venues matches, a straddling cell is dropped; where it holds many venues,
  it is split into its 16 cells of the next level; otherwise its venues are
  read and decided one by one, as without the grid (SQL's ``h`` first, the
  exact geodesic only for the thin band of doubt).

Along one row of cells, the inside cells and the straddling ones are runs
found by formula, so planning costs per row, not per cell. In central Lyon
a 5 km count reads about a thousand cell counts and a few hundred venues,
instead of 23,000 venues.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from wheelshare.cache import geodesy
from wheelshare.geo.distance import distance_km

LEVELS = (2, 4, 6, 8, 10)
FINEST = LEVELS[-1]
_STEP = 2  # levels apart: a cell is 4 x 4 cells of the next level
_J_BITS = 21
_I_SHIFT = _J_BITS
_LEVEL_SHIFT = 42
# The yes/no criteria, in bit order. Stored in caches on disk: never reorder.
CRITERIA = (
    "step_free",
    "has_ramp",
    "automatic_door",
    "toilet_accessible",
    "parking_accessible",
    "elevator",
    "hearing_loop",
)
CRITERION_BITS: dict[str, int] = {column: 1 << n for n, column in enumerate(CRITERIA)}
# A straddling cell with more venues than this is split rather than read.
SPLIT_ABOVE = 16
# Beyond this radius the grid is not used (the cell lists would grow long).
MAX_RADIUS_KM = 500.0
# Cells are widened by this much (degrees) when deciding inside or outside,
# far more than the rounding of ``(lat + 90) * 1024`` can move a venue.
_EPS_DEG = 1e-9


def mask_sql(row: str) -> str:
    """The criteria bit set of the venue row aliased ``row``, in SQL."""
    return "(" + " | ".join(f"(({row}.{c} IS 1) << {n})" for n, c in enumerate(CRITERIA)) + ")"


def _fine_sql(row: str) -> tuple[str, str]:
    scale = 2**FINEST
    return (
        f"CAST(({row}.lat + 90.0) * {scale} AS INTEGER)",
        f"CAST(({row}.lon + 180.0) * {scale} AS INTEGER)",
    )


def cell_key(level: int, i: int, j: int) -> int:
    return (level << _LEVEL_SHIFT) | (i << _I_SHIFT) | j


def _split_key(key: int) -> tuple[int, int, int]:
    mask = (1 << _J_BITS) - 1
    return key >> _LEVEL_SHIFT, (key >> _I_SHIFT) & mask, key & mask


def _rebuild_sql() -> list[str]:
    """The finest level from the venue rows, then each coarser one from the last."""
    i, j = _fine_sql("v")
    column = (1 << _J_BITS) - 1
    out = [
        "INSERT INTO venue_cells (cell, grade, mask, n)"  # noqa: S608 - constants only
        f" SELECT ({FINEST} << {_LEVEL_SHIFT}) | ({i} << {_I_SHIFT}) | {j} AS c,"
        f" v.grade, {mask_sql('v')} AS m, count(*) FROM venues v GROUP BY c, v.grade, m"
    ]
    for finer, level in zip(LEVELS[:0:-1], LEVELS[-2::-1], strict=True):
        shift = finer - level
        out.append(
            "INSERT INTO venue_cells (cell, grade, mask, n)"  # noqa: S608 - constants only
            f" SELECT ({level} << {_LEVEL_SHIFT})"
            f" | ((((cell >> {_I_SHIFT}) & {column}) >> {shift}) << {_I_SHIFT})"
            f" | ((cell & {column}) >> {shift}) AS c, grade, mask, sum(n) FROM venue_cells"
            f" WHERE cell >= {finer << _LEVEL_SHIFT} AND cell < {(finer + 1) << _LEVEL_SHIFT}"
            " GROUP BY c, grade, mask"
        )
    return out


_REBUILD = _rebuild_sql()


def rebuild(raw: sqlite3.Connection) -> None:
    """Recomputes ``venue_cells`` from the venue rows (after a bulk load)."""
    raw.execute("DELETE FROM venue_cells")
    for statement in _REBUILD:
        raw.execute(statement)


def expected_cells(raw: sqlite3.Connection) -> list[tuple[int, int, int, int]]:
    """What ``venue_cells`` must hold for the venues now stored, sorted (for checks)."""
    i, j = _fine_sql("v")
    levels = " UNION ALL ".join(f"SELECT {k} AS k" for k in LEVELS)
    return [
        (int(c), int(g), int(m), int(n))
        for c, g, m, n in raw.execute(
            f"SELECT (l.k << {_LEVEL_SHIFT}) | (({i} >> ({FINEST} - l.k)) << {_I_SHIFT})"  # noqa: S608
            f" | ({j} >> ({FINEST} - l.k)) AS c, v.grade, {mask_sql('v')} AS m, count(*)"
            f" FROM venues v CROSS JOIN ({levels}) l GROUP BY c, v.grade, m ORDER BY c, v.grade, m"
        )
    ]


# -- counting --------------------------------------------------------------------------


def _hav(angle: float) -> float:
    return math.sin(angle / 2) ** 2


def _ahav(value: float) -> float:
    """The angle (radians, 0 to pi) whose haversine is ``value``."""
    return 2 * math.asin(math.sqrt(min(1.0, max(0.0, value))))


@dataclass(frozen=True, slots=True)
class _Circle:
    lat: float  # degrees
    lon: float
    lat_rad: float
    cos_lat: float
    hav_in: float  # hav of the largest angle surely within the radius
    hav_out: float  # hav of the smallest angle surely beyond it


def _circle(lat: float, lon: float, radius_km: float, bounds: geodesy.Bounds) -> _Circle:
    r = geodesy.EARTH_RADIUS_KM
    return _Circle(
        lat,
        lon,
        math.radians(lat),
        math.cos(math.radians(lat)),
        _hav(min(math.pi, radius_km / bounds.upper / r)),
        _hav(min(math.pi, radius_km / bounds.lower / r)),
    )


def _row_reach(c: _Circle, level: int, i: int) -> tuple[float, float] | None:
    """For row ``i`` of ``level``: how far in longitude (degrees, from the
    centre) a cell may reach and still straddle, and within which it lies
    wholly inside (negative: no cell of the row does); None: all outside."""
    size = 2.0**-level
    lat_a = math.radians(i * size - 90.0 - _EPS_DEG)
    lat_b = math.radians((i + 1) * size - 90.0 + _EPS_DEG)
    p0 = c.lat_rad
    d_min = 0.0 if lat_a <= p0 <= lat_b else min(abs(lat_a - p0), abs(lat_b - p0))
    d_max = max(abs(lat_a - p0), abs(lat_b - p0))
    cos_a, cos_b = math.cos(lat_a), math.cos(lat_b)
    # Outside where even the nearest point is too far:
    # hav(d_min) + cos(lat0) * min cos(lat) * hav(dlon) > hav_out.
    rest = c.hav_out - math.sin(d_min / 2) ** 2
    if rest < 0:
        return None
    k_min = c.cos_lat * min(cos_a, cos_b)
    reach = 180.0 if k_min <= 1e-12 else math.degrees(_ahav(rest / k_min))
    # Inside where even the farthest point is near enough.
    rest = c.hav_in - math.sin(d_max / 2) ** 2
    k_max = c.cos_lat * (1.0 if lat_a <= 0.0 <= lat_b else max(cos_a, cos_b))
    if rest < 0:
        return reach, -1.0
    return reach, 180.0 if k_max <= 1e-12 else math.degrees(_ahav(rest / k_max))


def _split_row(
    x: float, size: float, reach: float, sure: float, ja: int, jb: int
) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """Cells ``ja..jb`` of a row (``_row_reach``): the run wholly inside, and the
    runs straddling. ``x`` is the centre's longitude + 180."""
    # Column j spans [j * size, (j + 1) * size] from longitude -180, widened by
    # _EPS_DEG. Not outside: east >= x - reach and west <= x + reach.
    lo, hi = x - reach - 1e-9 - _EPS_DEG, x + reach + 1e-9 + _EPS_DEG
    oa = max(ja, math.floor(lo / size) - 2)
    while oa <= jb and (oa + 1) * size < lo:
        oa += 1
    ob = min(jb, math.floor(hi / size) + 2)
    while ob >= oa and ob * size > hi:
        ob -= 1
    if oa > ob:
        return None, []
    if sure < 0:
        return None, [(oa, ob)]
    # Inside: west > x - sure and east < x + sure.
    lo, hi = x - sure + 1e-9 + _EPS_DEG, x + sure - 1e-9 - _EPS_DEG
    ia = max(oa, math.floor(lo / size) - 2)
    while ia <= ob and ia * size <= lo:
        ia += 1
    ib = min(ob, math.floor(hi / size) + 2)
    while ib >= ia and (ib + 1) * size >= hi:
        ib -= 1
    if ia > ib:
        return None, [(oa, ob)]
    return (ia, ib), [(a, b) for a, b in ((oa, ia - 1), (ib + 1, ob)) if a <= b]


def _runs(cells: Iterable[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(row, first column, last column) for cells given as (row, column)."""
    out: list[tuple[int, int, int]] = []
    for i, j in sorted(cells):
        if out and out[-1][0] == i and out[-1][2] == j - 1:
            out[-1] = (i, out[-1][1], j)
        else:
            out.append((i, j, j))
    return out


_SUM = (
    "SELECT coalesce(sum(c.n), 0) FROM json_each(:ranges) r CROSS JOIN venue_cells c"
    " WHERE c.cell BETWEEN r.value ->> 0 AND r.value ->> 1"
    " AND c.grade >= :grade AND (c.mask & :mask) = :mask"
)
_PER_CELL = (
    "SELECT c.cell, sum(c.n),"
    " sum(CASE WHEN c.grade >= :grade AND (c.mask & :mask) = :mask THEN c.n ELSE 0 END) AS hits"
    " FROM json_each(:ranges) r CROSS JOIN venue_cells c"
    " WHERE c.cell BETWEEN r.value ->> 0 AND r.value ->> 1 GROUP BY c.cell HAVING hits > 0"
)


def _venues_sql() -> str:
    i, j = _fine_sql("v")
    return (
        "SELECT coalesce(sum(h <= :h_sure), 0), group_concat(CASE WHEN h > :h_sure THEN pk END)"  # noqa: S608
        f" FROM (SELECT v.pk AS pk, {geodesy.SPHERE_KM_SQL} AS h"
        " FROM json_each(:boxes) b CROSS JOIN venues_rtree r CROSS JOIN venues v ON v.pk = r.pk"
        " WHERE r.max_lat >= b.value ->> 0 AND r.min_lat <= b.value ->> 1"
        " AND r.max_lon >= b.value ->> 2 AND r.min_lon <= b.value ->> 3"
        # The cell, by the triggers' own arithmetic: a venue on a cell's edge
        # is in one cell only, however its R*Tree box was rounded.
        f" AND ({i} >> (b.value ->> 4)) = b.value ->> 5"
        f" AND ({j} >> (b.value ->> 4)) BETWEEN b.value ->> 6 AND b.value ->> 7"
        f" AND v.grade >= :grade AND ({mask_sql('v')} & :mask) = :mask)"
        " WHERE h <= :h_max"
    )


_VENUES = _venues_sql()


def count_near(
    raw: sqlite3.Connection,
    near: tuple[float, float],
    radius_km: float,
    *,
    min_grade: int,
    mask: int,
    at_most: int | None = None,
) -> int | None:
    """Venues within geodesic ``radius_km`` of ``near`` with ``grade >= min_grade``
    and every criterion bit of ``mask``; at most ``at_most`` when given.

    None where the grid does not serve (a very large radius, a circle
    reaching a pole or the antimeridian): count the usual way there.
    """
    lat0, lon0 = near
    box = geodesy.bounding_box(lat0, lon0, radius_km)
    if radius_km > MAX_RADIUS_KM or (box.min_lon <= -180.0 and box.max_lon >= 180.0):
        return None
    bounds = geodesy.bounds_near(lat0, radius_km)
    circle = _circle(lat0, lon0, radius_km, bounds)
    filters = {"grade": min_grade, "mask": mask}
    top = LEVELS[0]
    scale = 2.0**top
    work = [
        (i, int((box.min_lon + 180.0) * scale), int((box.max_lon + 180.0) * scale))
        for i in range(int((box.min_lat + 90.0) * scale), int((box.max_lat + 90.0) * scale) + 1)
    ]
    x = lon0 + 180.0
    total = 0
    to_read: list[tuple[int, int, int, int]] = []  # (level, row, first, last column)
    for level in LEVELS:
        inside: list[tuple[int, int]] = []
        straddling: list[tuple[int, int]] = []
        size = 2.0**-level
        reaches: dict[int, tuple[float, float] | None] = {}
        for i, ja, jb in work:
            if i not in reaches:
                reaches[i] = _row_reach(circle, level, i)
            row = reaches[i]
            if row is None:
                continue
            run, others = _split_row(x, size, row[0], row[1], ja, jb)
            if run is not None:
                inside.append((cell_key(level, i, run[0]), cell_key(level, i, run[1])))
            straddling.extend((cell_key(level, i, a), cell_key(level, i, b)) for a, b in others)
        if inside:
            total += int(raw.execute(_SUM, {"ranges": json.dumps(inside), **filters}).fetchone()[0])
            if at_most is not None and total >= at_most:
                return at_most
        if not straddling:
            break
        split: list[tuple[int, int]] = []
        read: list[tuple[int, int]] = []
        for key, venues, _hits in raw.execute(
            _PER_CELL, {"ranges": json.dumps(straddling), **filters}
        ):
            _level, i, j = _split_key(int(key))
            (split if level < FINEST and venues > SPLIT_ABOVE else read).append((i, j))
        to_read.extend((level, i, a, b) for i, a, b in _runs(read))
        # The children of split cells, as runs along their rows.
        work = []
        for i, a, b in _runs(split):
            for di in range(1 << _STEP):
                work.append(((i << _STEP) + di, a << _STEP, ((b + 1) << _STEP) - 1))
        if not work:
            break
    if to_read:
        total += _count_venues_in(raw, circle, radius_km, bounds, to_read, filters)
    return total if at_most is None else min(total, at_most)


def _count_venues_in(
    raw: sqlite3.Connection,
    circle: _Circle,
    radius_km: float,
    bounds: geodesy.Bounds,
    cells: list[tuple[int, int, int, int]],
    filters: dict[str, int],
) -> int:
    """Matching venues within the radius among those in the given runs of cells."""
    pad = 1e-7  # degrees: R*Tree boxes are float32, rounded outwards
    boxes = []
    for level, i, a, b in cells:
        size = 2.0**-level
        boxes.append(
            [
                i * size - 90.0 - pad,
                (i + 1) * size - 90.0 + pad,
                a * size - 180.0 - pad,
                (b + 1) * size - 180.0 + pad,
                FINEST - level,
                i,
                a,
                b,
            ]
        )
    params: dict[str, object] = {
        "boxes": json.dumps(boxes),
        "h_sure": radius_km / bounds.upper,
        "h_max": radius_km / bounds.lower,
        **geodesy.sql_point_params(circle.lat, circle.lon),
        **filters,
    }
    sure, doubtful = raw.execute(_VENUES, params).fetchone()
    return int(sure) + within(raw, "venues", doubtful, (circle.lat, circle.lon), radius_km)


def within(
    raw: sqlite3.Connection,
    table: str,
    pks: str | None,
    near: tuple[float, float],
    radius_km: float,
) -> int:
    """How many of the rows ``pks`` (comma-separated, from ``group_concat``) lie
    within geodesic ``radius_km`` of ``near``: the exact test for the few in doubt."""
    if not pks:
        return 0
    keys = [int(pk) for pk in pks.split(",")]
    marks = ", ".join("?" for _ in keys)
    lat0, lon0 = near
    return sum(
        1
        for lat, lon in raw.execute(
            f"SELECT lat, lon FROM {table} WHERE pk IN ({marks})",  # noqa: S608 - a constant
            keys,
        )
        if distance_km((lat0, lon0), (lat, lon)) <= radius_km
    )
