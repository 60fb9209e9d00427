"""The cancellation policy in the language in use (the domain's own sentence is
English only): said before a booking is made and before one is cancelled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wheelshare.domain import DEFAULT_POLICY, CancellationPolicy


def policy_text(policy: CancellationPolicy = DEFAULT_POLICY) -> str:
    hours = int(policy.full_before.total_seconds() // 3600)
    return QCoreApplication.translate(
        "Policy",
        "Cancelling: full refund {hours} hours or more before the start; {percent} % "
        "after that; no refund once the rental has begun. A request the owner has not "
        "accepted can be withdrawn at no cost.",
    ).format(hours=QLocale().toString(hours), percent=QLocale().toString(policy.late_percent))
