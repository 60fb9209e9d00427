"""What fixes a problem that keeps something from being sent: the one action a
person is offered beside it ("Sign in", "Try again", "Check connection").

The status bar and every row that waits (My bookings, the owner's requests)
offer the same action for the same problem, with the same words.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

C = ProblemCode


class Remedy(StrEnum):
    SIGN_IN = "sign_in"  # open Account & settings at the sign-in form
    TRY_AGAIN = "try_again"  # sync again: the feed may answer now
    CHECK_CONNECTION = "check_connection"  # open the feed settings and check it


_FOR: dict[ProblemCode, Remedy] = {
    C.SIGN_IN_NEEDED: Remedy.SIGN_IN,
    C.QUEUED_BY_OTHER_ACCOUNT: Remedy.SIGN_IN,
    C.OFFLINE: Remedy.TRY_AGAIN,
    C.CONNECTION_LOST: Remedy.TRY_AGAIN,
    C.TIMEOUT: Remedy.TRY_AGAIN,
    C.SERVER_BUSY: Remedy.TRY_AGAIN,
    C.SERVER_UNAVAILABLE: Remedy.TRY_AGAIN,
    C.SERVER_FAILED: Remedy.TRY_AGAIN,
    C.BAD_RESPONSE: Remedy.TRY_AGAIN,
    C.CANCELLED: Remedy.TRY_AGAIN,
    C.TLS_UNVERIFIED: Remedy.CHECK_CONNECTION,
    C.FEED_ADDRESS: Remedy.CHECK_CONNECTION,
    C.INSECURE_FEED: Remedy.CHECK_CONNECTION,
    C.REDIRECT_OTHER_ORIGIN: Remedy.CHECK_CONNECTION,
    C.REDIRECT_BAD_SCHEME: Remedy.CHECK_CONNECTION,
    C.REDIRECT_OF_WRITE: Remedy.CHECK_CONNECTION,
    C.REDIRECT_LOOP: Remedy.CHECK_CONNECTION,
}

_LABELS: dict[Remedy, str] = {
    Remedy.SIGN_IN: QT_TRANSLATE_NOOP("Remedies", "Sign in…"),
    Remedy.TRY_AGAIN: QT_TRANSLATE_NOOP("Remedies", "Try again"),
    Remedy.CHECK_CONNECTION: QT_TRANSLATE_NOOP("Remedies", "Check connection…"),
}

_DESCRIPTIONS: dict[Remedy, str] = {
    Remedy.SIGN_IN: QT_TRANSLATE_NOOP(
        "Remedies", "Open Account & settings to sign in; waiting changes are sent after"
    ),
    Remedy.TRY_AGAIN: QT_TRANSLATE_NOOP("Remedies", "Sync again now to send what is waiting"),
    Remedy.CHECK_CONNECTION: QT_TRANSLATE_NOOP(
        "Remedies", "Open the feed settings to check the feed's address and connection"
    ),
}


def remedy_for(problem: Problem | None) -> Remedy | None:
    """The action that fixes ``problem``; None when nothing here can."""
    if problem is None:
        return None
    return _FOR.get(problem.code)


def label(remedy: Remedy) -> str:
    """The action's name on its button, in the language in use."""
    return QCoreApplication.translate("Remedies", _LABELS[remedy])


def description(remedy: Remedy) -> str:
    """What the button does, for its tooltip and screen readers."""
    return QCoreApplication.translate("Remedies", _DESCRIPTIONS[remedy])
