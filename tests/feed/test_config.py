"""Settings from a TOML file and the environment: each field by its own name,
converted by its declared type; the command line wins, then the environment,
then the file; a mistake stops the start and names the setting."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from wheelshare.feed import config
from wheelshare.feed.cli import _serve_settings, build_parser
from wheelshare.feed.errors import SetupError
from wheelshare.feed.settings import KdfCost, RateLimit


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feed.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_file_the_environment_and_the_options_in_that_order(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        """
[feed]
db_url = "sqlite:///from-file.sqlite3"
tombstone_ttl = "14d"
max_page_size = 500
trusted_proxies = ["10.0.0.1", "10.0.1.0/24"]
sign_in_per_address = {attempts = 50, window = "30m"}
kdf = {time_cost = 2, memory_kib = 32768, parallelism = 2}
metrics = true
""",
    )
    environ = {
        "WHEELSHARE_FEED_MAX_PAGE_SIZE": "800",
        "WHEELSHARE_FEED_SIGN_IN_PER_ACCOUNT": "3/1h",
        "WHEELSHARE_FEED_METRICS": "off",
        "WHEELSHARE_FEED_SNAPSHOT_INTERVAL": "90",
        "WHEELSHARE_FEED_DUPLICATE_RADIUS_M": "12.5",
        "WHEELSHARE_FEED_DB": "sqlite:///from-env.sqlite3",
        "UNRELATED": "kept out",
    }
    settings = config.load(environ, path, max_page_size=None, read_only=True)
    assert settings.db_url == "sqlite:///from-env.sqlite3"
    assert settings.tombstone_ttl == timedelta(days=14)
    assert settings.max_page_size == 800
    assert settings.trusted_proxies == ("10.0.0.1", "10.0.1.0/24")
    assert settings.sign_in_per_address == RateLimit(50, timedelta(minutes=30))
    assert settings.sign_in_per_account == RateLimit(3, timedelta(hours=1))
    assert settings.kdf == KdfCost(2, 32768, 2)
    assert settings.metrics is False and settings.read_only is True
    assert settings.snapshot_interval == timedelta(seconds=90)
    assert settings.duplicate_radius_m == 12.5


def test_serve_takes_its_file_from_the_option_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path, '[feed]\ndb_url = "sqlite:///a.sqlite3"\nread_only = true\n')
    parser = build_parser()
    for name in ("WHEELSHARE_FEED_DB", "WHEELSHARE_FEED_READ_ONLY", "WHEELSHARE_FEED_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    settings = _serve_settings(parser.parse_args(["serve", "--config", str(path)]))
    assert (settings.db_url, settings.read_only) == ("sqlite:///a.sqlite3", True)
    monkeypatch.setenv("WHEELSHARE_FEED_CONFIG", str(path))
    args = parser.parse_args(["serve", "--db", "sqlite:///b.sqlite3", "--metrics"])
    settings = _serve_settings(args)
    assert (settings.db_url, settings.read_only, settings.metrics) == (
        "sqlite:///b.sqlite3",
        True,
        True,
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[feed]\nmax_page_sise = 10\n", "max_page_sise"),
        ("[feed]\nmax_page_size = '10'\n", "max_page_size"),
        ("[feed]\ntoken_ttl = 'a month'\n", "token_ttl"),
        ("[feed]\ncancellation_policy = 'strict'\n", "cancellation_policy"),
        ("[server]\nport = 1\n", "[feed]"),
        ("[feed\n", "not TOML"),
    ],
)
def test_a_mistake_in_the_file_stops_the_start_and_says_where(
    tmp_path: Path, text: str, named: str
) -> None:
    with pytest.raises(SetupError, match=named.replace("[", r"\[")):
        config.load({}, _file(tmp_path, text))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WHEELSHARE_FEED_PAGE_SIZE", "10"),
        ("WHEELSHARE_FEED_MAX_PAGE_SIZE", "²"),
        ("WHEELSHARE_FEED_METRICS", "perhaps"),
        ("WHEELSHARE_FEED_SIGN_IN_PER_ACCOUNT", "5/soon"),
    ],
)
def test_a_mistake_in_the_environment_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(SetupError, match=name):
        config.load({name: value})


@pytest.mark.parametrize(
    ("url", "credit"),
    [
        ("http://tiles.example.org/{z}/{x}/{y}.png", "© Example"),  # not https
        ("https://tiles.example.org/tiles.png", "© Example"),  # no {z}/{x}/{y}
        ("https://tiles.example.org/" + "a" * 500 + "/{z}/{x}/{y}.png", "© Example"),
        ("javascript:alert(1)//{z}/{x}/{y}", "© Example"),
        ("https://tiles.example.org/{z}/{x}/{y}.png", ""),  # no credit for the licence
        ("https://tiles.example.org/{z}/{x}/{y}.png", "©" * 201),
    ],
)
def test_a_suggested_tile_server_apps_cannot_use_stops_the_start(url: str, credit: str) -> None:
    environ = {"WHEELSHARE_FEED_MAP_TILE_URL": url, "WHEELSHARE_FEED_MAP_TILE_ATTRIBUTION": credit}
    with pytest.raises(SetupError, match="map_tile"):
        config.load(environ)


def test_a_suggested_tile_server_is_taken_with_its_credit() -> None:
    settings = config.load(
        {
            "WHEELSHARE_FEED_MAP_TILE_URL": "https://tiles.example.org/{z}/{x}/{y}.png",
            "WHEELSHARE_FEED_MAP_TILE_ATTRIBUTION": "© Example contributors",
        }
    )
    assert settings.map_tile_url.startswith("https://tiles.example.org/")
