"""Running vehicle and venue queries against the cache.

Every condition is SQL with bound parameters, so paging and counting happen
in SQLite; only the geodesic distance is computed in Python, and only where
it decides something.

Sorting by geodesic distance, exactly and fast
----------------------------------------------
SQL measures the great-circle distance ``h`` on a sphere, which brackets
the geodesic ``g`` tightly (``geodesy.Bounds``: ``lower*h <= g <= upper*h``,
a few thousandths apart near the query point). A page sorted by distance is
found in rings:

1. For a ring radius ``r`` (small at first), SQL returns the pk and ``h`` of
   every matching record inside the R*Tree box for ``r`` with
   ``h <= r / lower`` — a superset of the records with ``g <= r``.
2. With ``k = offset + limit + 1`` wanted, the k-th smallest ``upper*h``
   bounds the k-th smallest ``g`` from above (call it ``U``). A record with
   ``lower*h > U`` cannot be among the first k, so the exact geodesic is
   computed only for the others: about k records plus the few whose bounds
   straddle ``U``.
3. If k of them have ``g <= r``, every record outside the ring is farther
   than all k, so the order is final. Otherwise the ring grows (by the
   density seen so far) up to the query's radius.

The result is the exact geodesic order (ties broken by id), and the cost
follows the size of the page, not the number of records in the radius: a
first page near the centre of Paris reads a few hundred rows out of a
million.

Keyset paging
-------------
A next page is asked "after" the last row's sort key (``queries.After``),
not at an offset, so a page deep in the list costs what the first does.
For an order SQL sorts (price, name, rating, relevance) the key is the
values of the ORDER BY terms, the tie-breaker last, and the page is a seek:
rows whose terms compare after those values, read from the index of the
first term where there is one. Sorted by distance, the key is (geodesic,
id) of the last row ``(g0, id0)``: a record with ``upper*h < g0`` is nearer
than it, so SQL skips it, and the rings grow outwards from ``g0`` instead of
from the place; of the rest, rows are taken in order of ``h`` and measured
exactly until ``lower*h`` passes the k-th best kept, and only those with
``(g, id) > (g0, id0)`` are kept. Counting uses the same bounds: records with ``upper*h <= radius``
are counted in SQL, and the thin band left in doubt is decided exactly.
Venues near a place with only grade and yes/no criteria are counted from
the counts kept per area cell instead (``areacounts``).
"""

from __future__ import annotations

import bisect
import json
import math
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from wheelshare.cache import areacounts, geodesy, rows
from wheelshare.cache.plain import raw_connection
from wheelshare.cache.queries import (
    VENUE_CRITERIA_COLUMNS,
    After,
    CityHit,
    KeyValue,
    Page,
    VehicleHit,
    VehicleQuery,
    VehicleSort,
    VenueHit,
    VenueQuery,
    VenueSort,
)
from wheelshare.domain import Period, ValidationError, vehicle_requirements, venue_requirements
from wheelshare.domain.vocabulary import WheelchairGrade
from wheelshare.domain.wire import vehicle_from_wire, venue_from_wire
from wheelshare.geo.distance import distance_km

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Great-circle distance in km from the query point to the row aliased ``v``.
_H = geodesy.SPHERE_KM_SQL
# A value no measurement reaches, standing in for "not measured" when unknown
# measurements are allowed to pass, and one every measurement beats otherwise.
_UNKNOWN_PASSES = 1_000_000
_UNKNOWN_FAILS = -1
# Ring search: the first radius tried, in km.
_FIRST_RING_KM = 1.0
# Bounds that hold anywhere on Earth.
_GLOBAL = geodesy.band_bounds(-90.0, 90.0)


@dataclass(frozen=True, slots=True)
class _Term:
    """One term of an ORDER BY: an SQL expression and its direction."""

    sql: str
    descending: bool = False


_Order = tuple[_Term, ...]


def _order_sql(order: _Order) -> str:
    return ", ".join(f"{t.sql} DESC" if t.descending else t.sql for t in order)


