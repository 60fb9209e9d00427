"""A property-based fuzz of every route, signed in and not, against the feed's
own OpenAPI document (schemathesis), on a live server on SQLite and PostgreSQL.

For each operation in ``GET /openapi.json``, schemathesis draws requests from
the document (valid ones, and ones that break it: wrong types, missing fields,
odd characters) and sends them to the server; a test fails on any 5xx, any
status the document does not declare for that route, and any answer whose
content type, headers or body does not match what the document declares.

Path ids are random (mostly 404s) or the ids of real records the fuzz account
owns or took part in (a vehicle, a booking on someone else's vehicle, a venue),
so the routes' deeper checks run too. The sign-in and registration limits are
raised for this server (see ``fuzz_feed``): otherwise after the fifth wrong
password every sign-in would be 429 and the fuzz would test only that.

Bounded and reproducible: a fixed number of examples per operation
(``WHEELSHARE_FUZZ_EXAMPLES``, default 15) drawn with ``derandomize``, so every
run sends the same requests; ``WHEELSHARE_FUZZ_SEED=<n>`` draws other ones,
the same again for the same seed. docs/testing.md says how to run it alone,
longer, and how to replay a failure.
"""

from __future__ import annotations

import copy
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup, ServerError
from schemathesis.openapi.checks import UndefinedStatusCode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from wheelshare.domain.wire import format_time
from wheelshare.feed import routes_vehicles
from wheelshare.feed.app import create_app
from wheelshare.feed.settings import FeedSettings, RateLimit
from wheelshare.feed.testing import Account, LiveFeed

from . import images
from .conftest import make_feed
from .helpers import at

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("WHEELSHARE_FUZZ_EXAMPLES", "15"))
SEED = os.environ.get("WHEELSHARE_FUZZ_SEED")

CHECKS = [
    not_a_server_error,  # any 5xx
    status_code_conformance,  # a status the document does not declare for the route
    content_type_conformance,
    response_headers_conformance,  # e.g. Retry-After on a 429, WWW-Authenticate on a 401
    response_schema_conformance,  # the body, e.g. the error body on every 4xx
    negative_data_rejection,  # a request the document calls invalid must not succeed
    ignored_auth,  # a route that needs a token refuses the same request without one
]

# High enough that the fuzz never reaches them: it tests the routes, not the limits
# (tests/feed/test_rate_limits.py and test_registration_limits.py do).
UNLIMITED = RateLimit(attempts=1_000_000, window=timedelta(minutes=1))


def _operations() -> list[tuple[str, str]]:
    """(method, path) of every operation the server documents; read at collection
    time from the same app factory the live server uses."""
    app = create_app(FeedSettings(db_url="sqlite://", background_sweep=False))
    paths: dict[str, dict[str, Any]] = app.openapi()["paths"]
    return [(method.upper(), path) for path, ops in paths.items() for method in ops]


OPERATIONS = _operations()


@pytest.fixture(scope="module")
def fuzz_feed(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveFeed]:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("fuzz"),
        sign_in_per_account=UNLIMITED,
        sign_in_per_address=UNLIMITED,
        register_per_address=UNLIMITED,
        # Any wait the fuzz draws is answered within a second, not thirty
        # (tests/feed/test_long_poll.py tests waiting).
        max_wait=timedelta(seconds=1),
        posts_per_account=UNLIMITED,
    ) as feed:
        yield feed


@pytest.fixture(scope="module")
def api(fuzz_feed: LiveFeed) -> schemathesis.schemas.BaseSchema:
    """The document the running server serves, which the fuzz trusts and checks."""
    return schemathesis.openapi.from_url(f"{fuzz_feed.url}/openapi.json")


@pytest.fixture(scope="module")
def api_signed_in(fuzz_feed: LiveFeed) -> schemathesis.schemas.BaseSchema:
    """The same document, for requests that carry the fuzz account's token: the
    fuzz does not draw (or leave out) an Authorization header of its own, which
    would replace or drop the real one."""
    schema = schemathesis.openapi.from_url(f"{fuzz_feed.url}/openapi.json")
    schema.config.generation.update(with_security_parameters=False)
    return schema


@pytest.fixture(scope="module")
def fuzzer(fuzz_feed: LiveFeed) -> Account:
    return fuzz_feed.register("Fuzz Tester")


