"""Accounts: argon2id password hashes, hashed bearer tokens, what sign-ins count against."""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.feed import names, passwords
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Conflict, Invalid, Unauthorized
from wheelshare.feed.models import Token, User
from wheelshare.feed.ratelimit import Limited
from wheelshare.feed.settings import FeedSettings, KdfCost

_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]{1,255}\.[^@\s]{1,63}")


def hasher(cost: KdfCost) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism
    )


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email: str) -> str:
    return email.strip().lower()


# What an erased account's password hash starts with: no password matches it.
DELETED_HASH_PREFIX = "!deleted-"


def is_deleted(user: User) -> bool:
    """The account was erased (its row stays, empty: records refer to it)."""
    return user.password_hash.startswith(DELETED_HASH_PREFIX)


def user_to_wire(user: User, *, private: bool = False) -> dict[str, object]:
    out: dict[str, object] = {"id": user.id, "display_name": user.display_name}
    if private:
        out["email"] = user.email
        out["phone"] = user.phone
        out["created_at"] = user.created_at.isoformat().replace("+00:00", "Z")
    return out


def check_new_account(email: str, password: str, display_name: str) -> tuple[str, str]:
    """The normalised email address and name, or 422 naming every field to fix.
    When only the password will not do, the code says why (see passwords.py)."""
    errors: dict[str, str] = {}
    email_n = normalise_email(email)
    if not _EMAIL.fullmatch(email_n):
        errors["email"] = "enter an email address such as name@example.org"
    name = unicodedata.normalize("NFC", display_name).strip()
    name_problem = names.display_name_problem(name)
    if name_problem is not None:
        errors["display_name"] = name_problem[1]
    weak = passwords.problem(password, email=email_n, display_name=name)
    if weak is not None:
        errors["password"] = weak.message
    if errors:
        # When one field alone is at fault, the code says what is wrong with it.
        code = None
        if len(errors) == 1 and weak is not None:
            code = weak.code
        elif len(errors) == 1 and name_problem is not None:
            code = name_problem[0]
        raise Invalid("the account details need fixing", code=code, fields=errors)
    return email_n, name


def create_user(
    session: Session,
    *,
    email: str,
    password: str,
    display_name: str,
    cost: KdfCost,
    password_hash: str | None = None,
) -> User:
    """A new account; ``password_hash`` lets a caller reuse one it already computed."""
    email_n, name = check_new_account(email, password, display_name)
    if session.scalar(select(User.id).where(User.email == email_n)) is not None:
        raise Conflict(
            "an account with this email address exists; sign in instead",
            code="email_taken",
            fields={"email": "already registered"},
        )
    user = User(
        id=str(uuid.uuid4()),
        email=email_n,
        display_name=name,
        password_hash=password_hash or hasher(cost).hash(password),
        created_at=utcnow(),
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(
            "an account with this email address exists; sign in instead",
            code="email_taken",
            fields={"email": "already registered"},
        ) from None
    return user


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: str
    expires_at: datetime
    user: User


def sign_in_limits(email: str, address: str, settings: FeedSettings) -> list[Limited]:
    """What a sign-in attempt counts against: the account and the client address."""
    return [
        Limited(
            f"account:{normalise_email(email)}",
            settings.sign_in_per_account,
            "failed sign-ins for this account",
        ),
        Limited(
            f"address:{address}", settings.sign_in_per_address, "failed sign-ins from your address"
        ),
    ]


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == normalise_email(email)))


def password_matches(user: User | None, password: str, cost: KdfCost) -> bool:
    """Checks a password outside any transaction (hashing is deliberately slow)."""
    ph = hasher(cost)
    if user is None:
        # Spend the same time as for a real account, so timing does not reveal
        # which addresses have accounts.
        ph.hash(password)
        return False
    try:
        return bool(ph.verify(user.password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def issue_token(session: Session, user: User, ttl: timedelta) -> IssuedToken:
    token = secrets.token_urlsafe(32)
    now = utcnow()
    # Forget this user's tokens that can no longer be used, so the table stays small.
    session.execute(
        delete(Token).where(
            Token.user_id == user.id, or_(Token.expires_at <= now, Token.revoked_at.is_not(None))
        )
    )
    row = Token(
        token_hash=token_digest(token), user_id=user.id, created_at=now, expires_at=now + ttl
    )
    session.add(row)
    return IssuedToken(token, row.expires_at, user)


def user_for_token(session: Session, token: str) -> User:
    row = session.get(Token, token_digest(token))
    if row is None or row.revoked_at is not None:
        raise Unauthorized("this sign-in is not valid (any more); sign in again", code="bad_token")
    if row.expires_at <= utcnow():
        raise Unauthorized("this sign-in has expired; sign in again", code="token_expired")
    user = session.get(User, row.user_id)
    if user is None:
        raise Unauthorized("this account no longer exists", code="bad_token")
    return user


def revoke_token(session: Session, token: str) -> None:
    row = session.get(Token, token_digest(token))
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
