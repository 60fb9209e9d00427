"""What members contribute: venues they add, corrections they propose, reports."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy.orm import Session

from wheelshare.feed import contributions, moderation, ratelimit
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.errors import Invalid
from wheelshare.feed.http import BearerToken, Ctx, FeedContext
from wheelshare.feed.models import User, VenueRow
from wheelshare.feed.openapi import answers
from wheelshare.feed.ratelimit import Limited
from wheelshare.feed.schemas import CorrectionIn, ReportIn, VenueAdditionIn

router = APIRouter(tags=["contributions"])


def _consent(given: bool) -> None:
    if not given:
        raise Invalid(
            "contributions are shared under the ODbL; send odbl_consent: true to agree",
            code="consent_required",
            fields={"odbl_consent": "must be true"},
        )


def _count(s: Session, ctx: FeedContext, user: User, what: str) -> None:
    """Counts one contribution or report against the account's limit (429 past it)."""
    settings = ctx.settings
    limit = (
        Limited(f"contribute:{user.id}", settings.contributions_per_account, "contributions")
        if what == "contribution"
        else Limited(f"report:{user.id}", settings.reports_per_account, "reports")
    )
    ratelimit.reserve(s, [limit], keep=settings.longest_window, postgres=ctx.db.is_postgres)


def _answer(s: Session, row: Any) -> dict[str, Any]:
    venue = s.get(VenueRow, row.venue_id) if row.status == contributions.ACCEPTED else None
    return {
        "contribution": contributions.contribution_to_wire(s, row),
        "venue": None if venue is None else venue.data,
    }


@router.post("/v1/venues", status_code=201, responses=answers(409, 429))
def add_venue(body: VenueAdditionIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """A member adds a venue: it waits for a moderator (``status: pending``)
    unless the member is an established contributor (``accepted``, and the
    venue is in the answer). 409 ``duplicate_venue`` names the venue already there."""
    _consent(body.odbl_consent)
    proposal = contributions.Proposal(
        name=body.name,
        category=body.category,
        lat=body.location.lat,
        lon=body.location.lon,
        city=body.location.city,
        address=body.location.address,
        criteria=dict(body.criteria),
    )
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        row = contributions.add_venue(s, user, proposal, ctx.settings, postgres=ctx.db.is_postgres)
        _count(s, ctx, user, "contribution")
        return _answer(s, row)


@router.post("/v1/venues/{venue_id}/corrections", status_code=201, responses=answers(409, 429))
def propose_correction(
    venue_id: str, body: CorrectionIn, token: BearerToken, ctx: Ctx
) -> dict[str, Any]:
    """A correction to one of a venue's facts; 409 ``same_value`` when the venue
    says so already."""
    _consent(body.odbl_consent)
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        row = contributions.propose_correction(
            s, user, venue_id, body.fact, body.value, body.note, ctx.settings
        )
        _count(s, ctx, user, "contribution")
        return _answer(s, row)


@router.post("/v1/reports", status_code=201, responses=answers(404, 409, 429))
def report(body: ReportIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Reports a review, photo, listing or venue to the moderators, with a
    reason; 409 ``already_reported`` the second time."""
    if not body.reason.strip():
        raise Invalid("say why you report it", fields={"reason": "required"})
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        row = moderation.report(s, user, body.target_kind, body.target_id, body.reason)
        _count(s, ctx, user, "report")
        return {"report": moderation.report_to_wire(row)}
