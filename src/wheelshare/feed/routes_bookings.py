"""Bookings: request (idempotent), answer, cancel, read; the cancellation policy."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse

from wheelshare.feed import bookings, map_tiles
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.http import BearerToken, Ctx, FeedContext, idempotency_key_from
from wheelshare.feed.openapi import answers
from wheelshare.feed.schemas import BookingIn

router = APIRouter(tags=["bookings"])


@router.post("/v1/bookings", status_code=201, responses=answers(200, 403, 404, 409))
def request_booking(
    body: BookingIn,
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """201 with the booking; the same Idempotency-Key again answers 200 with the same one."""
    key = idempotency_key_from(idempotency_key, "booking request")
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        placed = bookings.place_booking(
            s, user, body.vehicle_id, body.start, body.end, key, ctx.settings
        )
    if ctx.metrics is not None:
        ctx.metrics.bookings.labels("created" if placed.created else "repeated").inc()
    return JSONResponse({"booking": placed.data}, status_code=201 if placed.created else 200)


@router.get("/v1/bookings/{booking_id}", responses=answers(403))
def get_booking(booking_id: str, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    ctx.sweep_if_due()
    with ctx.db.read() as s:
        user = user_for_token(s, token)
        return {"booking": bookings.get_booking(s, user, booking_id)}


def _answer(booking_id: str, token: str, ctx: FeedContext, accept: bool) -> dict[str, Any]:
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"booking": bookings.answer(s, user, booking_id, accept)}


@router.post("/v1/bookings/{booking_id}/accept", responses=answers(403, 409))
def accept(booking_id: str, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    return _answer(booking_id, token, ctx, True)


@router.post("/v1/bookings/{booking_id}/decline", responses=answers(403, 409))
def decline(booking_id: str, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    return _answer(booking_id, token, ctx, False)


@router.post("/v1/bookings/{booking_id}/cancel", responses=answers(403, 409))
def cancel(booking_id: str, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"booking": bookings.cancel(s, user, booking_id, ctx.settings)}


@router.get("/v1/policy")
def policy(ctx: Ctx) -> dict[str, Any]:
    p = ctx.settings.cancellation_policy
    return {
        "cancellation": {
            "full_refund_hours_before": int(p.full_before.total_seconds() // 3600),
            "late_refund_percent": p.late_percent,
            "text": p.describe(),
        },
        "request_expiry_hours": ctx.settings.request_expiry.total_seconds() / 3600,
        "booking_limits": {
            "horizon_days": ctx.settings.booking_horizon.days,
            "max_days": ctx.settings.max_booking.days,
            "min_hours": int(ctx.settings.min_booking.total_seconds() // 3600),
            "max_pending_requests": ctx.settings.max_pending_per_renter,
            "max_open_per_vehicle": ctx.settings.max_open_per_vehicle,
        },
        "map_tiles": map_tiles.published(ctx.settings),
    }