@pytest.fixture(scope="module")
def known_ids(fuzz_feed: LiveFeed, fuzzer: Account) -> dict[str, list[str]]:
    """Real ids for each path parameter: the fuzz account's own vehicle, a demo
    vehicle, a booking the fuzz account requested, a demo venue, a photo of the
    fuzz account's vehicle and one of its files."""
    own = fuzz_feed.create_vehicle(fuzzer)
    page, _ = fuzz_feed.all_changes()
    others = [c["id"] for c in page if c["kind"] == "vehicle" and c["id"] != own["id"]]
    venues = [c["id"] for c in page if c["kind"] == "venue"]
    booking = None
    for vehicle_id in others:
        r = fuzz_feed.book(fuzzer, vehicle_id, at(3), at(4))
        if r.status_code == 201:
            booking = r.json()["booking"]["id"]
            break
    assert booking is not None, "no demo vehicle could be booked"
    # A trip of another traveller the fuzz account offered help on, and its own offer.
    traveller = fuzz_feed.register("Fuzz Traveller")
    station = {"kind": "station", "city": "Lyon", "lat": 45.76, "lon": 4.86}
    journey = {
        "origin": {**station, "name": "Lyon Part-Dieu"},
        "destination": {**station, "name": "Grenoble", "lat": 45.19, "lon": 5.71},
        "leaves_from": format_time(at(3)),
        "leaves_until": format_time(at(3, 2)),
        "mode": "train",
    }
    posted = []
    for who, path in ((traveller, "/v1/trips"), (fuzzer, "/v1/companion-offers")):
        headers = {**who.headers, "Idempotency-Key": str(uuid.uuid4())}
        r = fuzz_feed.http.post(f"{fuzz_feed.url}{path}", json=journey, headers=headers)
        assert r.status_code == 201, r.text
        posted.append(next(iter(r.json().values()))["id"])
    trip, offer = posted
    r = fuzz_feed.http.post(
        f"{fuzz_feed.url}/v1/trips/{trip}/help", json={}, headers=fuzzer.headers
    )
    assert r.status_code == 201, r.text
    photo = fuzz_feed.http.post(
        f"{fuzz_feed.url}/v1/vehicles/{own['id']}/photos",
        data={"description": "The rear ramp"},
        files={"file": ("ramp.png", images.png(), "image/png")},
        headers=fuzzer.headers,
    ).json()["photo"]
    return {
        "vehicle_id": [own["id"], others[0]],
        "booking_id": [booking],
        "venue_id": [venues[0]],
        "trip_id": [trip],
        "offer_id": [offer],
        "companionship_id": [r.json()["companionship"]["id"]],
        "photo_id": [photo["id"]],
        "digest": [photo["files"]["thumb"]["sha256"]],
    }


def _cases(
    api: schemathesis.schemas.BaseSchema, method: str, path: str, ids: dict[str, list[str]]
) -> st.SearchStrategy[Any]:
    operation = api[path][method]
    names = [p.name for p in operation.path_parameters]
    strategies = []
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        strategies.append(operation.as_strategy(generation_mode=mode))
        for name in names:
            for value in ids.get(name, []):
                strategies.append(
                    operation.as_strategy(generation_mode=mode, path_parameters={name: value})
                )
    return st.one_of(strategies)


def _fuzz(
    api: schemathesis.schemas.BaseSchema,
    feed: LiveFeed,
    method: str,
    path: str,
    ids: dict[str, list[str]],
    headers: Callable[[], dict[str, str]],
) -> None:
    session = requests.Session()

    @given(case=_cases(api, method, path, ids))
    @settings(
        max_examples=EXAMPLES,
        derandomize=SEED is None,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    def run(case: Any) -> None:
        case.call_and_validate(
            base_url=feed.url, session=session, headers=headers(), checks=CHECKS, timeout=30
        )

    if SEED is not None:
        run = seed(int(SEED))(run)
    try:
        run()
    finally:
        session.close()


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_fuzz_signed_out(
    api: schemathesis.schemas.BaseSchema,
    fuzz_feed: LiveFeed,
    known_ids: dict[str, list[str]],
    method: str,
    path: str,
) -> None:
    _fuzz(api, fuzz_feed, method, path, known_ids, dict)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_fuzz_signed_in(
    api_signed_in: schemathesis.schemas.BaseSchema,
    fuzz_feed: LiveFeed,
    fuzzer: Account,
    known_ids: dict[str, list[str]],
    method: str,
    path: str,
) -> None:
    if (method, path) == ("POST", "/v1/auth/logout"):
        # Signing out ends the token: each example signs out a token of its own.
        def headers() -> dict[str, str]:
            token = fuzz_feed.sign_in(fuzzer.email, fuzzer.password)
            return {"Authorization": f"Bearer {token}"}

        _fuzz(api_signed_in, fuzz_feed, method, path, known_ids, headers)
    else:
        _fuzz(api_signed_in, fuzz_feed, method, path, known_ids, lambda: dict(fuzzer.headers))


def test_every_operation_is_fuzzed(api: schemathesis.schemas.BaseSchema) -> None:
    """The operations parametrised above are those the running server documents."""
    served = sorted((r.ok().method.upper(), r.ok().path) for r in api.get_all_operations())
    assert served == sorted(OPERATIONS)
    assert len(OPERATIONS) >= 20


def test_the_fuzz_fails_on_an_undocumented_status(
    api: schemathesis.schemas.BaseSchema, fuzz_feed: LiveFeed, known_ids: dict[str, list[str]]
) -> None:
    """Without 404 in the document, unknown vehicle ids are an undocumented answer."""
    raw = copy.deepcopy(api.raw_schema)
    del raw["paths"]["/v1/vehicles/{vehicle_id}"]["get"]["responses"]["404"]
    lying = schemathesis.openapi.from_dict(raw)
    with pytest.raises(FailureGroup) as failed:
        _fuzz(lying, fuzz_feed, "GET", "/v1/vehicles/{vehicle_id}", known_ids, dict)
    assert [type(e) for e in failed.value.exceptions] == [UndefinedStatusCode]


def test_the_fuzz_fails_on_a_server_error(
    api: schemathesis.schemas.BaseSchema,
    fuzz_feed: LiveFeed,
    known_ids: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A bug behind a route (here a failing read) makes the fuzz fail."""

    def broken(*_args: object) -> dict[str, Any]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(routes_vehicles.vehicles, "get_availability", broken)
    with (
        caplog.at_level(logging.CRITICAL, logger="wheelshare.feed.http"),
        pytest.raises(FailureGroup) as failed,
    ):
        _fuzz(api, fuzz_feed, "GET", "/v1/vehicles/{vehicle_id}/availability", known_ids, dict)
    assert ServerError in [type(e) for e in failed.value.exceptions]
