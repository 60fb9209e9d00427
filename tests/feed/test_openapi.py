"""The OpenAPI document tells a generic client what every route may answer and
how to sign in: each status a route's dependencies can raise is declared, with
the feed's error body, and the routes that need a token carry the bearer scheme.

What each status is for is written out here, independently of openapi.py, so a
new dependency or a route that forgets its statuses fails this test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from wheelshare.feed import (
    openapi,
    routes_account_rights,
    routes_accounts,
    routes_bookings,
    routes_changes,
    routes_companions,
    routes_contributions,
    routes_handover,
    routes_messages,
    routes_moderation,
    routes_photos,
    routes_renter_reviews,
    routes_reviews,
    routes_vehicles,
)
from wheelshare.feed.app import create_app
from wheelshare.feed.settings import FeedSettings
from wheelshare.feed.testing import LiveFeed

from .helpers import error_of


@pytest.fixture(scope="module")
def doc_and_routes() -> tuple[dict[str, Any], list[APIRoute]]:
    app = create_app(FeedSettings(db_url="sqlite://", background_sweep=False))
    doc = app.openapi()
    # The routes as the app serves them, so none is left out.
    served = {(m, p) for p, ops in doc["paths"].items() for m in ops}
    routes = openapi.api_routes(
        [
            m.router
            for m in (
                routes_accounts,
                routes_account_rights,
                routes_changes,
                routes_vehicles,
                routes_bookings,
                routes_reviews,
                routes_renter_reviews,
                routes_contributions,
                routes_moderation,
                routes_companions,
                routes_messages,
                routes_photos,
                routes_handover,
            )
        ]
    )
    assert {(m.lower(), r.path) for r in routes for m in r.methods} == served
    return doc, routes


def _calls(dependant: Dependant) -> Iterator[str]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield getattr(sub.call, "__name__", type(sub.call).__name__)
        yield from _calls(sub)


def _flat(dependant: Dependant, kind: str) -> list[Any]:
    out: list[Any] = list(getattr(dependant, kind))
    for sub in dependant.dependencies:
        out.extend(_flat(sub, kind))
    return out


def _operations(
    doc: dict[str, Any], routes: list[APIRoute]
) -> Iterator[tuple[str, APIRoute, dict[str, Any]]]:
    for route in routes:
        for method in route.methods:
            yield f"{method} {route.path}", route, doc["paths"][route.path][method.lower()]


def test_every_route_declares_what_its_dependencies_can_answer(
    doc_and_routes: tuple[dict[str, Any], list[APIRoute]],
) -> None:
    doc, routes = doc_and_routes
    missing: dict[str, set[int]] = {}
    for label, route, operation in _operations(doc, routes):
        calls = set(_calls(route.dependant))
        expected = {503}  # the database may be unreachable on any route
        if "bearer_token" in calls:
            expected.add(401)
        if "client_address" in calls:  # counted attempts: sign-in, registration…
            expected.add(429)
        if "hashing_pool" in calls:  # all hashing slots taken: 503 busy
            expected.add(503)
        if route.body_field is not None:
            expected |= {400, 413, 422}  # malformed JSON, too large, invalid fields
        if _flat(route.dependant, "query_params"):
            expected.add(422)
        if _flat(route.dependant, "header_params"):
            expected.add(400)  # Idempotency-Key
        if _flat(route.dependant, "path_params"):
            expected.add(404)
        declared = {int(s) for s in operation["responses"]}
        if expected - declared:
            missing[label] = expected - declared
    assert missing == {}


def test_the_limited_routes_declare_429_and_503(
    doc_and_routes: tuple[dict[str, Any], list[APIRoute]],
) -> None:
    """The routes that count attempts and hash passwords (docs/security.md),
    the private feed, which limits the requests waiting for changes, and the
    photo uploads, counted per account."""
    doc, _ = doc_and_routes
    photo_uploads = [
        ("/v1/vehicles/{vehicle_id}/photos", "post"),
        ("/v1/venues/{venue_id}/photos", "post"),
        ("/v1/bookings/{booking_id}/handover/{moment}/photos", "post"),
    ]
    for path, method in photo_uploads:
        assert "Retry-After" in doc["paths"][path][method]["responses"]["429"]["headers"]
    for path, method in [
        ("/v1/auth/register", "post"),
        ("/v1/auth/token", "post"),
        ("/v1/me/password", "post"),
        ("/v1/me", "delete"),
        ("/v1/me/changes", "get"),
        ("/v1/trips", "post"),
        ("/v1/companion-offers", "post"),
        ("/v1/trips/{trip_id}/help", "post"),
        ("/v1/bookings/{booking_id}/messages", "post"),
    ]:
        responses = doc["paths"][path][method]["responses"]
        assert {"429", "503"} <= set(responses), path
        assert "Retry-After" in responses["429"]["headers"]
    limited = {
        (p, m)
        for p, ops in doc["paths"].items()
        for m, op in ops.items()
        if "429" in op["responses"]
    }
    # Those, what one account contributes, reports and posts (counted per account), and
    # renaming (each one republishes the name), with no hashing.
    assert limited == {
        ("/v1/auth/register", "post"),
        ("/v1/auth/token", "post"),
        ("/v1/me/password", "post"),
        ("/v1/me", "delete"),
        ("/v1/me/changes", "get"),
        ("/v1/me", "patch"),
        ("/v1/venues", "post"),
        ("/v1/venues/{venue_id}/corrections", "post"),
        ("/v1/reports", "post"),
        ("/v1/trips", "post"),
        ("/v1/companion-offers", "post"),
        ("/v1/trips/{trip_id}/help", "post"),
        ("/v1/bookings/{booking_id}/messages", "post"),
        *photo_uploads,
    }
    assert "Retry-After" in doc["paths"]["/v1/me"]["patch"]["responses"]["429"]["headers"]


def test_every_error_answer_has_the_error_body_and_no_500_is_declared(
    doc_and_routes: tuple[dict[str, Any], list[APIRoute]],
) -> None:
    doc, routes = doc_and_routes
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    error = doc["components"]["schemas"]["Error"]
    assert error["required"] == ["error"]
    assert error["properties"]["error"]["required"] == ["code", "message", "fields"]
    for label, _route, operation in _operations(doc, routes):
        for status, response in operation["responses"].items():
            assert status != "500", label
            if int(status) >= 400:
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Error"}, (label, status)
                assert response["description"].startswith("`"), (label, status)


def test_the_routes_that_need_a_token_carry_the_bearer_scheme(
    doc_and_routes: tuple[dict[str, Any], list[APIRoute]],
) -> None:
    doc, routes = doc_and_routes
    scheme = doc["components"]["securitySchemes"]["bearer"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    signed_in = set()
    for label, route, operation in _operations(doc, routes):
        needs_token = "bearer_token" in set(_calls(route.dependant))
        assert (operation.get("security") == [{"bearer": []}]) == needs_token, label
        assert ("401" in operation["responses"]) == (needs_token or label == "POST /v1/auth/token")
        if needs_token:
            signed_in.add(label)
    assert {"GET /v1/me", "POST /v1/bookings", "PATCH /v1/vehicles/{vehicle_id}"} <= signed_in
    assert "GET /v1/changes" not in signed_in


def test_the_server_serves_this_document_and_its_errors_match_it(tmp_path: Any) -> None:
    """A generic client reads /openapi.json, signs in as it says and gets the
    declared answers (a full run of every route is test_api_fuzz.py)."""
    with LiveFeed(tmp_path) as feed:
        doc = requests.get(f"{feed.url}/openapi.json", timeout=10).json()
        assert doc == create_app(FeedSettings(db_url="sqlite://")).openapi()
        r = requests.get(f"{feed.url}/v1/me", timeout=10)
        assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"
        assert error_of(r)["code"] == "unauthorized"
        assert "401" in doc["paths"]["/v1/me"]["get"]["responses"]
        account = feed.register()
        r = requests.get(f"{feed.url}/v1/me", headers=account.headers, timeout=10)
        assert r.status_code == 200
