"""The one settings registry: every setting declared once, typed, with its
default, label and validation, stored with QSettings in the data dir.

Declare a new setting next to the others (or in your own module) as a
:class:`Setting` constant, and read or write it through :class:`Settings`::

    ctx.settings.get(TEXT_SCALE)          # -> int
    ctx.settings.set(TEXT_SCALE, 150)     # validates, stores, emits changed("text_scale")

A stored value that no longer validates (hand-edited file, older version) is
ignored in favour of the default, so a bad file never stops the app starting.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from wheelshare.domain import Location, ValidationError, WheelchairProfile
from wheelshare.paths import SETTINGS_FILE
from wheelshare.private_files import make_private_dir
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

T = TypeVar("T")


class SettingError(ValueError):
    """A value that a setting does not accept; ``message`` is for the person."""

    def __init__(self, key: str, message: str) -> None:
        self.key = key
        self.message = message
        super().__init__(f"{key}: {message}")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    label: str  # English source text; shown through tr("Settings", label)
    # Returns the message for a bad value, or None. Runs before storing.
    validate: Callable[[T], str | None] | None = None
    # Stored form <-> value; identity for str/int/bool.
    encode: Callable[[T], Any] | None = None
    decode: Callable[[Any], T] | None = None
    # For settings with a fixed set of values: (value, label) pairs.
    choices: tuple[tuple[Any, str], ...] = ()

    def check(self, value: T) -> None:
        if self.choices and value not in {c for c, _ in self.choices}:
            allowed = ", ".join(str(c) for c, _ in self.choices)
            raise SettingError(self.key, f"choose one of: {allowed}")
        if self.validate is not None:
            message = self.validate(value)
            if message:
                raise SettingError(self.key, message)


def _check_feed_url(url: str) -> str | None:
    if url == "":
        return None  # empty: use the built-in demo feed
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return QCoreApplication.translate(
            "Settings", "Enter a web address starting with http:// or https://"
        )
    return None


def _check_text_scale(value: int) -> str | None:
    if not isinstance(value, int) or not 100 <= value <= 200:
        return QCoreApplication.translate("Settings", "Choose a text size from 100 % to 200 %")
    return None


def _check_radius(value: int) -> str | None:
    if not isinstance(value, int) or not 1 <= value <= 1000:
        return QCoreApplication.translate("Settings", "Choose a radius from 1 to 1000 km")
    return None


def _check_interval(value: int) -> str | None:
    if not isinstance(value, int) or not 1 <= value <= 240:
        return QCoreApplication.translate("Settings", "Choose from 1 to 240 minutes")
    return None


def _check_photo_cache(value: int) -> str | None:
    if not isinstance(value, int) or not 10 <= value <= 100_000:
        return QCoreApplication.translate(
            "Settings", "Choose a space for photos from 10 to 100000 MB"
        )
    return None


def _check_tile_url(url: str) -> str | None:
    if url == "":
        return None  # empty: no tiles, a plain map with place names
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return QCoreApplication.translate(
            "Settings", "Enter a web address starting with http:// or https://"
        )
    if not all(part in url for part in ("%z", "%x", "%y")):
        return QCoreApplication.translate(
            "Settings", "The address needs %z, %x and %y where the tile's zoom and place go"
        )
    return None


def _encode_profile(p: WheelchairProfile | None) -> str:
    return "" if p is None else json.dumps(asdict(p))


def _decode_profile(raw: Any) -> WheelchairProfile | None:
    if not raw:
        return None
    return WheelchairProfile(**json.loads(str(raw)))


def _encode_location(loc: Location | None) -> str:
    return "" if loc is None else json.dumps(asdict(loc))


def _decode_location(raw: Any) -> Location | None:
    if not raw:
        return None
    return Location(**json.loads(str(raw)))


def _to_int(raw: Any) -> int:
    return int(raw)


def _to_bool(raw: Any) -> bool:
    # QSettings' INI backend hands booleans back as the strings "true"/"false".
    if isinstance(raw, str):
        return raw.lower() in ("true", "1", "yes")
    return bool(raw)


FEED_URL: Setting[str] = Setting(
    "feed/url",
    "",
    QT_TRANSLATE_NOOP("Settings", "Feed address"),
    validate=_check_feed_url,
)
TEXT_SCALE: Setting[int] = Setting(
    "appearance/text_scale",
    100,
    QT_TRANSLATE_NOOP("Settings", "Text size"),
    validate=_check_text_scale,
    decode=_to_int,
)
THEME: Setting[str] = Setting(
    "appearance/theme",
    "system",
    QT_TRANSLATE_NOOP("Settings", "Theme"),
    choices=(
        ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
        ("default", QT_TRANSLATE_NOOP("Settings", "Light")),
        ("dark", QT_TRANSLATE_NOOP("Settings", "Dark")),
        ("high_contrast", QT_TRANSLATE_NOOP("Settings", "High contrast")),
    ),
)
LANGUAGE: Setting[str] = Setting(
    "appearance/language",
    "system",
    QT_TRANSLATE_NOOP("Settings", "Language"),
    choices=(
        ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
        ("en", "English"),
        ("fr", "Français"),
    ),
)
# How dates, times, money and distances are written (ui/i18n.regional_locale):
# the system's region, or one chosen here. A territory code, as QLocale names it.
REGION: Setting[str] = Setting(
    "appearance/region",
    "system",
    QT_TRANSLATE_NOOP("Settings", "Region"),
    choices=(
        ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
        ("FR", QT_TRANSLATE_NOOP("Settings", "France")),
        ("BE", QT_TRANSLATE_NOOP("Settings", "Belgium")),
        ("CH", QT_TRANSLATE_NOOP("Settings", "Switzerland")),
        ("CA", QT_TRANSLATE_NOOP("Settings", "Canada")),
        ("DE", QT_TRANSLATE_NOOP("Settings", "Germany")),
        ("IE", QT_TRANSLATE_NOOP("Settings", "Ireland")),
        ("GB", QT_TRANSLATE_NOOP("Settings", "United Kingdom")),
        ("US", QT_TRANSLATE_NOOP("Settings", "United States")),
    ),
)
WHEELCHAIR_PROFILE: Setting[WheelchairProfile | None] = Setting(
    "profile/wheelchair",
    None,
    QT_TRANSLATE_NOOP("Settings", "My wheelchair"),
    encode=_encode_profile,
    decode=_decode_profile,
)
HOME_LOCATION: Setting[Location | None] = Setting(
    "profile/home",
    None,
    QT_TRANSLATE_NOOP("Settings", "Home location"),
    encode=_encode_location,
    decode=_decode_location,
)
SEARCH_RADIUS_KM: Setting[int] = Setting(
    "search/radius_km",
    50,
    QT_TRANSLATE_NOOP("Settings", "Search radius"),
    validate=_check_radius,
    decode=_to_int,
)
PHOTO_CACHE_MB: Setting[int] = Setting(
    "photos/cache_mb",
    200,
    QT_TRANSLATE_NOOP("Settings", "Space for photos on this computer (MB)"),
    validate=_check_photo_cache,
    decode=_to_int,
)
# How a results screen shows what it found. Until the person chooses, the map
# goes beside the list when there is room for both side by side, and is left
# out otherwise (large text, a narrow window): the list stays first and whole,
# and a map squeezed under it would take its rows. Once chosen, per screen.
_MAP_MODES = (
    ("auto", QT_TRANSLATE_NOOP("Settings", "As room allows")),
    ("list", QT_TRANSLATE_NOOP("Settings", "List only")),
    ("both", QT_TRANSLATE_NOOP("Settings", "List and map")),
    ("map", QT_TRANSLATE_NOOP("Settings", "Map only")),
)
FIND_MAP_MODE: Setting[str] = Setting(
    "find/results_view", "auto", QT_TRANSLATE_NOOP("Settings", "Show"), choices=_MAP_MODES
)
VENUES_MAP_MODE: Setting[str] = Setting(
    "venues/results_view", "auto", QT_TRANSLATE_NOOP("Settings", "Show"), choices=_MAP_MODES
)
# The OpenStreetMap Foundation's standard tiles; their policy asks for the
# attribution on the map and an identifying User-Agent (ui/widgets/map_view.py).
OSM_TILES = "https://tile.openstreetmap.org/%z/%x/%y.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
MAP_TILE_URL: Setting[str] = Setting(
    "map/tile_url",
    OSM_TILES,
    QT_TRANSLATE_NOOP("Settings", "Map tiles address"),
    validate=_check_tile_url,
)
MAP_ATTRIBUTION: Setting[str] = Setting(
    "map/attribution", OSM_ATTRIBUTION, QT_TRANSLATE_NOOP("Settings", "Map tiles credit")
)
# The tiles the feed suggests (ui/map_tiles.py), used when the person chose none.
FEED_MAP_TILE_URL: Setting[str] = Setting("map/feed_tile_url", "", "Map tiles the feed suggests")
FEED_MAP_ATTRIBUTION: Setting[str] = Setting(
    "map/feed_attribution", "", "Credit of the map tiles the feed suggests"
)
# Off until the person turns it on: where someone is stays on the machine, and
# is asked of the system only when they press "Near me" (ui/position.py).
USE_SYSTEM_POSITION: Setting[bool] = Setting(
    "location/use_system_position",
    False,
    QT_TRANSLATE_NOOP("Settings", "Use this computer's position for “Near me”"),
    decode=_to_bool,
)
LAST_PAGE: Setting[str] = Setting("window/last_page", "find", "Last screen shown")
DEMO_NOTICE_DISMISSED: Setting[bool] = Setting(
    "feed/demo_notice_dismissed",
    False,
    QT_TRANSLATE_NOOP("Settings", "Hide the demo data notice"),
    decode=_to_bool,
)
# Without a system keyring the sign-in lasts one run: said at each start until
# the person hides it (ui/message_bar.py).
KEYRING_NOTICE_DISMISSED: Setting[bool] = Setting(
    "account/keyring_notice_dismissed",
    False,
    QT_TRANSLATE_NOOP("Settings", "Hide the notice about the missing password store"),
    decode=_to_bool,
)

# How often the public feed (vehicles, venues) is synced while the app is open;
# the person's own feed comes at once through a waiting request (ui/live.py).
SYNC_INTERVAL_MINUTES: Setting[int] = Setting(
    "sync/interval_minutes",
    5,
    QT_TRANSLATE_NOOP("Settings", "Look for new vehicles and venues every (minutes)"),
    validate=_check_interval,
    decode=_to_int,
)
# One switch per kind of notification (the keys are notify.notices.NoticeKind).
NOTIFY: dict[str, Setting[bool]] = {
    kind: Setting(f"notify/{kind}", True, label, decode=_to_bool)
    for kind, label in (
        ("new_request", QT_TRANSLATE_NOOP("Settings", "A new request for my vehicle")),
        ("accepted", QT_TRANSLATE_NOOP("Settings", "My request is accepted")),
        ("declined", QT_TRANSLATE_NOOP("Settings", "My request is declined")),
        ("expired", QT_TRANSLATE_NOOP("Settings", "My request expired unanswered")),
        ("message", QT_TRANSLATE_NOOP("Settings", "A new message")),
        ("starts_tomorrow", QT_TRANSLATE_NOOP("Settings", "A booking starts tomorrow")),
        ("review_invite", QT_TRANSLATE_NOOP("Settings", "A rental to review")),
        ("renter_review_invite", QT_TRANSLATE_NOOP("Settings", "A renter of my vehicle to review")),
    )
}


class Settings(QObject):
    """Typed access to the settings file ``<data dir>/settings.ini``."""

    changed = Signal(str)  # the key that changed

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        make_private_dir(path.parent)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def in_data_dir(cls, data_dir: Path, parent: QObject | None = None) -> Settings:
        return cls(data_dir / SETTINGS_FILE, parent)

    @property
    def qsettings(self) -> QSettings:
        """The raw store, for Qt state blobs (window geometry, splitter sizes)."""
        return self._store

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            value: T = setting.decode(raw) if setting.decode else raw
            setting.check(value)
        except (SettingError, ValidationError, ValueError, TypeError, KeyError):
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        """Stores ``value``; raises SettingError (with a message for people) when invalid."""
        setting.check(value)
        stored = setting.encode(value) if setting.encode else value
        if self.get(setting) == value and self._store.contains(setting.key):
            return
        self._store.setValue(setting.key, stored)
        self._store.sync()
        self.changed.emit(setting.key)

    def reset(self, setting: Setting[Any]) -> None:
        if self._store.contains(setting.key):
            self._store.remove(setting.key)
            self._store.sync()
            self.changed.emit(setting.key)

    def is_set(self, setting: Setting[Any]) -> bool:
        return bool(self._store.contains(setting.key))
