"""Outbox reasons as problem codes with parameters, worded by the interface.

Until now a waiting or refused action kept why in English words
(``error_message``) beside a code that was sometimes the feed's and sometimes
a class name. The code is now one of ``wheelshare.domain.problems`` and its
parameters sit in ``error_params``; the English words stay, for logs.

Rows written before: the codes that already meant something keep their
meaning under the new names; any other becomes ``earlier_problem``, which the
interface words as "refused earlier" without showing the old English text.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The codes of this revision, spelled out: a migration must not change when
# the code vocabulary later grows.
_RENAMED = {
    "OfflineError": "offline",
    "ConnectionLostError": "connection_lost",
    "FeedTimeoutError": "timeout",
    "ServerError": "server_failed",
    "BadResponseError": "bad_response",
    "unauthorized": "sign_in_needed",
    "bad_token": "sign_in_needed",
    "token_expired": "sign_in_needed",
    "auth_required": "sign_in_needed",
    "vehicle_not_found": "not_found",
    "venue_not_found": "not_found",
    "booking_not_found": "not_found",
}
_KEPT = (
    "bad_credentials",
    "dates_unavailable",
    "invalid_transition",
    "request_expired",
    "vehicle_unlisted",
    "not_owner",
    "not_party",
    "own_vehicle",
    "no_completed_booking",
    "not_found",
    "body_too_large",
    "invalid",
    "unknown_action",
    "depends_on_refused",
)


def upgrade() -> None:
    op.add_column("outbox", sa.Column("error_params", sa.Text, nullable=True))
    outbox = sa.table(
        "outbox", sa.column("error_code", sa.String), sa.column("error_params", sa.Text)
    )
    for old, new in _RENAMED.items():
        op.execute(outbox.update().where(outbox.c.error_code == old).values(error_code=new))
    known = (*_KEPT, *set(_RENAMED.values()))
    op.execute(
        outbox.update()
        .where(outbox.c.error_code.is_not(None), outbox.c.error_code.not_in(known))
        .values(error_code="earlier_problem")
    )


def downgrade() -> None:
    op.drop_column("outbox", "error_params")
