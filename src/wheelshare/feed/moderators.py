"""The moderator role: who may decide on contributions and reports."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheelshare.feed.accounts import normalise_email
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Forbidden, NotFound
from wheelshare.feed.models import Moderator, User


def is_moderator(session: Session, user: User) -> bool:
    return session.get(Moderator, user.id) is not None


def require_moderator(session: Session, user: User) -> None:
    if not is_moderator(session, user):
        raise Forbidden("only a moderator may do this", code="not_moderator")


def user_by_email(session: Session, email: str) -> User:
    user = session.scalar(select(User).where(User.email == normalise_email(email)))
    if user is None:
        raise NotFound(f"there is no account with the email address {email!r}")
    return user


def grant(session: Session, user: User) -> bool:
    """Makes ``user`` a moderator; False when they already were."""
    if is_moderator(session, user):
        return False
    session.add(Moderator(user_id=user.id, granted_at=utcnow()))
    session.flush()
    return True


def revoke(session: Session, user: User) -> bool:
    """Takes the role back; False when they were not a moderator."""
    row = session.get(Moderator, user.id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
