"""Owners' vehicles, their availability, and quotes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import JSONResponse

from wheelshare.domain.wire import format_time
from wheelshare.feed import vehicles
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.bookings import check_period, quote_for
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Invalid
from wheelshare.feed.http import BearerToken, Ctx, idempotency_key_from
from wheelshare.feed.openapi import answers
from wheelshare.feed.schemas import AvailabilityIn, Time, VehicleIn, VehiclePatch

router = APIRouter(tags=["vehicles"])


@router.post("/v1/vehicles", status_code=201, responses=answers(200, 409))
def create_vehicle(
    body: VehicleIn,
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """201 with the vehicle; the same Idempotency-Key again answers 200 with the same one.

    The key is optional here (the contract did not ask for one at first), but a
    client that may resend — any client with an outbox — must send it.
    """
    key = None if idempotency_key is None else idempotency_key_from(idempotency_key, "listing")
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        made = vehicles.create_vehicle(s, user, body.model_dump(), key)
    return JSONResponse({"vehicle": made.data}, status_code=201 if made.created else 200)


@router.get("/v1/vehicles/{vehicle_id}")
def get_vehicle(vehicle_id: str, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.read() as s:
        return {"vehicle": vehicles.get_vehicle(s, vehicle_id)}


@router.patch("/v1/vehicles/{vehicle_id}", responses=answers(403))
def edit_vehicle(
    vehicle_id: str,
    body: VehiclePatch,
    token: BearerToken,
    ctx: Ctx,
) -> dict[str, Any]:
    patch = body.model_dump(exclude_unset=True)
    nulls = {k: "cannot be null" for k, v in patch.items() if v is None}
    if nulls:
        raise Invalid("some fields need fixing", fields=nulls)
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"vehicle": vehicles.update_vehicle(s, user, vehicle_id, patch)}


@router.delete("/v1/vehicles/{vehicle_id}", responses=answers(403))
def unlist_vehicle(vehicle_id: str, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"vehicle": vehicles.unlist_vehicle(s, user, vehicle_id)}


@router.get("/v1/vehicles/{vehicle_id}/availability")
def get_availability(vehicle_id: str, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.read() as s:
        return {"availability": vehicles.get_availability(s, vehicle_id)}


@router.put("/v1/vehicles/{vehicle_id}/availability", responses=answers(403))
def put_availability(
    vehicle_id: str,
    body: AvailabilityIn,
    token: BearerToken,
    ctx: Ctx,
) -> dict[str, Any]:
    rules = {
        "blocks": [{"start": format_time(b.start), "end": format_time(b.end)} for b in body.blocks],
        "weekly": [w.model_dump() for w in body.weekly],
        "timezone": body.timezone,
    }
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        data = vehicles.set_availability(s, user, vehicle_id, rules, body.instant_book)
        vehicle = vehicles.get_vehicle(s, vehicle_id, for_owner=True)
        return {"availability": data, "vehicle": vehicle}


@router.get("/v1/vehicles/{vehicle_id}/quote")
def get_quote(
    vehicle_id: str,
    start: Annotated[Time, Query()],
    end: Annotated[Time, Query()],
    ctx: Ctx,
) -> dict[str, Any]:
    period = check_period(start, end, ctx.settings, utcnow())
    with ctx.db.read() as s:
        return {"quote": quote_for(s, vehicle_id, period)}
