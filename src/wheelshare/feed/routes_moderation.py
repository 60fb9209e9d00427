"""The moderators' routes: the queue, decisions on contributions and reports,
and the audit log. Anyone else is answered 403 ``not_moderator``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy.orm import Session

from wheelshare.feed import contributions, moderation, moderators
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.errors import Invalid
from wheelshare.feed.http import BearerToken, Ctx
from wheelshare.feed.models import User
from wheelshare.feed.openapi import answers
from wheelshare.feed.schemas import ApprovalIn, DecisionIn

router = APIRouter(tags=["moderation"])


def _moderator(s: Session, token: str) -> User:
    user = user_for_token(s, token)
    moderators.require_moderator(s, user)
    return user


def _reason(text: str) -> str:
    if not text.strip():
        raise Invalid("say why", fields={"reason": "required"})
    return text.strip()


@router.get("/v1/moderation/queue", responses=answers(403))
def queue(token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Contributions waiting for a decision and reports not yet decided (or
    whose target is hidden), oldest first."""
    with ctx.db.read() as s:
        _moderator(s, token)
        return moderation.queue(s)


@router.get("/v1/moderation/log", responses=answers(403))
def audit_log(token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """The latest moderation decisions: who, when, what and why."""
    with ctx.db.read() as s:
        _moderator(s, token)
        return {"actions": moderation.audit_log(s)}


def _contribution(s: Session, row: Any) -> dict[str, Any]:
    return {"contribution": contributions.contribution_to_wire(s, row)}


@router.post("/v1/moderation/contributions/{contribution_id}/approve", responses=answers(403, 409))
def approve(contribution_id: str, body: ApprovalIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    with ctx.db.write() as s:
        user = _moderator(s, token)
        row = moderation.approve(
            s, user, contribution_id, body.reason.strip(), radius_m=ctx.settings.duplicate_radius_m
        )
        return _contribution(s, row)


@router.post("/v1/moderation/contributions/{contribution_id}/reject", responses=answers(403, 409))
def reject(contribution_id: str, body: DecisionIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """The author sees the reason in their own feed."""
    reason = _reason(body.reason)
    with ctx.db.write() as s:
        user = _moderator(s, token)
        return _contribution(s, moderation.reject(s, user, contribution_id, reason))


@router.post("/v1/moderation/contributions/{contribution_id}/revert", responses=answers(403, 409))
def revert(contribution_id: str, body: DecisionIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Undoes an accepted contribution (the venue leaves, the fact goes back)."""
    reason = _reason(body.reason)
    with ctx.db.write() as s:
        user = _moderator(s, token)
        return _contribution(s, moderation.revert(s, user, contribution_id, reason))


@router.post("/v1/moderation/reports/{report_id}/hide", responses=answers(403, 409))
def hide(report_id: str, body: DecisionIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Hides what the report names: it leaves the public feed as a deletion."""
    reason = _reason(body.reason)
    with ctx.db.write() as s:
        user = _moderator(s, token)
        return {"report": moderation.report_to_wire(moderation.hide(s, user, report_id, reason))}


@router.post("/v1/moderation/reports/{report_id}/restore", responses=answers(403, 409))
def restore(report_id: str, body: DecisionIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Shows again what a moderator hid."""
    reason = _reason(body.reason)
    with ctx.db.write() as s:
        user = _moderator(s, token)
        row = moderation.restore(s, user, report_id, reason)
        return {"report": moderation.report_to_wire(row)}


@router.post("/v1/moderation/reports/{report_id}/dismiss", responses=answers(403, 409))
def dismiss(report_id: str, body: DecisionIn, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """Closes a report without hiding anything."""
    reason = _reason(body.reason)
    with ctx.db.write() as s:
        user = _moderator(s, token)
        row = moderation.dismiss(s, user, report_id, reason)
        return {"report": moderation.report_to_wire(row)}
