"""Initial cache schema: record tables, R*Tree, FTS5, outbox, sync state.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
    ]


_RTREE = (
    """CREATE VIRTUAL TABLE vehicles_rtree USING rtree(pk, min_lat, max_lat, min_lon, max_lon)""",
    """CREATE TRIGGER vehicles_rtree_ai AFTER INSERT ON vehicles BEGIN
    INSERT INTO vehicles_rtree VALUES (new.pk, new.lat, new.lat, new.lon, new.lon);
END""",
    """CREATE TRIGGER vehicles_rtree_au AFTER UPDATE OF lat, lon ON vehicles BEGIN
    UPDATE vehicles_rtree SET min_lat = new.lat, max_lat = new.lat,
        min_lon = new.lon, max_lon = new.lon WHERE pk = new.pk;
END""",
    """CREATE TRIGGER vehicles_rtree_ad AFTER DELETE ON vehicles BEGIN
    DELETE FROM vehicles_rtree WHERE pk = old.pk;
END""",
    """CREATE VIRTUAL TABLE venues_rtree USING rtree(pk, min_lat, max_lat, min_lon, max_lon)""",
    """CREATE TRIGGER venues_rtree_ai AFTER INSERT ON venues BEGIN
    INSERT INTO venues_rtree VALUES (new.pk, new.lat, new.lat, new.lon, new.lon);
END""",
    """CREATE TRIGGER venues_rtree_au AFTER UPDATE OF lat, lon ON venues BEGIN
    UPDATE venues_rtree SET min_lat = new.lat, max_lat = new.lat,
        min_lon = new.lon, max_lon = new.lon WHERE pk = new.pk;
END""",
    """CREATE TRIGGER venues_rtree_ad AFTER DELETE ON venues BEGIN
    DELETE FROM venues_rtree WHERE pk = old.pk;
END""",
)
_FTS = (
    """CREATE VIRTUAL TABLE vehicles_fts USING fts5(
    title, city, description,
    content='vehicles', content_rowid='pk',
    tokenize='unicode61 remove_diacritics 2'
)""",
    """CREATE TRIGGER vehicles_fts_ai AFTER INSERT ON vehicles BEGIN
    INSERT INTO vehicles_fts(rowid, title, city, description)
    VALUES (new.pk, new.title, new.city, new.description);
END""",
    """CREATE TRIGGER vehicles_fts_ad AFTER DELETE ON vehicles BEGIN
    INSERT INTO vehicles_fts(vehicles_fts, rowid, title, city, description)
    VALUES ('delete', old.pk, old.title, old.city, old.description);
END""",
    """CREATE TRIGGER vehicles_fts_au AFTER UPDATE OF title, city, description
ON vehicles BEGIN
    INSERT INTO vehicles_fts(vehicles_fts, rowid, title, city, description)
    VALUES ('delete', old.pk, old.title, old.city, old.description);
    INSERT INTO vehicles_fts(rowid, title, city, description)
    VALUES (new.pk, new.title, new.city, new.description);
END""",
    """CREATE VIRTUAL TABLE venues_fts USING fts5(
    name, city, description,
    content='venues', content_rowid='pk',
    tokenize='unicode61 remove_diacritics 2'
)""",
    """CREATE TRIGGER venues_fts_ai AFTER INSERT ON venues BEGIN
    INSERT INTO venues_fts(rowid, name, city, description)
    VALUES (new.pk, new.name, new.city, new.description);
END""",
    """CREATE TRIGGER venues_fts_ad AFTER DELETE ON venues BEGIN
    INSERT INTO venues_fts(venues_fts, rowid, name, city, description)
    VALUES ('delete', old.pk, old.name, old.city, old.description);
END""",
    """CREATE TRIGGER venues_fts_au AFTER UPDATE OF name, city, description
ON venues BEGIN
    INSERT INTO venues_fts(venues_fts, rowid, name, city, description)
    VALUES ('delete', old.pk, old.name, old.city, old.description);
    INSERT INTO venues_fts(rowid, name, city, description)
    VALUES (new.pk, new.name, new.city, new.description);
