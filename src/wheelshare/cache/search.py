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
million. Counting uses the same bounds: records with ``upper*h <= radius``
are counted in SQL, and the thin band left in doubt is decided exactly.
Venues near a place with only grade and yes/no criteria are counted from
the counts kept per area cell instead (``areacounts``).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from wheelshare.cache import areacounts, geodesy, rows
from wheelshare.cache.plain import raw_connection
from wheelshare.cache.queries import (
    VENUE_CRITERIA_COLUMNS,
    CityHit,
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


_VEHICLE_ORDER = {
    VehicleSort.PRICE: "v.day_amount, v.id",
    VehicleSort.RATING: "v.rating_avg IS NULL, v.rating_avg DESC, v.rating_count DESC, v.id",
}


def search_vehicles(session: Session, q: VehicleQuery) -> Page[VehicleHit]:
    """One page of listed vehicles matching ``q``, in its sort order."""
    return search_vehicles_on(raw_connection(session), q)


def search_vehicles_on(raw: sqlite3.Connection, q: VehicleQuery) -> Page[VehicleHit]:
    """:func:`search_vehicles` on a driver connection (``plain.open_read_only``)."""
    plan = _vehicle_plan(raw, q)
    sort = VehicleSort(q.sort or VehicleSort.PRICE)
    order = None if sort is VehicleSort.DISTANCE else _VEHICLE_ORDER[sort]
    found = _run(raw, plan, q.near, q.radius_km, order, q.offset, q.limit)
    hits = [
        VehicleHit(vehicle_from_wire(json.loads(data)), dist)
        for data, dist in _with_data(raw, "vehicles", found.page)
    ]
    return Page(hits, q.offset, q.limit, found.has_more)


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


_VENUE_ORDER = {
    VenueSort.NAME: "v.name, v.id",
    VenueSort.RATING: "v.rating_avg IS NULL, v.rating_avg DESC, v.rating_count DESC, v.id",
    VenueSort.RELEVANCE: "f.rank, v.pk",
}
# Relevance needs no venue row: with no other condition, FTS answers alone.
_RELEVANCE_ONLY = "f.rank, f.rowid"


def search_venues(session: Session, q: VenueQuery) -> Page[VenueHit]:
    """One page of venues matching ``q``, in its sort order."""
    raw = raw_connection(session)
    plan = _venue_plan(q)
    sort = VenueSort(q.sort or VenueSort.NAME)
    if plan.fts is None and q.text.strip() and sort is VenueSort.RELEVANCE:
        return Page([], q.offset, q.limit, False)  # text without a single word
    order = None if sort is VenueSort.DISTANCE else _VENUE_ORDER[sort]
    found = _run(raw, plan, q.near, q.radius_km, order, q.offset, q.limit)
    hits = [
        VenueHit(venue_from_wire(json.loads(data)), dist)
        for data, dist in _with_data(raw, "venues", found.page)
    ]
    return Page(hits, q.offset, q.limit, found.has_more)


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


@dataclass
class _Found:
    page: list[tuple[int, float | None]]  # (pk, distance) in order
    has_more: bool


def _run(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float] | None,
    radius_km: float,
    order: str | None,
    offset: int,
    limit: int,
) -> _Found:
    k = offset + limit + 1
    if near is None:
        assert order is not None
        where, params = plan.conditions(spatial=False)
        params.update(limit=limit + 1, offset=offset)
        source, pk = plan.source(spatial=False), "v.pk"
        if plan.fts is not None and not plan.where and order == _VENUE_ORDER[VenueSort.RELEVANCE]:
            source, pk, order = f"{plan.table}_fts f", "f.rowid", _RELEVANCE_ONLY
        sql = (
            f"SELECT {pk} FROM {source} WHERE {where}"  # noqa: S608
            f" ORDER BY {order} LIMIT :limit OFFSET :offset"
        )
        pks = [r[0] for r in raw.execute(sql, params)]
        return _Found([(pk, None) for pk in pks[:limit]], len(pks) > limit)
    if order is None:
        ranked = _nearest(raw, plan, near, radius_km, k)
    else:
        ranked = _sorted_within(raw, plan, near, radius_km, order, k)
    page = ranked[offset : offset + limit]
    return _Found([(pk, d) for pk, d in page], len(ranked) > offset + limit)


def _ring_rows(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float],
    radius_km: float,
    bounds: geodesy.Bounds,
    order: str | None = None,
) -> Iterator[tuple[int, str, float, float, float]]:
    """(pk, id, lat, lon, h) of matching rows with ``h <= radius / lower``."""
    box = geodesy.bounding_box(near[0], near[1], radius_km)
    where, params = plan.conditions(spatial=True, box=box)
    params.update(_point_params(*near))
    params["h_max"] = radius_km / bounds.lower
    sql = (
        f"SELECT v.pk, v.id, v.lat, v.lon, {_H} AS h"  # noqa: S608
        f" FROM {plan.source(spatial=True)} WHERE {where} AND h <= :h_max"
    )
    if order is not None:
        sql += f" ORDER BY {order}"
    return iter(raw.execute(sql, params))


def _nearest(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float],
    radius_km: float,
    k: int,
) -> list[tuple[int, float]]:
    """The k nearest matching records within ``radius_km``, exact geodesic order."""
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
                return [(pk, g) for g, _rid, pk in exact[:k]]
        # Grow by the density seen so far (at least double, at most 8 times).
        factor = math.sqrt(1.5 * k / max(1, len(found))) if found else 8.0
        ring = min(radius_km, ring * max(2.0, min(8.0, factor)))


def _sorted_within(
    raw: sqlite3.Connection,
    plan: _Plan,
    near: tuple[float, float],
    radius_km: float,
    order: str,
    k: int,
) -> list[tuple[int, float]]:
    """The first k matching records within ``radius_km`` in ``order``."""
    bounds = geodesy.bounds_near(near[0], radius_km)
    lat0, lon0 = near
    out: list[tuple[int, float]] = []
    for pk, _rid, lat, lon, _h in _ring_rows(raw, plan, near, radius_km, bounds, order):
        g = distance_km((lat0, lon0), (lat, lon))
        if g <= radius_km:
            out.append((pk, g))
            if len(out) >= k:
                break
    return out


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