def _seek(order: _Order, key: tuple[KeyValue, ...], params: dict[str, object]) -> str:
    """The rows that come after ``key`` in ``order``: a lexicographic comparison.

    Equality is ``IS`` so that a key holding NULL (an unrated record) still
    matches its own group; ``>`` against NULL is never true, which is right
    because everything in that group is equally unrated. The first term's own
    bound comes first, so an index on it can start the scan there.
    """
    if len(key) != len(order):
        raise ValidationError("after", "the key does not belong to this order")
    names = [f"seek{i}" for i in range(len(order))]
    params.update(zip(names, key, strict=True))
    alternatives = []
    for i, term in enumerate(order):
        sign = "<" if term.descending else ">"
        same = [f"{t.sql} IS :{n}" for t, n in zip(order[:i], names, strict=False)]
        alternatives.append(" AND ".join([*same, f"{term.sql} {sign} :{names[i]}"]))
    first = order[0]
    start = ""
    if key[0] is not None:
        start = f"{first.sql} {'<=' if first.descending else '>='} :seek0 AND "
    return f"({start}({' OR '.join(alternatives)}))"


@dataclass
class _Plan:
    """One query as SQL pieces: a table, its filters and their parameters."""

    table: str  # "vehicles" | "venues"
    where: list[str] = field(default_factory=list)
    params: dict[str, object] = field(default_factory=dict)
    fts: str | None = None  # FTS5 match expression, when searching text

    def source(self, *, spatial: bool) -> str:
        t = self.table
        # CROSS JOIN fixes the join order: the index (FTS or R*Tree) drives.
        if self.fts is not None:
            return f"{t}_fts f CROSS JOIN {t} v ON v.pk = f.rowid"
        if spatial:
            return f"{t}_rtree r CROSS JOIN {t} v ON v.pk = r.pk"
        return f"{t} v"

    def conditions(
        self, *, spatial: bool, box: geodesy.Box | None = None
    ) -> tuple[str, dict[str, object]]:
        where = list(self.where)
        params = dict(self.params)
        if self.fts is not None:
            where.append(f"{self.table}_fts MATCH :fts")
            params["fts"] = self.fts
        if box is not None:
            # The R*Tree's columns when it drives, the table's own otherwise.
            a, lo, hi = ("r", "min_", "max_") if spatial and self.fts is None else ("v", "", "")
            where.append(
                f"{a}.{hi}lat >= :b_min_lat AND {a}.{lo}lat <= :b_max_lat"
                f" AND {a}.{hi}lon >= :b_min_lon AND {a}.{lo}lon <= :b_max_lon"
            )
            params.update(
                b_min_lat=box.min_lat,
                b_max_lat=box.max_lat,
                b_min_lon=box.min_lon,
                b_max_lon=box.max_lon,
            )
        return (" AND ".join(where) or "1"), params


