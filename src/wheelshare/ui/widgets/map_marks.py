"""What the map draws, worked out without Qt: the marks of a search, their
clusters at a zoom level, the view that fits them, and the visible region as
a centre and a radius for "Search this area".

Positions use the Web Mercator projection of the tiles (256-pixel tiles, the
world 256 × 2^zoom pixels wide), so pixel distances here are the map's own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from wheelshare.geo.distance import great_circle_km

TILE_PX = 256
MIN_ZOOM = 2.0
MAX_ZOOM = 18.0
# Marks closer than this on screen are drawn as one cluster.
CLUSTER_PX = 48
_MAX_LAT = 85.05112878  # Web Mercator's edge


@dataclass(frozen=True, slots=True)
class Mark:
    """One result on the map, in the list's order (``order``)."""

    key: str  # the result's id, shared with its row
    lat: float
    lon: float
    order: int
    symbol: str  # drawn on the marker: a price, or the grade's sign
    shape: str  # "circle", "diamond", "square", "triangle" or "tag"
    tone: str  # theme colour name for the marker
    name: str  # what a screen reader says for it
    group: str = ""  # what the summary counts it as (a venue's grade)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Marks drawn together at one zoom level; a single mark is a cluster of one."""

    lat: float
    lon: float
    marks: tuple[Mark, ...]

    @property
    def single(self) -> Mark | None:
        return self.marks[0] if len(self.marks) == 1 else None


