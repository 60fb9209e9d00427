"""The sync layer's errors: each says what went wrong and what a person can do.

Each carries a ``problem`` (``wheelshare.domain.problems``: a code and
parameters) that the UI puts in the person's language; ``str(error)`` is
English, for logs and the command line. Code that needs to react looks at the
class (and, for a rejection, at the feed's ``code`` and ``fields``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from wheelshare.domain.errors import WheelshareError
from wheelshare.domain.problems import Problem, ProblemCode, feed_problem


class SyncError(WheelshareError):
    """Root of everything the feed client and the sync engine raise on purpose.

    ``transient`` says whether trying again later may succeed without anyone
    changing anything (offline, timeouts, overloaded server). ``never_sent``
    says the request surely never reached the feed (a refused connection, no
    sign-in to send): what waited in the outbox may still be withdrawn.
    """

    transient = False
    never_sent = False


class OfflineError(SyncError):
    """The feed could not be reached at all."""

    transient = True

    def __init__(self, feed_url: str, detail: str = "") -> None:
        self.feed_url = feed_url
        self.detail = detail
        super().__init__(
            f"Cannot reach the feed at {feed_url}: check the network connection "
            "(or the feed address in the settings) and sync again. "
            "Everything already synced stays available, and your actions wait in the outbox.",
            problem=Problem(ProblemCode.OFFLINE, {"feed_url": feed_url}),
        )


class ConnectionLostError(OfflineError):
    """The connection dropped in the middle of an answer."""

    def __init__(self, feed_url: str, detail: str = "") -> None:
        super().__init__(feed_url, detail)
        self._problem = Problem(ProblemCode.CONNECTION_LOST, {"feed_url": feed_url})
        self.args = (
            f"The connection to the feed at {feed_url} dropped in the middle of an answer; "
            "nothing from that answer was kept. Check the network connection and sync again.",
        )


class FeedTimeoutError(SyncError):
    """The feed accepted the connection but did not answer in time."""

    transient = True

    def __init__(self, feed_url: str, seconds: float) -> None:
        self.feed_url = feed_url
        self.seconds = seconds
        super().__init__(
            f"The feed at {feed_url} did not answer within {seconds:g} seconds; "
            "the connection may be slow. Sync again later.",
            problem=Problem(
                ProblemCode.TIMEOUT, {"feed_url": feed_url, "seconds": _whole(seconds)}
            ),
        )


class AnswerTooSlowError(FeedTimeoutError):
    """The feed kept sending one answer for longer than the client waits for any answer
    (a body trickled a few bytes at a time never ends on a read timeout alone)."""

    def __init__(self, feed_url: str, seconds: float) -> None:
        super().__init__(feed_url, seconds)
        self.args = (
            f"The feed at {feed_url} took more than {seconds:g} seconds to send one answer, "
            "so it was abandoned; nothing from it was kept. The connection may be very slow, "
            "or the feed faulty. Sync again later.",
        )


class SyncTooLongError(FeedTimeoutError):
    """A whole sync ran past its deadline; what was applied before stays."""

    transient = True

    def __init__(self, feed_url: str, seconds: float) -> None:
        super().__init__(feed_url, seconds)
        self.args = (
            f"The sync with the feed at {feed_url} was stopped after {seconds:g} seconds; "
            "what was received before is kept. Sync again to continue.",
        )


class ServerError(SyncError):
    """The feed answered with a server-side failure (5xx or too many requests)."""

    transient = True

    def __init__(self, status: int, feed_url: str, retry_after: float | None = None) -> None:
        self.status = status
        self.feed_url = feed_url
        self.retry_after = retry_after
        if status == 429:
            what = "is busy and asked us to slow down"
        elif status == 503:
            what = "is temporarily unavailable"
        else:
            what = f"had an internal problem (HTTP {status})"
        later = f" in {retry_after:g} seconds" if retry_after else " later"
        params: dict[str, str | int] = {"feed_url": feed_url}
        if status in (429, 503):
            code = ProblemCode.SERVER_BUSY if status == 429 else ProblemCode.SERVER_UNAVAILABLE
            params["seconds"] = _whole(retry_after or 0)
        else:
            code = ProblemCode.SERVER_FAILED
            params["status"] = status
        super().__init__(
            f"The feed at {feed_url} {what}. Sync again{later}.", problem=Problem(code, params)
        )


class RejectedError(SyncError):
    """The feed refused a request: the server's reason is in ``code``/``message``/``fields``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.fields: dict[str, str] = dict(fields or {})
        detail = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
        text = f"The feed refused this: {message or code}"
        if detail:
            text += f" ({detail})"
        super().__init__(text, problem=feed_problem(status, code, self.fields))


class AuthNeededError(RejectedError):
    """The request needs a signed-in account, or the stored sign-in is no longer valid."""

    def __init__(self, message: str = "", code: str = "auth_required") -> None:
        super().__init__(401, code, message or "you need to sign in")
        if code != "bad_credentials":
            self._problem = Problem(ProblemCode.SIGN_IN_NEEDED)
        self.args = (
            "You need to sign in to the feed to do this"
            + (f" ({message})" if message else "")
            + ". Open Account and sign in again.",
        )


