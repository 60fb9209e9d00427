"""What went wrong, as a code and parameters: the words belong to whoever shows it.

Every error wheelshare raises on purpose (``WheelshareError`` and its
subclasses) carries a ``problem``: a ``Problem(code, params)`` whose code is a
``ProblemCode`` and whose parameters are a few plain values a sentence may
need (a feed address, a number of seconds, a field name). The error's
``str()`` stays an English sentence, for logs and the command line; the
desktop app turns the problem into a sentence in the person's language, with
what to do next (``wheelshare.ui.problems.describe``), and never shows the
English text.

The outbox stores the problem of a refused or waiting action (code and
parameters), not its words, so a refusal read in French tomorrow is in French.

Feed refusals (``docs/feed-protocol.md``) use the feed's own code when it is
one of these (``dates_unavailable``, ``invalid_transition``…); the feed's
English ``message`` is kept only for logs (``feed_problem``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

Params = Mapping[str, str | int]


class ProblemCode(StrEnum):
    """Every kind of problem a person can be told about. Adding one needs its
    sentence in ``wheelshare.ui.problems`` (a test checks each has English and
    French words)."""

    # Reaching the feed
    OFFLINE = "offline"  # feed_url
    CONNECTION_LOST = "connection_lost"  # feed_url
    TIMEOUT = "timeout"  # feed_url, seconds
    SERVER_BUSY = "server_busy"  # feed_url, seconds (0: not said)
    SERVER_UNAVAILABLE = "server_unavailable"  # feed_url, seconds (0: not said)
    SERVER_FAILED = "server_failed"  # feed_url, status
    BAD_RESPONSE = "bad_response"  # feed_url
    TLS_UNVERIFIED = "tls_unverified"  # feed_url
    FEED_ADDRESS = "feed_address"  # feed_url
    INSECURE_FEED = "insecure_feed"  # feed_url, suggested_url
    REDIRECT_OTHER_ORIGIN = "redirect_other_origin"  # feed_url, location
    REDIRECT_BAD_SCHEME = "redirect_bad_scheme"  # feed_url, location
    REDIRECT_OF_WRITE = "redirect_of_write"  # feed_url, location
    REDIRECT_LOOP = "redirect_loop"  # feed_url
    CANCELLED = "cancelled"
    KEYRING_UNAVAILABLE = "keyring_unavailable"

    # Accounts
    SIGN_IN_NEEDED = "sign_in_needed"
    QUEUED_BY_OTHER_ACCOUNT = "queued_by_other_account"  # made under another sign-in
    BAD_CREDENTIALS = "bad_credentials"
    EMAIL_TAKEN = "email_taken"
    WEAK_PASSWORD = "weak_password"
    PASSWORD_TOO_SHORT = "password_too_short"
    PASSWORD_TOO_LONG = "password_too_long"
    DISPLAY_NAME_CONTROL = "display_name_control"
    DISPLAY_NAME_BIDI = "display_name_bidi"
    DISPLAY_NAME_INVISIBLE = "display_name_invisible"
    DISPLAY_NAME_TOO_LONG = "display_name_too_long"
    NAME_CHANGES_LIMITED = "name_changes_limited"  # a fourth new name within a day
    PHONE_CHANGES_LIMITED = "phone_changes_limited"  # a fourth new number within a day
    PHONE_INVALID = "phone_invalid"  # too long, or with control characters

    # The feed refused a request (the feed's own codes)
    DATES_UNAVAILABLE = "dates_unavailable"
    INVALID_TRANSITION = "invalid_transition"
    REQUEST_EXPIRED = "request_expired"
    VEHICLE_UNLISTED = "vehicle_unlisted"
    NOT_OWNER = "not_owner"
    NOT_PARTY = "not_party"
    OWN_VEHICLE = "own_vehicle"
    NO_COMPLETED_BOOKING = "no_completed_booking"
    NOT_AUTHOR = "not_author"
    MESSAGE_EMPTY = "message_empty"
    MESSAGE_TOO_LONG = "message_too_long"
    CONVERSATION_CLOSED = "conversation_closed"
    MESSAGE_NOT_FOUND = "message_not_found"
    NOT_UPLOADER = "not_uploader"
    TOO_MANY_PHOTOS = "too_many_photos"
    NOT_AN_IMAGE = "not_an_image"
    DAMAGED_IMAGE = "damaged_image"
    TOO_MANY_PIXELS = "too_many_pixels"
    BOOKING_TOO_LONG = "booking_too_long"
    BOOKING_TOO_SHORT = "booking_too_short"
    BEYOND_HORIZON = "beyond_horizon"
    TOO_MANY_PENDING = "too_many_pending"
    TOO_MANY_FOR_VEHICLE = "too_many_for_vehicle"
    NOT_FOUND = "not_found"
    # Contributions, reports and moderation
    DUPLICATE_VENUE = "duplicate_venue"  # existing_venue_id (when the feed named it)
    FAR_FROM_ANY_PLACE = "far_from_any_place"
    SAME_VALUE = "same_value"
    CONSENT_REQUIRED = "consent_required"
    ALREADY_REPORTED = "already_reported"
    REASON_NEEDED = "reason_needed"
    NOT_MODERATOR = "not_moderator"
    ALREADY_DECIDED = "already_decided"
    ALREADY_HIDDEN = "already_hidden"
    NOT_HIDDEN = "not_hidden"
    NOT_ACCEPTED = "not_accepted"
    VENUE_REMOVED = "venue_removed"
    BODY_TOO_LARGE = "body_too_large"
    OWN_TRIP = "own_trip"
    ALREADY_ACCOMPANIED = "already_accompanied"
    TRIP_NOT_OVER = "trip_not_over"
    ALREADY_RATED = "already_rated"
    TOO_MANY_OPEN_TRIPS = "too_many_open_trips"
    REVIEW_NOT_OPEN = "review_not_open"  # opens_at: the rental's end
    RENTAL_NOT_COMPLETED = "rental_not_completed"
    REVIEW_WINDOW_CLOSED = "review_window_closed"
    ALREADY_REVIEWED = "already_reviewed"
    BOOKING_NOT_CONFIRMED = "booking_not_confirmed"  # handover or damage on an unconfirmed booking
    OUTSIDE_WINDOW = "outside_window"  # a handover or damage report outside its dates
    REPORT_INCOMPLETE = "report_incomplete"  # confirming without the required photos or readings
    REPORT_LOCKED = "report_locked"  # both parties confirmed it
    DAMAGE_REPORT_EXISTS = "damage_report_exists"
    UNKNOWN_PHOTO = "unknown_photo"  # a damage report pointing outside the booking's reports
    REFUSED = "refused"  # status, feed_code: a refusal this version has no words for

    # A value was not accepted (by the feed, or checked here first)
    INVALID = "invalid"  # field
    OUT_OF_RANGE = "out_of_range"  # field
    IN_THE_PAST = "in_the_past"
    NOTHING_CHANGED = "nothing_changed"
    NOTHING_RATED = "nothing_rated"
    COMMENT_TOO_LONG = "comment_too_long"
    UNKNOWN_FIELD = "unknown_field"  # field
    UNKNOWN_PLACE = "unknown_place"
    SAME_PLACE = "same_place"
    WINDOW_INVERTED = "window_inverted"
    WINDOW_IN_PAST = "window_in_past"
    WINDOW_TOO_LONG = "window_too_long"

    # The outbox
    ALREADY_PENDING = "already_pending"
    ALREADY_SENT = "already_sent"
    ALREADY_REQUESTED = "already_requested"  # the same vehicle and dates, asked before
    NOT_IN_CACHE = "not_in_cache"
    NOT_REFUSED = "not_refused"
    UNKNOWN_ACTION = "unknown_action"  # kind
    DEPENDS_ON_REFUSED = "depends_on_refused"
    EARLIER_PROBLEM = "earlier_problem"  # stored as words by an older wheelshare

    # The data on this computer
    NOT_A_CACHE = "not_a_cache"  # path
    CACHE_TOO_NEW = "cache_too_new"  # path
    DISK_FULL = "disk_full"
    CACHE_LOCKED = "cache_locked"
    DATA_NOT_READY = "data_not_ready"  # asked before the cache is open (starting, switching feeds)
    CACHE_READ_ONLY = "cache_read_only"
    CACHE_IO = "cache_io"
    CACHE_CORRUPT = "cache_corrupt"
    CACHE_BUG = "cache_bug"
    PLACES_UNAVAILABLE = "places_unavailable"

    # Online place search (the offline list answered instead)
    PLACE_SEARCH_OFF = "place_search_off"
    PLACE_SEARCH_TIMEOUT = "place_search_timeout"  # seconds
    PLACE_SEARCH_BUSY = "place_search_busy"
    PLACE_SEARCH_UNAVAILABLE = "place_search_unavailable"

    # Anything else: a bug in wheelshare
    UNEXPECTED = "unexpected"  # kind: the error's class name


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: what kind (``code``) and the values its sentence needs."""

    code: ProblemCode
    params: Params = field(default_factory=dict)

    @classmethod
    def stored(cls, code: str | None, params: Mapping[str, object] | None = None) -> Problem:
        """A problem read back from storage; a code this version does not know
        (written by a newer one) reads as a problem told earlier."""
        try:
            known = ProblemCode(code or "")
        except ValueError:
            known = ProblemCode.EARLIER_PROBLEM
        clean = {
            str(k): v
            for k, v in (params or {}).items()
            if isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool))
        }
        return cls(known, clean)


