"""Item models of My vehicles, without widgets, and through qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from wheelshare.domain import (
    Booking,
    BookingStatus,
    Location,
    Money,
    Period,
    Prices,
    Vehicle,
)
from wheelshare.ui.owner.models import OwnerBookingsModel, OwnVehiclesModel, RequestsModel
from wheelshare.ui.widgets.table_model import ObjectRole

pytestmark = pytest.mark.dates

START = datetime(2027, 5, 3, 9, tzinfo=UTC)
PRICES = Prices(Money(3500), Money(6500), Money(35000))


def vehicle(i: int, listed: bool = True) -> Vehicle:
    return Vehicle(
        f"veh{i}",
        "owner",
        f"Van {i}",
        Location(45.76, 4.83, "Lyon"),
        PRICES,
        listed=listed,
        instant_book=i % 2 == 0,
    )


def booking(i: int, status: BookingStatus = BookingStatus.REQUESTED) -> Booking:
    return Booking(
        f"b{i}",
        "veh1",
        f"renter{i}",
        "owner",
        Period(START + timedelta(days=i), START + timedelta(days=i + 2)),
        status,
        Money(13000),
        renter_name=f"Renter {i}",
        vehicle_title="Van 1",
    )


def test_own_vehicles_model(qtmodeltester: ModelTester) -> None:
    model = OwnVehiclesModel()
    model.set_rows([vehicle(1), vehicle(2, listed=False)])
    qtmodeltester.check(model)
    assert model.index(1, OwnVehiclesModel.STATE).data() == "Unlisted"
    assert model.index(0, OwnVehiclesModel.BOOKING).data() == "On request"
    assert model.index(0, 0).data(ObjectRole).id == "veh1"
    model.pending_ids.add("veh1")
    assert model.index(0, OwnVehiclesModel.STATE).data() == "Waiting to be sent"


def test_requests_model_names_the_requester_and_dates(qtmodeltester: ModelTester) -> None:
    model = RequestsModel()
    model.set_rows([booking(1), booking(2)])
    qtmodeltester.check(model)
    assert model.index(0, RequestsModel.REQUESTER).data() == "Renter 1"
    sentence = model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert sentence.startswith("Renter 1 asks for Van 1 from ")
    assert "2027" in sentence


def test_owner_bookings_model_says_the_state_in_words(qtmodeltester: ModelTester) -> None:
    model = OwnerBookingsModel()
    cancelled = booking(3, BookingStatus.CONFIRMED).moved_to(BookingStatus.CANCELLED, Money(6500))
    model.set_rows([booking(1, BookingStatus.CONFIRMED), cancelled])
    qtmodeltester.check(model)
    assert model.index(0, OwnerBookingsModel.STATUS).data() == "Confirmed"
    assert "refunded" in model.index(1, OwnerBookingsModel.STATUS).data()
