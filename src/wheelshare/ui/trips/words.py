"""The Trips screen's words: modes, help, states, reasons, and why a match
matches ("leaves Lyon Perrache 20 min after you, arrives at the same
station"), in the language now in use."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from wheelshare.domain.companion_wire import Post
from wheelshare.domain.companions import (
    CancelReason,
    CompanionshipStatus,
    Help,
    Match,
    PostStatus,
    TravelMode,
)
from wheelshare.ui import formatting
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

MODES: dict[TravelMode, str] = {
    TravelMode.TRAIN: QT_TRANSLATE_NOOP("Trips", "Train"),
    TravelMode.COACH: QT_TRANSLATE_NOOP("Trips", "Coach"),
    TravelMode.BUS_TRAM: QT_TRANSLATE_NOOP("Trips", "Bus or tram"),
    TravelMode.PLANE: QT_TRANSLATE_NOOP("Trips", "Plane"),
    TravelMode.CAR: QT_TRANSLATE_NOOP("Trips", "Car"),
}
HELP: dict[Help, str] = {
    Help.BOARDING: QT_TRANSLATE_NOOP("Trips", "Boarding and alighting"),
    Help.LUGGAGE: QT_TRANSLATE_NOOP("Trips", "Luggage"),
    Help.CHANGES: QT_TRANSLATE_NOOP("Trips", "Changes"),
    Help.GUIDANCE: QT_TRANSLATE_NOOP("Trips", "Guidance (visual impairment)"),
    Help.TO_THE_DOOR: QT_TRANSLATE_NOOP("Trips", "To the door"),
}
POST_STATES: dict[PostStatus, str] = {
    PostStatus.OPEN: QT_TRANSLATE_NOOP("Trips", "Open"),
    PostStatus.ACCOMPANIED: QT_TRANSLATE_NOOP("Trips", "Companion confirmed"),
    PostStatus.CANCELLED: QT_TRANSLATE_NOOP("Trips", "Cancelled"),
    PostStatus.OVER: QT_TRANSLATE_NOOP("Trips", "Over"),
}
COMPANIONSHIP_STATES: dict[CompanionshipStatus, str] = {
    CompanionshipStatus.OFFERED: QT_TRANSLATE_NOOP("Trips", "Help offered, waiting for an answer"),
    CompanionshipStatus.DECLINED: QT_TRANSLATE_NOOP("Trips", "Declined"),
    CompanionshipStatus.CONFIRMED: QT_TRANSLATE_NOOP("Trips", "Confirmed"),
    CompanionshipStatus.CANCELLED: QT_TRANSLATE_NOOP("Trips", "Cancelled"),
    CompanionshipStatus.DONE: QT_TRANSLATE_NOOP("Trips", "Done"),
}
REASONS: dict[CancelReason, str] = {
    CancelReason.PLANS_CHANGED: QT_TRANSLATE_NOOP("Trips", "My plans changed"),
    CancelReason.JOURNEY_CANCELLED: QT_TRANSLATE_NOOP(
        "Trips", "The train, coach or flight was cancelled"
    ),
    CancelReason.ILLNESS: QT_TRANSLATE_NOOP("Trips", "Illness"),
    CancelReason.FOUND_OTHER_HELP: QT_TRANSLATE_NOOP("Trips", "I found other help"),
    CancelReason.OTHER: QT_TRANSLATE_NOOP("Trips", "Another reason"),
}


def minutes_apart(delta: timedelta) -> str:
    """How much later or earlier, in the person's language ("20 min after you")."""
    minutes = round(abs(delta.total_seconds()) / 60)
    if minutes == 0:
        return QCoreApplication.translate("Trips", "at the same time as you")
    if minutes < 60:
        n = str(minutes)
        return (
            QCoreApplication.translate("Trips", "{n} min after you").format(n=n)
            if delta > timedelta(0)
            else QCoreApplication.translate("Trips", "{n} min before you").format(n=n)
        )
    hours = formatting.decimal(minutes / 60, trim=True)
    return (
        QCoreApplication.translate("Trips", "{n} h after you").format(n=hours)
        if delta > timedelta(0)
        else QCoreApplication.translate("Trips", "{n} h before you").format(n=hours)
    )


def why(post: Post, m: Match, mine_origin: str, mine_destination: str) -> str:
    """Why ``post`` matches the person's journey, in one line."""
    origin = post.journey.origin.name
    destination = post.journey.destination.name
    leaves = QCoreApplication.translate("Trips", "leaves {place} {when}").format(
        place=origin
        if origin != mine_origin
        else QCoreApplication.translate("Trips", "from the same station"),
        when=minutes_apart(m.leaves_later),
    )
    if destination == mine_destination:
        arrives = QCoreApplication.translate("Trips", "arrives at the same station")
    else:
        arrives = QCoreApplication.translate(
            "Trips", "arrives at {place}, {distance} from yours"
        ).format(place=destination, distance=formatting.distance_km(m.destination_km))
    return QCoreApplication.translate("Trips", "{leaves}, {arrives}").format(
        leaves=leaves, arrives=arrives
    )
