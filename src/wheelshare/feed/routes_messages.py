"""Conversations per booking: send a message, mark messages read.

The owner's phone number is set with ``PATCH /v1/me`` (routes_account_rights.py)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse

from wheelshare.feed import accounts, messages
from wheelshare.feed.http import BearerToken, Ctx, idempotency_key_from
from wheelshare.feed.openapi import answers
from wheelshare.feed.schemas import MessageIn, MessageReadIn

router = APIRouter(tags=["messages"])


@router.post(
    "/v1/bookings/{booking_id}/messages",
    status_code=201,
    responses=answers(200, 403, 409, 429),
)
def send_message(
    booking_id: str,
    body: MessageIn,
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """201 with the message; the same Idempotency-Key again answers 200 with the same one."""
    key = idempotency_key_from(idempotency_key, "message")
    ctx.sweep_if_due()  # the conversation's rule depends on the booking's state
    with ctx.db.write() as s:
        user = accounts.user_for_token(s, token)
        sent = messages.send(s, user, booking_id, body.text, key, ctx.settings)
    return JSONResponse({"message": sent.data}, status_code=201 if sent.created else 200)


@router.post("/v1/bookings/{booking_id}/messages/read", responses=answers(403))
def mark_read(booking_id: str, body: MessageReadIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Everything up to this message is read, for the signed-in party only."""
    with ctx.db.write() as s:
        user = accounts.user_for_token(s, token)
        return {"conversation": messages.mark_read(s, user, booking_id, body.message_id)}
