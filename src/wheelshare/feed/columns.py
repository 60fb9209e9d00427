"""Column types of the feed's tables, shared by the models and the migrations.

Kept apart from the engines (``db``) so the tables can be declared without
importing how they are opened, and the change log without either.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import JSON, BigInteger, DateTime, Dialect, Integer
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator

Json = JSON().with_variant(JSONB(), "postgresql")
# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit key.
SeqInt = BigInteger().with_variant(Integer(), "sqlite")


class RawJson(str):
    """JSON text already serialised; stored in a JSON column as it is (bulk loads
    serialise each record once and reuse the text for its change-log entry)."""


def dump_json(value: object) -> str:
    """How the engines serialise JSON columns: compact, and RawJson untouched."""
    if isinstance(value, RawJson):
        return str(value)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on both databases.

    SQLite keeps them as fixed-width text (so comparing text compares times);
    PostgreSQL as ``timestamptz`` (so ranges over them work in constraints).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the feed database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
