"""Every main screen and every dialog, for the audits to walk.

Dialogs are built from the catalogue below; a test checks that every QDialog
subclass in ``wheelshare.ui`` is in it, so a new dialog cannot skip the audits.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication, QDialog, QWidget

import wheelshare.ui
from wheelshare.domain import Location, Money, Prices, Vehicle
from wheelshare.domain.venue import Venue

VENUE = Venue(
    id="v-a11y",
    name="Musée des Beaux-Arts de Lyon",
    category="museum",
    location=Location(45.767, 4.834, city="Lyon"),
    updated_at=datetime(2026, 5, 1, tzinfo=UTC),
)

VEHICLE = Vehicle(
    "veh-a11y",
    "owner-a11y",
    "Renault Kangoo with rear ramp",
    Location(45.76, 4.83, "Lyon"),
    Prices(Money(3500), Money(6500), Money(35000)),
)


def _no_places(text: str, limit: int = 15) -> list[Location]:
    return []


def _vehicle_dialog(parent: QWidget) -> QDialog:
    from wheelshare.ui.owner.vehicle_form import VehicleDialog

    return VehicleDialog(_no_places, "new", "owner-a11y", parent=parent)  # type: ignore[arg-type]


def _rate_venue(parent: QWidget) -> QDialog:
    from wheelshare.ui.venues.rate_dialog import RateVenueDialog

    return RateVenueDialog(VENUE, None, parent)


def _rate_vehicle(parent: QWidget) -> QDialog:
    from wheelshare.ui.reviews.vehicle_review import RateVehicleDialog

    return RateVehicleDialog("Renault Kangoo with rear ramp", parent)


def _rate_renter(parent: QWidget) -> QDialog:
    from wheelshare.ui.reviews.renter_review import RateRenterDialog

    return RateRenterDialog("Camille Martin", "Renault Kangoo with rear ramp", parent)


def _profile(parent: QWidget) -> QDialog:
    from wheelshare.ui.find.search_form import ProfileDialog

    return ProfileDialog(None, parent)


def _availability(parent: QWidget) -> QDialog:
    from wheelshare.ui.owner.availability import AvailabilityEditor
    from wheelshare.ui.owner.page import AvailabilityDialog

    return AvailabilityDialog(VEHICLE, AvailabilityEditor(None), parent)


def _feed(parent: QWidget) -> QDialog:
    from wheelshare.ui.demo_notice import FeedDialog

    return FeedDialog(parent)


def _shortcuts(parent: QWidget) -> QDialog:
    from wheelshare.ui.help import shortcuts_dialog

    return shortcuts_dialog(parent)


def _review(parent: QWidget) -> QDialog:
    from datetime import timedelta

    from wheelshare.domain import Period, clock, quote
    from wheelshare.ui.find.review_dialog import BookingReviewDialog

    start = clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=3)
    period = Period(start, start + timedelta(days=2))
    return BookingReviewDialog(VEHICLE, period, quote(VEHICLE.prices, period), parent)


def _photo_view(parent: QWidget) -> QDialog:
    from wheelshare.domain.photo import Photo, PhotoFileRef
    from wheelshare.ui.widgets.gallery import PhotoViewDialog

    ref = PhotoFileRef("0" * 64, 1280, 960)
    photo = Photo(
        "photo-a11y", "vehicle", "veh-a11y", "The rear ramp, folded out", None, 0, ref, ref
    )
    return PhotoViewDialog(photo, None, parent)


def _about(parent: QWidget) -> QDialog:
    from wheelshare.ui.about import AboutDialog

    return AboutDialog(parent)


def _change_password(parent: QWidget) -> QDialog:
    from wheelshare.ui.account.rights import ChangePasswordDialog

    return ChangePasswordDialog(parent)


def _change_name(parent: QWidget) -> QDialog:
    from wheelshare.ui.account.rights import ChangeNameDialog

    return ChangeNameDialog("Camille R.", parent)


def _change_phone(parent: QWidget) -> QDialog:
    from wheelshare.ui.account.rights import ChangePhoneDialog

    return ChangePhoneDialog("+33 6 12 34 56 78", parent)


def _delete_account(parent: QWidget) -> QDialog:
    from wheelshare.ui.account.rights import DeleteAccountDialog

    return DeleteAccountDialog(parent)


def _recent_notifications(parent: QWidget) -> QDialog:
    from wheelshare.notify.log import Entry
    from wheelshare.notify.notices import Notice, NoticeKind
    from wheelshare.ui.notifications.dialog import RecentNotificationsDialog

    at = datetime(2026, 5, 1, 9, tzinfo=UTC)
    entries = [
        Entry(Notice("m", NoticeKind.MESSAGE, "Amélie", "I will be 10 minutes late.", at)),
        Entry(Notice("a", NoticeKind.ACCEPTED, VEHICLE.title, "", at), read=True),
    ]
    return RecentNotificationsDialog(entries, parent)


def _decision(parent: QWidget) -> QDialog:
    from wheelshare.sync.moderation import Decision
    from wheelshare.ui.moderation.decision_dialog import DecisionDialog

    return DecisionDialog(Decision.REJECT, "New venue, Café des Roues. Café; Paris", parent)


def _add_venue(parent: QWidget) -> QDialog:
    from wheelshare.ui.venues.add_dialog import AddVenueDialog

    return AddVenueDialog(_no_places, parent)


def _correction(parent: QWidget) -> QDialog:
    from wheelshare.ui.venues.correction_dialog import CorrectionDialog

    return CorrectionDialog(VENUE, parent)


def _report(parent: QWidget) -> QDialog:
    from wheelshare.domain.contribution import ReportTarget
    from wheelshare.ui.venues.report_dialog import ReportDialog

    return ReportDialog(ReportTarget.REVIEW, "Camille R. on 1 May 2026: Elevator: Yes", parent)


def _handover_report() -> tuple[object, object]:
    from datetime import timedelta

    from wheelshare.domain import Booking, BookingStatus, Period, clock
    from wheelshare.domain.handover import HandoverPhoto, HandoverReport, Moment, Position
    from wheelshare.domain.photo import PhotoFileRef

    start = clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=2)
    booking = Booking(
        "booking-a11y",
        VEHICLE.id,
        "renter-a11y",
        VEHICLE.owner_id,
        Period(start, start + timedelta(days=1)),
        BookingStatus.CONFIRMED,
        Money(6500),
        vehicle_title=VEHICLE.title,
    )
    ref = PhotoFileRef("0" * 64, 1280, 960)
    photos = tuple(
        HandoverPhoto(f"hp-{p.value}", p, f"The {p.value}, no marks", ref, ref)
        for p in (Position.FRONT, Position.BACK, Position.RAMP_OR_LIFT)
    )
    report = HandoverReport(
        "report-a11y", booking.id, Moment.START, 80, 42100, "", photos, True, False
    )
    return booking, report


def _handover(parent: QWidget) -> QDialog:
    from wheelshare.domain.handover import Moment
    from wheelshare.ui.bookings.handover_dialog import HandoverDialog

    booking, report = _handover_report()
    return HandoverDialog(
        booking,  # type: ignore[arg-type]
        Moment.START,
        report,  # type: ignore[arg-type]
        i_am_renter=False,
        parent=parent,
    )


def _damage(parent: QWidget) -> QDialog:
    from wheelshare.domain.handover import Moment
    from wheelshare.ui.bookings.damage_dialog import DamageDialog

    booking, report = _handover_report()
    return DamageDialog(booking, {Moment.START: report}, parent)  # type: ignore[arg-type,dict-item]


# Class name -> how to build it over the main window.
DIALOGS: dict[str, Callable[[QWidget], QDialog]] = {
    "VehicleDialog": _vehicle_dialog,
    "RateVenueDialog": _rate_venue,
    "RateVehicleDialog": _rate_vehicle,
    "RateRenterDialog": _rate_renter,
    "ProfileDialog": _profile,
    "AvailabilityDialog": _availability,
    "FeedDialog": _feed,
    "KeyboardShortcutsDialog": _shortcuts,
    "AboutDialog": _about,
    "ChangePasswordDialog": _change_password,
    "ChangeNameDialog": _change_name,
    "ChangePhoneDialog": _change_phone,
    "DeleteAccountDialog": _delete_account,
    "BookingReviewDialog": _review,
    "RecentNotificationsDialog": _recent_notifications,
    "DecisionDialog": _decision,
    "PhotoViewDialog": _photo_view,
    "AddVenueDialog": _add_venue,
    "CorrectionDialog": _correction,
    "ReportDialog": _report,
    "HandoverDialog": _handover,
    "DamageDialog": _damage,
}


def dialog_classes() -> set[str]:
    """Every QDialog subclass defined in the app's UI modules."""
    found: set[str] = set()
    for module in pkgutil.walk_packages(wheelshare.ui.__path__, "wheelshare.ui."):
        mod = importlib.import_module(module.name)
        for name, obj in inspect.getmembers(mod, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == mod.__name__:
                found.add(name)
    return found


def pages(window: QWidget, venue_chosen: bool = False) -> Iterator[tuple[str, QWidget]]:
    """Shows each main screen in turn; yields its key and the screen.

    ``venue_chosen``: the Venues screen with a venue in its detail (the audits'
    cache holds none, and an empty detail hides its buttons)."""
    from dataclasses import replace

    from wheelshare.ui.pages import PAGES

    # The audits walk every screen, those shown only to moderators too.
    session = window.ctx.session  # type: ignore[attr-defined]
    session._set_state(replace(session.state, moderator=True))
    for spec in PAGES:
        window.show_page(spec.key)  # type: ignore[attr-defined]
        page = window.page(spec.key)  # type: ignore[attr-defined]
        if venue_chosen and spec.key == "venues":
            page.detail.show_venue(VENUE, [])
        QApplication.processEvents()
        yield spec.key, page


def dialogs(window: QWidget) -> Iterator[tuple[str, QDialog]]:
    """Opens each dialog of the catalogue (without blocking) and closes it after."""
    for name, build in DIALOGS.items():
        dialog = build(window)
        dialog.show()
        QApplication.processEvents()
        try:
            yield name, dialog
        finally:
            dialog.reject()
            dialog.deleteLater()
