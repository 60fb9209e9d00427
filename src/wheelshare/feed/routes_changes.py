"""The change feeds: public records, and the signed-in user's private ones."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import re
import time

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from wheelshare.feed import accounts, changelog, fastpath, pagecache, snapshot
from wheelshare.feed.errors import Busy, Invalid, NotFound, RateLimited
from wheelshare.feed.http import BearerToken, Ctx, FeedContext
from wheelshare.feed.openapi import WHY, answers
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


def _public_page(request: Request, ctx: FeedContext, since_raw: str | None, limit: int) -> Response:
    """The public feed from the page cache (pagecache.py): one query when the
    page is known or after the end of the log (every 304 of an up-to-date
    client), two when it must be read. fastpath.py answers the same requests
    before the framework once the page is cached, with the same bytes."""
    wanted = request.headers.get("if-none-match")
    with ctx.db.read() as s:
        head = changelog.feed_head(s)
        since = changelog.decode_cursor(since_raw, head.epoch, head.pruned)
        if since:
            changelog.check_known(since, head.last)
        key = (head.epoch, head.pruned, head.last_public, since, limit)
        page = ctx.pages.get(key)
        if page is None:
            if since >= head.last_public:
                found = changelog.empty_page(since, limit, epoch=head.epoch, pruned=head.pruned)
            else:
                # Read and cached even for a client whose ETag may still match:
                # its next polls, and everyone else's, are then answered by
                # fastpath.py without a session.
                found = changelog.read_page(
                    s,
                    visible_to=None,
                    since=since,
                    limit=limit,
                    epoch=head.epoch,
                    pruned=head.pruned,
                )
            page = pagecache.encode(found.to_json(), found.etag)
            ctx.pages.put(key, page)
    return fastpath.page_response(page, wanted, request.headers.get("accept-encoding", ""))


@router.get("/v1/changes", responses=answers(304))
def public_changes(
    request: Request,
    ctx: Ctx,
    since: str | None = None,
    limit: str | None = None,
) -> Response:
    """Public records (vehicles, availability, venues, reviews) in commit order."""
    return _public_page(request, ctx, since, _limit(limit, ctx))


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


_GZIP_FILE = {"application/gzip": {"schema": {"type": "string", "format": "binary"}}}


@router.get(
    "/v1/snapshot",
    response_class=Response,
    responses={
        200: {"description": "the whole snapshot", "content": _GZIP_FILE},
        206: {"description": WHY[206], "content": _GZIP_FILE},
        **answers(304, 404, 416),
    },
)
def public_snapshot(request: Request, ctx: Ctx) -> Response:
    """The public feed's current records at one cursor, as one gzip-compressed
    JSON document shaped like a page of `GET /v1/changes` (`changes`, `cursor`,
    `has_more`: false, plus `snapshot`: 1 and `records`). A client with an empty
    cache stores it, checks its SHA-256 (the `Repr-Digest` and the ETag) first,
    then reads `GET /v1/changes?since=<cursor>`. `Range: bytes=N-` resumes an
    interrupted download (with `If-Range: <ETag>`, so a newer snapshot is sent
    whole instead of spliced)."""
    store = ctx.snapshots
    info = store.current(ctx.db, may_build=not ctx.settings.read_only)
    data = None if info is None else store.data(ctx.db, info)
    if info is None or data is None:
        raise NotFound("this feed has no snapshot yet; read GET /v1/changes", code="no_snapshot")
    digest = base64.b64encode(bytes.fromhex(info.sha256)).decode()
    headers = {
        "ETag": info.etag,
        "Accept-Ranges": "bytes",
        "Cache-Control": "no-cache",
        "Repr-Digest": f"sha-256=:{digest}:",
    }
    wanted = request.headers.get("if-none-match")
    if wanted is not None and info.etag in (t.strip() for t in wanted.split(",")):
        return Response(status_code=304, headers=headers)
    if_range = request.headers.get("if-range")
    part = None
    if if_range is None or if_range.strip() == info.etag:
        part = snapshot.byte_range(request.headers.get("range"), len(data))
    if part is None:
        return Response(data, media_type="application/gzip", headers=headers)
    first, last = part
    headers["Content-Range"] = f"bytes {first}-{last}/{len(data)}"
    return Response(
        data[first : last + 1], status_code=206, media_type="application/gzip", headers=headers
    )
