"""``wheelshare-feed``: run, migrate and fill the reference feed server."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from wheelshare.domain import ValidationError, WheelshareError
from wheelshare.domain.wire import venue_from_wire
from wheelshare.feed.db import Database
from wheelshare.feed.errors import SERVER_EXTRA_HINT, SERVER_EXTRA_MODULES, FeedError, SetupError
from wheelshare.feed.settings import DEFAULT_PHOTO_STORE, FeedSettings
from wheelshare.opendata import a11yjson, osm

DB_ENV = "WHEELSHARE_FEED_DB"
DEFAULT_DB = "sqlite:///wheelshare-feed.sqlite3"
READ_ONLY_ENV = "WHEELSHARE_FEED_READ_ONLY"
PROXIES_ENV = "WHEELSHARE_FEED_TRUSTED_PROXIES"
PHOTOS_ENV = "WHEELSHARE_FEED_PHOTOS"
S3_ENDPOINT_ENV = "WHEELSHARE_FEED_S3_ENDPOINT"


class CliError(Exception):
    """Something the person running the command can fix; printed without a traceback."""


def _db_url(args: argparse.Namespace) -> str:
    url: str = args.db or os.environ.get(DB_ENV) or DEFAULT_DB
    return url


def _env_proxies() -> tuple[str, ...]:
    return tuple(a.strip() for a in os.environ.get(PROXIES_ENV, "").split(",") if a.strip())


def _trusted_proxies(args: argparse.Namespace) -> tuple[str, ...]:
    """``--trusted-proxy`` (repeatable), else WHEELSHARE_FEED_TRUSTED_PROXIES
    (comma-separated); checked here so a typo stops the start, not a request."""
    from wheelshare.feed.proxies import TrustedProxies

    given: list[str] = args.trusted_proxy or []
    proxies = tuple(given) if given else _env_proxies()
    TrustedProxies(proxies)
    return proxies


def _photo_store(db_url: str, args: argparse.Namespace | None = None) -> str:
    """Where photos are kept: ``--photos``, else WHEELSHARE_FEED_PHOTOS (a folder,
    or s3://bucket/prefix, with WHEELSHARE_FEED_S3_ENDPOINT for a store other
    than Amazon's), else a folder beside a SQLite database file (``feed.sqlite3``:
    ``feed-photos``), else the settings' default folder."""
    given: str | None = getattr(args, "photos", None)
    if given or os.environ.get(PHOTOS_ENV):
        return given or os.environ[PHOTOS_ENV]
    if db_url.startswith("sqlite:///") and len(db_url) > len("sqlite:///"):
        db_file = Path(db_url.removeprefix("sqlite:///"))
        return str(db_file.with_name(f"{db_file.stem}-photos"))
    return DEFAULT_PHOTO_STORE


def _s3_endpoint() -> str | None:
    return os.environ.get(S3_ENDPOINT_ENV) or None


def app_from_environment() -> FastAPI:
    """The app for ``uvicorn --factory`` (several worker processes): reads the
    database URL from WHEELSHARE_FEED_DB and the trusted proxies from
    WHEELSHARE_FEED_TRUSTED_PROXIES. Run uvicorn with ``--no-proxy-headers``:
    the app itself decides whom to believe (see feed/proxies.py)."""
    from wheelshare.feed.app import create_app

    return create_app(
        FeedSettings(
            db_url=os.environ.get(DB_ENV) or DEFAULT_DB,
            read_only=bool(os.environ.get(READ_ONLY_ENV)),
            trusted_proxies=_env_proxies(),
            photo_store=_photo_store(os.environ.get(DB_ENV) or DEFAULT_DB),
            s3_endpoint_url=_s3_endpoint(),
        )
    )


@contextmanager
def _opened(url: str) -> Iterator[Database]:
    """The feed database at ``url``, its connections closed when the block ends."""
    db = Database(url)
    try:
        yield db
    finally:
        db.dispose()


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from wheelshare.feed.app import create_app
    from wheelshare.feed.migrate import migrate

    url = _db_url(args)
    proxies = _trusted_proxies(args)
    if not (args.no_migrate or args.read_only):
        with _opened(url) as db:
            migrate(db)
    if args.workers > 1:
        os.environ[DB_ENV] = url
        os.environ[READ_ONLY_ENV] = "1" if args.read_only else ""
        os.environ[PROXIES_ENV] = ",".join(proxies)
        os.environ[PHOTOS_ENV] = _photo_store(url, args)
        uvicorn.run(
            "wheelshare.feed.cli:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
            proxy_headers=False,
        )
        return
    settings = FeedSettings(
        db_url=url,
        read_only=args.read_only,
        trusted_proxies=proxies,
        photo_store=_photo_store(url, args),
        s3_endpoint_url=_s3_endpoint(),
    )
    # proxy_headers=False: uvicorn would otherwise believe X-Forwarded-For from
    # any client on this computer; the app decides instead (feed/proxies.py).
    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        proxy_headers=False,
    )


