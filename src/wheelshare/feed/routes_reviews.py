"""Reviews of venues (anyone signed in) and vehicles (after a completed booking)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from wheelshare.domain import TargetKind
from wheelshare.feed import reviews, venues
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.http import BearerToken, Ctx, FeedContext
from wheelshare.feed.openapi import answers
from wheelshare.feed.schemas import ReviewIn

router = APIRouter(tags=["reviews"])


def _post(
    kind: TargetKind, target_id: str, body: ReviewIn, token: str, ctx: FeedContext
) -> JSONResponse:
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        posted = reviews.post_review(s, user, kind, target_id, dict(body.criteria), body.comment)
    return JSONResponse({"review": posted.data}, status_code=201 if posted.created else 200)


@router.post("/v1/venues/{venue_id}/reviews", status_code=201, responses=answers(200))
def review_venue(
    venue_id: str,
    body: ReviewIn,
    token: BearerToken,
    ctx: Ctx,
) -> JSONResponse:
    """201 for a first review, 200 when it replaces the author's earlier one."""
    return _post(TargetKind.VENUE, venue_id, body, token, ctx)


@router.post("/v1/vehicles/{vehicle_id}/reviews", status_code=201, responses=answers(200, 403))
def review_vehicle(
    vehicle_id: str,
    body: ReviewIn,
    token: BearerToken,
    ctx: Ctx,
) -> JSONResponse:
    ctx.sweep_if_due()  # a booking that just ended becomes completed first
    return _post(TargetKind.VEHICLE, vehicle_id, body, token, ctx)


@router.delete("/v1/reviews/{review_id}", status_code=204)
def delete_review(review_id: str, token: BearerToken, ctx: Ctx) -> Response:
    """The author removes their review (protocol v2)."""
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        reviews.delete_review(s, user, review_id)
    return Response(status_code=204)


@router.get("/v1/venues/{venue_id}")
def get_venue(venue_id: str, ctx: Ctx) -> dict[str, object]:
    with ctx.db.read() as s:
        return {"venue": venues.get_venue(s, venue_id)}