# The feed's codes that say the same as one of ours.
_FEED_ALIASES: dict[str, ProblemCode] = {
    "unauthorized": ProblemCode.SIGN_IN_NEEDED,
    "bad_token": ProblemCode.SIGN_IN_NEEDED,
    "token_expired": ProblemCode.SIGN_IN_NEEDED,
    "auth_required": ProblemCode.SIGN_IN_NEEDED,
    "vehicle_not_found": ProblemCode.NOT_FOUND,
    "venue_not_found": ProblemCode.NOT_FOUND,
    "booking_not_found": ProblemCode.NOT_FOUND,
    "review_not_found": ProblemCode.NOT_FOUND,
    "contribution_not_found": ProblemCode.NOT_FOUND,
    "report_not_found": ProblemCode.NOT_FOUND,
    "listing_not_found": ProblemCode.NOT_FOUND,
    "photo_not_found": ProblemCode.NOT_FOUND,
    # The snapshot is only a faster start: without one the app reads the change
    # feed instead, and no one is told.
    "no_snapshot": ProblemCode.NOT_FOUND,
    # A resumed snapshot download that no longer fits the feed's snapshot: the
    # app starts the download again, or reads the change feed.
    "range_not_satisfiable": ProblemCode.BAD_RESPONSE,
    "trip_not_found": ProblemCode.NOT_FOUND,
    "offer_not_found": ProblemCode.NOT_FOUND,
    "companionship_not_found": ProblemCode.NOT_FOUND,
    "rate_limited": ProblemCode.SERVER_BUSY,
    "busy": ProblemCode.SERVER_BUSY,
    "database_unavailable": ProblemCode.SERVER_UNAVAILABLE,
    "invalid_cursor": ProblemCode.BAD_RESPONSE,
    # The sync engine reads the feed again on these by itself; shown only if
    # the feed keeps answering them.
    "cursor_expired": ProblemCode.BAD_RESPONSE,
    "gone": ProblemCode.BAD_RESPONSE,
}


