"""Problems in the person's language: what went wrong and what to do next.

Errors raised below the interface carry a ``Problem`` (a ``ProblemCode`` and
parameters, ``wheelshare.domain.problems``) and English words meant for logs.
The interface never shows those words: ``describe`` turns the problem into a
translated sentence. Every sentence is listed here once, with
``QT_TRANSLATE_NOOP`` in the ``Problems`` context so that Qt's extraction
(``pyside6-lupdate``) finds it, and is translated when shown, in the language
of that moment.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from wheelshare.domain.problems import Problem, ProblemCode, problem_of
from wheelshare.domain.text import printable
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

CONTEXT = "Problems"

C = ProblemCode

# One sentence per code: what happened, then what to do. Placeholders are the
# problem's parameters.
SENTENCES: dict[ProblemCode, str] = {
    C.OFFLINE: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed cannot be reached. Check the network connection (or the feed address "
        "under Account & settings) and sync again; your changes wait until then.",
    ),
    C.CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "Problems",
        "The connection to the feed dropped in the middle of an answer; nothing from it was "
        "kept. Check the network connection and sync again.",
    ),
    C.TIMEOUT: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed did not answer within {seconds} s; the connection may be slow. Sync again later.",
    ),
    C.SERVER_BUSY: QT_TRANSLATE_NOOP(
        "Problems", "The feed is busy and asked to slow down. Sync again in a few minutes."
    ),
    C.SERVER_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problems", "The feed is temporarily unavailable. Sync again in a few minutes."
    ),
    C.SERVER_FAILED: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed had an internal problem (code {status}). Sync again later; your changes "
        "wait until then.",
    ),
    C.BAD_RESPONSE: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed sent an answer that could not be read; nothing was changed. Sync again; "
        "if this keeps happening, the feed may be faulty.",
    ),
    C.TLS_UNVERIFIED: QT_TRANSLATE_NOOP(
        "Problems",
        "The secure connection to {feed_url} could not be verified, so nothing was sent. "
        "If this feed uses its own certificate authority, set it under Account & settings.",
    ),
    C.FEED_ADDRESS: QT_TRANSLATE_NOOP(
        "Problems",
        "“{feed_url}” is not a feed address. Enter one like https://feed.example.org "
        "under Account & settings.",
    ),
    C.INSECURE_FEED: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed at {feed_url} is not encrypted (http://): your password would cross the "
        "network in clear, so nothing was sent. Use its https:// address instead, "
        "e.g. {suggested_url}.",
    ),
    C.REDIRECT_OTHER_ORIGIN: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed sent you on to {location}, which is not its own address; nothing was sent "
        "there. If the feed has moved, enter its new address under Account & settings.",
    ),
    C.REDIRECT_BAD_SCHEME: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed sent you on to {location}, which is not a web address; nothing was sent "
        "there. The feed may be misconfigured.",
    ),
    C.REDIRECT_OF_WRITE: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed sent a change on to {location}; it was not sent again there. If the feed "
        "has moved, enter its new address under Account & settings.",
    ),
    C.REDIRECT_LOOP: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed keeps sending you on elsewhere without answering; nothing was changed. "
        "The feed may be misconfigured.",
    ),
    C.CANCELLED: QT_TRANSLATE_NOOP(
        "Problems", "Sync cancelled; everything received before is kept."
    ),
    C.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problems",
        "This computer has no password store (keyring), so your sign-in is kept only until "
        "the app closes. Install and unlock one (such as GNOME Keyring or KWallet) to stay "
        "signed in.",
    ),
    C.SIGN_IN_NEEDED: QT_TRANSLATE_NOOP(
        "Problems",
        "You need to sign in again to do this. Open Account & settings and sign in; your "
        "changes wait until then.",
    ),
    C.QUEUED_BY_OTHER_ACCOUNT: QT_TRANSLATE_NOOP(
        "Problems",
        "This was done while someone else was signed in on this computer, so it is not "
        "sent with your sign-in. It goes when they sign in again; or withdraw it.",
    ),
    C.BAD_CREDENTIALS: QT_TRANSLATE_NOOP(
        "Problems", "The email address or the password is wrong. Check both and try again."
    ),
    C.EMAIL_TAKEN: QT_TRANSLATE_NOOP(
        "Problems",
        "An account with this email address exists already. Sign in with it, or use "
        "another address.",
    ),
    C.WEAK_PASSWORD: QT_TRANSLATE_NOOP(
        "Problems",
        "This password is too easy to guess. A few unrelated words together make a strong "
        "one that is easy to remember.",
    ),
    C.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Problems", "This password is too short. Use at least 10 characters."
    ),
    C.PASSWORD_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problems", "This password is too long. Use at most 1,024 characters."
    ),
    C.BOOKING_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problems", "This rental is longer than bookings may last. Choose a shorter period."
    ),
    C.BOOKING_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Problems", "A rental lasts at least half a day (6 hours). Choose a later end."
    ),
    C.BEYOND_HORIZON: QT_TRANSLATE_NOOP(
        "Problems",
        "These dates are further ahead than bookings open. Choose dates closer to today.",
    ),
    C.TOO_MANY_PENDING: QT_TRANSLATE_NOOP(
        "Problems",
        "You have many requests waiting for an answer. Wait for one, or withdraw one, "
        "before asking again.",
    ),
    C.TOO_MANY_FOR_VEHICLE: QT_TRANSLATE_NOOP(
        "Problems",
        "You already have several bookings ahead for this vehicle. Leave it to others "
        "until one of them is over.",
    ),
    C.DATES_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problems",
        "Those dates are taken by another booking. Choose other dates and ask again.",
    ),
    C.INVALID_TRANSITION: QT_TRANSLATE_NOOP(
        "Problems",
        "The booking was answered, cancelled or withdrawn meanwhile. Sync to see where it stands.",
    ),
    C.REQUEST_EXPIRED: QT_TRANSLATE_NOOP(
        "Problems",
        "The request expired before it was answered. Ask again, with dates still ahead.",
    ),
    C.VEHICLE_UNLISTED: QT_TRANSLATE_NOOP(
        "Problems",
        "The vehicle is no longer listed. Choose another one; its owner can list it again.",
    ),
    C.NOT_OWNER: QT_TRANSLATE_NOOP(
        "Problems",
        "Only the vehicle's owner can do this. Check which account is signed in.",
    ),
    C.NOT_PARTY: QT_TRANSLATE_NOOP(
        "Problems",
        "Only the renter or the owner of this booking can do this. Check which account "
        "is signed in.",
    ),
    C.OWN_VEHICLE: QT_TRANSLATE_NOOP("Problems", "You cannot book or review your own vehicle."),
    C.NO_COMPLETED_BOOKING: QT_TRANSLATE_NOOP(
        "Problems", "You can review a vehicle once a rental of it is over."
    ),
    C.NOT_AUTHOR: QT_TRANSLATE_NOOP(
        "Problems", "Only the person who wrote a review can remove it."
    ),
    C.OWN_TRIP: QT_TRANSLATE_NOOP(
        "Problems", "This is your own trip: you cannot offer to help yourself."
    ),
    C.ALREADY_ACCOMPANIED: QT_TRANSLATE_NOOP(
        "Problems",
        "This trip already has a confirmed companion. Cancel that companionship first "
        "to accept someone else.",
    ),
    C.TRIP_NOT_OVER: QT_TRANSLATE_NOOP(
        "Problems", "You can rate a companionship once the trip has taken place."
    ),
    C.ALREADY_RATED: QT_TRANSLATE_NOOP(
        "Problems", "You have already rated this companionship; a rating cannot be changed."
    ),
    C.BOOKING_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Problems",
        "Handover and damage reports are for confirmed bookings only; this one is not confirmed.",
    ),
    C.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP(
        "Problems",
        "This report cannot be recorded now: a start report opens a day before the rental, "
        "an end report half a day before its end, and damage can be reported until 5 days "
        "after it.",
    ),
    C.REPORT_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Problems",
        "The report is not complete: it needs a photo from each side, one of the ramp or "
        "lift, the fuel or charge level and the odometer before it can be confirmed.",
    ),
    C.REPORT_LOCKED: QT_TRANSLATE_NOOP(
        "Problems", "Both of you confirmed this report, so it can no longer change."
    ),
    C.DAMAGE_REPORT_EXISTS: QT_TRANSLATE_NOOP(
        "Problems",
        "This booking already has a damage report. Add what you found in its conversation.",
    ),
    C.UNKNOWN_PHOTO: QT_TRANSLATE_NOOP(
        "Problems",
        "A damage report can point only at photos of this booking's handover reports. "
        "Choose the photos again.",
    ),
    C.REVIEW_NOT_OPEN: QT_TRANSLATE_NOOP(
        "Problems", "You can review the renter once the rental has ended."
    ),
    C.RENTAL_NOT_COMPLETED: QT_TRANSLATE_NOOP(
        "Problems", "This rental did not take place, so there is nobody to review."
    ),
    C.REVIEW_WINDOW_CLOSED: QT_TRANSLATE_NOOP(
        "Problems", "Reviews of a rental close 30 days after it ended; this one is closed."
    ),
    C.ALREADY_REVIEWED: QT_TRANSLATE_NOOP(
        "Problems", "You have already reviewed this renter for this rental."
    ),
    C.TOO_MANY_OPEN_TRIPS: QT_TRANSLATE_NOOP(
        "Problems",
        "You have many trips and offers open. Cancel one you no longer need before "
        "posting another.",
    ),
    C.NOT_UPLOADER: QT_TRANSLATE_NOOP(
        "Problems", "Only the person who added a photo can change or remove it."
    ),
    C.TOO_MANY_PHOTOS: QT_TRANSLATE_NOOP(
        "Problems", "There are as many photos here as the feed takes. Remove one first."
    ),
    C.NOT_AN_IMAGE: QT_TRANSLATE_NOOP(
        "Problems", "This file is not a photo. Choose a JPEG, PNG or WebP image."
    ),
    C.DAMAGED_IMAGE: QT_TRANSLATE_NOOP(
        "Problems", "This photo cannot be read whole; the file may be damaged or cut short."
    ),
    C.TOO_MANY_PIXELS: QT_TRANSLATE_NOOP(
        "Problems", "This picture is too large. Choose a smaller one, of at most 50 megapixels."
    ),
    C.DISPLAY_NAME_CONTROL: QT_TRANSLATE_NOOP(
        "Problems", "The name contains control characters or line breaks. Type it again."
    ),
    C.DISPLAY_NAME_BIDI: QT_TRANSLATE_NOOP(
        "Problems",
        "The name contains characters that reverse the direction of the text. Type it again "
        "without them.",
    ),
    C.DISPLAY_NAME_INVISIBLE: QT_TRANSLATE_NOOP(
        "Problems", "The name has no visible characters. Enter the name others will see."
    ),
    C.DISPLAY_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problems", "The name is too long. Use at most 100 characters."
    ),
    C.NAME_CHANGES_LIMITED: QT_TRANSLATE_NOOP(
        "Problems",
        "You can change your name three times a day. Try again tomorrow.",
    ),
    C.PHONE_CHANGES_LIMITED: QT_TRANSLATE_NOOP(
        "Problems",
        "You can give a new phone number three times a day. Try again tomorrow; "
        "removing the number is always possible.",
    ),
    C.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "Problems",
        "Enter the phone number on one line, with at most 40 characters, for example "
        "+33 6 12 34 56 78.",
    ),
    C.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Problems",
        "It is not there any more; it may have been removed meanwhile. Sync to see the "
        "current state.",
    ),
    C.DUPLICATE_VENUE: QT_TRANSLATE_NOOP(
        "Problems",
        "A venue with this name is already there, a few metres away. Open it and review it "
        "or propose a correction instead.",
    ),
    C.FAR_FROM_ANY_PLACE: QT_TRANSLATE_NOOP(
        "Problems",
        "The point is far from any town or village. Check the place and the point, then try again.",
    ),
    C.SAME_VALUE: QT_TRANSLATE_NOOP(
        "Problems", "The venue already has this value, so there is nothing to correct."
    ),
    C.CONSENT_REQUIRED: QT_TRANSLATE_NOOP(
        "Problems",
        "Tick the box agreeing that your facts are shared under the Open Database License "
        "before sending them.",
    ),
    C.ALREADY_REPORTED: QT_TRANSLATE_NOOP(
        "Problems", "You already reported this; a moderator will look at your report."
    ),
    C.REASON_NEEDED: QT_TRANSLATE_NOOP("Problems", "Say why, in a few words, then try again."),
    C.NOT_MODERATOR: QT_TRANSLATE_NOOP(
        "Problems", "Only a moderator can do this. Your account is not a moderator's."
    ),
    C.ALREADY_DECIDED: QT_TRANSLATE_NOOP(
        "Problems",
        "Another moderator decided on this meanwhile. Refresh the queue to see where it stands.",
    ),
    C.ALREADY_HIDDEN: QT_TRANSLATE_NOOP(
        "Problems", "This is already hidden. Refresh the queue to see where it stands."
    ),
    C.NOT_HIDDEN: QT_TRANSLATE_NOOP(
        "Problems", "This is not hidden, so there is nothing to restore."
    ),
    C.NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "Problems",
        "Only an accepted contribution can be reverted. Refresh the queue to see where it stands.",
    ),
    C.VENUE_REMOVED: QT_TRANSLATE_NOOP(
        "Problems", "The venue was removed meanwhile, so this cannot apply to it any more."
    ),
    C.BODY_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problems", "This is too long for the feed to accept. Shorten it and try again."
    ),
    C.REFUSED: QT_TRANSLATE_NOOP(
        "Problems",
        "The feed refused this (code {status}, “{feed_code}”). Correct it and try again, "
        "or dismiss it.",
    ),
    C.INVALID: QT_TRANSLATE_NOOP(
        "Problems", "A value was not accepted. Correct the marked fields and try again."
    ),
    C.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Problems", "A number or a date is out of range. Correct it and try again."
    ),
    C.IN_THE_PAST: QT_TRANSLATE_NOOP(
        "Problems", "The rental must start in the future. Choose a later start."
    ),
    C.NOTHING_CHANGED: QT_TRANSLATE_NOOP(
        "Problems", "Nothing was changed, so there is nothing to send."
    ),
    C.NOTHING_RATED: QT_TRANSLATE_NOOP(
        "Problems", "Rate at least one criterion before sending the review."
    ),
    C.COMMENT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problems", "The comment is too long. Shorten it and send it again."
    ),
    C.UNKNOWN_PLACE: QT_TRANSLATE_NOOP(
        "Problems", "Choose a station, an airport or a town from the list of places."
    ),
    C.SAME_PLACE: QT_TRANSLATE_NOOP(
        "Problems", "The destination is the same as the departure. Choose another destination."
    ),
    C.WINDOW_INVERTED: QT_TRANSLATE_NOOP(
        "Problems", "The departure window ends before it starts. Check the two times."
    ),
    C.WINDOW_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problems", "A departure window lasts at most 12 hours. Choose a shorter window."
    ),
    C.WINDOW_IN_PAST: QT_TRANSLATE_NOOP(
        "Problems", "The departure window has already passed. Choose a later date or time."
    ),
    C.MESSAGE_EMPTY: QT_TRANSLATE_NOOP(
        "Problems", "The message is empty. Write something before sending it."
    ),
    C.MESSAGE_TOO_LONG: QT_TRANSLATE_NOOP(
        "Problems",
        "This message is longer than 2,000 characters. Shorten it or send it in two parts.",
    ),
    C.CONVERSATION_CLOSED: QT_TRANSLATE_NOOP(
        "Problems",
        "This conversation is closed: it ended 30 days after the booking did. "
        "Its messages stay here to read.",
    ),
    C.MESSAGE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Problems", "This message is not on the feed any more. Sync, then try again."
    ),
    C.UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "Problems", "This part of a listing cannot be changed here."
    ),
    C.ALREADY_PENDING: QT_TRANSLATE_NOOP(
        "Problems",
        "This is already waiting to be sent. It goes out at the next sync.",
    ),
    C.ALREADY_SENT: QT_TRANSLATE_NOOP(
        "Problems",
        "This was already sent to the feed. Wait for its answer, then cancel if needed.",
    ),
    C.ALREADY_REQUESTED: QT_TRANSLATE_NOOP(
        "Problems",
        "You already asked for this vehicle on these dates. Follow it under “My bookings”.",
    ),
    C.NOT_IN_CACHE: QT_TRANSLATE_NOOP(
        "Problems", "This is not on this computer yet. Sync, then try again."
    ),
    C.NOT_REFUSED: QT_TRANSLATE_NOOP(
        "Problems", "Only a refused action can be tried again or dismissed."
    ),
    C.UNKNOWN_ACTION: QT_TRANSLATE_NOOP(
        "Problems",
        "A newer version of wheelshare made this change; this version cannot send it. "
        "Update wheelshare, or dismiss it.",
    ),
    C.DEPENDS_ON_REFUSED: QT_TRANSLATE_NOOP(
        "Problems",
        "The new listing this changes was refused, so this cannot be sent. Dismiss it.",
    ),
    C.EARLIER_PROBLEM: QT_TRANSLATE_NOOP(
        "Problems",
        "This ran into a problem earlier. Try again, or dismiss it.",
    ),
    C.NOT_A_CACHE: QT_TRANSLATE_NOOP(
        "Problems",
        "The file {path} is not wheelshare data. Choose another data folder or move the file away.",
    ),
    C.CACHE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Problems",
        "The data in {path} was written by a newer version of wheelshare. Update wheelshare "
        "or choose another data folder.",
    ),
    C.DISK_FULL: QT_TRANSLATE_NOOP(
        "Problems", "The disk holding wheelshare's data is full. Free some space and try again."
    ),
    C.DATA_NOT_READY: QT_TRANSLATE_NOOP(
        "Problems", "The app is still opening its data; try again in a moment."
    ),
    C.CACHE_LOCKED: QT_TRANSLATE_NOOP(
        "Problems",
        "Another program is using wheelshare's data. Close other copies of wheelshare and "
        "try again.",
    ),
    C.CACHE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Problems",
        "wheelshare's data cannot be written. Check the data folder's permissions.",
    ),
    C.CACHE_IO: QT_TRANSLATE_NOOP(
        "Problems",
        "The disk reported an error while reading or writing wheelshare's data. Check the "
        "disk and try again.",
    ),
    C.CACHE_CORRUPT: QT_TRANSLATE_NOOP(
        "Problems",
        "wheelshare's data on this computer is damaged. Delete it and wheelshare will "
        "fetch it again.",
    ),
    C.CACHE_BUG: QT_TRANSLATE_NOOP(
        "Problems",
        "wheelshare's data refused an operation; this is a fault in wheelshare. Try again, "
        "and report it if it keeps happening.",
    ),
    C.PLACES_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problems",
        "The list of places could not be read; places can still be looked up online.",
    ),
    C.PLACE_SEARCH_OFF: QT_TRANSLATE_NOOP(
        "Problems",
        "Online place search is turned off; the place was looked up in the offline list.",
    ),
    C.PLACE_SEARCH_TIMEOUT: QT_TRANSLATE_NOOP(
        "Problems",
        "The online place search did not answer within {seconds} s; the place was looked "
        "up in the offline list. Try again later for more places.",
    ),
    C.PLACE_SEARCH_BUSY: QT_TRANSLATE_NOOP(
        "Problems",
        "The online place search asked to slow down; the place was looked up in the offline "
        "list. Try again in a minute for more places.",
    ),
    C.PLACE_SEARCH_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problems",
        "The online place search is unavailable; the place was looked up in the offline "
        "list. Try again later for more places.",
    ),
    C.UNEXPECTED: QT_TRANSLATE_NOOP(
        "Problems",
        "Something went wrong inside wheelshare ({kind}). Try again, and report it if it "
        "keeps happening.",
    ),
}

# Where the feed said how long to wait, the sentence says it.
WITH_SECONDS: dict[ProblemCode, str] = {
    C.SERVER_BUSY: QT_TRANSLATE_NOOP(
        "Problems", "The feed is busy and asked to slow down. Sync again in {seconds} s."
    ),
    C.SERVER_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problems", "The feed is temporarily unavailable. Sync again in {seconds} s."
    ),
}


class _Params(dict[str, object]):
    """A parameter a stored problem lacks (written by an older version) reads as "…"."""

    def __missing__(self, key: str) -> str:
        return "…"


def describe(problem: Problem | BaseException) -> str:
    """The problem (or the problem an error carries) as a sentence in the
    current language, saying what to do next."""
    if not isinstance(problem, Problem):
        problem = problem_of(problem)
    # Parameters may come from a feed (a redirect's address, a field name): shown
    # without the control characters and escapes it could have put in them.
    params: Mapping[str, object] = {
        k: printable(v) if isinstance(v, str) else v for k, v in problem.params.items()
    }
    source = SENTENCES[problem.code]
    seconds = params.get("seconds")
    if problem.code in WITH_SECONDS and isinstance(seconds, int) and seconds > 0:
        source = WITH_SECONDS[problem.code]
    return QCoreApplication.translate(CONTEXT, source).format_map(_Params(params))


# Short forms for the problems that stay on screen while the app is used: shown
# on one line above the screens, with the whole sentence under *Details*.
HEADLINES: dict[ProblemCode, str] = {
    C.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problems", "Your sign-in is kept only until the app closes."
    ),
}


def headline(problem: Problem) -> str:
    """The problem's short form in the current language, or "" when it has none."""
    source = HEADLINES.get(problem.code)
    return QCoreApplication.translate(CONTEXT, source) if source else ""
