"""The cache's tables as typed SQLAlchemy models.

One table per record kind, keyed by the feed's id, with the columns queries
filter and sort on plus the record's wire JSON (``data``), which is what
queries hand back (parsed through ``domain.wire``). Each table also has an
integer primary key ``pk``, which never changes for a record and links it to
its R*Tree and FTS5 rows (SQLite may renumber implicit rowids on VACUUM).

The virtual tables (R*Tree, FTS5) and the triggers that keep them in step are
created by the migrations; SQLAlchemy does not model them.

The schema is changed only through new Alembic revisions in ``migrations/``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as RFC 3339 text in UTC (sorts as it reads)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the cache stores aware datetimes only")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class Base(DeclarativeBase):
    pass


class VehicleRow(Base):
    __tablename__ = "vehicles"
    # By price, ties by id: a next page seeks straight to the last (price, id).
    __table_args__ = (Index("ix_vehicles_day_amount_id", "day_amount", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    owner_id: Mapped[str] = mapped_column(String, index=True)
    title: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(String)
    city_key: Mapped[str] = mapped_column(String, index=True)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    adaptations: Mapped[int] = mapped_column(Integer)  # bit set, see rows.ADAPTATION_BITS
    seats: Mapped[int] = mapped_column(Integer)
    wheelchair_places: Mapped[int] = mapped_column(Integer)
    door_height_cm: Mapped[int | None] = mapped_column(Integer)
    ramp_width_cm: Mapped[int | None] = mapped_column(Integer)
    ramp_length_cm: Mapped[int | None] = mapped_column(Integer)
    lift_max_load_kg: Mapped[int | None] = mapped_column(Integer)
    interior_height_cm: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    half_day_amount: Mapped[int] = mapped_column(Integer)
    day_amount: Mapped[int] = mapped_column(Integer)
    week_amount: Mapped[int] = mapped_column(Integer)
    instant_book: Mapped[bool] = mapped_column(Integer)
    listed: Mapped[bool] = mapped_column(Integer)
    rating_avg: Mapped[float | None] = mapped_column(Float)
    rating_count: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str | None] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class VenueRow(Base):
    __tablename__ = "venues"
    # By name, ties by id: a next page seeks straight to the last (name, id).
    __table_args__ = (Index("ix_venues_name_id", "name", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(String, index=True)
    city: Mapped[str] = mapped_column(String)
    city_key: Mapped[str] = mapped_column(String, index=True)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    grade: Mapped[int] = mapped_column(Integer)  # WheelchairGrade.rank: 0 unknown … 3 fully
    step_free: Mapped[bool | None] = mapped_column(Integer)
    step_count: Mapped[int | None] = mapped_column(Integer)
    has_ramp: Mapped[bool | None] = mapped_column(Integer)
    door_width_cm: Mapped[int | None] = mapped_column(Integer)
    automatic_door: Mapped[bool | None] = mapped_column(Integer)
    toilet_accessible: Mapped[bool | None] = mapped_column(Integer)
    parking_accessible: Mapped[bool | None] = mapped_column(Integer)
    elevator: Mapped[bool | None] = mapped_column(Integer)
    hearing_loop: Mapped[bool | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)  # every language, for FTS
    source_name: Mapped[str] = mapped_column(String)
    rating_avg: Mapped[float | None] = mapped_column(Float)
    rating_count: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str | None] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class ReviewRow(Base):
    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_target", "target_kind", "target_id", "created_at"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    target_kind: Mapped[str] = mapped_column(String)
    target_id: Mapped[str] = mapped_column(String)
    author_id: Mapped[str] = mapped_column(String, index=True)
    created_at: Mapped[str | None] = mapped_column(String)
    updated_at: Mapped[str | None] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class PhotoRow(Base):
    """A described photo of a vehicle or a venue (the gallery's order: position)."""

    __tablename__ = "photos"
    __table_args__ = (Index("ix_photos_target", "target_kind", "target_id", "position"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    target_kind: Mapped[str] = mapped_column(String)
    target_id: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class BookingRow(Base):
    __tablename__ = "bookings"
    __table_args__ = (Index("ix_bookings_vehicle_period", "vehicle_id", "start_ts"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    vehicle_id: Mapped[str] = mapped_column(String)
    renter_id: Mapped[str] = mapped_column(String, index=True)
    owner_id: Mapped[str] = mapped_column(String, index=True)
    status: Mapped[str] = mapped_column(String)
    start_ts: Mapped[int] = mapped_column(Integer)  # UTC seconds since the epoch
    end_ts: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str | None] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class VehiclePlaceRow(Base):
    """Where one of my vehicles really is (address, exact position): from my own
    feed only, and removed with my other private records at sign-out."""

    __tablename__ = "vehicle_places"

    vehicle_id: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[str] = mapped_column(Text)


class ContributionRow(Base):
    """A venue I added or a correction I proposed, with the moderator's decision:
    from my own feed only, removed with my other private records at sign-out."""

    __tablename__ = "contributions"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    venue_id: Mapped[str] = mapped_column(String, index=True)
    status: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class ReportRow(Base):
    """Something I reported, and what became of it (from my own feed only)."""

    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[str] = mapped_column(Text)


class MessageRow(Base):
    """A message of one of my bookings' conversations, from my own feed only."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_booking_number", "booking_id", "number"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    booking_id: Mapped[str] = mapped_column(String)
    number: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class ConversationRow(Base):
    """My read mark, unread count and the owner's phone for one booking."""

    __tablename__ = "conversations"

    booking_id: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[str] = mapped_column(Text)


class RenterReviewRow(Base):
    """From my own feed only: the reviews of renters I wrote as an owner, and
    those of me once the double-blind rule shows them."""

    __tablename__ = "renter_reviews"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    booking_id: Mapped[str] = mapped_column(String, index=True)
    data: Mapped[str] = mapped_column(Text)


class RenterStandingRow(Base):
    """From my own feed only: the standing of a renter whose request I decide."""

    __tablename__ = "renter_standings"

    id: Mapped[str] = mapped_column(String, primary_key=True)  # the renter's id
    data: Mapped[str] = mapped_column(Text)


class AvailabilityRow(Base):
    """A vehicle's blocks, keyed by the vehicle's id."""

    __tablename__ = "availability"

    vehicle_id: Mapped[str] = mapped_column(String, primary_key=True)
    timezone: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class AvailabilityBlockRow(Base):
    """A one-off block ``[start_ts, end_ts)``."""

    __tablename__ = "availability_blocks"
    __table_args__ = (Index("ix_availability_blocks_vehicle", "vehicle_id", "start_ts"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[str] = mapped_column(
        String, ForeignKey("availability.vehicle_id", ondelete="CASCADE")
    )
    start_ts: Mapped[int] = mapped_column(Integer)
    end_ts: Mapped[int] = mapped_column(Integer)


class WeeklyBlockRow(Base):
    """Every week on ``weekday`` from ``start_min`` to ``end_min`` minutes after
    local midnight, in the availability's time zone (1440 = until midnight)."""

    __tablename__ = "availability_weekly"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[str] = mapped_column(
        String, ForeignKey("availability.vehicle_id", ondelete="CASCADE"), index=True
    )
    timezone: Mapped[str] = mapped_column(String, index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)


class PlaceRow(Base):
    """How many cached records name a city, and where they are on average.

    Kept up to date by triggers on vehicles and venues (revision 0002)."""

    __tablename__ = "places"

    city_key: Mapped[str] = mapped_column(String, primary_key=True)
    city: Mapped[str] = mapped_column(String, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    lat_sum: Mapped[float] = mapped_column(Float)
    lon_sum: Mapped[float] = mapped_column(Float)


class VenueCellRow(Base):
    """How many venues of a grade and a set of yes/no criteria lie in a grid cell.

    Kept up to date by triggers on venues (revision 0003); see ``areacounts``.
    """

    __tablename__ = "venue_cells"
    __table_args__ = ({"sqlite_with_rowid": False},)

    cell: Mapped[int] = mapped_column(Integer, primary_key=True)
    grade: Mapped[int] = mapped_column(Integer, primary_key=True)
    mask: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class DeferredIndexRow(Base):
    """A trigger or index of a venue or vehicle table that a first sync dropped,
    to be built again at its end (revision 0004; see ``bulkload``)."""

    __tablename__ = "deferred_indexes"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    tbl: Mapped[str] = mapped_column(String)
    type: Mapped[str] = mapped_column(String)  # "trigger" | "index"
    sql: Mapped[str] = mapped_column(Text)


class OutboxState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    DONE = "done"
    REJECTED = "rejected"


class OutboxEntry(Base):
    """An action taken locally, waiting for the feed to accept or reject it."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'sending', 'done', 'rejected')", name="ck_outbox_state"
        ),
        Index("ix_outbox_state", "state", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String, unique=True)
    kind: Mapped[str] = mapped_column(String)  # e.g. "booking.create"
    target_id: Mapped[str | None] = mapped_column(String)
    payload: Mapped[str] = mapped_column(Text)  # JSON
    state: Mapped[str] = mapped_column(String, default=OutboxState.PENDING.value)
    # Why it waits or was refused: a problem code and its parameters (JSON)
    # for the interface to word; the English message is for logs only.
    error_code: Mapped[str | None] = mapped_column(String)
    error_message: Mapped[str | None] = mapped_column(Text)
    error_params: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)  # JSON
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Whose sign-in may send it: the person whose private records the cache held
    # when it was queued (None: queued signed out, sent by whoever signs in).
    account_id: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncState(Base):
    """Where each change stream (``public``, ``me``) stands."""

    __tablename__ = "sync_state"

    stream: Mapped[str] = mapped_column(String, primary_key=True)
    cursor: Mapped[str | None] = mapped_column(String)
    etag: Mapped[str | None] = mapped_column(String)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class _PostColumns:
    """A trip or a companion's offer: the columns the matching query reads.

    ``mine`` is 1 for the person's own posts (from their own feed, with the
    note); the public version of one of them updates only its state."""

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    mode: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    from_ts: Mapped[int] = mapped_column(Integer)  # UTC seconds: the departure window
    until_ts: Mapped[int] = mapped_column(Integer)
    o_lat: Mapped[float] = mapped_column(Float)
    o_lon: Mapped[float] = mapped_column(Float)
    d_lat: Mapped[float] = mapped_column(Float)
    d_lon: Mapped[float] = mapped_column(Float)
    rating: Mapped[float | None] = mapped_column(Float, nullable=True)
    mine: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class TripRow(_PostColumns, Base):
    __tablename__ = "trips"
    # The matching query: one mode's open posts leaving in a time range, the
    # places read from the index itself.
    __table_args__ = (
        Index(
            "ix_trips_match",
            "mode",
            "status",
            "from_ts",
            "until_ts",
            "o_lat",
            "o_lon",
            "d_lat",
            "d_lon",
            "mine",
            "rating",
        ),
        Index("ix_trips_mine", "mine", "from_ts"),
    )


class CompanionOfferRow(_PostColumns, Base):
    __tablename__ = "companion_offers"
    __table_args__ = (
        Index(
            "ix_companion_offers_match",
            "mode",
            "status",
            "from_ts",
            "until_ts",
            "o_lat",
            "o_lon",
            "d_lat",
            "d_lon",
            "mine",
            "rating",
        ),
        Index("ix_companion_offers_mine", "mine", "from_ts"),
    )


class CompanionshipRow(Base):
    """From my own feed only: removed with my other private records at sign-out."""

    __tablename__ = "companionships"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    trip_id: Mapped[str] = mapped_column(String, index=True)
    status: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str | None] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class CompanionRatingRow(Base):
    """From my own feed only: the ratings I wrote, and those of me once revealed."""

    __tablename__ = "companion_ratings"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String, unique=True)
    companionship_id: Mapped[str] = mapped_column(String, index=True)
    data: Mapped[str] = mapped_column(Text)


class HandoverReportRow(Base):
    """The start or end report of one of my bookings, from my own feed only."""

    __tablename__ = "handover_reports"
    __table_args__ = (Index("ix_handover_reports_booking", "booking_id"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    booking_id: Mapped[str] = mapped_column(String)
    moment: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)


class DamageReportRow(Base):
    """A damage report on one of my bookings, from my own feed only."""

    __tablename__ = "damage_reports"
    __table_args__ = (Index("ix_damage_reports_booking", "booking_id"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    booking_id: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)
