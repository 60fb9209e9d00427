"""Which tiles the map draws: the person's choice, else the feed's suggestion
(``GET /v1/policy``), else OpenStreetMap's; and what the app refuses to take
from a feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from wheelshare.feed.map_tiles import published
from wheelshare.feed.settings import FeedSettings
from wheelshare.ui import map_tiles
from wheelshare.ui.settings import (
    FEED_MAP_ATTRIBUTION,
    FEED_MAP_TILE_URL,
    MAP_ATTRIBUTION,
    MAP_TILE_URL,
    OSM_TILES,
    Settings,
)

SUGGESTED = "https://tiles.example.org/{z}/{x}/{y}.png"


def test_the_persons_choice_wins_over_the_feeds_which_wins_over_osm(
    qapp: object, tmp_path: Path
) -> None:
    settings = Settings.in_data_dir(tmp_path)
    assert map_tiles.tiles(settings)[0] == OSM_TILES
    # What the feed publishes, as the app keeps it.
    server = FeedSettings(map_tile_url=SUGGESTED, map_tile_attribution="© Example")
    found = map_tiles.from_policy({"map_tiles": published(server)})
    assert found == ("https://tiles.example.org/%z/%x/%y.png", "© Example")
    settings.set(FEED_MAP_TILE_URL, found[0])
    settings.set(FEED_MAP_ATTRIBUTION, found[1])
    assert map_tiles.tiles(settings) == found
    settings.set(MAP_TILE_URL, "https://my.tiles.example/%z/%x/%y.png")
    settings.set(MAP_ATTRIBUTION, "© Mine")
    assert map_tiles.tiles(settings) == ("https://my.tiles.example/%z/%x/%y.png", "© Mine")


@pytest.mark.parametrize(
    "offered",
    [
        None,
        "not a table",
        {"url_template": "http://tiles.example.org/{z}/{x}/{y}.png", "attribution": "©"},
        {"url_template": "file:///etc/{z}/{x}/{y}", "attribution": "©"},
        {"url_template": "https://tiles.example.org/a.png", "attribution": "©"},
        {"url_template": SUGGESTED + "?" + "a" * 500, "attribution": "©"},
        {"url_template": SUGGESTED, "attribution": ""},
        {"url_template": SUGGESTED, "attribution": "©" * 201},
        {"url_template": 7, "attribution": "©"},
    ],
)
def test_a_suggestion_the_app_should_not_use_is_ignored(offered: object) -> None:
    assert map_tiles.from_policy({"map_tiles": offered}) is None