def cmd_migrate(args: argparse.Namespace) -> None:
    from wheelshare.feed.migrate import migrate

    with _opened(_db_url(args)) as db:
        migrate(db)
    print("The database schema is up to date.")


def cmd_new_epoch(args: argparse.Namespace) -> None:
    from wheelshare.feed.changelog import set_new_epoch

    with _opened(_db_url(args)) as db, db.write() as s:
        set_new_epoch(s)
    print("New feed epoch: every client reads the change feeds again from the start.")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day as YYYY-MM-DD") from None


def cmd_seed_demo(args: argparse.Namespace) -> None:
    from wheelshare.feed.demo_photos import seed_demo_photos
    from wheelshare.feed.migrate import migrate
    from wheelshare.feed.photo_storage import open_storage
    from wheelshare.feed.seed import seed_demo

    with _opened(_db_url(args)) as db:
        migrate(db)
        result = seed_demo(db, start=args.start, vehicles=args.vehicles, venues=args.venues)
        store = _photo_store(_db_url(args), args)
        seed_demo_photos(db, open_storage(store, s3_endpoint_url=_s3_endpoint()))
    if not result.seeded:
        print("The demo data is already loaded; nothing to do.")
        return
    print(
        f"Loaded the demo data: {result.users} users, {result.vehicles} vehicles, "
        f"{result.venues} venues, {result.reviews} reviews, {result.bookings} bookings, "
        f"laid out around {result.start}."
    )


def cmd_create_user(args: argparse.Namespace) -> None:
    from wheelshare.feed import accounts, moderators

    password = args.password
    if password is None:
        password = getpass.getpass("Password for the new account: ")
    with _opened(_db_url(args)) as db, db.write() as s:
        user = accounts.create_user(
            s,
            email=args.email,
            password=password,
            display_name=args.name,
            cost=FeedSettings().kdf,
        )
        if args.role == "moderator":
            moderators.grant(s, user)
        print(f"Created {user.email} (id {user.id}, {args.role}).")


def cmd_grant_moderator(args: argparse.Namespace) -> None:
    from wheelshare.feed import moderators

    with _opened(_db_url(args)) as db, db.write() as s:
        user = moderators.user_by_email(s, args.email)
        changed = moderators.grant(s, user)
    print(f"{user.email} {'is now' if changed else 'was already'} a moderator.")


def cmd_revoke_moderator(args: argparse.Namespace) -> None:
    from wheelshare.feed import moderators

    with _opened(_db_url(args)) as db, db.write() as s:
        user = moderators.user_by_email(s, args.email)
        changed = moderators.revoke(s, user)
    print(f"{user.email} {'is no longer' if changed else 'was not'} a moderator.")


def _report_import(result: Any, counts: Any, source: str) -> None:
    for problem in result.problems[:50]:
        print(f"  problem: {problem}", file=sys.stderr)
    if len(result.problems) > 50:
        print(f"  … and {len(result.problems) - 50} more problems", file=sys.stderr)
    print(
        f"{source}: {counts.created} created, {counts.updated} updated, "
        f"{counts.unchanged} unchanged, {counts.retired} retired "
        f"({len(result.problems)} problems)."
    )


def _import(args: argparse.Namespace, source: str, result: Any) -> None:
    from wheelshare.feed.migrate import migrate
    from wheelshare.feed.venues import import_venues

    with _opened(_db_url(args)) as db:
        migrate(db)
        with db.write() as s:
            counts = import_venues(s, source, result.venues, retire_missing=args.retire_missing)
    _report_import(result, counts, source)


def cmd_import_osm(args: argparse.Namespace) -> None:
    try:
        result = osm.parse_osm(Path(args.file))
    except ModuleNotFoundError as e:
        # osmium reads .osm.pbf and XML; it comes with the server extra.
        if e.name in SERVER_EXTRA_MODULES:
            raise CliError(f"this needs {e.name}: {SERVER_EXTRA_HINT}") from None
        raise
    _import(args, args.source or "OpenStreetMap", result)


