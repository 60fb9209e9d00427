"""Probes for whoever runs the feed: is the process up, can it answer, metrics.

Not part of the protocol, so not in the OpenAPI document: ``/healthz`` says the
process answers (a liveness probe: restart it if not); ``/readyz`` says it can
serve (a readiness probe: send it traffic), that is its database answers and
its schema is the one this code expects (migrations at head); ``/metrics`` is
Prometheus' text format, 404 unless ``FeedSettings.metrics`` is on.
"""

from __future__ import annotations

from functools import cache

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from wheelshare.feed.errors import NotFound
from wheelshare.feed.http import Ctx, error_response

router = APIRouter(include_in_schema=False)


@cache
def _heads() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    from wheelshare.feed.migrate import alembic_config

    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


@router.get("/healthz")
def healthz() -> JSONResponse:
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})


@router.get("/readyz")
def readyz(ctx: Ctx) -> JSONResponse:
    try:
        with ctx.db.read() as s:
            applied = frozenset(s.scalars(text("SELECT version_num FROM alembic_version")))
    except SQLAlchemyError:
        return error_response(
            503,
            "database_unavailable",
            "the feed cannot reach its database or its schema",
            headers={"Retry-After": "5", "Cache-Control": "no-store"},
        )
    if applied != _heads():
        return error_response(
            503,
            "schema_not_current",
            "the database schema is not the one this version expects: run wheelshare-feed migrate",
            headers={"Retry-After": "30", "Cache-Control": "no-store"},
        )
    return JSONResponse({"status": "ready"}, headers={"Cache-Control": "no-store"})


@router.get("/metrics")
def metrics(request: Request, ctx: Ctx) -> Response:
    collected = ctx.metrics
    if collected is None:
        raise NotFound(f"there is nothing at GET {request.url.path}")
    body, content_type = collected.exposition()
    return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})
