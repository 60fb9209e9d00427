"""The feed server's tables (SQLAlchemy 2). Separate from the app's local cache.

Records are kept as their wire form (``data``) next to the columns that queries
and constraints need, so answering a read never rebuilds JSON field by field.
The schema itself is created by the Alembic migrations in ``migrations/``; a
test checks that these models and the migrations agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from wheelshare.feed.columns import Json, SeqInt, UtcDateTime


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Small key/value facts about this database (e.g. which demo set was seeded)."""

    __tablename__ = "feed_meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Private: shown only to the renters of this person's confirmed bookings.
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)


class Token(Base):
    """A bearer token, stored only as its SHA-256 (the token itself is random)."""

    __tablename__ = "tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class SignInFailure(Base):
    """One counted attempt, under a key (``account:<email>``, ``address:<ip>``…);
    see ratelimit.py.

    Kept in the database rather than in memory so every server process behind a
    load balancer counts the same failures.
    """

    __tablename__ = "sign_in_failures"
    __table_args__ = (Index("ix_sign_in_failures_key_at", "key", "at"),)
    id: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(400))
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class VehicleRow(Base):
    __tablename__ = "vehicles"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    listed: Mapped[bool] = mapped_column(Boolean)
    instant_book: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AvailabilityRow(Base):
    __tablename__ = "availability"
    vehicle_id: Mapped[str] = mapped_column(ForeignKey("vehicles.id"), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class VenueRow(Base):
    __tablename__ = "venues"
    __table_args__ = (
        # Imports update venues in place by where they came from.
        Index(
            "ux_venues_source",
            "source_name",
            "source_id",
            unique=True,
            sqlite_where=text("source_id != ''"),
            postgresql_where=text("source_id != ''"),
        ),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_name: Mapped[str] = mapped_column(String(100))
    source_id: Mapped[str] = mapped_column(String(200))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ReviewRow(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("target_kind", "target_id", "author_id"),
        # The sweep asks on every booking write whether a withheld review is due.
        Index("ix_reviews_published", "published", "visible_at"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(64), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    # The review's "overall" rating, 1-5, which the target's aggregate averages.
    overall: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # A vehicle review is double-blind with the owner's review of the renter
    # for the same booking (renter_reviews.py): until ``published`` it goes to
    # its author only and does not count in the rating; ``visible_at`` is when
    # it shows even if the owner never reviews the renter.
    booking_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    published: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    visible_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class BookingRow(Base):
    """On PostgreSQL the migration adds ``bookings_no_overlap``: an exclusion
    constraint over (vehicle_id, tstzrange(start_at, end_at)) for confirmed rows."""

    __tablename__ = "bookings"
    __table_args__ = (
        UniqueConstraint("renter_id", "idempotency_key"),
        Index("ix_bookings_vehicle_status", "vehicle_id", "status"),
        Index("ix_bookings_status_due", "status", "due_at"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    vehicle_id: Mapped[str] = mapped_column(ForeignKey("vehicles.id"))
    renter_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    start_at: Mapped[datetime] = mapped_column(UtcDateTime)
    end_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(20))
    # When the sweep must look at it next: a request's expiry, a confirmed booking's end.
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class VehicleCreation(Base):
    """Which vehicle an owner's ``Idempotency-Key`` created, so a resent
    ``POST /v1/vehicles`` answers with that vehicle instead of listing a second one.
    ``body_digest`` (SHA-256 of the canonical request body) tells a replay from a
    different listing sent under the same key."""

    __tablename__ = "vehicle_creations"
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    vehicle_id: Mapped[str] = mapped_column(ForeignKey("vehicles.id"))
    body_digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MessageRow(Base):
    """One message of a booking's conversation. ``number`` orders the booking's
    messages (1, 2, 3…); the author's ``Idempotency-Key`` makes a resend answer
    with the message it sent instead of sending it twice."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("booking_id", "number"),
        UniqueConstraint("author_id", "idempotency_key"),
        # Counting an author's recent messages (the rate limit).
        Index("ix_messages_author_sent", "author_id", "sent_at"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"))
    number: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime)
    idempotency_key: Mapped[str] = mapped_column(String(200))


class ConversationRead(Base):
    """How far one party of a booking has read its conversation (a message number)."""

    __tablename__ = "conversation_reads"
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    read_through: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ChangeRow(Base):
    """The change log. ``seq`` grows in commit order (see changelog.py for why)."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_changes_visible_to_seq", "visible_to", "seq"),
        # A new version of a record removes the earlier ones (compaction).
        Index("ix_changes_kind_record", "kind", "record_id"),
        {"sqlite_autoincrement": True},
    )
    seq: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=True)
    # NULL: public (GET /v1/changes); a user id: private to that user (/v1/me/changes).
    visible_to: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(10))
    # The whole change object as compact JSON text, spliced into pages as is.
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Moderator(Base):
    """An account that may decide on contributions and reports (moderation.py)."""

    __tablename__ = "moderators"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    granted_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ContributionRow(Base):
    """A venue a member added, or a correction they proposed to one of its facts.

    ``status``: pending (waits for a moderator), accepted (published; by a
    moderator or at once for an established contributor), rejected (with the
    reason the author is told) or reverted (a moderator undid it after it was
    published). ``data`` is the proposal as sent; for a correction also the
    value it replaced, so that a revert can put it back."""

    __tablename__ = "contributions"
    __table_args__ = (
        Index("ix_contributions_status_created", "status", "created_at"),
        Index("ix_contributions_author_status", "author_id", "status"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    venue_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReportRow(Base):
    """Someone's report of a review, photo, listing or venue, with their reason;
    each person reports a thing once."""

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("reporter_id", "target_kind", "target_id"),
        Index("ix_reports_status_created", "status", "created_at"),
        Index("ix_reports_target", "target_kind", "target_id"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    reporter_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    # open, hidden (the moderator hid the target), dismissed, restored.
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class HiddenRecord(Base):
    """A record a moderator hid: it stays in its table but not in the public feed."""

    __tablename__ = "hidden_records"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hidden_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ModerationAction(Base):
    """The audit log: every moderator decision, who made it, when and why."""

    __tablename__ = "moderation_log"
    __table_args__ = (Index("ix_moderation_log_at", "at"),)
    id: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    moderator_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)


class _Journey:
    """The columns a trip and an offer share: who, where, when, by what, and
    the state; the matching query of the app runs on its own cache, so these
    only serve the feed's own rules (open posts per account, the sweep)."""

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    mode: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    leaves_from: Mapped[datetime] = mapped_column(UtcDateTime)
    leaves_until: Mapped[datetime] = mapped_column(UtcDateTime)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    # SHA-256 of the canonical request body: tells a resend from another post
    # under the same key.
    body_digest: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PhotoRow(Base):
    """A described photo of a vehicle or a venue; ``data`` is its public record.

    ``idempotency_key`` is the client's key for the upload, so a resent upload
    (an app's outbox) answers with the photo it made instead of adding a second."""

    __tablename__ = "photos"
    __table_args__ = (
        Index("ix_photos_target", "target_kind", "target_id"),
        UniqueConstraint("uploader_id", "idempotency_key"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(64))
    uploader_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TripRow(_Journey, Base):
    """A traveller's trip request."""

    __tablename__ = "trips"
    __table_args__ = (
        UniqueConstraint("author_id", "idempotency_key"),
        Index("ix_trips_author_status", "author_id", "status"),
        Index("ix_trips_status_until", "status", "leaves_until"),
    )


class CompanionOfferRow(_Journey, Base):
    """A companion's offer: a journey they make anyway and would help on."""

    __tablename__ = "companion_offers"
    __table_args__ = (
        UniqueConstraint("author_id", "idempotency_key"),
        Index("ix_companion_offers_author_status", "author_id", "status"),
        Index("ix_companion_offers_status_until", "status", "leaves_until"),
    )


class CompanionshipRow(Base):
    """A companion's offer to help on one trip, and what became of it."""

    __tablename__ = "companionships"
    __table_args__ = (
        Index("ix_companionships_trip_status", "trip_id", "status"),
        Index("ix_companionships_status_over", "status", "over_at"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    trip_id: Mapped[str] = mapped_column(ForeignKey("trips.id"))
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("companion_offers.id"), nullable=True)
    traveller_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    companion_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    # When the trip's departure window closes: a confirmed companionship is done after it.
    over_at: Mapped[datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CompanionRatingRow(Base):
    """One person's rating of the other after a companionship; hidden from the
    person rated until both rated or the blind period passed (``published``)."""

    __tablename__ = "companion_ratings"
    __table_args__ = (
        UniqueConstraint("companionship_id", "author_id"),
        Index("ix_companion_ratings_published", "published", "visible_at"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    companionship_id: Mapped[str] = mapped_column(ForeignKey("companionships.id"))
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    # True for the traveller's rating of the companion (the one offers show).
    of_companion: Mapped[bool] = mapped_column(Boolean)
    stars: Mapped[int] = mapped_column(Integer)
    published: Mapped[bool] = mapped_column(Boolean)
    # When it shows even if the other person never rates.
    visible_at: Mapped[datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RenterReviewRow(Base):
    """An owner's review of the renter of one booking (one per booking); hidden
    from the renter until the renter reviewed the vehicle for that booking or
    the blind period passed (``published``). Never in the public feed."""

    __tablename__ = "renter_reviews"
    __table_args__ = (Index("ix_renter_reviews_published", "published", "visible_at"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), unique=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    care: Mapped[int] = mapped_column(Integer)
    punctuality: Mapped[int] = mapped_column(Integer)
    communication: Mapped[int] = mapped_column(Integer)
    published: Mapped[bool] = mapped_column(Boolean)
    visible_at: Mapped[datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SnapshotRow(Base):
    """A compressed copy of the public feed at one cursor (see snapshot.py); the
    newest row is the one served."""

    __tablename__ = "feed_snapshots"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The public change log's last sequence number the snapshot includes.
    seq: Mapped[int] = mapped_column(SeqInt)
    cursor: Mapped[str] = mapped_column(String(80))
    records: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    body: Mapped[bytes] = mapped_column(LargeBinary)


class PhotoFile(Base):
    """Which stored files (by SHA-256) a photo is served as: a file is served only
    while a photo refers to it, and removed from storage when none does."""

    __tablename__ = "photo_files"
    photo_id: Mapped[str] = mapped_column(ForeignKey("photos.id"), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class HandoverReportRow(Base):
    """A booking's start or end report; ``data`` holds its fields and who
    confirmed it (its photos are ``photos`` rows of kind ``handover``)."""

    __tablename__ = "handover_reports"
    __table_args__ = (UniqueConstraint("booking_id", "moment"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"))
    moment: Mapped[str] = mapped_column(String(10))
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DamageReportRow(Base):
    """A damage report: one per booking, pointing at photos of its handover reports."""

    __tablename__ = "damage_reports"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), unique=True)
    opened_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