def fts_expression(text: str) -> str | None:
    """Every word of ``text`` as a quoted prefix term (so no FTS syntax gets through)."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


_point_params = geodesy.sql_point_params


# -- vehicles -------------------------------------------------------------------


def _local_segments(period: Period, tz: ZoneInfo) -> list[tuple[int, float, float]]:
    """The period as (weekday, from minute, to minute) pieces of local days."""
    start = period.start.astimezone(tz)
    end = period.end.astimezone(tz)
    out: list[tuple[int, float, float]] = []
    day = start.date()
    while day <= end.date():
        s = _minute_of_day(start) if day == start.date() else 0.0
        e = _minute_of_day(end) if day == end.date() else 1440.0
        if e > s:
            out.append((day.weekday(), s, e))
        day += timedelta(days=1)
    return out


def _minute_of_day(moment: datetime) -> float:
    return moment.hour * 60 + moment.minute + moment.second / 60 + moment.microsecond / 6e7


def _timezones(raw: sqlite3.Connection) -> list[str]:
    """Time zones of weekly blocks: a skip scan over their index, one step per zone."""
    found = raw.execute(
        """WITH RECURSIVE z(tz) AS (
               SELECT min(timezone) FROM availability_weekly
               UNION ALL
               SELECT (SELECT min(timezone) FROM availability_weekly WHERE timezone > z.tz)
               FROM z WHERE z.tz IS NOT NULL)
           SELECT tz FROM z WHERE tz IS NOT NULL"""
    ).fetchall()
    return [str(r[0]) for r in found]


def _availability_where(raw: sqlite3.Connection, period: Period, plan: _Plan) -> None:
    p = plan.params
    p["av_start"] = rows.ts(period.start)
    p["av_end"] = rows.ts(period.end)
    plan.where.append(
        "NOT EXISTS (SELECT 1 FROM bookings b WHERE b.vehicle_id = v.id"
        " AND b.status = 'confirmed' AND b.start_ts < :av_end AND b.end_ts > :av_start)"
    )
    plan.where.append(
        "NOT EXISTS (SELECT 1 FROM availability_blocks ab WHERE ab.vehicle_id = v.id"
        " AND ab.start_ts < :av_end AND ab.end_ts > :av_start)"
    )
    if period.duration >= timedelta(days=7):
        # A week or more covers every hour of every weekday: any weekly rule blocks.
        plan.where.append(
            "NOT EXISTS (SELECT 1 FROM availability_weekly w WHERE w.vehicle_id = v.id)"
        )
        return
    # Weekly rules are in local time: the period is cut into local days per zone
    # and compared in wall-clock minutes. On the two nights a year when clocks
    # change, a rule touching the skipped or repeated hour can be judged an
    # hour off from Availability.blocked_periods; everywhere else they agree.
    per_zone: list[str] = []
    for i, tz in enumerate(_timezones(raw)):
        try:
            zone = ZoneInfo(tz)
        except (KeyError, ValueError):
            continue  # stored only after validation; cannot happen
        p[f"tz{i}"] = tz
        pieces = []
        for j, (weekday, s, e) in enumerate(_local_segments(period, zone)):
            p[f"wd{i}_{j}"], p[f"ws{i}_{j}"], p[f"we{i}_{j}"] = weekday, s, e
            pieces.append(
                f"(w.weekday = :wd{i}_{j} AND w.start_min < :we{i}_{j} AND w.end_min > :ws{i}_{j})"
            )
        per_zone.append(f"(w.timezone = :tz{i} AND ({' OR '.join(pieces) or '0'}))")
    if per_zone:
        plan.where.append(
            # Only fixed fragments and numbered placeholders are joined here.
            "NOT EXISTS (SELECT 1 FROM availability_weekly w WHERE w.vehicle_id = v.id AND ("  # noqa: S608
            + " OR ".join(per_zone)
            + "))"
        )


def _vehicle_plan(raw: sqlite3.Connection, q: VehicleQuery) -> _Plan:
    plan = _Plan("vehicles", ["v.listed = 1"])
    w, p = plan.where, plan.params
    if q.adaptations:
        w.append("(v.adaptations & :amask) = :amask")
        p["amask"] = rows.adaptation_mask(q.adaptations)
    if q.min_wheelchair_places:
        w.append("v.wheelchair_places >= :places")
        p["places"] = q.min_wheelchair_places
    if q.max_day_price is not None:
        w.append("v.currency = :currency AND v.day_amount <= :max_price")
        p.update(currency=q.currency, max_price=q.max_day_price)
    if q.fits is not None:
        _vehicle_fit_where(q, plan)
    period = q.period
    if period is not None:
        _availability_where(raw, period, plan)
    plan.fts = fts_expression(q.text)
    return plan


def _vehicle_fit_where(q: VehicleQuery, plan: _Plan) -> None:
    """``domain.profile.fits_vehicle`` as SQL, from the same requirements.

    Its rules, in order: a passenger needs a wheelchair place, a ramp or a
    lift, a wide enough ramp (when boarding by ramp only), a strong enough
    lift (when by lift only), and high enough door and interior; a driver
    needs hand controls. A missing measurement makes the verdict "unknown".
    """
    assert q.fits is not None
    req = vehicle_requirements(q.fits)
    p = plan.params
    p["fit_unknown"] = _UNKNOWN_PASSES if q.include_unknown_fit else _UNKNOWN_FAILS
    p.update(ramp_mask=rows.RAMP_MASK, lift_mask=rows.LIFT_MASK, hand_mask=rows.HAND_DRIVING_MASK)
    if req.needs_hand_controls:
        plan.where.append("(v.adaptations & :hand_mask) != 0")
    if req.needs_wheelchair_place:
        p.update(
            fit_ramp=req.min_ramp_width_cm,
            fit_lift=req.min_lift_load_kg,
            fit_door=req.min_door_height_cm,
            fit_interior=req.min_interior_height_cm,
        )
        has_ramp = "((v.adaptations & :ramp_mask) != 0)"
        has_lift = "((v.adaptations & :lift_mask) != 0)"
        plan.where.extend(
            [
                "v.wheelchair_places >= 1",
                f"({has_ramp} OR {has_lift})",
                f"(NOT ({has_ramp} AND NOT {has_lift})"
                " OR coalesce(v.ramp_width_cm, :fit_unknown) >= :fit_ramp)",
                f"(NOT ({has_lift} AND NOT {has_ramp})"
                " OR coalesce(v.lift_max_load_kg, :fit_unknown) >= :fit_lift)",
                "coalesce(v.door_height_cm, :fit_unknown) >= :fit_door",
                "coalesce(v.interior_height_cm, :fit_unknown) >= :fit_interior",
            ]
        )


_BY_RATING: _Order = (
    _Term("(v.rating_avg IS NULL)"),
    _Term("v.rating_avg", descending=True),
    _Term("v.rating_count", descending=True),
    _Term("v.id"),
)
_VEHICLE_ORDER: dict[VehicleSort, _Order] = {
    VehicleSort.PRICE: (_Term("v.day_amount"), _Term("v.id")),
    VehicleSort.RATING: _BY_RATING,
}


def search_vehicles(session: Session, q: VehicleQuery) -> Page[VehicleHit]:
    """One page of listed vehicles matching ``q``, in its sort order."""
    return search_vehicles_on(raw_connection(session), q)


def search_vehicles_on(raw: sqlite3.Connection, q: VehicleQuery) -> Page[VehicleHit]:
    """:func:`search_vehicles` on a driver connection (``plain.open_read_only``)."""
    plan = _vehicle_plan(raw, q)
    sort = VehicleSort(q.sort or VehicleSort.PRICE)
    order = None if sort is VehicleSort.DISTANCE else _VEHICLE_ORDER[sort]
    after = _own_key(q.after, f"vehicles:{sort}")
    found = _run(raw, plan, q.near, q.radius_km, order, q.offset, q.limit, after)
    hits = [
        VehicleHit(vehicle_from_wire(json.loads(data)), dist)
        for data, dist in _with_data(raw, "vehicles", found.page)
    ]
    return Page(hits, q.offset, q.limit, found.has_more, _tagged(found.after, f"vehicles:{sort}"))


def count_vehicles(session: Session, q: VehicleQuery, *, at_most: int | None = None) -> int:
    """How many listed vehicles match ``q`` (paging ignored): for a results header.

    With ``at_most``, counting stops there (a header can say "1,000+"): in a
    dense area that saves reading every matching record.
    """
    return count_vehicles_on(raw_connection(session), q, at_most=at_most)


def count_vehicles_on(
    raw: sqlite3.Connection, q: VehicleQuery, *, at_most: int | None = None
) -> int:
    """:func:`count_vehicles` on a driver connection (``plain.open_read_only``)."""
    return _count(raw, _vehicle_plan(raw, q), q.near, q.radius_km, at_most)


# -- venues ----------------------------------------------------------------------


def _venue_plan(q: VenueQuery) -> _Plan:
    plan = _Plan("venues")
    w, p = plan.where, plan.params
    if q.category is not None:
        w.append("v.category = :category")
        p["category"] = q.category
    if q.min_grade is not None:
        w.append("v.grade >= :grade")
        p["grade"] = WheelchairGrade(q.min_grade).rank
    for criterion in sorted(q.criteria):
        # Column names come from a fixed table, never from input.
        w.append(f"v.{VENUE_CRITERIA_COLUMNS[criterion]} = 1")
    if q.min_door_width_cm is not None:
        w.append("v.door_width_cm >= :door")
        p["door"] = q.min_door_width_cm
    if q.fits is not None:
        # domain.profile.fits_venue: not rated "not accessible"; no steps
        # without a ramp; steps known one way or the other; door wide enough.
        req = venue_requirements(q.fits)
        p["fit_door"] = req.min_door_width_cm
        p["fit_unknown"] = _UNKNOWN_PASSES if q.include_unknown_fit else _UNKNOWN_FAILS
        w.append(f"v.grade != {WheelchairGrade.NOT.rank}")
        w.append("NOT (coalesce(v.step_free, 1) = 0 AND coalesce(v.has_ramp, 0) = 0)")
        if not q.include_unknown_fit:
            w.append("NOT (v.step_free IS NULL AND v.has_ramp IS NULL)")
        w.append("coalesce(v.door_width_cm, :fit_unknown) >= :fit_door")
    plan.fts = fts_expression(q.text)
    return plan


_VENUE_ORDER: dict[VenueSort, _Order] = {
    VenueSort.NAME: (_Term("v.name"), _Term("v.id")),
    VenueSort.RATING: _BY_RATING,
    VenueSort.RELEVANCE: (_Term("f.rank"), _Term("v.pk")),
}
# Relevance needs no venue row: with no other condition, FTS answers alone.
_RELEVANCE_ONLY: _Order = (_Term("f.rank"), _Term("f.rowid"))


def search_venues(session: Session, q: VenueQuery) -> Page[VenueHit]:
    """One page of venues matching ``q``, in its sort order."""
    raw = raw_connection(session)
    plan = _venue_plan(q)
    sort = VenueSort(q.sort or VenueSort.NAME)
    if plan.fts is None and q.text.strip() and sort is VenueSort.RELEVANCE:
        return Page([], q.offset, q.limit, False)  # text without a single word
    order = None if sort is VenueSort.DISTANCE else _VENUE_ORDER[sort]
    after = _own_key(q.after, f"venues:{sort}")
    found = _run(raw, plan, q.near, q.radius_km, order, q.offset, q.limit, after)
    hits = [
        VenueHit(venue_from_wire(json.loads(data)), dist)
        for data, dist in _with_data(raw, "venues", found.page)
    ]
    return Page(hits, q.offset, q.limit, found.has_more, _tagged(found.after, f"venues:{sort}"))


def count_venues(session: Session, q: VenueQuery, *, at_most: int | None = None) -> int:
    """How many venues match ``q`` (paging ignored): for a results header.

    With ``at_most``, counting stops there (a header can say "1,000+").
    """
    raw = raw_connection(session)
    if at_most is not None and at_most < 1:
        raise ValidationError("at_most", "count at least one record")
    cells = _cell_filter(q)
    if cells is not None and q.near is not None:
        grade, mask = cells
        found = areacounts.count_near(
            raw, q.near, q.radius_km, min_grade=grade, mask=mask, at_most=at_most
        )
        if found is not None:
            return found
    return _count(raw, _venue_plan(q), q.near, q.radius_km, at_most)


def _cell_filter(q: VenueQuery) -> tuple[int, int] | None:
    """(least grade rank, criteria bits) when the area counts can answer ``q``:
    no text, category, door width or wheelchair fit to check venue by venue."""
    if fts_expression(q.text) is not None or q.category is not None:
        return None
    if q.min_door_width_cm is not None or q.fits is not None:
        return None
    grade = 0 if q.min_grade is None else WheelchairGrade(q.min_grade).rank
    mask = 0
    for criterion in q.criteria:
        mask |= areacounts.CRITERION_BITS[VENUE_CRITERIA_COLUMNS[criterion]]
    return grade, mask


# -- shared machinery ------------------------------------------------------------------


def _own_key(after: After | None, order: str) -> After | None:
    """``after``, if it was made by a page of this list in this order."""
    if after is not None and after.order != order:
        raise ValidationError("after", "the key does not belong to this order")
    return after


def _tagged(after: After | None, order: str) -> After | None:
    return None if after is None else After(after.key, order, after.spread_km)


@dataclass
class _Found:
    page: list[tuple[int, float | None]]  # (pk, distance) in order
    has_more: bool
    after: After | None = None  # the last row's sort key


def _run(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float] | None,
    radius_km: float,
    order: _Order | None,
    offset: int,
    limit: int,
    after: After | None = None,
) -> _Found:
    if near is None:
        assert order is not None
        return _sorted(raw, plan, order, offset, limit, after)
    if order is None:
        if after is not None:
            return _nearest_after(raw, plan, near, radius_km, limit, after)
        ranked = _nearest(raw, plan, near, radius_km, offset + limit + 1)
        page = ranked[offset : offset + limit]
        last = (
            After((page[-1][1], page[-1][2]), spread_km=page[-1][1] - page[0][1]) if page else None
        )
        return _Found([(pk, g) for pk, g, _id in page], len(ranked) > offset + limit, last)
    return _sorted_within(raw, plan, near, radius_km, order, offset, limit, after)


def _sorted(
    raw: sqlite3.Connection,
    plan: _Plan,
    order: _Order,
    offset: int,
    limit: int,
    after: After | None,
) -> _Found:
    """A page of matching records in an order SQL sorts, with no place to measure from."""
    where, params = plan.conditions(spatial=False)
    params.update(limit=limit + 1, offset=offset)
    source = plan.source(spatial=False)
    if plan.fts is not None and not plan.where and order == _VENUE_ORDER[VenueSort.RELEVANCE]:
        source, order = f"{plan.table}_fts f", _RELEVANCE_ONLY
    if after is not None:
        where = f"{where} AND {_seek(order, after.key, params)}"
    terms = ", ".join(t.sql for t in order)
    # The tie-breaker, last of the terms, is the pk itself or names the same row.
    pk = "f.rowid" if order is _RELEVANCE_ONLY else "v.pk"
    sql = (
        f"SELECT {pk}, {terms} FROM {source} WHERE {where}"  # noqa: S608
        f" ORDER BY {_order_sql(order)} LIMIT :limit OFFSET :offset"
    )
    found = raw.execute(sql, params).fetchall()
    page = found[:limit]
    last = After(tuple(page[-1][1:])) if page else None
    return _Found([(r[0], None) for r in page], len(found) > limit, last)


def _ring_rows(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float],
    radius_km: float,
    bounds: geodesy.Bounds,
    order: _Order | None = None,
    *,
    h_min: float | None = None,
    seek: tuple[KeyValue, ...] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """(pk, id, lat, lon, h, *order terms) of matching rows with ``h <= radius / lower``
    (and ``h >= h_min``, and after ``seek`` in ``order``, when given)."""
    boxes = [geodesy.bounding_box(near[0], near[1], radius_km)]
    if h_min is not None and plan.fts is None:
        # Only the ring between h_min and h_max is read from the R*Tree: a
        # deep page's search does not even visit what it passed already.
        ring = geodesy.annulus_boxes(near[0], near[1], h_min, radius_km / bounds.lower)
        if ring is not None:
            boxes = ring
    assert order is None or len(boxes) == 1, "strips are not merged in order"
    seen: set[int] = set()
    for box in boxes:
        where, params = plan.conditions(spatial=True, box=box)
        params.update(_point_params(*near))
        params["h_max"] = radius_km / bounds.lower
        terms = ""
        if h_min is not None:
            where += " AND h >= :h_min"
            params["h_min"] = h_min
        if order is not None:
            terms = "".join(f", {t.sql}" for t in order)
            if seek is not None:
                where += f" AND {_seek(order, seek, params)}"
        sql = (
            f"SELECT v.pk, v.id, v.lat, v.lon, {_H} AS h{terms}"  # noqa: S608
            f" FROM {plan.source(spatial=True)} WHERE {where} AND h <= :h_max"
        )
        if order is not None:
            sql += f" ORDER BY {_order_sql(order)}"
        if order is not None:
            yield from raw.execute(sql, params)
            return
        # Strips share their edges: a record on one is read twice.
        for row in raw.execute(sql, params):
            if row[0] not in seen:
                seen.add(row[0])
                yield row


def _nearest(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float],
    radius_km: float,
    k: int,
) -> list[tuple[int, float, str]]:
    """The k nearest matching records within ``radius_km``, exact geodesic order:
    (pk, distance, id)."""
    bounds = geodesy.bounds_near(near[0], radius_km)
    lat0, lon0 = near
    # With text, FTS drives and one pass over its matches is cheapest.
    ring = radius_km if plan.fts is not None else min(radius_km, _FIRST_RING_KM)
    while True:
        found = sorted(_ring_rows(raw, plan, near, ring, bounds), key=lambda r: r[4])
        final = ring >= radius_km
        if len(found) >= k or final:
            cap = ring
            if len(found) >= k:
                cap = min(ring, found[k - 1][4] * bounds.upper)
            exact = []
            for pk, rid, lat, lon, h in found:
                if h * bounds.lower > cap:
                    break
                g = distance_km((lat0, lon0), (lat, lon))
                if g <= ring:
                    exact.append((g, rid, pk))
            exact.sort()
            if len(exact) >= k or final:
                return [(pk, g, rid) for g, rid, pk in exact[:k]]
        # Grow by the density seen so far (at least double, at most 8 times).
        factor = math.sqrt(1.5 * k / max(1, len(found))) if found else 8.0
        ring = min(radius_km, ring * max(2.0, min(8.0, factor)))


def _nearest_after(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float],
    radius_km: float,
    limit: int,
    after: After,
) -> _Found:
    """The page of nearest records that come after ``after`` = (distance, id)."""
    if len(after.key) != 2 or not isinstance(after.key[0], int | float):
        raise ValidationError("after", "the key does not belong to this order")
    g0, id0 = float(after.key[0]), str(after.key[1])
    k = limit + 1
    # Bounds for the band the rows in question lie in, not the whole radius:
    # near a place the two factors are the closer. Any row with h < h_min is
    # within ``reach`` (the global bounds say so), where these bounds hold, so
    # upper*h < g0 means g < g0: nearer than the last row, so already shown.
    reach = g0 * _GLOBAL.upper / _GLOBAL.lower + _FIRST_RING_KM
    h_min = g0 / geodesy.bounds_near(near[0], reach).upper
    # A ring as wide as the last page spread holds about a page.
    width = after.spread_km * 1.25 if after.spread_km > 0 else _FIRST_RING_KM
    measured: dict[int, float] = {}  # exact distances, kept when the ring grows
    while True:
        ring = radius_km if plan.fts is not None else min(radius_km, g0 + width)
        bounds = geodesy.bounds_near(near[0], max(ring, reach))
        found = sorted(_ring_rows(raw, plan, near, ring, bounds, h_min=h_min), key=lambda r: r[4])
        kept: list[tuple[float, str, int]] = []  # (g, id, pk), the best k so far
        for pk, rid, lat, lon, h in found:
            if len(kept) >= k and h * bounds.lower > kept[-1][0]:
                break  # every further row is farther than the k-th kept
            g = measured.get(pk)
            if g is None:
                g = measured[pk] = distance_km(near, (lat, lon))
            if g <= ring and (g, rid) > (g0, id0):
                bisect.insort(kept, (g, rid, pk))
                del kept[k:]
        # k kept within the ring: anything outside it is farther than all of them.
        if len(kept) >= k or ring >= radius_km:
            page = kept[:limit]
            last = None
            if page:
                last = After((page[-1][0], page[-1][1]), spread_km=page[-1][0] - page[0][0])
            return _Found([(pk, g) for g, _rid, pk in page], len(kept) > limit, last)
        # Widen the band by the density seen so far (at least double, at most 8 times).
        width *= max(2.0, min(8.0, 1.5 * k / max(1, len(found))))


def _sorted_within(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float],
    radius_km: float,
    order: _Order,
    offset: int,
    limit: int,
    after: After | None,
) -> _Found:
    """A page of matching records within ``radius_km`` in ``order``."""
    bounds = geodesy.bounds_near(near[0], radius_km)
    lat0, lon0 = near
    k = offset + limit + 1
    seek = None if after is None else after.key
    out: list[tuple[int, float, tuple[Any, ...]]] = []
    for row in _ring_rows(raw, plan, near, radius_km, bounds, order, seek=seek):
        g = distance_km((lat0, lon0), (row[2], row[3]))
        if g <= radius_km:
            out.append((row[0], g, tuple(row[5:])))
            if len(out) >= k:
                break
    page = out[offset : offset + limit]
    last = After(page[-1][2]) if page else None
    return _Found([(pk, g) for pk, g, _key in page], len(out) > offset + limit, last)


def _count(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float] | None,
    radius_km: float,
    at_most: int | None = None,
) -> int:
    if at_most is not None and at_most < 1:
        raise ValidationError("at_most", "count at least one record")
    cap = "" if at_most is None else " LIMIT :at_most"
    if near is None:
        where, params = plan.conditions(spatial=False)
        params["at_most"] = at_most
        source, pk = plan.source(spatial=False), "v.pk"
        if plan.fts is not None and not plan.where:
            source, pk = f"{plan.table}_fts f", "f.rowid"
        sql = f"SELECT count(*) FROM (SELECT {pk} FROM {source} WHERE {where}{cap})"  # noqa: S608
        return int(raw.execute(sql, params).fetchone()[0])
    bounds = geodesy.bounds_near(near[0], radius_km)
    box = geodesy.bounding_box(near[0], near[1], radius_km)
    where, params = plan.conditions(spatial=True, box=box)
    params.update(_point_params(*near))
    params["h_sure"] = radius_km / bounds.upper  # upper*h <= radius: surely inside
    params["h_max"] = radius_km / bounds.lower  # beyond: surely outside
    if at_most is not None:
        params["at_most"] = at_most
        enough = raw.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {plan.source(spatial=True)}"  # noqa: S608
            f" WHERE {where} AND {_H} <= :h_sure LIMIT :at_most)",
            params,
        ).fetchone()[0]
        if enough >= at_most:
            return at_most
    # One pass: SQL counts the sure ones and lists the pks of the doubtful band.
    sure, doubtful = raw.execute(
        f"SELECT coalesce(sum(h <= :h_sure), 0), group_concat(CASE WHEN h > :h_sure THEN pk END)"  # noqa: S608
        f" FROM (SELECT v.pk AS pk, {_H} AS h FROM {plan.source(spatial=True)} WHERE {where})"
        " WHERE h <= :h_max",
        params,
    ).fetchone()
    total = int(sure) + areacounts.within(raw, plan.table, doubtful, near, radius_km)
    return total if at_most is None else min(total, at_most)


def _with_data(
    raw: sqlite3.Connection, table: str, page: Sequence[tuple[int, float | None]]
) -> list[tuple[str, float | None]]:
    if not page:
        return []
    marks = ", ".join("?" for _ in page)
    data = dict(
        raw.execute(
            f"SELECT pk, data FROM {table} WHERE pk IN ({marks})",  # noqa: S608
            [pk for pk, _ in page],
        ).fetchall()
    )
    return [(data[pk], dist) for pk, dist in page]


# -- completion -----------------------------------------------------------------------


def cities(session: Session, prefix: str, limit: int = 10) -> list[CityHit]:
    """Cities of cached vehicles and venues starting with ``prefix`` (accents and
    case ignored), the most common first."""
    key = rows.text_key(prefix.strip())
    if not key or limit < 1:
        return []
    raw = raw_connection(session)
    found = raw.execute(
        "SELECT city, n, lat_sum / n, lon_sum / n FROM places"
        " WHERE city_key >= :lo AND city_key < :hi ORDER BY n DESC, city LIMIT :limit",
        {"lo": key, "hi": key + "\U0010ffff", "limit": limit},
    ).fetchall()
    return [CityHit(str(c), float(lat), float(lon), int(n)) for c, n, lat, lon in found]
