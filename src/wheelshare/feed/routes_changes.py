"""The change feeds: public records, and the signed-in user's private ones."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request, Response

from wheelshare.feed import accounts, changelog
from wheelshare.feed.errors import Invalid
from wheelshare.feed.http import BearerToken, Ctx, FeedContext
from wheelshare.feed.openapi import answers

router = APIRouter(tags=["changes"])

# ASCII digits only: str.isdigit() is also true for "²" (int() refuses it) and
# "٣" (int() reads 3), and int() refuses strings of more than 4300 digits.
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


def _limit(raw: str | None, ctx: FeedContext) -> int:
    top = ctx.settings.max_page_size
    if raw is None:
        return ctx.settings.default_page_size
    if not _WHOLE_NUMBER.fullmatch(raw) or not 1 <= int(raw) <= top:
        raise Invalid(
            f"limit must be a whole number from 1 to {top}",
            fields={"limit": f"expected 1 to {top}"},
        )
    return int(raw)


def _page(
    request: Request, ctx: FeedContext, visible_to: str | None, since_raw: str | None, limit: int
) -> Response:
    wanted = request.headers.get("if-none-match")
    headers = {"Cache-Control": "no-cache", "Vary": "Authorization, Accept-Encoding"}
    with ctx.db.read() as s:
        # Read in the same transaction as the page, so the cursor is checked
        # against the database that answers.
        epoch = changelog.feed_epoch(s)
        pruned = changelog.pruned_through(s)
        since = changelog.decode_cursor(since_raw, epoch, pruned)
        if wanted is not None:
            etag = changelog.page_etag(s, visible_to=visible_to, since=since, limit=limit)
            if etag in (t.strip() for t in wanted.split(",")):
                return Response(status_code=304, headers={**headers, "ETag": etag})
        page = changelog.read_page(
            s, visible_to=visible_to, since=since, limit=limit, epoch=epoch, pruned=pruned
        )
    return Response(
        page.to_json(), media_type="application/json", headers={**headers, "ETag": page.etag}
    )


@router.get("/v1/changes", responses=answers(304))
def public_changes(
    request: Request,
    ctx: Ctx,
    since: str | None = None,
    limit: str | None = None,
) -> Response:
    """Public records (vehicles, availability, venues, reviews) in commit order."""
    return _page(request, ctx, None, since, _limit(limit, ctx))


@router.get("/v1/me/changes", responses=answers(304))
def my_changes(
    request: Request,
    token: BearerToken,
    ctx: Ctx,
    since: str | None = None,
    limit: str | None = None,
) -> Response:
    """The signed-in user's own records in commit order: bookings (as renter and
    as owner), the exact places of their vehicles, and their reviews with their id."""
    size = _limit(limit, ctx)
    with ctx.db.read() as s:
        user = accounts.user_for_token(s, token)
    ctx.sweep_if_due()
    return _page(request, ctx, user.id, since, size)
