"""Owners review renters after a completed rental (docs/feed-protocol.md,
"Reviews between renters and owners")."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from wheelshare.feed import renter_reviews
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.http import BearerToken, Ctx
from wheelshare.feed.openapi import answers
from wheelshare.feed.schemas import RenterReviewIn

router = APIRouter(tags=["reviews"])


@router.post(
    "/v1/bookings/{booking_id}/renter-review", status_code=201, responses=answers(403, 409)
)
def review_renter(
    booking_id: str, body: RenterReviewIn, token: BearerToken, ctx: Ctx
) -> JSONResponse:
    """Once per booking, by its owner, from the rental's end until 30 days after;
    hidden from the renter until they reviewed the vehicle or 14 days passed."""
    ctx.sweep_if_due()  # a rental that just ended becomes completed first
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        scores = {
            "care": body.care,
            "punctuality": body.punctuality,
            "communication": body.communication,
        }
        data = renter_reviews.post(s, user, booking_id, scores, body.comment)
    return JSONResponse({"renter_review": data}, status_code=201)
