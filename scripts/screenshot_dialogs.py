"""Screenshots of the owners' and reviewers' screens and dialogs, for screenshots.py.

Called after the main screens are shot, on the same window and demo data: it
signs in the demo owner (as a person would, through the account screen's
service), then shoots the venue detail, the rating dialogs, the listing form
with a validation message, the availability editor and the inbox.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from _screenshot_setup import save, settle, wait


def shoot_more(window: Any, ctx: Any, out: Path, scale: int, suffix: str) -> list[Path]:
    from PySide6.QtWidgets import QScrollArea, QWidget

    from wheelshare.demo import DEMO_OWNER_EMAIL, DEMO_PASSWORD
    from wheelshare.domain import Adaptation, Availability, Measurement
    from wheelshare.ui.account.data import AccountService
    from wheelshare.ui.owner.availability import AvailabilityEditor
    from wheelshare.ui.owner.page import AvailabilityDialog
    from wheelshare.ui.owner.vehicle_form import VehicleDialog
    from wheelshare.ui.reviews.vehicle_review import RateVehicleDialog
    from wheelshare.ui.venues.rate_dialog import RateVenueDialog

    saved: list[Path] = []
    width, height = window.width(), window.height()

    def shot(widget: QWidget, name: str) -> None:
        settle(0.6)
        saved.append(save(widget, out / f"{name}-{scale}{suffix}.png"))

    def dialog_shot(dialog: QWidget, name: str, prepare: Callable[[], None] | None = None) -> None:
        dialog.resize(min(width, 900 if scale < 150 else width), height - 40)
        dialog.show()
        if prepare is not None:
            prepare()
        shot(dialog, name)
        dialog.close()
        dialog.deleteLater()

    # Venues: a venue with reviews, its detail, and the rating dialog.
    window.show_page("venues")
    venues = window.page("venues")
    wait(lambda: venues.model.rowCount() > 0, 60, "venue results")
    # A venue people have reviewed shows every part of the detail.
    venues.form.at_least_partially.setChecked(True)
    venues.form.toilet.setChecked(True)
    venues.form.submit()
    settle(0.5)
    wait(lambda: venues.model.rowCount() > 0, 60, "filtered venue results")
    row = next(
        (r for r in range(venues.model.rowCount()) if venues.model.hit(r).venue.rating.count > 0), 0
    )
    venues.results.selectRow(row)
    wait(lambda: venues.detail.venue is not None, 30, "venue detail")
    # At large text the detail sits under the results: scroll the screen to it.
    holder = venues.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if holder is not None:
        settle(0.3)
        top = venues.detail.mapTo(holder.widget(), venues.detail.rect().topLeft()).y()
        holder.verticalScrollBar().setValue(top)
    shot(window, "venues-detail")
    rate = RateVenueDialog(venues.detail.venue, None, window)

    def answer() -> None:
        from wheelshare.domain import VenueCriterion

        rate.choices[VenueCriterion.STEP_FREE].setCurrentIndex(1)
        rate.measures[VenueCriterion.DOOR_WIDTH_CM].setText("900")

    dialog_shot(rate, "rate-venue", answer)

    # The renter's review of a vehicle.
    dialog_shot(RateVehicleDialog("Renault Kangoo TPMR", window), "rate-vehicle")

    # Owners: sign in the demo owner, as from the account screen, and sync.
    feed_url = ctx.session.state.feed_url
    AccountService(lambda: ctx.session.cache_dir).sign_in(feed_url, DEMO_OWNER_EMAIL, DEMO_PASSWORD)
    ctx.session.refresh_account()
    wait(
        lambda: ctx.session.state.user_id == "demo-user-owner" and not ctx.session.syncing,
        120,
        "the demo owner's sync",
    )
    window.show_page("vehicles")
    vehicles = window.page("vehicles")
    vehicles.refresh()
    wait(lambda: vehicles.model.rowCount() > 0, 30, "the owner's vehicles")
    wait(lambda: vehicles.places.is_ready, 60, "the place index")
    vehicles.tabs.setCurrentIndex(0)
    shot(window, "vehicles-owner")
    vehicles.tabs.setCurrentWidget(vehicles.inbox)
    shot(window, "vehicles-inbox")
    vehicles.tabs.setCurrentIndex(0)

    form = VehicleDialog(vehicles.places.lookup, "new", "demo-user-owner", parent=window)

    def fill() -> None:
        f = form.form
        f.title.setText("Renault Kangoo with rear ramp")
        f.place.setText("Lyon")
        f.adaptation_boxes[Adaptation.REAR_RAMP].setChecked(True)
        f.measurement_edits[Measurement.RAMP_WIDTH_CM].setText("900")
        f.price_edits["half_day"].setText("35")
        f.price_edits["day"].setText("-65")
        f.price_edits["week"].setText("350")
        form.save_button.click()
        f.measurement_edits[Measurement.RAMP_WIDTH_CM].setFocus()

    dialog_shot(form, "vehicle-form", fill)

    first = vehicles.model.row_object(0)
    from datetime import time as clock
    from datetime import timedelta

    from wheelshare.domain import Period, WeeklyBlock
    from wheelshare.domain.clock import now as clock_now

    start = (clock_now() + timedelta(days=60)).replace(hour=8, minute=0, second=0, microsecond=0)
    sample = Availability(
        blocks=(Period(start, start + timedelta(days=3)),),
        weekly=(WeeklyBlock(6, clock(0), clock(0)), WeeklyBlock(2, clock(8), clock(12))),
    )
    dialog_shot(AvailabilityDialog(first, AvailabilityEditor(sample), window), "availability")

    window.show_page("bookings")
    shot(window, "bookings-owner")
    window.show_page("account")
    shot(window, "account-owner")
    return saved