END""",
)


def upgrade() -> None:
    op.create_table(
        "vehicles",
        *_record_columns(),
        sa.Column("owner_id", sa.String, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("city", sa.String, nullable=False),
        sa.Column("city_key", sa.String, nullable=False),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("adaptations", sa.Integer, nullable=False),
        sa.Column("seats", sa.Integer, nullable=False),
        sa.Column("wheelchair_places", sa.Integer, nullable=False),
        sa.Column("door_height_cm", sa.Integer),
        sa.Column("ramp_width_cm", sa.Integer),
        sa.Column("ramp_length_cm", sa.Integer),
        sa.Column("lift_max_load_kg", sa.Integer),
        sa.Column("interior_height_cm", sa.Integer),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("half_day_amount", sa.Integer, nullable=False),
        sa.Column("day_amount", sa.Integer, nullable=False),
        sa.Column("week_amount", sa.Integer, nullable=False),
        sa.Column("instant_book", sa.Integer, nullable=False),
        sa.Column("listed", sa.Integer, nullable=False),
        sa.Column("rating_avg", sa.Float),
        sa.Column("rating_count", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.String),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_vehicles_owner_id", "vehicles", ["owner_id"])
    op.create_index("ix_vehicles_city_key", "vehicles", ["city_key"])
    op.create_index("ix_vehicles_day_amount", "vehicles", ["day_amount"])

    op.create_table(
        "venues",
        *_record_columns(),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("category", sa.String, nullable=False),
        sa.Column("city", sa.String, nullable=False),
        sa.Column("city_key", sa.String, nullable=False),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("grade", sa.Integer, nullable=False),
        sa.Column("step_free", sa.Integer),
        sa.Column("step_count", sa.Integer),
        sa.Column("has_ramp", sa.Integer),
        sa.Column("door_width_cm", sa.Integer),
        sa.Column("automatic_door", sa.Integer),
        sa.Column("toilet_accessible", sa.Integer),
        sa.Column("parking_accessible", sa.Integer),
        sa.Column("elevator", sa.Integer),
        sa.Column("hearing_loop", sa.Integer),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("source_name", sa.String, nullable=False),
        sa.Column("rating_avg", sa.Float),
        sa.Column("rating_count", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.String),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_venues_name", "venues", ["name"])
    op.create_index("ix_venues_category", "venues", ["category"])
    op.create_index("ix_venues_city_key", "venues", ["city_key"])

    op.create_table(
        "reviews",
        *_record_columns(),
        sa.Column("target_kind", sa.String, nullable=False),
        sa.Column("target_id", sa.String, nullable=False),
        sa.Column("author_id", sa.String, nullable=False),
        sa.Column("created_at", sa.String),
        sa.Column("updated_at", sa.String),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_reviews_target", "reviews", ["target_kind", "target_id", "created_at"])
    op.create_index("ix_reviews_author_id", "reviews", ["author_id"])

    op.create_table(
        "bookings",
        *_record_columns(),
        sa.Column("vehicle_id", sa.String, nullable=False),
        sa.Column("renter_id", sa.String, nullable=False),
        sa.Column("owner_id", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("start_ts", sa.Integer, nullable=False),
        sa.Column("end_ts", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.String),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_bookings_vehicle_period", "bookings", ["vehicle_id", "start_ts"])
    op.create_index("ix_bookings_renter_id", "bookings", ["renter_id"])
    op.create_index("ix_bookings_owner_id", "bookings", ["owner_id"])

    op.create_table(
        "availability",
        sa.Column("vehicle_id", sa.String, primary_key=True),
        sa.Column("timezone", sa.String, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "availability_blocks",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column(
            "vehicle_id",
            sa.String,
            sa.ForeignKey("availability.vehicle_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start_ts", sa.Integer, nullable=False),
        sa.Column("end_ts", sa.Integer, nullable=False),
    )
    op.create_index(
        "ix_availability_blocks_vehicle", "availability_blocks", ["vehicle_id", "start_ts"]
    )
    op.create_table(
        "availability_weekly",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column(
            "vehicle_id",
            sa.String,
            sa.ForeignKey("availability.vehicle_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("timezone", sa.String, nullable=False),
        sa.Column("weekday", sa.Integer, nullable=False),
        sa.Column("start_min", sa.Integer, nullable=False),
        sa.Column("end_min", sa.Integer, nullable=False),
    )
    op.create_index("ix_availability_weekly_vehicle_id", "availability_weekly", ["vehicle_id"])
    # Lets a query list the few time zones in use without scanning every rule.
    op.create_index("ix_availability_weekly_timezone", "availability_weekly", ["timezone"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("idempotency_key", sa.String, nullable=False, unique=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("target_id", sa.String),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("state", sa.String, nullable=False),
        sa.Column("error_code", sa.String),
        sa.Column("error_message", sa.Text),
        sa.Column("result", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
        sa.CheckConstraint(
            "state IN ('pending', 'sending', 'done', 'rejected')", name="ck_outbox_state"
        ),
    )
    op.create_index("ix_outbox_state", "outbox", ["state", "id"])
    op.create_table(
        "sync_state",
        sa.Column("stream", sa.String, primary_key=True),
        sa.Column("cursor", sa.String),
        sa.Column("etag", sa.String),
        sa.Column("last_sync_at", sa.String),
        sa.Column("last_error", sa.Text),
    )

    # Locations: an R*Tree per located kind, kept in step by triggers. It only
    # pre-filters (32-bit float boxes, rounded outwards); distances are geodesic.
    for statement in _RTREE:
        op.execute(statement)
    # Text: external-content FTS5 over names/titles, cities and descriptions;
    # remove_diacritics lets "musee" find "Musée".
    for statement in _FTS:
        op.execute(statement)
    # Relevance: a match in the name counts most, then the city, then the description.
    op.execute(
        "INSERT INTO vehicles_fts(vehicles_fts, rank) VALUES ('rank', 'bm25(10.0, 2.0, 1.0)')"
    )
    op.execute("INSERT INTO venues_fts(venues_fts, rank) VALUES ('rank', 'bm25(10.0, 2.0, 1.0)')")


def downgrade() -> None:
    for table in ("vehicles_fts", "venues_fts", "vehicles_rtree", "venues_rtree"):
        op.drop_table(table)
    for table in (
        "sync_state",
        "outbox",
        "availability_weekly",
        "availability_blocks",
        "availability",
        "bookings",
        "reviews",
        "venues",
        "vehicles",
    ):
        op.drop_table(table)
