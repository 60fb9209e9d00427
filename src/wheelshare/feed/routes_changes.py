"""The change feeds: public records, and the signed-in user's private ones."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from wheelshare.feed import accounts, changelog
from wheelshare.feed.errors import Busy, Invalid, RateLimited
from wheelshare.feed.http import BearerToken, Ctx, FeedContext
from wheelshare.feed.openapi import answers
from wheelshare.feed.wakeups import TooManyWaiting, Waiter

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


def _wait(raw: str | None, ctx: FeedContext) -> int:
    top = int(ctx.settings.max_wait.total_seconds())
    if raw is None:
        return 0
    if not _WHOLE_NUMBER.fullmatch(raw) or not 0 <= int(raw) <= top:
        raise Invalid(
            f"wait must be a whole number of seconds from 0 to {top}",
            fields={"wait": f"expected 0 to {top}"},
        )
    return int(raw)


_HEADERS = {"Cache-Control": "no-cache", "Vary": "Authorization, Accept-Encoding"}


def _page(
    request: Request, ctx: FeedContext, visible_to: str | None, since_raw: str | None, limit: int
) -> Response:
    wanted = request.headers.get("if-none-match")
    headers = _HEADERS
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


def _user_id(ctx: FeedContext, token: str) -> str:
    with ctx.db.read() as s:
        user_id: str = accounts.user_for_token(s, token).id
    ctx.sweep_if_due()
    return user_id


def _changed_page(
    request: Request, ctx: FeedContext, user_id: str, since_raw: str | None, limit: int
) -> Response | None:
    """The page, or None when it would carry no changes (keep waiting)."""
    with ctx.db.read() as s:
        epoch = changelog.feed_epoch(s)
        pruned = changelog.pruned_through(s)
        since = changelog.decode_cursor(since_raw, epoch, pruned)
        page = changelog.read_page(
            s, visible_to=user_id, since=since, limit=limit, epoch=epoch, pruned=pruned
        )
    if not page.bodies:
        return None
    wanted = request.headers.get("if-none-match")
    if wanted is not None and page.etag in (t.strip() for t in wanted.split(",")):
        return Response(status_code=304, headers={**_HEADERS, "ETag": page.etag})
    return Response(
        page.to_json(), media_type="application/json", headers={**_HEADERS, "ETag": page.etag}
    )


async def _gone(request: Request) -> None:
    """Returns when the client hangs up (its wait then ends at once)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _long_poll(
    request: Request, ctx: FeedContext, user_id: str, since: str | None, limit: int, wait: int
) -> Response:
    try:
        waiter: Waiter = ctx.wakeups.add(user_id)
    except TooManyWaiting as e:
        if e.per_account:
            raise RateLimited(
                f"this account already has {ctx.wakeups.per_account} requests waiting for"
                " changes; end one, or ask without 'wait'",
                retry_after=wait or 1,
            ) from None
        raise Busy("the feed holds as many waiting requests as it can", retry_after=5) from None
    hangup = asyncio.ensure_future(_gone(request))
    ends = time.monotonic() + wait
    try:
        while True:
            # Registered before reading: a change committed after this read
            # sets the event, so it cannot slip between the read and the wait.
            waiter.event.clear()
            answer = await run_in_threadpool(_changed_page, request, ctx, user_id, since, limit)
            left = ends - time.monotonic()
            if answer is not None or left <= 0 or hangup.done():
                break
            woken = asyncio.ensure_future(waiter.event.wait())
            await asyncio.wait({woken, hangup}, timeout=left, return_when="FIRST_COMPLETED")
            woken.cancel()
    finally:
        ctx.wakeups.remove(waiter)
        hangup.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await hangup
    if answer is not None:
        return answer
    # Nothing within the wait: the ordinary empty page (or 304), same cursor.
    return await run_in_threadpool(_page, request, ctx, user_id, since, limit)


@router.get("/v1/me/changes", responses=answers(304, 429))
async def my_changes(
    request: Request,
    token: BearerToken,
    ctx: Ctx,
    since: str | None = None,
    limit: str | None = None,
    wait: str | None = None,
) -> Response:
    """The signed-in user's own records in commit order: bookings (as renter and
    as owner), the exact places of their vehicles, and their reviews with their id.

    With ``wait`` (seconds, at most 30), an answer with no changes is held until
    something in this feed changes or the time is up (a long poll)."""
    size = _limit(limit, ctx)
    seconds = _wait(wait, ctx)
    user_id = await run_in_threadpool(_user_id, ctx, token)
    if seconds:
        return await _long_poll(request, ctx, user_id, since, size, seconds)
    return await run_in_threadpool(_page, request, ctx, user_id, since, size)