def feed_problem(status: int, code: str, fields: Mapping[str, str] | None = None) -> Problem:
    """The problem a feed refusal stands for (``status`` and the body's ``code``)."""
    known = _FEED_ALIASES.get(code)
    if known is None:
        try:
            known = ProblemCode(code)
        except ValueError:
            known = None
    if known is ProblemCode.INVALID or (known is None and status == 422):
        first = next(iter(fields or {}), "")
        return Problem(ProblemCode.INVALID, {"field": first})
    if known is None or known in _NOT_FROM_FEED:
        return Problem(ProblemCode.REFUSED, {"status": status, "feed_code": code})
    if known is ProblemCode.DUPLICATE_VENUE:
        # The venue already there, so the app can offer it instead.
        existing = (fields or {}).get("existing_venue_id", "")
        return Problem(known, {"existing_venue_id": str(existing)[:200]})
    return Problem(known)


# Codes a feed answer never stands for by itself (they are about this computer).
_NOT_FROM_FEED = frozenset(
    {
        ProblemCode.UNEXPECTED,
        ProblemCode.EARLIER_PROBLEM,
        ProblemCode.NOT_A_CACHE,
        ProblemCode.CACHE_TOO_NEW,
        ProblemCode.DISK_FULL,
        ProblemCode.CACHE_LOCKED,
        ProblemCode.DATA_NOT_READY,
        ProblemCode.CACHE_READ_ONLY,
        ProblemCode.CACHE_IO,
        ProblemCode.CACHE_CORRUPT,
        ProblemCode.CACHE_BUG,
        ProblemCode.KEYRING_UNAVAILABLE,
        ProblemCode.CANCELLED,
    }
)


def problem_of(error: BaseException) -> Problem:
    """The problem an exception stands for; any exception not raised on
    purpose is a bug (``unexpected``, with its class name)."""
    found = getattr(error, "problem", None)
    if isinstance(found, Problem):
        return found
    return Problem(ProblemCode.UNEXPECTED, {"kind": type(error).__name__})