def project(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """World pixel (x, y) of a point at ``zoom``."""
    size = TILE_PX * 2.0**zoom
    lat = max(-_MAX_LAT, min(_MAX_LAT, lat))
    s = math.sin(math.radians(lat))
    x = (lon + 180.0) / 360.0 * size
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * size
    return x, y


def unproject(x: float, y: float, zoom: float) -> tuple[float, float]:
    """The point at world pixel (x, y) at ``zoom``."""
    size = TILE_PX * 2.0**zoom
    lon = x / size * 360.0 - 180.0
    n = math.pi - 2.0 * math.pi * y / size
    lat = math.degrees(math.atan(math.sinh(n)))
    return lat, lon


def clusters(marks: Sequence[Mark], zoom: float, cell_px: int = CLUSTER_PX) -> list[Cluster]:
    """Marks grouped by screen cells at ``zoom``; each cluster sits at the mean of
    its marks and lists them in the list's order. Linear in the number of marks."""
    level = math.floor(zoom)  # the same clusters while zooming within one level
    cells: dict[tuple[int, int], list[Mark]] = {}
    for m in marks:
        x, y = project(m.lat, m.lon, level)
        cells.setdefault((int(x // cell_px), int(y // cell_px)), []).append(m)
    out = []
    for group in cells.values():
        group.sort(key=lambda m: m.order)
        lat = sum(m.lat for m in group) / len(group)
        lon = sum(m.lon for m in group) / len(group)
        out.append(Cluster(lat, lon, tuple(group)))
    out.sort(key=lambda c: c.marks[0].order)
    return out


def fit(
    points: Sequence[tuple[float, float]], width: int, height: int, margin_px: int = 48
) -> tuple[float, float, float] | None:
    """(lat, lon, zoom) showing every point within a view of ``width`` × ``height``
    pixels, or None without points. One point: a street-level view of it."""
    if not points:
        return None
    if len(points) == 1:
        return points[0][0], points[0][1], 15.0
    xs, ys = zip(*(project(lat, lon, 0) for lat, lon in points), strict=True)
    span_x = max(max(xs) - min(xs), 1e-9)
    span_y = max(max(ys) - min(ys), 1e-9)
    room_x = max(width - 2 * margin_px, 32)
    room_y = max(height - 2 * margin_px, 32)
    zoom = min(math.log2(room_x / span_x), math.log2(room_y / span_y))
    zoom = max(MIN_ZOOM, min(16.0, zoom))
    lat, lon = unproject((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2, 0)
    return lat, lon, zoom


def region_radius_km(lat: float, lon: float, zoom: float, width: int, height: int) -> float:
    """The radius of the circle around the centre that the view's corners touch:
    "Search this area" then finds everything visible (and a little beyond)."""
    cx, cy = project(lat, lon, zoom)
    corner = unproject(cx + width / 2, cy + height / 2, zoom)
    return great_circle_km((lat, lon), corner)


def in_view(
    marks: Sequence[Mark], lat: float, lon: float, zoom: float, width: int, height: int
) -> list[Mark]:
    """The marks inside the view centred on (lat, lon) at ``zoom``."""
    cx, cy = project(lat, lon, zoom)
    left, right = cx - width / 2, cx + width / 2
    top, bottom = cy - height / 2, cy + height / 2
    out = []
    for m in marks:
        x, y = project(m.lat, m.lon, zoom)
        if left <= x <= right and top <= y <= bottom:
            out.append(m)
    return out


def pan(lat: float, lon: float, zoom: float, dx_px: float, dy_px: float) -> tuple[float, float]:
    """The centre moved by (dx, dy) screen pixels."""
    x, y = project(lat, lon, zoom)
    return unproject(x + dx_px, y + dy_px, zoom)


class MarkIndex:
    """A search's marks with their world positions at zoom 0, worked out once:
    what is in view and the clusters then cost a multiplication per mark, so
    panning over thousands of marks keeps the window responsive."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.marks = list(marks)
        self._xy = [project(m.lat, m.lon, 0) for m in self.marks]

    def within(
        self, lat: float, lon: float, zoom: float, width: float, height: float
    ) -> list[Mark]:
        """The marks inside a view of ``width`` × ``height`` pixels, in the list's order."""
        cx, cy = project(lat, lon, 0)
        scale = 2.0**zoom
        half_w, half_h = width / 2 / scale, height / 2 / scale
        return [
            m
            for m, (x, y) in zip(self.marks, self._xy, strict=True)
            if abs(x - cx) <= half_w and abs(y - cy) <= half_h
        ]

    def clusters(
        self, marks: Sequence[Mark], zoom: float, cell_px: int = CLUSTER_PX
    ) -> list[Cluster]:
        """As :func:`clusters`, with the positions worked out already."""
        position = dict(zip((m.key for m in self.marks), self._xy, strict=True))
        scale = 2.0 ** math.floor(zoom) / cell_px
        cells: dict[tuple[int, int], list[Mark]] = {}
        for m in marks:
            x, y = position[m.key]
            cells.setdefault((int(x * scale), int(y * scale)), []).append(m)
        out = [
            Cluster(
                sum(m.lat for m in group) / len(group),
                sum(m.lon for m in group) / len(group),
                tuple(group),
            )
            for group in cells.values()
        ]
        out.sort(key=lambda c: c.marks[0].order)
        return out

    def area_clusters(
        self, lat: float, lon: float, zoom: float, width: float, height: float, cell_px: int
    ) -> list[tuple[tuple[int, int], Cluster]]:
        """Clusters of whole grid cells (``cell_px`` wide at the zoom level) over
        the area of ``width`` × ``height`` pixels around the centre, each with its
        cell: a cell's cluster is the same whatever part of it the area covers."""
        level = math.floor(zoom)
        per_unit = 2.0**level / cell_px  # cells per world unit at zoom 0
        cx, cy = project(lat, lon, 0)
        scale = 2.0**zoom
        half_w, half_h = width / 2 / scale, height / 2 / scale
        left, right = math.floor((cx - half_w) * per_unit), math.floor((cx + half_w) * per_unit)
        top, bottom = math.floor((cy - half_h) * per_unit), math.floor((cy + half_h) * per_unit)
        cells: dict[tuple[int, int], list[Mark]] = {}
        for m, (x, y) in zip(self.marks, self._xy, strict=True):
            ix, iy = int(x * per_unit), int(y * per_unit)
            if left <= ix <= right and top <= iy <= bottom:
                cells.setdefault((ix, iy), []).append(m)
        out = [
            (
                cell,
                Cluster(
                    sum(m.lat for m in group) / len(group),
                    sum(m.lon for m in group) / len(group),
                    tuple(group),
                ),
            )
            for cell, group in cells.items()
        ]
        out.sort(key=lambda c: c[1].marks[0].order)
        return out
