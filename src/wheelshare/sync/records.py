"""Reading change-feed pages: validate everything before it can touch the cache.

Two levels of trust:

* the page envelope (``changes`` list, ``cursor``, ``has_more``) must be exactly
  right, or the whole page is refused (``MalformedPageError``) and nothing changes;
* each change is checked on its own with the domain's wire parsers: a bad one
  is skipped and reported with its id, the rest of the page still applies.

A change of a kind this version does not know is skipped too (a newer feed may
send more kinds), and reported separately from malformed ones.

The text of a record loses its control characters, terminal escapes and bidi
overrides (``domain.text.printable``) before anything else looks at it, so
the cache never holds them and no screen or terminal shows them; identifiers
are left as sent (cleaning could make two of them one).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wheelshare.domain import companion_wire, handover_wire, wire
from wheelshare.domain.contribution import contribution_from_wire, report_from_wire
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.renter_review import renter_review_from_wire, standing_from_wire
from wheelshare.domain.text import printable

# kind -> the wire parser that validates an upserted record of that kind
PARSERS: dict[str, Callable[[object], object]] = {
    "vehicle": wire.vehicle_from_wire,
    "venue": wire.venue_from_wire,
    "review": wire.review_from_wire,
    "booking": wire.booking_from_wire,
    "availability": wire.availability_from_wire,
    "vehicle_place": wire.vehicle_place_from_wire,
    # Only in my own feed: what I contributed or reported, and its decision.
    "contribution": contribution_from_wire,
    "report": report_from_wire,
    "trip": companion_wire.post_from_wire,
    "companion_offer": companion_wire.post_from_wire,
    "companionship": companion_wire.companionship_from_wire,
    "companion_rating": companion_wire.rating_from_wire,
    "message": wire.message_from_wire,
    "conversation": wire.conversation_from_wire,
    "photo": wire.photo_from_wire,
    # Only in my own feed: reviews between renters and owners, a renter's standing.
    "renter_review": renter_review_from_wire,
    "renter_standing": standing_from_wire,
    "handover_report": handover_wire.handover_report_from_wire,
    "damage_report": handover_wire.damage_report_from_wire,
}
KNOWN_KINDS = frozenset(PARSERS)
MAX_ID_LENGTH = 200


class MalformedPageError(ValueError):
    """The page as a whole is not a protocol page; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True, slots=True)
class Change:
    """One valid change: ``data`` is the wire record (None for a delete)."""

    kind: str
    id: str
    op: str
    data: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A change that was not applied, and why (``id`` is "?" when it had none)."""

    kind: str
    id: str
    reason: str
    unknown_kind: bool = False

    def describe(self) -> str:
        return f"{self.kind or 'record'} {self.id}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Page:
    changes: list[Change]
    skipped: list[Skipped]
    cursor: str
    has_more: bool
    # The feed's own estimate of the changes still to come, when it sends one.
    remaining: int | None = None

    @property
    def malformed(self) -> list[Skipped]:
        return [s for s in self.skipped if not s.unknown_kind]


def parse_page_bytes(body: bytes | str) -> Page:
    """A page from the raw body; MalformedPageError if it is not JSON at all."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        raise MalformedPageError(f"the page is not valid JSON ({e})") from None
    return parse_page(data)


def parse_page(data: object, *, validate: bool = True, clean: bool = True) -> Page:
    """A page from decoded JSON. Raises MalformedPageError only; never anything else.

    ``validate=False`` checks only each change's envelope and leaves the record
    itself to be validated where it is stored (see ``store.apply_page``), so
    that a large sync parses each record once, not twice. ``clean=False`` is
    for a page whose raw text was found to have nothing to clean
    (``text.json_is_printable``): its records are taken as they are.
    """
    if not isinstance(data, dict):
        raise MalformedPageError("the page is not a JSON object")
    raw_changes = data.get("changes")
    if not isinstance(raw_changes, list):
        raise MalformedPageError("the page has no list of changes")
    cursor = data.get("cursor")
    if not isinstance(cursor, str) or not cursor or len(cursor) > 1000:
        raise MalformedPageError("the page has no usable cursor")
    has_more = data.get("has_more")
    if not isinstance(has_more, bool):
        raise MalformedPageError("the page does not say whether more changes follow")
    remaining = data.get("remaining")
    if not isinstance(remaining, int) or isinstance(remaining, bool) or remaining < 0:
        remaining = None
    changes: list[Change] = []
    skipped: list[Skipped] = []
    for raw in raw_changes:
        result = parse_change(raw, validate=validate, clean=clean)
        if isinstance(result, Change):
            changes.append(result)
        else:
            skipped.append(result)
    return Page(changes, skipped, cursor, has_more, remaining)


def parse_change(raw: object, *, validate: bool = True, clean: bool = True) -> Change | Skipped:
    """One change, validated; a Skipped naming the problem otherwise."""
    if not isinstance(raw, dict):
        return Skipped("", "?", "the change is not a JSON object")
    kind = raw.get("kind")
    change_id = raw.get("id")
    shown_id = change_id if isinstance(change_id, str) and change_id else "?"
    shown_id = shown_id[:MAX_ID_LENGTH]
    if not isinstance(kind, str) or not kind:
        return Skipped("", shown_id, "the change has no kind")
    shown_kind = kind[:50]
    if not isinstance(change_id, str) or not change_id or len(change_id) > MAX_ID_LENGTH:
        return Skipped(shown_kind, shown_id, "the change has no usable id")
    op = raw.get("op")
    if op not in ("upsert", "delete"):
        return Skipped(shown_kind, change_id, f"unknown operation {str(op)[:30]!r}")
    parser = PARSERS.get(kind)
    if parser is None:
        return Skipped(shown_kind, change_id, "a kind of record this version does not know", True)
    if op == "delete":
        return Change(kind, change_id, "delete", None)
    data = raw.get("data")
    if not isinstance(data, dict):
        return Skipped(kind, change_id, "the change carries no record")
    if clean:
        data = clean_record(data)
    if validate:
        problem = record_problem(kind, data)
        if problem is not None:
            return Skipped(kind, change_id, problem)
    # Availability and a vehicle's place belong to a vehicle and are keyed by its id.
    if kind in ("availability", "vehicle_place"):
        record_id = data.get("vehicle_id", change_id)
    elif kind == "conversation":
        record_id = data.get("booking_id", change_id)
    else:
        record_id = data.get("id")
    if record_id != change_id:
        return Skipped(kind, change_id, "the record's id differs from the change's id")
    return Change(kind, change_id, "upsert", data)


def clean_record(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with every text but its identifiers made printable."""
    return {
        key: value if key == "id" or key.endswith("_id") else _clean(value)
        for key, value in record.items()
    }


def _clean(value: object) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(k) if isinstance(k, str) else k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def record_problem(kind: str, data: Mapping[str, Any]) -> str | None:
    """What is wrong with a record of a known kind ("field: message"), or None."""
    try:
        PARSERS[kind](data)
    except ValidationError as e:
        return f"{e.field}: {e.message}"
    except (ValueError, TypeError, OverflowError, RecursionError) as e:
        # The wire parsers raise ValidationError for everything they foresee; this
        # is the safety net for input nobody foresaw (e.g. a number too big for a float).
        return f"the record could not be read ({type(e).__name__})"
    return None