def cmd_import_a11yjson(args: argparse.Namespace) -> None:
    try:
        obj = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as e:
        raise CliError(f"cannot read {args.file}: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise CliError(f"{args.file} is not JSON: {e}") from None
    _import(args, args.source or "A11yJSON", a11yjson.from_a11yjson(obj))


def cmd_export_a11yjson(args: argparse.Namespace) -> None:
    from wheelshare.feed.venues import active_venues

    with _opened(_db_url(args)) as db, db.read() as s:
        records = active_venues(s, args.source)
    document = a11yjson.to_a11yjson(venue_from_wire(r) for r in records)
    Path(args.file).write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
    print(f"Wrote {len(records)} venues to {args.file}.")


def cmd_export_osmchange(args: argparse.Namespace) -> None:
    from wheelshare.feed.osm_export import accepted_osm_facts
    from wheelshare.opendata import osmchange

    with _opened(_db_url(args)) as db, db.read() as s:
        facts = accepted_osm_facts(s)
    try:
        elements = osmchange.read_elements(Path(args.osm), facts)
    except ModuleNotFoundError as e:
        if e.name in SERVER_EXTRA_MODULES:
            raise CliError(f"this needs {e.name}: {SERVER_EXTRA_HINT}") from None
        raise
    except RuntimeError as e:  # osmium: missing or unreadable file
        raise CliError(f"cannot read {args.osm}: {e}") from None
    edits = [
        (elements[ref], osmchange.tags_for(values))
        for ref, values in sorted(facts.items())
        if ref in elements and osmchange.tags_for(values)
    ]
    Path(args.file).write_bytes(osmchange.osmchange(edits))
    missing = len(facts) - len([ref for ref in facts if ref in elements])
    note = f" ({missing} venues not in {args.osm})" if missing else ""
    print(f"Wrote {len(edits)} changed elements to {args.file}{note}.")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="wheelshare-feed", description="The wheelshare reference feed server."
    )
    p.add_argument(
        "--db",
        help=f"database URL: sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
        f"(default: ${DB_ENV}, else {DEFAULT_DB})",
    )
    sub = p.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the server (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--no-migrate", action="store_true", help="do not migrate on start")
    serve.add_argument(
        "--read-only",
        action="store_true",
        help="on a read replica: serve the change feeds, never sweep (implies --no-migrate)",
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        metavar="ADDR",
        help="a reverse proxy (address or network) whose X-Forwarded-For is believed; "
        f"repeatable (default: ${PROXIES_ENV}, comma-separated, else none)",
    )
    serve.add_argument(
        "--photos",
        metavar="WHERE",
        help="where photo files are kept: a folder, or s3://BUCKET/PREFIX "
        f"(default: ${PHOTOS_ENV}, else a folder beside a SQLite database, "
        f"else {DEFAULT_PHOTO_STORE})",
    )
    serve.set_defaults(run=cmd_serve)

    sub.add_parser("migrate", help="create or update the database schema").set_defaults(
        run=cmd_migrate
    )

    sub.add_parser(
        "new-epoch",
        help="make every client read the feeds again from the start "
        "(after restoring the database from a backup)",
    ).set_defaults(run=cmd_new_epoch)

    seed = sub.add_parser("seed-demo", help="load the demo data (once; again does nothing)")
    seed.add_argument("--vehicles", type=int, default=700)
    seed.add_argument("--venues", type=int, default=20_000)
    seed.add_argument(
        "--start",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the bookings are laid out around (default: today in France)",
    )
    seed.set_defaults(run=cmd_seed_demo)

    user = sub.add_parser("create-user", help="create an account")
    user.add_argument("email")
    user.add_argument("--name", required=True, help="the name others see")
    user.add_argument("--password", help="(asked for when left out)")
    user.add_argument(
        "--role",
        choices=("member", "moderator"),
        default="member",
        help="a moderator decides on contributions and reports (default: member)",
    )
    user.set_defaults(run=cmd_create_user)

    for name, run, what in (
        ("grant-moderator", cmd_grant_moderator, "make an account a moderator"),
        ("revoke-moderator", cmd_revoke_moderator, "take the moderator role back"),
    ):
        role = sub.add_parser(name, help=what)
        role.add_argument("email", help="the account's email address")
        role.set_defaults(run=run)

    for name, run, default in (
        ("import-osm", cmd_import_osm, "OpenStreetMap"),
        ("import-a11yjson", cmd_import_a11yjson, "A11yJSON"),
    ):
        imp = sub.add_parser(name, help=f"import venues from a file ({default})")
        imp.add_argument("file")
        imp.add_argument("--source", help=f"source name the venues are kept under ({default})")
        imp.add_argument(
            "--retire-missing",
            action="store_true",
            help="retire venues of this source that the file no longer has",
        )
        imp.set_defaults(run=run)

    exp = sub.add_parser("export-a11yjson", help="write the venues as A11yJSON")
    exp.add_argument("file")
    exp.add_argument("--source", help="only venues from this source")
    exp.set_defaults(run=cmd_export_a11yjson)

    osc = sub.add_parser(
        "export-osmchange",
        help="write the accepted wheelchair facts of OpenStreetMap venues as osmChange",
    )
    osc.add_argument("file")
    osc.add_argument(
        "--osm",
        required=True,
        metavar="EXTRACT",
        help="the OpenStreetMap extract the venues were imported from (an osmChange"
        " carries each element whole: its other tags, version and position come from it)",
    )
    osc.set_defaults(run=cmd_export_osmchange)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.run(args)
    except (CliError, SetupError, FeedError, ValidationError, WheelshareError) as e:
        detail = ""
        if isinstance(e, FeedError) and e.fields:
            detail = " (" + "; ".join(f"{k}: {v}" for k, v in e.fields.items()) + ")"
        print(f"wheelshare-feed: {e}{detail}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
