"""Travel companions: trips, companions' offers, offers of help, answers,
cancellations and ratings (docs/feed-protocol.md, "Travel companions")."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from wheelshare.domain.companions import CancelReason
from wheelshare.feed import companions, ratelimit
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.http import BearerToken, Ctx, FeedContext, idempotency_key_from
from wheelshare.feed.models import CompanionOfferRow, TripRow, User
from wheelshare.feed.openapi import answers
from wheelshare.feed.schemas import (
    AcceptIn,
    CancelIn,
    CompanionRatingIn,
    HelpIn,
    JourneyIn,
    TripIn,
)

router = APIRouter(tags=["companions"])


def _count_post(s: Session, user: User, ctx: FeedContext) -> None:
    """Posts (trips, offers, offers of help) per account and hour: 429 beyond."""
    limit = ratelimit.Limited(f"post:{user.id}", ctx.settings.posts_per_account, "posts")
    ratelimit.reserve(s, [limit], keep=ctx.settings.longest_window, postgres=ctx.db.is_postgres)


def _post(
    model: type[TripRow] | type[CompanionOfferRow],
    body: JourneyIn,
    token: str,
    ctx: FeedContext,
    key_header: str | None,
    name: str,
) -> JSONResponse:
    key = idempotency_key_from(key_header, name)
    ctx.sweep_if_due()  # posts whose window passed no longer count as open
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        fields = body.model_dump()
        posted = companions.post(s, user, model, fields, key, ctx.settings.max_open_posts)
        if posted.created:
            _count_post(s, user, ctx)
    return JSONResponse({name: posted.data}, status_code=201 if posted.created else 200)


@router.post("/v1/trips", status_code=201, responses=answers(200, 409, 429))
def post_trip(
    body: TripIn,
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """A traveller's trip request; the same Idempotency-Key again answers 200."""
    return _post(TripRow, body, token, ctx, idempotency_key, "trip")


@router.post("/v1/companion-offers", status_code=201, responses=answers(200, 409, 429))
def post_offer(
    body: JourneyIn,
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """A companion's offer: a journey they make and would help on."""
    return _post(CompanionOfferRow, body, token, ctx, idempotency_key, "companion_offer")


@router.post("/v1/trips/{trip_id}/cancel", responses=answers(403, 409))
def cancel_trip(trip_id: str, body: CancelIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        data = companions.cancel_post(s, user, TripRow, trip_id, CancelReason(body.reason))
    return {"trip": data}


@router.post("/v1/companion-offers/{offer_id}/cancel", responses=answers(403, 409))
def cancel_offer(offer_id: str, body: CancelIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        data = companions.cancel_post(
            s, user, CompanionOfferRow, offer_id, CancelReason(body.reason)
        )
    return {"companion_offer": data}


@router.post("/v1/trips/{trip_id}/help", status_code=201, responses=answers(200, 403, 409, 429))
def offer_help(trip_id: str, body: HelpIn, token: BearerToken, ctx: Ctx) -> JSONResponse:
    """The companion offers to help; 200 with the same companionship when sent again."""
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        posted = companions.offer_help(s, user, trip_id, body.offer_id, body.note, body.contact)
        if posted.created:
            _count_post(s, user, ctx)
    return JSONResponse({"companionship": posted.data}, status_code=201 if posted.created else 200)


@router.post("/v1/companionships/{companionship_id}/accept", responses=answers(403, 409))
def accept(companionship_id: str, body: AcceptIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        data = companions.answer(s, user, companionship_id, True, body.meeting_point, body.contact)
    return {"companionship": data}


@router.post("/v1/companionships/{companionship_id}/decline", responses=answers(403, 409))
def decline(companionship_id: str, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"companionship": companions.answer(s, user, companionship_id, False)}


@router.post("/v1/companionships/{companionship_id}/cancel", responses=answers(403, 409))
def cancel(companionship_id: str, body: CancelIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        data = companions.cancel(s, user, companionship_id, CancelReason(body.reason))
    return {"companionship": data}


@router.post(
    "/v1/companionships/{companionship_id}/rating",
    status_code=201,
    responses=answers(403, 409),
)
def rate(
    companionship_id: str, body: CompanionRatingIn, token: BearerToken, ctx: Ctx
) -> JSONResponse:
    """One rating each after the trip, hidden from the other until both rated
    or 14 days passed."""
    ctx.sweep_if_due()
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        data = companions.rate(s, user, companionship_id, body.stars, body.comment)
    return JSONResponse({"companion_rating": data}, status_code=201)
