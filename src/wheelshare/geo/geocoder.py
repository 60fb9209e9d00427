"""Forward and reverse geocoding: Nominatim when it can, the gazetteer when it cannot.

Nominatim's usage policy (https://operations.osmfoundation.org/policies/nominatim/)
asks for an identifying User-Agent, at most one request per second and
caching; all three are done here. Every answer, including "nothing found",
is kept in the local cache, so the same query never goes out twice. When the
network fails, times out or is rate-limited, the gazetteer answers and the
answer says so; the geocoder then stays off the network for a minute rather
than making every keystroke wait for another timeout.

The same policy forbids autocomplete against the public server: complete
as the user types with :meth:`Gazetteer.complete`, and call
:meth:`Geocoder.search` only when they submit (Enter, or a pause then an
explicit "search online"); :func:`wheelshare.geo.combine` merges the two.

``WHEELSHARE_NO_NETWORK_GEOCODER=1`` keeps it off the network entirely.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from geopy.adapters import RequestsAdapter
from geopy.exc import GeocoderRateLimited, GeocoderTimedOut, GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from wheelshare import __version__
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.geo.cache import FILE_NAME as CACHE_FILE_NAME
from wheelshare.geo.cache import GeocodeCache
from wheelshare.geo.gazetteer import Gazetteer
from wheelshare.geo.place import Place, PlaceSource, fold

NO_NETWORK_ENV = "WHEELSHARE_NO_NETWORK_GEOCODER"
NOMINATIM_DOMAIN = "nominatim.openstreetmap.org"
USER_AGENT = f"wheelshare/{__version__} (desktop app for renting adapted vehicles)"
# Nominatim's policy: an absolute maximum of one request per second.
MIN_DELAY_SECONDS = 1.0
DEFAULT_TIMEOUT_SECONDS = 5.0
# After a failure, how long to let the gazetteer answer alone.
BACKOFF_SECONDS = 60.0
# Asked of Nominatim every time, whatever the caller's limit, so one cached
# answer serves every later limit.
FETCH_LIMIT = 10


def network_disabled() -> bool:
    return os.environ.get(NO_NETWORK_ENV, "") == "1"


@dataclass(frozen=True, slots=True)
class GeocodeAnswer:
    """Places found, who answered, and (when the network was not used) why:
    in English words for logs (``notice``) and as a problem for the interface."""

    places: list[Place]
    source: PlaceSource
    notice: str = ""
    problem: Problem | None = None


@dataclass(frozen=True, slots=True)
class _Why:
    """Why the online search was not used."""

    text: str
    problem: Problem


class Geocoder:
    """Nominatim with a cache, a rate limit and the gazetteer as fallback.

    Thread-safe; a call may block up to ``timeout`` seconds plus the rate
    limit's wait, so call it off the UI thread.
    """

    def __init__(
        self,
        cache: GeocodeCache,
        gazetteer: Gazetteer,
        *,
        domain: str = NOMINATIM_DOMAIN,
        scheme: str = "https",
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        user_agent: str = USER_AGENT,
        language: str = "",
        allow_network: bool | None = None,
    ) -> None:
        self.cache = cache
        self.gazetteer = gazetteer
        self.timeout = timeout
        self.language = language
        # None: follow the environment, read at each call (tests set it).
        self._allow_network = allow_network
        self._nominatim = Nominatim(
            user_agent=user_agent,
            domain=domain,
            scheme=scheme,
            timeout=timeout,
            adapter_factory=_adapter_without_retries,
        )
        self._geocode: Callable[..., Any] = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=MIN_DELAY_SECONDS,
            max_retries=0,
            swallow_exceptions=False,
        )
        self._reverse: Callable[..., Any] = RateLimiter(
            self._nominatim.reverse,
            min_delay_seconds=MIN_DELAY_SECONDS,
            max_retries=0,
            swallow_exceptions=False,
        )
        # One request at a time, so the two limiters cannot together exceed 1/s.
        self._network_lock = threading.Lock()
        self._offline_until = 0.0
        self._offline_reason: _Why | None = None

    @classmethod
    def open(cls, data_dir: Path, gazetteer: Gazetteer, **options: Any) -> Geocoder:
        """A geocoder whose cache lives in ``data_dir``."""
        return cls(GeocodeCache(Path(data_dir) / CACHE_FILE_NAME), gazetteer, **options)

    @property
    def network_allowed(self) -> bool:
        if self._allow_network is not None:
            return self._allow_network
        return not network_disabled()

    def search(self, query: str, limit: int = 5, *, prefer_country: str = "") -> GeocodeAnswer:
        """Places matching a free-text query ("Gare de Lyon", "12 rue de Rivoli, Paris")."""
        text = " ".join(query.split())
        key = f"{self.language}|{fold(text)}"
        if not fold(text):
            return GeocodeAnswer([], "gazetteer")

        def offline(why: _Why) -> GeocodeAnswer:
            places = self.gazetteer.complete(text, limit, prefer_country=prefer_country)
            return GeocodeAnswer(places, "gazetteer", why.text, why.problem)

        cached = self.cache.get("search", key)
        if cached is not None:
            return GeocodeAnswer(cached[:limit], "cache")
        reason = self._why_offline()
        if reason is not None:
            return offline(reason)
        kwargs: dict[str, Any] = {
            "exactly_one": False,
            "limit": FETCH_LIMIT,
            "addressdetails": True,
        }
        if self.language:
            kwargs["language"] = self.language
        result = self._ask(self._geocode, text, **kwargs)
        if isinstance(result, _Why):
            return offline(result)
        places = _places(result or [])
        self.cache.put("search", key, places)
        return GeocodeAnswer(places[:limit], "nominatim")

    def reverse(self, lat: float, lon: float) -> GeocodeAnswer:
        """What is at (or, offline, the nearest city to) a point."""
        key = f"{self.language}|{lat:.5f},{lon:.5f}"

        def offline(why: _Why) -> GeocodeAnswer:
            near = self.gazetteer.nearest(lat, lon)
            return GeocodeAnswer([near] if near else [], "gazetteer", why.text, why.problem)

        cached = self.cache.get("reverse", key)
        if cached is not None:
            return GeocodeAnswer(cached, "cache")
        reason = self._why_offline()
        if reason is not None:
            return offline(reason)
        kwargs: dict[str, Any] = {"exactly_one": True, "addressdetails": True}
        if self.language:
            kwargs["language"] = self.language
        result = self._ask(self._reverse, (lat, lon), **kwargs)
        if isinstance(result, _Why):
            return offline(result)
        places = _places([result] if result is not None else [])
        self.cache.put("reverse", key, places)
        return GeocodeAnswer(places, "nominatim")

    def _why_offline(self) -> _Why | None:
        if not self.network_allowed:
            return _Why(
                "Online place search is turned off; showing places from the offline list.",
                Problem(ProblemCode.PLACE_SEARCH_OFF),
            )
        if time.monotonic() < self._offline_until:
            return self._offline_reason
        return None

    def _ask(self, call: Callable[..., Any], query: object, **kwargs: Any) -> Any:
        """The geocoder's result, or why there is none."""
        with self._network_lock:
            try:
                return call(query, timeout=self.timeout, **kwargs)
            except GeocoderTimedOut:
                reason = _Why(
                    f"The online place search did not answer within {self.timeout:g} s; "
                    "showing places from the offline list.",
                    Problem(ProblemCode.PLACE_SEARCH_TIMEOUT, {"seconds": f"{self.timeout:g}"}),
                )
                backoff = BACKOFF_SECONDS
            except GeocoderRateLimited as err:
                reason = _Why(
                    "The online place search asked us to slow down; "
                    "showing places from the offline list.",
                    Problem(ProblemCode.PLACE_SEARCH_BUSY),
                )
                backoff = max(BACKOFF_SECONDS, float(err.retry_after or 0))
            except GeopyError as err:
                reason = _Why(
                    f"The online place search is unavailable ({err}); "
                    "showing places from the offline list.",
                    Problem(ProblemCode.PLACE_SEARCH_UNAVAILABLE),
                )
                backoff = BACKOFF_SECONDS
            self._offline_until = time.monotonic() + backoff
            self._offline_reason = reason
            return reason

    def close(self) -> None:
        self._nominatim.__exit__(None, None, None)  # closes its HTTP session

    def __enter__(self) -> Geocoder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _adapter_without_retries(*, proxies: Any, ssl_context: Any) -> RequestsAdapter:
    # The HTTP library's own retries would resend a timed-out query at once,
    # outside the one-per-second limit; the gazetteer answers instead.
    return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)


def _places(locations: list[Any]) -> list[Place]:
    places = []
    for loc in locations:
        raw: dict[str, Any] = loc.raw if isinstance(loc.raw, dict) else {}
        address = raw.get("address")
        if not isinstance(address, dict):
            address = {}
        extratags = raw.get("extratags")
        if not isinstance(extratags, dict):
            extratags = {}
        display = str(raw.get("display_name") or loc.address or "")
        name = str(raw.get("name") or display.split(",")[0]).strip() or display
        try:
            places.append(
                Place(
                    name=name,
                    lat=float(loc.latitude),
                    lon=float(loc.longitude),
                    country=str(address.get("country_code", "")).upper(),
                    admin=str(address.get("state") or address.get("county") or ""),
                    population=_int(extratags.get("population")),
                    source="nominatim",
                    kind=str(raw.get("type") or raw.get("addresstype") or ""),
                    address=display,
                )
            )
        except (ValidationError, TypeError, ValueError):
            continue  # a result without usable coordinates is no place
    return places


def _int(value: object) -> int:
    try:
        return max(0, int(str(value)))
    except ValueError:
        return 0