class BadResponseError(SyncError):
    """The feed answered something that is not what the protocol says (bad JSON, truncated)."""

    transient = True

    def __init__(self, feed_url: str, detail: str) -> None:
        self.feed_url = feed_url
        self.detail = detail
        super().__init__(
            f"The feed at {feed_url} sent an answer that could not be read ({detail}); "
            "nothing was changed. Sync again; if this keeps happening, the feed may be faulty.",
            problem=Problem(ProblemCode.BAD_RESPONSE, {"feed_url": feed_url}),
        )


class AnswerTooLargeError(BadResponseError):
    """An answer grew past the size the client reads (decompressed): a broken or hostile
    feed, since no page of the protocol comes near it. Trying again would fetch it again."""

    transient = False

    def __init__(self, feed_url: str, limit: int) -> None:
        self.limit = limit
        super().__init__(feed_url, f"an answer larger than {limit // 2**20} MiB once unpacked")


class CursorLoopError(BadResponseError):
    """The feed's change stream does not come to an end: a cursor came back, or
    more pages arrived than the feed said it had."""

    transient = False


class KeyringUnavailableError(SyncError):
    """No system keyring can store the sign-in token."""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(
            "No password store (keyring) is available on this system, so your sign-in "
            "cannot be remembered: you will stay signed in only until the app closes. "
            "Install and unlock a keyring (e.g. GNOME Keyring or KWallet) to stay signed in."
            + (f" ({detail})" if detail else ""),
            problem=Problem(ProblemCode.KEYRING_UNAVAILABLE),
        )


class TlsError(SyncError):
    """The feed's certificate could not be verified: never silently ignored."""

    def __init__(self, feed_url: str, detail: str = "") -> None:
        self.feed_url = feed_url
        self.detail = detail
        super().__init__(
            f"The secure connection to {feed_url} could not be verified, so nothing was sent. "
            "If this feed uses its own certificate authority, set its CA bundle in the settings."
            + (f" ({detail})" if detail else ""),
            problem=Problem(ProblemCode.TLS_UNVERIFIED, {"feed_url": feed_url}),
        )


class FeedAddressError(SyncError):
    """The configured feed address is not a usable http(s) URL."""

    def __init__(self, feed_url: str) -> None:
        self.feed_url = feed_url
        super().__init__(
            f"{feed_url!r} is not a feed address; use one like https://feed.example.org",
            problem=Problem(ProblemCode.FEED_ADDRESS, {"feed_url": feed_url}),
        )


class InsecureFeedError(FeedAddressError):
    """The feed address is plain ``http://`` on another machine: refused before anything is sent.

    ``code`` is ``insecure_feed``; ``feed_url`` is the address as given and
    ``suggested_url`` the same address with ``https://``.
    """

    code = "insecure_feed"

    def __init__(self, feed_url: str) -> None:
        super().__init__(feed_url)
        self.suggested_url = "https://" + feed_url.split("://", 1)[-1]
        self._problem = Problem(
            ProblemCode.INSECURE_FEED, {"feed_url": feed_url, "suggested_url": self.suggested_url}
        )
        self.args = (
            f"The feed at {feed_url} is not encrypted (http://), so your password and "
            "sign-in would cross the network in clear; nothing was sent. "
            f"Use the feed's https:// address instead (e.g. {self.suggested_url}). "
            "Only a feed on this computer (localhost, 127.0.0.1, ::1) may use http://.",
        )


class FeedRedirectError(SyncError):
    """The feed answered with a redirect the client does not follow; nothing was sent there.

    ``code`` says why: ``redirect_other_origin`` (another scheme, host or port),
    ``redirect_bad_scheme`` (not http or https), ``redirect_of_write`` (anything
    but a read redirected: its body and credentials are never sent again), ``redirect_loop``
    (a loop, or more redirects than the client follows). ``feed_url`` is the
    feed, ``location`` where it pointed (empty when the redirect named nowhere),
    ``status`` the HTTP status of the redirect.
    """

    OTHER_ORIGIN = "redirect_other_origin"
    BAD_SCHEME = "redirect_bad_scheme"
    WRITE = "redirect_of_write"
    LOOP = "redirect_loop"

    def __init__(self, code: str, feed_url: str, location: str, status: int) -> None:
        self.code = code
        self.feed_url = feed_url
        self.location = location
        self.status = status
        if code == self.LOOP:
            what = (
                f"The feed at {feed_url} keeps redirecting (HTTP {status}, last to "
                f"{location or 'nowhere'}) without answering; nothing was changed."
            )
        elif code == self.WRITE:
            what = (
                f"The feed at {feed_url} redirected a change (HTTP {status}) to "
                f"{location or 'nowhere'}; it was not sent again there."
            )
        else:
            what = (
                f"The feed at {feed_url} redirected to {location or 'nowhere'} "
                f"(HTTP {status}), which is not the feed's own address; "
                "nothing was sent there."
            )
        super().__init__(
            what + " If the feed has moved, set its new https:// address in the settings; "
            "otherwise the feed is misconfigured.",
            problem=Problem(ProblemCode(code), {"feed_url": feed_url, "location": location or "—"}),
        )


def _whole(seconds: float) -> int:
    """Seconds as a person reads them: whole, rounded up."""
    if not math.isfinite(seconds) or seconds <= 0:
        return 0
    return min(math.ceil(seconds), 86_400)
