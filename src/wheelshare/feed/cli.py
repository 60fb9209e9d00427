"""``wheelshare-feed``: run, migrate and fill the reference feed server."""

from __future__ import annotations

import argparse
import dataclasses
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
from wheelshare.feed.logs import uvicorn_log_config
from wheelshare.feed.settings import DEFAULT_PHOTO_STORE, FeedSettings
from wheelshare.opendata import a11yjson, osm

DB_ENV = "WHEELSHARE_FEED_DB"
DEFAULT_DB = "sqlite:///wheelshare-feed.sqlite3"
READ_ONLY_ENV = "WHEELSHARE_FEED_READ_ONLY"
PROXIES_ENV = "WHEELSHARE_FEED_TRUSTED_PROXIES"
METRICS_ENV = "WHEELSHARE_FEED_METRICS"
PHOTOS_ENV = "WHEELSHARE_FEED_PHOTOS"
S3_ENDPOINT_ENV = "WHEELSHARE_FEED_S3_ENDPOINT"


class CliError(Exception):
    """Something the person running the command can fix; printed without a traceback."""


def _db_url(args: argparse.Namespace) -> str:
    url: str = args.db or os.environ.get(DB_ENV) or DEFAULT_DB
    return url


def _with_photo_store(settings: FeedSettings) -> FeedSettings:
    """Where photos are kept when nothing says: beside a SQLite database file
    (``feed.sqlite3``: ``feed-photos``), else the settings' default folder. Said
    by ``--photos``, ``photo_store`` in the config file, or WHEELSHARE_FEED_PHOTOS
    (a folder, or s3://bucket/prefix, with WHEELSHARE_FEED_S3_ENDPOINT for a store
    other than Amazon's)."""
    url = settings.db_url
    if settings.photo_store != DEFAULT_PHOTO_STORE or not url.startswith("sqlite:///"):
        return settings
    if len(url) == len("sqlite:///"):
        return settings
    db_file = Path(url.removeprefix("sqlite:///"))
    return dataclasses.replace(
        settings, photo_store=str(db_file.with_name(f"{db_file.stem}-photos"))
    )


def app_from_environment() -> FastAPI:
    """The app for ``uvicorn --factory`` (several worker processes): its settings
    from WHEELSHARE_FEED_CONFIG and the WHEELSHARE_FEED_* variables (config.py).
    Run uvicorn with ``--no-proxy-headers``: the app itself decides whom to
    believe (see feed/proxies.py)."""
    from wheelshare.feed import config
    from wheelshare.feed.app import create_app

    return create_app(_with_photo_store(config.load(os.environ)))


@contextmanager
def _opened(url: str) -> Iterator[Database]:
    """The feed database at ``url``, its connections closed when the block ends."""
    db = Database(url)
    try:
        yield db
    finally:
        db.dispose()


def _serve_settings(args: argparse.Namespace) -> FeedSettings:
    """Defaults < --config file < WHEELSHARE_FEED_* < this command's options."""
    from wheelshare.feed import config
    from wheelshare.feed.proxies import TrustedProxies

    settings = config.load(
        os.environ,
        args.config,
        db_url=args.db,
        read_only=True if args.read_only else None,
        trusted_proxies=tuple(args.trusted_proxy) if args.trusted_proxy else None,
        metrics=True if args.metrics else None,
        photo_store=args.photos,
    )
    # Checked here so a typo stops the start, not a request.
    TrustedProxies(settings.trusted_proxies)
    return _with_photo_store(settings)


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from wheelshare.feed.app import create_app
    from wheelshare.feed.config import CONFIG_ENV
    from wheelshare.feed.migrate import migrate

    settings = _serve_settings(args)
    if not (args.no_migrate or settings.read_only):
        with _opened(settings.db_url) as db:
            migrate(db)
    if args.workers > 1:
        # Each worker process builds the same settings from its environment.
        if args.config is not None:
            os.environ[CONFIG_ENV] = str(args.config)
        os.environ[DB_ENV] = settings.db_url
        os.environ[READ_ONLY_ENV] = "1" if settings.read_only else ""
        os.environ[PROXIES_ENV] = ",".join(settings.trusted_proxies)
        os.environ[METRICS_ENV] = "1" if settings.metrics else ""
        os.environ[PHOTOS_ENV] = settings.photo_store
        if settings.s3_endpoint_url:
            os.environ[S3_ENDPOINT_ENV] = settings.s3_endpoint_url
        uvicorn.run(
            "wheelshare.feed.cli:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
            log_config=uvicorn_log_config(args.log_format),
            proxy_headers=False,
        )
        return
    # proxy_headers=False: uvicorn would otherwise believe X-Forwarded-For from
    # any client on this computer; the app decides instead (feed/proxies.py).
    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        log_config=uvicorn_log_config(args.log_format),
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


def cmd_snapshot(args: argparse.Namespace) -> None:
    from wheelshare.feed.snapshot import build

    with _opened(_db_url(args)) as db:
        info = build(db)
    print(
        f"Snapshot of {info.records} public records ({info.size} bytes compressed) "
        f"at cursor {info.cursor}."
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day as YYYY-MM-DD") from None


def cmd_seed_demo(args: argparse.Namespace) -> None:
    from wheelshare.feed.demo_handover import seed_demo_handover
    from wheelshare.feed.demo_photos import seed_demo_photos
    from wheelshare.feed.migrate import migrate
    from wheelshare.feed.photo_storage import open_storage
    from wheelshare.feed.seed import seed_demo

    with _opened(_db_url(args)) as db:
        migrate(db)
        result = seed_demo(db, start=args.start, vehicles=args.vehicles, venues=args.venues)
        from wheelshare.feed import config

        where = _with_photo_store(config.load(os.environ, db_url=_db_url(args)))
        storage = open_storage(where.photo_store, s3_endpoint_url=where.s3_endpoint_url)
        seed_demo_photos(db, storage)
        seed_demo_handover(db, storage)
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
    db_help = (
        f"database URL: sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
        f"(default: ${DB_ENV}, else {DEFAULT_DB})"
    )
    p.add_argument("--db", help=db_help)
    sub = p.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the server (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    serve.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="settings in the [feed] table of a TOML file (default: $WHEELSHARE_FEED_CONFIG; "
        "see docs/deploy.md)",
    )
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="json: one JSON object per line (time, level, logger, message)",
    )
    serve.add_argument(
        "--metrics",
        action="store_true",
        help=f"serve Prometheus metrics on GET /metrics (default: ${METRICS_ENV}; off: "
        "keep /metrics away from the public at the proxy, see docs/deploy.md)",
    )
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
    sub.add_parser(
        "snapshot",
        help="build the public feed's snapshot now (GET /v1/snapshot), for new clients",
    ).set_defaults(run=cmd_snapshot)

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
    # "wheelshare-feed serve --db URL" as well as "wheelshare-feed --db URL serve":
    # absent after the command, the value given before it (or none) stays.
    for command in sub.choices.values():
        command.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
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
