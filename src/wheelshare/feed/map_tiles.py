"""The map tiles a feed suggests to its apps (``GET /v1/policy``, ``map_tiles``).

A feed that runs its own tile server, or has an agreement with one, says so
here; the app uses it unless the person chose tiles themselves. The address is
an XYZ template (``https://tiles.example.org/{z}/{x}/{y}.png``) and the credit
its licence asks to show on the map.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from wheelshare.feed.errors import SetupError
from wheelshare.feed.settings import FeedSettings

MAX_URL_CHARS = 500
MAX_ATTRIBUTION_CHARS = 200


def check(settings: FeedSettings) -> None:
    """Stops the start on a suggestion an app could not use, or should not."""
    url, credit = settings.map_tile_url, settings.map_tile_attribution
    if not url:
        return
    parts = urlsplit(url)
    if len(url) > MAX_URL_CHARS or parts.scheme != "https" or not parts.netloc:
        raise SetupError(f"map_tile_url: an https:// address of at most {MAX_URL_CHARS} characters")
    if not all(part in url for part in ("{z}", "{x}", "{y}")):
        raise SetupError("map_tile_url: the address needs {z}, {x} and {y}")
    # The tiles' licence asks for their credit on the map: no credit, no tiles.
    if not credit.strip() or len(credit) > MAX_ATTRIBUTION_CHARS:
        raise SetupError(
            f"map_tile_attribution: the tiles' credit, 1 to {MAX_ATTRIBUTION_CHARS} characters"
        )


def published(settings: FeedSettings) -> dict[str, Any] | None:
    if not settings.map_tile_url:
        return None
    return {"url_template": settings.map_tile_url, "attribution": settings.map_tile_attribution}
