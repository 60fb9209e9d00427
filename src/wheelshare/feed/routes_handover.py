"""Handover reports, their photos and damage reports: a booking's two parties only."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import JSONResponse
from pydantic import Field, StrictInt

from wheelshare.domain.handover import (
    MAX_DAMAGE_DESCRIPTION,
    MAX_NOTES,
    MAX_ODOMETER_KM,
    Moment,
    Position,
)
from wheelshare.feed import handover
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.errors import NotFound
from wheelshare.feed.http import BearerToken, Ctx, idempotency_key_from
from wheelshare.feed.openapi import answers
from wheelshare.feed.photo_images import MEDIA_TYPE
from wheelshare.feed.routes_photos import (
    Description,
    IdempotencyKey,
    PhotoFileField,
    PhotoFileTooLarge,
)
from wheelshare.feed.schemas import Body, Text

router = APIRouter(tags=["handover"])

UPLOAD_PATH = re.compile(r"/v1/bookings/[^/]+/handover/[^/]+/photos")
# Private: a shared cache (a proxy) must never keep these, and the parties'
# own copies are kept by the app's photo cache, not by HTTP caching.
PRIVATE_FILE_CACHE = "private, max-age=3600"


class ReportPatch(Body):
    fuel_percent: Annotated[StrictInt, Field(ge=0, le=100)] | None = None
    odometer_km: Annotated[StrictInt, Field(ge=0, le=MAX_ODOMETER_KM)] | None = None
    # Cleaned, then at most MAX_NOTES characters (domain/handover.py); the raw
    # text may carry some white space more.
    notes: Annotated[Text, Field(max_length=MAX_NOTES * 2)] | None = None


class DamageIn(Body):
    description: Annotated[Text, Field(min_length=1, max_length=MAX_DAMAGE_DESCRIPTION * 2)]
    photo_ids: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=64)]], Field(max_length=40)
    ]


@router.get("/v1/bookings/{booking_id}/handover/{moment}", responses=answers(403, 422))
def get_report(booking_id: str, moment: Moment, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """The start or end report of a booking, with its photos."""
    with ctx.db.read() as s:
        user = user_for_token(s, token)
        return {"handover_report": handover.get_report(s, user, booking_id, moment.value)}


@router.patch("/v1/bookings/{booking_id}/handover/{moment}", responses=answers(403, 409, 422))
def edit_report(
    booking_id: str, moment: Moment, body: ReportPatch, token: BearerToken, ctx: Ctx
) -> dict[str, Any]:
    """Creates the draft if need be and sets the fields sent; clears both confirmations."""
    fields = handover.Fields(body.fuel_percent, body.odometer_km, body.notes)
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"handover_report": handover.edit_report(s, user, booking_id, moment.value, fields)}


@router.post(
    "/v1/bookings/{booking_id}/handover/{moment}/confirm", responses=answers(403, 409, 422)
)
def confirm_report(booking_id: str, moment: Moment, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """The caller confirms the report; locked once both parties have."""
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"handover_report": handover.confirm(s, user, booking_id, moment.value)}


@router.post(
    "/v1/bookings/{booking_id}/handover/{moment}/photos",
    status_code=201,
    responses=answers(200, 403, 409, 422, 429),
)
def add_report_photo(
    booking_id: str,
    moment: Moment,
    file: PhotoFileField,
    description: Description,
    position: Annotated[Position, Form(description="where around the vehicle it was taken")],
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Adds a described photo to the report (created if need be); answers the report."""
    limit = ctx.settings.max_photo_bytes
    if file.size is not None and file.size > limit:
        raise PhotoFileTooLarge(f"the photo is larger than {limit} bytes")
    key = None if idempotency_key is None else idempotency_key_from(idempotency_key, "upload")
    upload = handover.PhotoUpload(booking_id, moment.value, position.value, description, key)
    report, created = handover.add_photo(ctx.db, ctx.photos, ctx.settings, token, upload, file.file)
    return JSONResponse({"handover_report": report}, status_code=201 if created else 200)


@router.delete(
    "/v1/bookings/{booking_id}/handover/{moment}/photos/{photo_id}",
    responses=answers(403, 409, 422),
)
def remove_report_photo(
    booking_id: str, moment: Moment, photo_id: str, token: BearerToken, ctx: Ctx
) -> dict[str, Any]:
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        report, unused = handover.remove_photo(s, user, booking_id, moment.value, photo_id)
    for digest in unused:
        ctx.photos.delete(digest)
    return {"handover_report": report}


@router.post("/v1/bookings/{booking_id}/damage", status_code=201, responses=answers(200, 403, 409))
def open_damage(booking_id: str, body: DamageIn, token: BearerToken, ctx: Ctx) -> JSONResponse:
    """Opens the booking's one damage report; the same report sent again answers 200."""
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        data, created = handover.open_damage(s, user, booking_id, body.description, body.photo_ids)
    return JSONResponse({"damage_report": data}, status_code=201 if created else 200)


@router.get(
    "/v1/handover-photo-files/{digest}",
    response_class=Response,
    responses={
        200: {
            "description": "the JPEG file",
            "content": {MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        },
        **answers(304),
    },
)
def handover_photo_file(digest: str, request: Request, token: BearerToken, ctx: Ctx) -> Response:
    """A file of a handover photo, for the booking's two parties only (404 to
    anyone else, as if it did not exist)."""
    with ctx.db.read() as s:
        user = user_for_token(s, token)
        known = handover.served_to(s, user, digest)
    data = ctx.photos.get(digest) if known else None
    if data is None:
        raise NotFound(f"there is no photo file {digest!r}", code="photo_not_found")
    etag = f'"{digest}"'
    headers = {"ETag": etag, "Cache-Control": PRIVATE_FILE_CACHE, "Vary": "Authorization"}
    wanted = request.headers.get("if-none-match", "")
    if etag in (t.strip() for t in wanted.split(",")) or wanted.strip() == "*":
        return Response(status_code=304, headers=headers)
    return Response(data, media_type=MEDIA_TYPE, headers=headers)
