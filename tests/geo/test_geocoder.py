"""Geocoding: Nominatim on a loopback fake, the cache, and the gazetteer fallback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from wheelshare import __version__
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.geo import NO_NETWORK_ENV, Gazetteer, GeocodeCache, Geocoder, combine

from .fake_nominatim import FakeNominatim, fake_nominatim


@pytest.fixture
def nominatim(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNominatim]:
    monkeypatch.delenv(NO_NETWORK_ENV, raising=False)
    with fake_nominatim() as fake:
        yield fake


@pytest.fixture
def cache_path(data_dir: Path) -> Path:
    return data_dir / "geocoder-cache.sqlite"


def _geocoder(
    fake: FakeNominatim, cache_path: Path, gazetteer: Gazetteer, timeout: float = 5.0
) -> Geocoder:
    return Geocoder(
        GeocodeCache(cache_path), gazetteer, domain=fake.domain, scheme="http", timeout=timeout
    )


def test_nominatim_answers_then_the_cache(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        answer = geo.search("Gare de Lyon")
        assert answer.source == "nominatim"
        (place,) = answer.places
        assert place.name == "Gare de Lyon"
        assert (place.lat, place.lon) == (48.8448, 2.3735)
        assert (place.country, place.admin, place.kind) == ("FR", "Île-de-France", "station")
        assert place.source == "nominatim"
        assert place.address.startswith("Gare de Lyon, Place Louis-Armand")

        again = geo.search("  gare DE lyon ")
        assert again.source == "cache"
        assert [p.answered_by("nominatim") for p in again.places] == answer.places

    # The cache outlives the geocoder: a later run still does not ask again.
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        assert geo.search("Gare de Lyon").source == "cache"

    (request,) = nominatim.requests
    assert request.path == "/search"
    assert request.params["q"] == "Gare de Lyon"
    assert request.params["format"] == "json"
    assert request.user_agent.startswith(f"wheelshare/{__version__} ")


def test_nothing_found_is_cached_too(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        first = geo.search("Nowhere-sur-Rien")
        assert (first.places, first.source) == ([], "nominatim")
        assert geo.search("nowhere-sur-rien").source == "cache"
    assert len(nominatim.requests) == 1


def test_one_request_per_second(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        geo.search("first place")
        geo.search("second place")
    a, b = nominatim.requests
    assert b.at - a.at >= 0.95  # Nominatim's policy: at most one request per second


def test_timeout_falls_back_to_the_gazetteer(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    nominatim.mode = "slow"
    with _geocoder(nominatim, cache_path, shipped_gazetteer, timeout=0.3) as geo:
        answer = geo.search("Lille")
        assert answer.source == "gazetteer"
        assert "did not answer within 0.3 s" in answer.notice
        assert answer.problem == Problem(ProblemCode.PLACE_SEARCH_TIMEOUT, {"seconds": "0.3"})
        assert answer.places[0].name == "Lille"
        assert all(p.source == "gazetteer" for p in answer.places)
        # The failure is not cached, and the next query does not wait again.
        assert len(geo.cache) == 0
        assert geo.search("Lyon").places[0].name == "Lyon"
    assert len(nominatim.requests) == 1


def test_rate_limited_falls_back_to_the_gazetteer(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    nominatim.mode = "rate-limited"
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        answer = geo.search("gare de")
        assert answer.source == "gazetteer"
        assert "slow down" in answer.notice
        assert answer.problem == Problem(ProblemCode.PLACE_SEARCH_BUSY)
        assert answer.places[0].name == "Gare de Lyon"


def test_server_error_falls_back_to_the_gazetteer(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    nominatim.mode = "broken"
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        answer = geo.search("saint-e")
        assert answer.source == "gazetteer"
        assert "unavailable" in answer.notice
        assert answer.problem == Problem(ProblemCode.PLACE_SEARCH_UNAVAILABLE)
        assert answer.places[0].name == "Saint-Étienne"


def test_unreachable_server_falls_back(
    cache_path: Path, shipped_gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(NO_NETWORK_ENV, raising=False)
    with fake_nominatim() as fake:
        domain = fake.domain  # a port nobody listens on once the fake is gone
    geo = Geocoder(GeocodeCache(cache_path), shipped_gazetteer, domain=domain, scheme="http")
    with geo:
        answer = geo.search("Lille")
    assert answer.source == "gazetteer"
    assert answer.places[0].name == "Lille"


def test_reverse_geocoding(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        answer = geo.reverse(48.8606, 2.3376)
        assert answer.source == "nominatim"
        assert answer.places[0].address.startswith("3, Rue de Rivoli")
        assert geo.reverse(48.8606, 2.3376).source == "cache"
    assert [r.path for r in nominatim.requests] == ["/reverse"]
    assert nominatim.requests[0].params["lat"] == "48.8606"


def test_environment_keeps_it_off_the_network(
    cache_path: Path, shipped_gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NO_NETWORK_ENV, "1")
    with fake_nominatim() as fake:
        with _geocoder(fake, cache_path, shipped_gazetteer) as geo:
            answer = geo.search("Gare de Lyon")
            assert answer.source == "gazetteer"
            assert answer.places[0].name == "Gare de Lyon"
            assert "turned off" in answer.notice
            assert answer.problem == Problem(ProblemCode.PLACE_SEARCH_OFF)
            near = geo.reverse(50.637, 3.063)
            assert (near.source, near.places[0].name) == ("gazetteer", "Lille")
        assert fake.requests == []


def test_default_geocoder_in_tests_never_leaves_the_machine(
    data_dir: Path, shipped_gazetteer: Gazetteer
) -> None:
    # tests/conftest.py sets the variable; the real Nominatim must not be asked.
    with Geocoder.open(data_dir, shipped_gazetteer) as geo:
        assert not geo.network_allowed
        assert geo.search("Lille").source == "gazetteer"


def test_offline_completions_then_new_online_places(
    nominatim: FakeNominatim, cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    offline = shipped_gazetteer.complete("gare de l", limit=3)
    with _geocoder(nominatim, cache_path, shipped_gazetteer) as geo:
        online = geo.search("gare de lyon").places
    merged = combine(offline, online, limit=5)
    # Nominatim's Gare de Lyon is the gazetteer's, 100 m apart: listed once.
    assert [p.name for p in merged] == [p.name for p in offline]
    assert [p.source for p in merged] == ["gazetteer"] * 3
    elsewhere = online[0].answered_by("nominatim")
    moved = combine(offline, [replace(elsewhere, name="Gare de Lyon-Vaise")])
    assert moved[-1].name == "Gare de Lyon-Vaise" and moved[-1].source == "nominatim"
    assert combine(offline, online, limit=2) == offline[:2]


def test_a_damaged_cache_file_is_started_afresh(
    cache_path: Path, shipped_gazetteer: Gazetteer
) -> None:
    cache_path.write_bytes(b"not a database at all, just some bytes" * 100)
    with GeocodeCache(cache_path) as cache:
        assert len(cache) == 0
        cache.put("search", "|lille", shipped_gazetteer.complete("lille", 1))
        assert cache.get("search", "|lille") == [
            p.answered_by("cache") for p in shipped_gazetteer.complete("lille", 1)
        ]
