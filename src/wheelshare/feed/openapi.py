"""The feed's OpenAPI document: for every route, every status it can answer.

FastAPI describes a route's success and a generic 422 of its own shape. This
module completes the document in one place, so a generic client or tester knows
what each route may answer and can sign in:

- every error answer has the contract's body (:data:`ERROR_SCHEMA`, components
  ``Error``), with the codes that status carries for this route's kind;
- what a route's dependencies and parameters can raise is derived from them:
  the bearer token (401), a request body (400 malformed JSON, 413, 422),
  query parameters (422), an ``Idempotency-Key`` header (400), path ids (404),
  the client address that attempt limits count under (429), the password
  hashing slots (503 ``busy``), and the database every route may fail to reach
  (503 ``database_unavailable``);
- what only the route knows (403, 409, a 404 for an id in the body, a 200 for
  a resent creation, a 304) it declares with ``responses=answers(...)``;
- the bearer scheme (``components.securitySchemes.bearer``) is on every route
  that needs a token, through the HTTPBearer dependency in http.py.

500 is never declared: it is a bug, and the API fuzz (tests/feed/test_api_fuzz.py)
fails on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, APIRouter

from wheelshare.feed.http import bearer_token, client_address, hashing_pool

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "description": "Every error answer: a stable code for programs, English for people, "
    "and what is wrong with each offending field.",
    "required": ["error"],
    "additionalProperties": False,
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "fields"],
            "additionalProperties": False,
            "properties": {
                "code": {"type": "string", "examples": ["dates_unavailable"]},
                "message": {"type": "string", "minLength": 1},
                "fields": {
                    "type": "object",
                    "description": "dotted path of each offending field → what is wrong",
                    "additionalProperties": {"type": "string"},
                },
            },
        }
    },
}

# What each status means on this feed, with the codes it carries (docs/feed-protocol.md).
WHY: dict[int, str] = {
    200: "the same request again (same Idempotency-Key, or the author's review "
    "replaced): the record it made",
    206: "the part of the snapshot a `Range: bytes=N-` asked for (resuming a download)",
    304: "nothing new since the ETag sent in If-None-Match",
    400: "`malformed_json`: the body is not JSON; `idempotency_key_required`: "
    "a missing, blank or over-long Idempotency-Key",
    401: "`unauthorized`: no bearer token; `bad_token`: unknown or revoked token; "
    "`token_expired`; `bad_credentials`: wrong email or password",
    403: "`not_owner`, `not_party`, `not_author`, `own_vehicle`, `own_trip`, "
    "`no_completed_booking`, `not_uploader`: someone else's vehicle, booking, "
    "conversation, trip, companionship or photo, or one's own vehicle or trip; "
    "`not_moderator`: the route is for moderators",
    404: "`not_found`, `vehicle_not_found`, `venue_not_found`, `booking_not_found`, "
    "`review_not_found`, `listing_not_found`, `photo_not_found`, `report_not_found`, "
    "`contribution_not_found`, `trip_not_found`, `offer_not_found`, "
    "`companionship_not_found`, `message_not_found`: no record has this id; "
    "`no_snapshot`: the feed has no snapshot to send",
    409: "`dates_unavailable`, `invalid_transition`, `request_expired`, "
    "`vehicle_unlisted`, `email_taken`, `idempotency_key_reused`, "
    "`too_many_pending`, `too_many_for_vehicle`, `already_requested`, `duplicate_venue`, "
    "`same_value`, `already_reported`, `already_decided`, `already_hidden`, `not_hidden`, "
    "`not_accepted`, `venue_removed`, `too_many_open_trips`, `already_accompanied`, "
    "`trip_not_over`, `already_rated`, `conversation_closed`, `too_many_photos`, "
    "`booking_not_confirmed`, `outside_window`, `report_locked`, `report_incomplete`, "
    "`damage_report_exists`: conflicts with the current state",
    413: "`body_too_large`: the body is over the limit",
    416: "`range_not_satisfiable`: the Range starts past the end of the snapshot",
    422: "`invalid` (see `fields`), `invalid_cursor`, `password_too_short`, "
    "`password_too_long`, `weak_password`, `booking_too_long`, `beyond_horizon`, "
    "`far_from_any_place`, `consent_required`, `unknown_place`, `same_place`, "
    "`window_inverted`, `window_in_past`, `window_too_long`, `message_empty`, "
    "`message_too_long`, `not_an_image`, `damaged_image`, `too_many_pixels`, "
    "`unknown_photo`",
    429: "`rate_limited`: too many failed sign-ins, registrations, "
    "contributions, reports, posts of trips, messages or photo uploads, or too many "
    "requests of this account waiting for changes; `name_changes_limited`, "
    "`phone_changes_limited`: a fourth new display name or phone number within a "
    "day (see `fields`); wait Retry-After seconds",
    503: "`database_unavailable`: the feed cannot reach its database; `busy`: it is "
    "hashing as many passwords, or holding as many waiting requests, as it allows; "
    "retry after Retry-After seconds",
}

# Headers an answer always carries, by status.
_HEADERS: dict[int, dict[str, str]] = {
    206: {"Content-Range": "which bytes of the snapshot, and its size"},
    304: {"ETag": "the page's ETag, unchanged"},
    401: {"WWW-Authenticate": "always `Bearer`"},
    429: {"Retry-After": "seconds to wait"},
    503: {"Retry-After": "seconds to wait"},
}

# What each dependency can answer, whatever the route.
DEPENDENCY_STATUSES: dict[Callable[..., Any], frozenset[int]] = {
    bearer_token: frozenset({401}),
    client_address: frozenset({429}),
    hashing_pool: frozenset({503}),
}


def answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for what only the route knows it answers (403, 409, 304…);
    document() adds the error body and the headers."""
    return {status: {"description": WHY[status]} for status in statuses}


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _all_params(dependant: Dependant, kind: str) -> list[Any]:
    found: list[Any] = list(getattr(dependant, kind))
    for sub in dependant.dependencies:
        found.extend(_all_params(sub, kind))
    return found


