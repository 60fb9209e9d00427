"""FeedSettings from a config file and the environment, for ``wheelshare-feed serve``.

``FeedSettings`` (settings.py) stays the one typed declaration: every field
can be set, by its own name, in the ``[feed]`` table of a TOML file
(``serve --config FILE`` or ``$WHEELSHARE_FEED_CONFIG``) and as an
environment variable ``WHEELSHARE_FEED_<NAME>``; values are converted by the
field's declared type. Later sources win: the defaults, the file, the
environment, then the command line's options.

Spelling of values:

* durations: seconds, or a number with ``s``, ``m``, ``h`` or ``d`` (``15m``);
* lists of addresses: a TOML array, or comma-separated in the environment;
* yes/no: TOML ``true``/``false``; in the environment ``1``, ``true``, ``yes``
  or ``on`` (case aside), and ``0``, ``false``, ``no``, ``off`` or empty;
* attempt limits (``sign_in_per_account`` …): a table ``{attempts = 5,
  window = "15m"}``, or ``5/15m`` in the environment;
* the password hashing cost (``kdf``): a table of ``time_cost``,
  ``memory_kib``, ``parallelism`` (file only).

``db_url`` is also read from ``WHEELSHARE_FEED_DB``, as before. A name that
is not a setting, or a value of the wrong kind, stops the start with an error
naming it. ``cancellation_policy`` is set in code only.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import typing
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from wheelshare.feed import map_tiles
from wheelshare.feed.errors import SetupError
from wheelshare.feed.settings import FeedSettings, KdfCost, RateLimit

PREFIX = "WHEELSHARE_FEED_"
CONFIG_ENV = "WHEELSHARE_FEED_CONFIG"
# Environment names kept from before this module; they win over the generic one.
ALIASES = {
    "db_url": "WHEELSHARE_FEED_DB",
    "photo_store": "WHEELSHARE_FEED_PHOTOS",
    "s3_endpoint_url": "WHEELSHARE_FEED_S3_ENDPOINT",
}
# Variables with the prefix that are not settings.
NOT_SETTINGS = frozenset({CONFIG_ENV, *ALIASES.values()})
_DURATION = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})
_FIXED = frozenset({"cancellation_policy"})


def _types() -> dict[str, Any]:
    return typing.get_type_hints(FeedSettings)


def _duration(name: str, value: object) -> timedelta:
    if isinstance(value, bool):
        raise SetupError(f"{name}: expected a duration such as 90, 15m or 2h, not {value!r}")
    if isinstance(value, int | float):
        return timedelta(seconds=value)
    m = _DURATION.fullmatch(str(value).strip())
    if m is None:
        raise SetupError(f"{name}: expected a duration such as 90, 15m or 2h, not {value!r}")
    return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])


def _convert(name: str, kind: Any, value: object, *, from_env: bool) -> Any:
    if kind is str:
        if not isinstance(value, str):
            raise SetupError(f"{name}: expected text, not {value!r}")
        return value
    if kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if from_env and text in _TRUE | _FALSE:
            return text in _TRUE
        raise SetupError(f"{name}: expected yes or no, not {value!r}")
    if kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if from_env and str(value).strip().isascii() and str(value).strip().isdigit():
            return int(str(value).strip())
        raise SetupError(f"{name}: expected a whole number, not {value!r}")
    if kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if from_env:
            try:
                return float(str(value).strip())
            except ValueError:
                pass
        raise SetupError(f"{name}: expected a number, not {value!r}")
    if kind is timedelta:
        return _duration(name, value)
    if typing.get_origin(kind) is tuple:
        items = value.split(",") if from_env and isinstance(value, str) else value
        if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
            raise SetupError(f"{name}: expected a list of text, not {value!r}")
        return tuple(i.strip() for i in items if i.strip())
    if kind is RateLimit:
        if from_env and isinstance(value, str) and "/" in value:
            attempts, _, window = value.partition("/")
            value = {"attempts": attempts, "window": window}
        if not isinstance(value, Mapping) or set(value) - {"attempts", "window"}:
            raise SetupError(f"{name}: expected {{attempts = N, window = DURATION}}")
        default = RateLimit()
        return RateLimit(
            attempts=_convert(
                f"{name}.attempts", int, value.get("attempts", default.attempts), from_env=from_env
            ),
            window=_duration(f"{name}.window", value.get("window", default.window.total_seconds())),
        )
    if kind is KdfCost and isinstance(value, Mapping):
        fields = {f.name for f in dataclasses.fields(KdfCost)}
        if set(value) - fields:
            raise SetupError(f"{name}: expected a table of {', '.join(sorted(fields))}")
        return KdfCost(
            **{k: _convert(f"{name}.{k}", int, v, from_env=False) for k, v in value.items()}
        )
    raise SetupError(f"{name} cannot be set here")


def from_file(path: Path) -> dict[str, Any]:
    """The ``[feed]`` table of a TOML file, converted; SetupError on any mistake."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise SetupError(f"cannot read the config file {path}: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise SetupError(f"the config file {path} is not TOML: {e}") from None
    table = document.get("feed", {})
    if not isinstance(table, dict) or set(document) - {"feed"}:
        raise SetupError(f"the config file {path} should hold one [feed] table")
    types = _types()
    out: dict[str, Any] = {}
    for name, value in table.items():
        if name not in types or name in _FIXED:
            raise SetupError(f"{path}: {name!r} is not a setting of the feed")
        out[name] = _convert(name, types[name], value, from_env=False)
    return out


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    types = _types()
    out: dict[str, Any] = {}
    for key, value in environ.items():
        if not key.startswith(PREFIX) or key in NOT_SETTINGS:
            continue
        name = key.removeprefix(PREFIX).lower()
        if name not in types or name in _FIXED:
            raise SetupError(f"${key} is not a setting of the feed")
        out[name] = _convert(key, types[name], value, from_env=True)
    for name, key in ALIASES.items():
        if environ.get(key):
            out[name] = environ[key]
    return out


def load(environ: Mapping[str, str], config: Path | None = None, **options: Any) -> FeedSettings:
    """Defaults < the config file (``config``, else ``$WHEELSHARE_FEED_CONFIG``)
    < the environment < ``options`` (the command line's, None meaning not given)."""
    path = config or (Path(environ[CONFIG_ENV]) if environ.get(CONFIG_ENV) else None)
    values: dict[str, Any] = from_file(path) if path is not None else {}
    values |= from_environment(environ)
    values |= {k: v for k, v in options.items() if v is not None}
    settings = FeedSettings(**values)
    map_tiles.check(settings)
    return settings
