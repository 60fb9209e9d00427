"""A person's rights over their account: change password, export, delete."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any

from fastapi import APIRouter, Response
from pydantic import Field, StrictStr

from wheelshare.feed import account_rights, accounts, messages, names, passwords, ratelimit
from wheelshare.feed.errors import Busy, Invalid, Unauthorized
from wheelshare.feed.hashing import HashingPool
from wheelshare.feed.http import BearerToken, ClientAddress, Ctx, FeedContext, Hashing
from wheelshare.feed.models import User
from wheelshare.feed.openapi import answers
from wheelshare.feed.ratelimit import Limited
from wheelshare.feed.schemas import Body, Line, Password

router = APIRouter(tags=["accounts"])


class PasswordChangeIn(Body):
    old_password: Password
    new_password: Password


class AccountDeletionIn(Body):
    password: Password


class MePatchIn(Body):
    """Only the fields sent change."""

    # Checked by names.display_name_problem, which names what is wrong with it.
    display_name: Annotated[StrictStr, Field(max_length=300)] | None = None
    # Private: shown only to the renters of the person's confirmed bookings;
    # null (or blank) removes it.
    phone: Annotated[Line, Field(max_length=40)] | None = None


def _confirm_password(
    ctx: FeedContext, address: str, pool: HashingPool, token: str, password: str
) -> User:
    """The signed-in user, once their password is confirmed. Wrong passwords count
    against the account like failed sign-ins: a stolen token cannot be used to
    guess the password at leisure."""
    with ctx.db.write() as s:
        user = accounts.user_for_token(s, token)
        limits = accounts.sign_in_limits(user.email, address, ctx.settings)
        reserved = ratelimit.reserve(
            s, limits, keep=ctx.settings.longest_window, postgres=ctx.db.is_postgres
        )
    try:
        with pool.slot():
            ok = accounts.password_matches(user, password, ctx.settings.kdf)
    except Busy:
        ok = None
    if ok is None or ok:
        with ctx.db.write() as s:
            ratelimit.release(s, reserved)
    if ok is None:
        raise Busy("the feed is busy checking other passwords; try again in a few seconds", 5)
    if not ok:
        raise Unauthorized("the password is wrong", code="bad_credentials")
    return user


@router.post("/v1/me/password", status_code=204)
def change_password(
    body: PasswordChangeIn, token: BearerToken, address: ClientAddress, pool: Hashing, ctx: Ctx
) -> Response:
    """Needs the current password; every other sign-in of the account ends."""
    with ctx.db.read() as s:
        current = accounts.user_for_token(s, token)
    weak = passwords.problem(
        body.new_password, email=current.email, display_name=current.display_name
    )
    if weak is not None:
        raise Invalid(weak.message, code=weak.code, fields={"new_password": weak.message})
    user = _confirm_password(ctx, address, pool, token, body.old_password)
    with pool.slot():
        new_hash = accounts.hasher(ctx.settings.kdf).hash(body.new_password)
    with ctx.db.write() as s:
        row = s.get(User, user.id)
        assert row is not None
        account_rights.change_password(s, row, new_hash, accounts.token_digest(token))
    return Response(status_code=204)


@router.patch("/v1/me", responses=answers(422, 429))
def change_me(body: MePatchIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """A new display name, shown from now on on every listing, booking, review
    and message of the person's, old versions included (3 changes a day); and
    the phone number the renters of their confirmed bookings see (3 new numbers
    a day; removing it is not limited)."""
    name = None
    if body.display_name is not None:
        name = unicodedata.normalize("NFC", body.display_name).strip()
        problem = names.display_name_problem(name)
        if problem is not None:
            raise Invalid(
                "the name will not do", code=problem[0], fields={"display_name": problem[1]}
            )
    settings = ctx.settings
    with ctx.db.write() as s:
        user = accounts.user_for_token(s, token)
        if name is not None and user.display_name != name:
            limit = Limited(
                f"rename:{user.id}",
                settings.rename_per_account,
                "name changes",
                code="name_changes_limited",
                field="display_name",
            )
            ratelimit.reserve(s, [limit], keep=settings.longest_window, postgres=ctx.db.is_postgres)
            account_rights.rename(s, user, name)
        if "phone" in body.model_fields_set:
            phone = (body.phone or "").strip() or None
            if phone != user.phone:
                # Removing the number is always allowed: it is a privacy measure.
                if phone is not None:
                    limit = Limited(
                        f"phone:{user.id}",
                        settings.phone_changes_per_account,
                        "phone number changes",
                        code="phone_changes_limited",
                        field="phone",
                    )
                    ratelimit.reserve(
                        s, [limit], keep=settings.longest_window, postgres=ctx.db.is_postgres
                    )
                messages.set_phone(s, user, phone)
        return {"user": accounts.user_to_wire(user, private=True)}


@router.get("/v1/me/export")
def export(token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Everything the feed holds about the signed-in person, as one document."""
    with ctx.db.read() as s:
        user = accounts.user_for_token(s, token)
        return account_rights.export(s, user)


@router.delete("/v1/me", status_code=204)
def delete_account(
    body: AccountDeletionIn, token: BearerToken, address: ClientAddress, pool: Hashing, ctx: Ctx
) -> Response:
    """Needs the password. See account_rights.py for what is erased and what stays."""
    user = _confirm_password(ctx, address, pool, token, body.password)
    with ctx.db.write() as s:
        row = s.get(User, user.id)
        assert row is not None
        account_rights.delete_account(s, row, ctx.settings)
    return Response(status_code=204)
