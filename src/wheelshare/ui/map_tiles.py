"""Which map tiles the app draws: the person's own choice (Account & settings),
else the tiles their feed suggests (``GET /v1/policy``, ``map_tiles``), else
the OpenStreetMap standard tiles.

The feed's suggestion is asked for once the data is ready and kept, so the
map (built when first shown) uses it from then on, offline too.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from wheelshare.ui.context import AppContext
from wheelshare.ui.settings import (
    FEED_MAP_ATTRIBUTION,
    FEED_MAP_TILE_URL,
    MAP_ATTRIBUTION,
    MAP_TILE_URL,
    Settings,
)

# What the app takes from a feed, whatever the feed sends (feed/map_tiles.py
# holds the server to the same).
MAX_URL_CHARS = 500
MAX_ATTRIBUTION_CHARS = 200


def tiles(settings: Settings) -> tuple[str, str]:
    """(URL template with %z, %x and %y, the credit to show) to draw with."""
    if settings.qsettings.contains(MAP_TILE_URL.key):  # the person's own choice
        return settings.get(MAP_TILE_URL), settings.get(MAP_ATTRIBUTION)
    suggested = settings.get(FEED_MAP_TILE_URL)
    if suggested:
        return suggested, settings.get(FEED_MAP_ATTRIBUTION)
    return settings.get(MAP_TILE_URL), settings.get(MAP_ATTRIBUTION)


def from_policy(policy: Any) -> tuple[str, str] | None:
    """The feed's suggestion in a ``/v1/policy`` answer, as the map's template;
    None when there is none or it is not one the app may use."""
    found = policy.get("map_tiles") if isinstance(policy, dict) else None
    if not isinstance(found, dict):
        return None
    url, credit = found.get("url_template"), found.get("attribution")
    if not isinstance(url, str) or not isinstance(credit, str):
        return None
    parts = urlsplit(url)
    if len(url) > MAX_URL_CHARS or parts.scheme != "https" or not parts.netloc:
        return None
    if not all(part in url for part in ("{z}", "{x}", "{y}")):
        return None
    if not credit.strip() or len(credit) > MAX_ATTRIBUTION_CHARS:
        return None
    return url.replace("{z}", "%z").replace("{x}", "%x").replace("{y}", "%y"), credit


def _ask(feed_url: str, allow_insecure: bool) -> tuple[str, str] | None:
    from wheelshare.sync.client import FeedClient, RetryPolicy

    with FeedClient(
        feed_url, read_timeout=15.0, retry=RetryPolicy(attempts=1), allow_insecure=allow_insecure
    ) as client:
        return from_policy(client.request("GET", "/v1/policy").data)


def ask_feed(ctx: AppContext) -> None:
    """Asks the feed for its suggestion (on the worker) and keeps the answer."""
    session = ctx.session
    feed_url, insecure = session.state.feed_url, session.allow_insecure_feed
    if not feed_url:
        return

    def keep(found: tuple[str, str] | None) -> None:
        url, credit = found or ("", "")
        ctx.settings.set(FEED_MAP_TILE_URL, url)
        ctx.settings.set(FEED_MAP_ATTRIBUTION, credit)

    # Offline or an older feed: the suggestion kept from before stays.
    ctx.worker.submit(
        lambda _t: _ask(feed_url, insecure),
        on_done=keep,
        on_error=lambda _e: None,
        name="map tiles",
    )
