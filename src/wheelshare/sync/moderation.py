"""What a moderator reads and decides, straight on the feed.

Moderation is done online: the queue is read fresh each time (other
moderators work on it too) and a decision is sent at once, its answer shown,
never queued for later — a decision taken on a stale queue would land on
something another moderator already settled. Only the feed knows who is a
moderator (``GET /v1/me``); the app asks it when it syncs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import quote

from wheelshare.domain.contribution import (
    MAX_REASON,
    Contribution,
    Report,
    contribution_from_wire,
    report_from_wire,
)
from wheelshare.domain.errors import ValidationError
from wheelshare.sync.client import FeedClient
from wheelshare.sync.errors import BadResponseError


class Decision(StrEnum):
    """What a moderator may do; the first three to a contribution, the rest to a report."""

    APPROVE = "approve"
    REJECT = "reject"
    REVERT = "revert"
    HIDE = "hide"
    RESTORE = "restore"
    DISMISS = "dismiss"

    @property
    def on_report(self) -> bool:
        return self in (Decision.HIDE, Decision.RESTORE, Decision.DISMISS)

    @property
    def needs_reason(self) -> bool:
        """Every decision but an approval says why (the author or reporter reads it)."""
        return self is not Decision.APPROVE


@dataclass(frozen=True)
class Queue:
    """Contributions waiting for a decision, and reports open or hidden, oldest first."""

    contributions: list[Contribution] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    # Entries this version could not read (a newer feed), left out.
    unreadable: int = 0


def is_moderator(client: FeedClient) -> bool:
    """Whether the signed-in person is a moderator (the client must hold a token)."""
    resp = client.request("GET", "/v1/me", auth=True)
    user = resp.data.get("user") if isinstance(resp.data, dict) else None
    return isinstance(user, dict) and user.get("moderator") is True


def fetch_queue(client: FeedClient) -> Queue:
    resp = client.request("GET", "/v1/moderation/queue", auth=True)
    if not isinstance(resp.data, dict):
        raise BadResponseError(client.base_url, "the moderation queue is not a JSON object")
    contributions: list[Contribution] = []
    reports: list[Report] = []
    unreadable = 0
    for raw in _list(resp.data.get("contributions")):
        try:
            contributions.append(contribution_from_wire(raw))
        except ValidationError:
            unreadable += 1
    for raw in _list(resp.data.get("reports")):
        try:
            reports.append(report_from_wire(raw))
        except ValidationError:
            unreadable += 1
    return Queue(contributions, reports, unreadable)


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def check_reason(decision: Decision, reason: str) -> str:
    """The reason, trimmed; a ValidationError naming ``reason`` when it is missing
    or too long (before anything is sent)."""
    text = reason.strip() if isinstance(reason, str) else ""
    if decision.needs_reason and not text:
        raise ValidationError("reason", "say why", "reason_needed")
    if len(text) > MAX_REASON:
        raise ValidationError("reason", f"the reason is longer than {MAX_REASON} characters")
    return text


def decide(client: FeedClient, decision: Decision, record_id: str, reason: str) -> None:
    """Sends one decision on a contribution or a report; a refusal (another
    moderator was quicker, the role was taken back…) raises the feed's problem."""
    text = check_reason(decision, reason)
    if not record_id:
        raise ValidationError("id", "choose what to decide on")
    what = "reports" if decision.on_report else "contributions"
    path = f"/v1/moderation/{what}/{quote(record_id, safe='')}/{decision.value}"
    client.request("POST", path, json_body={"reason": text}, auth=True)
