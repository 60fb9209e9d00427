"""Accounts: register, sign in (bearer tokens), sign out, who am I."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from wheelshare.domain.wire import format_time
from wheelshare.feed import accounts, moderators, ratelimit
from wheelshare.feed.errors import Busy, Unauthorized
from wheelshare.feed.http import BearerToken, ClientAddress, Ctx, Hashing
from wheelshare.feed.openapi import answers
from wheelshare.feed.ratelimit import Limited
from wheelshare.feed.schemas import RegisterIn, SignInIn

router = APIRouter(tags=["accounts"])


@router.post("/v1/auth/register", status_code=201, responses=answers(409))
def register(body: RegisterIn, address: ClientAddress, pool: Hashing, ctx: Ctx) -> dict[str, Any]:
    accounts.check_new_account(body.email, body.password, body.display_name)
    settings = ctx.settings
    limit = Limited(
        f"register:{address}",
        settings.register_per_address,
        "registrations from your address",
    )
    with ctx.db.write() as s:
        ratelimit.reserve(s, [limit], keep=settings.longest_window, postgres=ctx.db.is_postgres)
    # Hash before the write transaction: hashing is slow on purpose. A taken
    # email address is hashed too, so it costs and takes the same as a new one.
    with pool.slot():
        password_hash = accounts.hasher(settings.kdf).hash(body.password)
    with ctx.db.write() as s:
        user = accounts.create_user(
            s,
            email=body.email,
            password=body.password,
            display_name=body.display_name,
            cost=settings.kdf,
            password_hash=password_hash,
        )
        return {"user": accounts.user_to_wire(user, private=True)}


@router.post("/v1/auth/token", responses=answers(401))
def sign_in(body: SignInIn, address: ClientAddress, pool: Hashing, ctx: Ctx) -> dict[str, Any]:
    settings = ctx.settings
    limits = accounts.sign_in_limits(body.email, address, settings)
    # The attempt is counted before the password is checked, so parallel guesses
    # cannot all pass the limit while the first ones are still being hashed.
    with ctx.db.write() as s:
        reserved = ratelimit.reserve(
            s, limits, keep=settings.longest_window, postgres=ctx.db.is_postgres
        )
        user = accounts.find_user(s, body.email)
    try:
        with pool.slot():
            ok = accounts.password_matches(user, body.password, settings.kdf)
    except Busy:
        # Not checked, so not a failure: the attempt is given back.
        with ctx.db.write() as s:
            ratelimit.release(s, reserved)
        raise
    if not ok or user is None:
        raise Unauthorized("the email address or the password is wrong", code="bad_credentials")
    with ctx.db.write() as s:
        ratelimit.release(s, reserved)
        issued = accounts.issue_token(s, user, settings.token_ttl)
        return {
            "access_token": issued.token,
            "token_type": "bearer",
            "expires_at": format_time(issued.expires_at),
            "user": accounts.user_to_wire(user, private=True),
        }


@router.post("/v1/auth/logout", status_code=204)
def sign_out(token: BearerToken, ctx: Ctx) -> Response:
    with ctx.db.write() as s:
        accounts.user_for_token(s, token)
        accounts.revoke_token(s, token)
    return Response(status_code=204)


@router.get("/v1/me")
def me(token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.read() as s:
        user = accounts.user_for_token(s, token)
        wire = accounts.user_to_wire(user, private=True)
        # Whether the app shows the Moderation screen.
        wire["moderator"] = moderators.is_moderator(s, user)
        return {"user": wire}
