"""``wheelshare sync``: the app's sync, headless, for scripts and cron jobs.

Prints a summary of what happened; exits 0 when the sync went through
(refused actions are the feed's answers and are listed, not failures),
1 when it failed (offline, feed error, cache error), 2 on bad options.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from wheelshare.domain.errors import ValidationError, WheelshareError
from wheelshare.domain.text import printable
from wheelshare.paths import default_data_dir
from wheelshare.sync import store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient, RetryPolicy
from wheelshare.sync.errors import InsecureFeedError, SyncError
from wheelshare.sync.progress import SyncProgress
from wheelshare.sync.syncer import Syncer

PASSWORD_ENV = "WHEELSHARE_PASSWORD"


def _say(text: str, file: TextIO | None = None) -> None:
    """Print ``text`` without the control characters and terminal escapes a feed may
    have put in it (its error messages, record ids and names reach these lines)."""
    print(printable(text), file=file or sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="wheelshare sync",
        description="Send what is waiting in the outbox, then fetch what changed on the feed.",
    )
    p.add_argument(
        "--feed", required=True, metavar="URL", help="the feed, e.g. https://feed.example.org"
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where the cache lives (default: the app's data folder)",
    )
    p.add_argument(
        "--email",
        metavar="EMAIL",
        help=f"sign in first; the password comes from ${PASSWORD_ENV} or a prompt",
    )
    p.add_argument("--sign-out", action="store_true", help="sign out of the feed and stop")
    p.add_argument("--ca-bundle", metavar="FILE", help="trust this CA bundle for the feed's TLS")
    p.add_argument(
        "--insecure-feed",
        action="store_true",
        help="allow a plain http:// feed on another machine (test networks only: "
        "the password and sign-in token cross the network in clear)",
    )
    p.add_argument("--connect-timeout", type=float, default=5.0, metavar="SECONDS")
    p.add_argument("--read-timeout", type=float, default=30.0, metavar="SECONDS")
    p.add_argument("--retries", type=int, default=4, metavar="N", help="attempts per request")
    p.add_argument("--page-size", type=int, default=1000, metavar="N", help=argparse.SUPPRESS)
    p.add_argument(
        "--pages-per-transaction",
        type=int,
        default=1,
        metavar="N",
        help="commit N pages at a time (faster first sync; a crash refetches up to N pages)",
    )
    p.add_argument(
        "--no-snapshot",
        action="store_true",
        help="with an empty cache, read the whole change feed instead of the feed's snapshot",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only failures")
    p.add_argument("-v", "--verbose", action="store_true", help="print progress while syncing")
    return p


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = args.data_dir or default_data_dir()
    if min(args.page_size, args.retries, args.pages_per_transaction) < 1:
        _say(
            "wheelshare sync: --page-size, --retries and --pages-per-transaction "
            "must be at least 1",
            file=sys.stderr,
        )
        return 2
    try:
        client = FeedClient(
            args.feed,
            ca_bundle=args.ca_bundle,
            connect_timeout=args.connect_timeout,
            read_timeout=args.read_timeout,
            retry=RetryPolicy(attempts=args.retries),
            allow_insecure=args.insecure_feed,
        )
    except InsecureFeedError as e:
        _say(
            f"wheelshare sync: {e} On a test network only, --insecure-feed allows it.",
            file=sys.stderr,
        )
        return 2
    except SyncError as e:
        _say(f"wheelshare sync: {e}", file=sys.stderr)
        return 2
    if client.insecure:
        _say(
            f"wheelshare sync: warning: the feed at {client.base_url} is not encrypted "
            "(--insecure-feed): the password and sign-in token cross the network in clear.",
            file=sys.stderr,
        )
    with client:
        return _run(args, client, data_dir)


def _run(args: argparse.Namespace, client: FeedClient, data_dir: Path) -> int:
    accounts = Accounts(client, data_dir)
    user = None
    try:
        if args.sign_out:
            accounts.restore()
            out = accounts.sign_out()
            try:
                cache = store.open_cache(data_dir)
                try:
                    store.forget_private_records(cache)
                finally:
                    store.close_cache(cache)
            except WheelshareError as e:
                _say(f"wheelshare sync: {e}", file=sys.stderr)
                return 1
            if not args.quiet:
                if out.revoked_on_feed:
                    _say("Signed out.")
                elif out.problem is not None:
                    _say(f"Signed out here, but the feed could not be told: {out.problem}")
                else:
                    _say("Signed out (no stored sign-in was found to revoke).")
            return 0
        if args.email:
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                password = getpass.getpass(f"Password for {args.email}: ")
            signed = accounts.sign_in(args.email, password)
            if not args.quiet:
                _say(f"Signed in as {signed.user.display_name or signed.user.email}.")
            if signed.keyring_problem is not None and not args.quiet:
                _say(str(signed.keyring_problem), file=sys.stderr)
            user = signed.user
        else:
            user = accounts.restore()
    except ValidationError as e:
        _say(f"wheelshare sync: {e}", file=sys.stderr)
        return 2
    except SyncError as e:
        _say(f"wheelshare sync: {e}", file=sys.stderr)
        return 1

    def progress(p: SyncProgress) -> None:
        if args.verbose:
            total = f"/~{p.estimated}" if p.estimated else ""
            _say(f"[{p.phase}] {p.done}{total} {p.message}", file=sys.stderr)

    try:
        cache = store.open_cache(data_dir)
    except WheelshareError as e:
        _say(f"wheelshare sync: {e}", file=sys.stderr)
        return 1
    try:
        syncer = Syncer(
            cache,
            client,
            user_id=None if user is None else user.id,
            page_limit=args.page_size,
            pages_per_transaction=args.pages_per_transaction,
            use_snapshot=not args.no_snapshot,
        )
        report = syncer.run(progress)
    except WheelshareError as e:
        # The cache failed under the sync (disk full, file locked…).
        _say(f"wheelshare sync: {e}", file=sys.stderr)
        return 1
    finally:
        store.close_cache(cache)
    if report.ok:
        if not args.quiet:
            _say(report.summary)
        return 0
    _say(report.summary, file=sys.stderr)
    return 1
