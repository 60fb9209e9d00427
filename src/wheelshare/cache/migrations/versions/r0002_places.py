"""Places: per-city counts and centroids, for fast place-name completion.

Counting cities over every venue at each keystroke reads hundreds of
thousands of rows in a large cache; this table keeps the answer up to date
through triggers and is filled from the existing rows on upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TRIGGERS = (
    """CREATE TRIGGER vehicles_places_ai AFTER INSERT ON vehicles WHEN new.city != '' BEGIN
    INSERT INTO places (city_key, city, n, lat_sum, lon_sum)
    VALUES (new.city_key, new.city, 1, new.lat, new.lon)
    ON CONFLICT (city_key, city) DO UPDATE SET n = n + 1,
        lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum;
END""",
    """CREATE TRIGGER vehicles_places_ad AFTER DELETE ON vehicles WHEN old.city != '' BEGIN
    UPDATE places SET n = n - 1, lat_sum = lat_sum - old.lat, lon_sum = lon_sum - old.lon
    WHERE city_key = old.city_key AND city = old.city;
    DELETE FROM places WHERE city_key = old.city_key AND city = old.city AND n <= 0;
END""",
    """CREATE TRIGGER vehicles_places_au AFTER UPDATE OF city, city_key, lat, lon ON vehicles
BEGIN
    UPDATE places SET n = n - 1, lat_sum = lat_sum - old.lat, lon_sum = lon_sum - old.lon
    WHERE old.city != '' AND city_key = old.city_key AND city = old.city;
    DELETE FROM places WHERE city_key = old.city_key AND city = old.city AND n <= 0;
    INSERT INTO places (city_key, city, n, lat_sum, lon_sum)
    SELECT new.city_key, new.city, 1, new.lat, new.lon WHERE new.city != ''
    ON CONFLICT (city_key, city) DO UPDATE SET n = n + 1,
        lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum;
END""",
    """CREATE TRIGGER venues_places_ai AFTER INSERT ON venues WHEN new.city != '' BEGIN
    INSERT INTO places (city_key, city, n, lat_sum, lon_sum)
    VALUES (new.city_key, new.city, 1, new.lat, new.lon)
    ON CONFLICT (city_key, city) DO UPDATE SET n = n + 1,
        lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum;
END""",
    """CREATE TRIGGER venues_places_ad AFTER DELETE ON venues WHEN old.city != '' BEGIN
    UPDATE places SET n = n - 1, lat_sum = lat_sum - old.lat, lon_sum = lon_sum - old.lon
    WHERE city_key = old.city_key AND city = old.city;
    DELETE FROM places WHERE city_key = old.city_key AND city = old.city AND n <= 0;
END""",
    """CREATE TRIGGER venues_places_au AFTER UPDATE OF city, city_key, lat, lon ON venues
BEGIN
    UPDATE places SET n = n - 1, lat_sum = lat_sum - old.lat, lon_sum = lon_sum - old.lon
    WHERE old.city != '' AND city_key = old.city_key AND city = old.city;
    DELETE FROM places WHERE city_key = old.city_key AND city = old.city AND n <= 0;
    INSERT INTO places (city_key, city, n, lat_sum, lon_sum)
    SELECT new.city_key, new.city, 1, new.lat, new.lon WHERE new.city != ''
    ON CONFLICT (city_key, city) DO UPDATE SET n = n + 1,
        lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum;
END""",
)


def upgrade() -> None:
    op.create_table(
        "places",
        sa.Column("city_key", sa.String, primary_key=True),
        sa.Column("city", sa.String, primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("lat_sum", sa.Float, nullable=False),
        sa.Column("lon_sum", sa.Float, nullable=False),
    )
    op.execute(
        """INSERT INTO places (city_key, city, n, lat_sum, lon_sum)
           SELECT city_key, city, count(*), sum(lat), sum(lon) FROM (
               SELECT city_key, city, lat, lon FROM vehicles WHERE city != ''
               UNION ALL
               SELECT city_key, city, lat, lon FROM venues WHERE city != '')
           GROUP BY city_key, city"""
    )
    for statement in _TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for table in ("vehicles", "venues"):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_places_{suffix}")
    op.drop_table("places")