def derived_statuses(route: APIRoute) -> set[int]:
    """The error statuses a route can answer because of what it depends on."""
    statuses = {503}  # every route may find its database unreachable
    for call in _calls(route.dependant):
        statuses |= DEPENDENCY_STATUSES.get(call, frozenset())
    if route.body_field is not None:
        statuses |= {400, 413, 422}
    if _all_params(route.dependant, "query_params"):
        statuses.add(422)
    if _all_params(route.dependant, "header_params"):
        statuses.add(400)
    if _all_params(route.dependant, "path_params"):
        statuses.add(404)
    return statuses


def _response(status: int, success: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {"description": WHY[status]}
    if status >= 400:
        out["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    elif status != 304 and success is not None and "content" in success:
        out["content"] = success["content"]
    headers = _HEADERS.get(status)
    if headers:
        out["headers"] = {
            name: {"description": text, "required": True, "schema": {"type": "string"}}
            for name, text in headers.items()
        }
    return out


def api_routes(routers: Sequence[APIRouter]) -> list[APIRoute]:
    """The routes of the feed's routers (included without a prefix)."""
    return [route for router in routers for route in router.routes if isinstance(route, APIRoute)]


def document(app: FastAPI, routes: Sequence[APIRoute]) -> dict[str, Any]:
    """The complete document, built once per app."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        routes=app.routes,
    )
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    # FastAPI's own 422 body; the feed answers with its error body instead.
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Error"] = ERROR_SCHEMA
    for route in routes:
        declared = {int(s) for s in route.responses}
        wanted = derived_statuses(route) | declared
        for method in route.methods or ():
            operation = doc["paths"][route.path_format][method.lower()]
            responses: dict[str, Any] = operation["responses"]
            success = responses.get(str(route.status_code or 200))
            for key in [k for k in responses if k.isdigit() and int(k) >= 400]:
                if int(key) not in wanted:
                    del responses[key]  # FastAPI's generic 422 where none can happen
            # The success answer is the route's own (a 200 it declares, such as
            # a file's content type, keeps its description).
            for status in sorted(wanted - {route.status_code or 200}):
                responses[str(status)] = _response(status, success)
    app.openapi_schema = doc
    return doc


def install(app: FastAPI, routers: Sequence[APIRouter]) -> None:
    """Serves :func:`document` at /openapi.json (and in /docs)."""
    routes = api_routes(routers)

    def openapi() -> dict[str, Any]:
        return document(app, routes)

    app.openapi = openapi  # type: ignore[method-assign]
