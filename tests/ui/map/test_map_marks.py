"""The map's arithmetic, without Qt: clusters, the view that fits a search, and
the area "Search this area" covers."""

from __future__ import annotations

from wheelshare.geo.distance import great_circle_km
from wheelshare.ui.widgets import map_marks
from wheelshare.ui.widgets.map_marks import Mark


def mark(i: int, lat: float, lon: float) -> Mark:
    return Mark(str(i), lat, lon, i, "✓", "circle", "ok", f"Place {i}")


def test_close_marks_cluster_when_zoomed_out_and_part_when_zoomed_in() -> None:
    paris = [mark(i, 48.85 + i * 0.002, 2.35) for i in range(5)]
    lyon = [mark(10, 45.76, 4.83)]
    far = map_marks.clusters(paris + lyon, zoom=6)
    assert sorted(len(c.marks) for c in far) == [1, 5]
    near = map_marks.clusters(paris + lyon, zoom=17)
    assert len(near) == 6
    # A cluster lists its marks in the list's order.
    assert [m.order for m in far[0].marks] == [0, 1, 2, 3, 4]


def test_fit_shows_every_mark_of_a_search() -> None:
    points = [(48.80, 2.25), (48.90, 2.45), (48.86, 2.30)]
    lat, lon, zoom = map_marks.fit(points, 800, 600) or (0, 0, 0)
    marks = [mark(i, a, b) for i, (a, b) in enumerate(points)]
    assert len(map_marks.in_view(marks, lat, lon, zoom, 800, 600)) == 3
    # ... and no wider than needed: one level closer loses some.
    assert len(map_marks.in_view(marks, lat, lon, zoom + 1, 800, 600)) < 3


def test_the_area_searched_covers_the_corners_of_the_view() -> None:
    lat, lon, zoom = 48.85, 2.35, 12.0
    radius = map_marks.region_radius_km(lat, lon, zoom, 800, 600)
    corner = map_marks.pan(lat, lon, zoom, 400, 300)
    assert abs(great_circle_km((lat, lon), corner) - radius) < 0.01
    assert 5 < radius < 15  # zoom 12 over 800 px is about a town


def test_a_pan_keeps_the_markers_already_drawn() -> None:
    # The map makes a marker only for rows the model adds: a pan that keeps most
    # markers in view must not remove and add them all again.
    from PySide6.QtCore import QModelIndex

    from wheelshare.ui.widgets.map_clusters import ClusterModel, Drawn

    def drawn(i: int) -> Drawn:
        return Drawn(f"m/{i}", 48.0, 2.0, 1, str(i), "✓", "circle", "ok", f"Place {i}")

    model = ClusterModel()
    model.replace([drawn(i) for i in range(10)])
    removed: list[int] = []
    added: list[int] = []
    model.rowsRemoved.connect(lambda _p, a, b: removed.append(b - a + 1))
    model.rowsInserted.connect(lambda _p, a, b: added.append(b - a + 1))
    model.replace([drawn(i) for i in range(3, 13)])
    assert sum(removed) == 3 and sum(added) == 3
    assert sorted(r.key for r in model.rows) == sorted(str(i) for i in range(3, 13))
    assert model.rowCount(QModelIndex()) == 10


def test_thousands_of_marks_give_the_map_a_few_hundred_items_at_most() -> None:
    import random

    from wheelshare.ui.widgets.map_view import MAX_DRAWN

    rng = random.Random(3)
    marks = [
        mark(i, 48.8566 + rng.gauss(0, 0.06), 2.3522 + rng.gauss(0, 0.09)) for i in range(5000)
    ]
    index = map_marks.MarkIndex(marks)
    for zoom in (9.0, 12.0, 13.5, 15.0):
        cell = map_marks.CLUSTER_PX
        found = index.area_clusters(48.8566, 2.3522, zoom, 2000, 1400, cell)
        while len(found) > MAX_DRAWN:
            cell *= 2
            found = index.area_clusters(48.8566, 2.3522, zoom, 2000, 1400, cell)
        # Whole cells: every mark of the area is counted once, whatever the cell size.
        near = index.within(48.8566, 2.3522, zoom, 2000, 1400)
        assert sum(len(c.marks) for _cell, c in found) >= len(near)
        assert len({m.key for _cell, c in found for m in c.marks}) == sum(
            len(c.marks) for _cell, c in found
        )
