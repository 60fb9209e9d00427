"""The feed server's settings: one typed, immutable object passed to create_app()."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta

from wheelshare.domain import DEFAULT_POLICY, CancellationPolicy
from wheelshare.domain.handover import MAX_PHOTOS_PER_REPORT
from wheelshare.domain.pricing import HALF_DAY

DEFAULT_PHOTO_STORE = "wheelshare-photos"


@dataclass(frozen=True, slots=True)
class KdfCost:
    """argon2id cost parameters for password hashes.

    The defaults follow argon2-cffi's recommendation (RFC 9106, low-memory profile).
    Tests and the embedded demo feed may lower them; a stored hash keeps its own
    parameters, so hashes made with one cost verify under another.
    """

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``attempts`` counted attempts per key within ``window``."""

    attempts: int = 5
    window: timedelta = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class FeedSettings:
    db_url: str = "sqlite:///wheelshare-feed.sqlite3"
    # Bearer tokens stop working after this long (and at sign-out).
    token_ttl: timedelta = timedelta(days=30)
    # A booking request nobody accepts or declines within this time expires.
    request_expiry: timedelta = timedelta(hours=48)
    # How often the background sweep expires requests and completes past bookings;
    # the same sweep also runs on the private change feed and booking writes.
    sweep_interval: timedelta = timedelta(seconds=60)
    # How long a deletion's tombstone stays in the change feeds; a client whose
    # cursor is older is told to read the feeds again (410 cursor_expired).
    tombstone_ttl: timedelta = timedelta(days=30)
    # Failed sign-ins, counted per account and per client address.
    sign_in_per_account: RateLimit = field(default_factory=RateLimit)
    sign_in_per_address: RateLimit = field(default_factory=lambda: RateLimit(attempts=20))
    # Messages one account may send, over all its conversations.
    messages_per_account: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=30, window=timedelta(minutes=10))
    )
    # Reverse proxies (addresses or networks) whose X-Forwarded-For is believed;
    # none by default, so a client cannot choose the address it is counted under.
    trusted_proxies: tuple[str, ...] = ()
    # Registrations (successful or not) per client address.
    register_per_address: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=10, window=timedelta(hours=1))
    )
    # Display-name changes per account: each one republishes every record that
    # carries the name, so a loop of renames would churn every reader's feed.
    rename_per_account: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=3, window=timedelta(days=1))
    )
    # New phone numbers per account, for the same reason: each one sends the
    # conversations of every confirmed booking of the owner's again. Removing
    # the number is never limited.
    phone_changes_per_account: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=3, window=timedelta(days=1))
    )
    # Request bodies larger than this are refused with 413 (photo uploads excepted).
    max_body_bytes: int = 256 * 1024
    # Photos: where their files are kept (a directory, or s3://bucket/prefix with
    # the endpoint of an S3-compatible store; credentials come from the usual AWS
    # variables), the largest file and picture taken, how many one vehicle or one
    # venue may have, and uploads per account (counted whether they succeed or not,
    # since checking a photo costs the server the same either way).
    photo_store: str = DEFAULT_PHOTO_STORE
    s3_endpoint_url: str | None = None
    max_photo_bytes: int = 20 * 1024 * 1024
    max_photo_pixels: int = 50_000_000
    max_photos_per_vehicle: int = 20
    max_photos_per_venue: int = 200
    # Photos in one handover report (domain/handover.py); its uploads count
    # towards the same hourly allowance as every other photo.
    max_photos_per_report: int = MAX_PHOTOS_PER_REPORT
    photo_uploads_per_account: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=60, window=timedelta(hours=1))
    )
    default_page_size: int = 200
    max_page_size: int = 1000
    # GET /v1/me/changes?wait=N: the longest wait a client may ask for, how many
    # waits one account may hold at once (an app, a second device, a script), and
    # how many one server process holds in all (each costs a connection's memory).
    max_wait: timedelta = timedelta(seconds=30)
    waits_per_account: int = 4
    waits_per_process: int = 5000
    # The longest rental a renter may request, and how far ahead it may start:
    # together they stop one account from blocking a vehicle for years.
    max_booking: timedelta = timedelta(days=30)
    # The shortest rental: the half-day slot prices are made of (a 1 µs booking
    # would otherwise be a half-day's price for nothing, or a way to probe).
    min_booking: timedelta = HALF_DAY
    booking_horizon: timedelta = timedelta(days=365)
    # Requests a renter may have waiting for an answer, over all vehicles.
    max_pending_per_renter: int = 10
    # Bookings (waiting or confirmed) a renter may have ahead on one vehicle.
    max_open_per_vehicle: int = 3
    cancellation_policy: CancellationPolicy = DEFAULT_POLICY
    # Trips and companions' offers one account may have open at once, and how
    # many trips, offers and offers of help it may post in a window.
    max_open_posts: int = 10
    posts_per_account: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=30, window=timedelta(hours=1))
    )
    kdf: KdfCost = field(default_factory=KdfCost)
    # Password hashes computed at once (each takes kdf.memory_kib), how many more
    # requests may wait for a turn, and for how long, before a 503 (hashing.py).
    hash_workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    hash_queue: int = 8
    hash_wait: timedelta = timedelta(seconds=10)
    # Accepted contributions after which a member's additions and corrections
    # are published at once (a moderator can still revert them).
    trusted_after: int = 5
    # Venue additions and corrections, and reports, per account.
    contributions_per_account: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=30, window=timedelta(days=1))
    )
    reports_per_account: RateLimit = field(
        default_factory=lambda: RateLimit(attempts=20, window=timedelta(days=1))
    )
    # A venue with the same name this close is taken for the same venue.
    duplicate_radius_m: float = 25.0
    # A new venue further than this from any place in the gazetteer is refused
    # (a point in the sea, or latitude and longitude swapped).
    max_km_from_a_place: float = 30.0
    # The background sweep rebuilds the public feed's snapshot (GET /v1/snapshot)
    # when the feed has changed and the snapshot is at least this old.
    snapshot_interval: timedelta = timedelta(hours=1)
    # GET /metrics (Prometheus): off by default, since it tells anyone who can
    # reach the server how busy it is; turn it on behind a proxy that keeps
    # /metrics for the monitoring network (docs/deploy.md).
    metrics: bool = False
    # Connections per server process (PostgreSQL); SQLite ignores it.
    pool_size: int = 20
    # Map tiles this feed suggests to its apps (GET /v1/policy, feed/map_tiles.py):
    # an https:// XYZ template with {z}, {x} and {y}, and the credit the tiles'
    # licence asks for; empty: the apps use their own setting (OpenStreetMap's).
    map_tile_url: str = ""
    map_tile_attribution: str = ""
    # Start the periodic sweep thread (off in tests that drive sweeps themselves).
    background_sweep: bool = True
    # For processes on a read-only replica that serve only the change feeds: they
    # never sweep (the processes on the primary do).
    read_only: bool = False

    @property
    def longest_window(self) -> timedelta:
        """How long counted attempts are kept: the longest window of any limit."""
        return max(
            self.sign_in_per_account.window,
            self.sign_in_per_address.window,
            self.register_per_address.window,
            self.rename_per_account.window,
            self.phone_changes_per_account.window,
            self.contributions_per_account.window,
            self.reports_per_account.window,
            self.posts_per_account.window,
            self.photo_uploads_per_account.window,
        )
