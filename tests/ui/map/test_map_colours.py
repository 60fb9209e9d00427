"""Markers and clusters stand out from the map in every theme: the high-contrast
theme holds every edge of a mark, and its symbol, to 7:1 (WCAG AAA), the others
to 3:1 for the shape (WCAG 1.4.11) and their text minimum for the symbol."""

from __future__ import annotations

from itertools import pairwise

import pytest

from wheelshare.ui.theme import THEMES, contrast_ratio
from wheelshare.ui.widgets.map_colours import FILLS, TILE_LAND, map_colours

# Two colours closer than this read as one: the edge between them is not seen.
MERGED = 1.5


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("under", ["plain background", "tiles"])
@pytest.mark.parametrize("fill", FILLS)
def test_a_mark_stands_out_from_the_map(name: str, under: str, fill: str) -> None:
    t = THEMES[name]
    c = map_colours(t)
    shape_minimum = 7.0 if name == "high_contrast" else 3.0
    background = c["base"] if under == "plain background" else TILE_LAND
    # From the map inwards: the halo, the ring, the fill; the symbol on the fill.
    layers = [background, c["marker_halo"], c["marker_border"], c[fill]]
    edges = [contrast_ratio(a, b) for a, b in pairwise(layers)]
    # A halo the colour of the map merges with it; the ring inside is then the edge.
    seen = [r for r in edges if r >= MERGED]
    assert seen, f"{name}, {fill} on {under}: no edge at all"
    assert min(seen) >= shape_minimum, f"{name}, {fill} on {under}: edges {edges}"
    assert contrast_ratio(c["marker_text"], c[fill]) >= t.text_minimum
