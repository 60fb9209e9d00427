"""*My vehicles*: the owner's listings, their availability, the inbox of requests,
and the rentals of their vehicles.

Every change goes through the outbox (it shows at once as "waiting to be
sent") and the session syncs to send it; a refusal from the feed is shown in
words with what to do next. The navigation shows the number of requests
waiting, with words for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Availability, Booking, BookingStatus, Vehicle
from wheelshare.domain.photo import Photo
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.sync import outbox
from wheelshare.ui import formatting
from wheelshare.ui.context import AppContext
from wheelshare.ui.owner import data
from wheelshare.ui.owner.availability import AvailabilityEditor
from wheelshare.ui.owner.badge import badge_words
from wheelshare.ui.owner.inbox import Inbox
from wheelshare.ui.owner.models import OwnVehiclesModel
from wheelshare.ui.owner.rentals import OwnerRentals
from wheelshare.ui.owner.vehicle_form import VehicleDialog
from wheelshare.ui.page import Page
from wheelshare.ui.problems import describe
from wheelshare.ui.reviews.renter_review import review_renter
from wheelshare.ui.session import SyncState
from wheelshare.ui.tr import QT_TRANSLATE_NOOP
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.headings import Heading
from wheelshare.ui.widgets.places import PlaceFinder
from wheelshare.ui.widgets.screen_fit import fit_to_screen, scrolling
from wheelshare.ui.widgets.tables import make_table, select_first, select_row, selected_object
from wheelshare.ui.widgets.tabs import tabs_in_reading_order

if TYPE_CHECKING:
    from wheelshare.cache import Cache


def explain(error: BaseException) -> str:
    """An error as a person reads it: what happened and what to do."""
    return describe(error)


# What each action is called in a refusal ("… was refused by the feed").
_ACTION_NAMES = {
    "create_vehicle": QT_TRANSLATE_NOOP("MyVehicles", "The new listing"),
    "update_vehicle": QT_TRANSLATE_NOOP("MyVehicles", "The listing edit"),
    "unlist_vehicle": QT_TRANSLATE_NOOP("MyVehicles", "Unlisting"),
    "set_availability": QT_TRANSLATE_NOOP("MyVehicles", "The availability change"),
    "accept_booking": QT_TRANSLATE_NOOP("MyVehicles", "Accepting a request"),
    "decline_booking": QT_TRANSLATE_NOOP("MyVehicles", "Declining a request"),
    "cancel_booking": QT_TRANSLATE_NOOP("MyVehicles", "The cancellation"),
}


def refusal_text(item: outbox.OutboxItem) -> str:
    """A refusal from the feed, with what the owner can do about it."""
    name = _ACTION_NAMES.get(item.kind)
    what = (
        QCoreApplication.translate("MyVehicles", name)
        if name
        else QCoreApplication.translate("MyVehicles", "An action")
    )
    problem = item.problem or Problem(ProblemCode.EARLIER_PROBLEM)
    return QCoreApplication.translate(
        "MyVehicles", "{what} was refused by the feed. {reason}"
    ).format(what=what, reason=describe(problem))


class AvailabilityDialog(QDialog):
    def __init__(
        self, vehicle: Vehicle, editor: AvailabilityEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When {title} is not available").format(title=vehicle.title))
        layout = QVBoxLayout(self)
        self.editor = editor
        layout.addWidget(scrolling(editor, self), 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save availability"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)


class MyVehiclesPage(Page):
    """The *My vehicles* screen."""

    # For tests and the help page: dialogs are shown through these, so a
    # keyboard-only journey can drive them like a person would.
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view_data = data.OwnerView()
        # The notice says an action waits to be sent: worded again after a
        # language change, withdrawn once nothing waits (None: it says something else).
        self._waiting_text: Callable[[], str] | None = None
        self.places = PlaceFinder.shared(ctx.data_dir, ctx.worker)
        layout = QVBoxLayout(self)
        self.heading = Heading(parent=self)
        layout.addWidget(self.heading)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice)
        self.refusals = QLabel(self)
        self.refusals.setObjectName("formError")
        self.refusals.setWordWrap(True)
        self.refusals.setVisible(False)
        layout.addWidget(self.refusals)
        refusal_row = QHBoxLayout()
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss_refusals)
        self.dismiss_button.setVisible(False)
        refusal_row.addWidget(self.dismiss_button)
        refusal_row.addStretch(1)
        layout.addLayout(refusal_row)

        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        vehicles = QWidget(self.tabs)
        v_l = QVBoxLayout(vehicles)
        self.vehicles_intro = QLabel(vehicles)
        self.vehicles_intro.setWordWrap(True)
        v_l.addWidget(self.vehicles_intro)
        self.model = OwnVehiclesModel(self)
        self.vehicles_view = make_table(self.model, "", vehicles)
        self.vehicles_view.doubleClicked.connect(lambda _i: self.edit_selected())
        v_l.addWidget(self.vehicles_view, 1)
        # Wraps onto more lines rather than cutting the buttons' words short.
        button_row = QWidget(vehicles)
        button_row.setSizePolicy(flow_policy())
        buttons = FlowLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(button_row)
        self.edit_button = QPushButton(button_row)
        self.availability_button = QPushButton(button_row)
        self.unlist_button = QPushButton(button_row)
        self.relist_button = QPushButton(button_row)
        for b in (
            self.new_button,
            self.edit_button,
            self.availability_button,
            self.unlist_button,
            self.relist_button,
        ):
            buttons.addWidget(b)
        v_l.addWidget(button_row)
        # Each greyed button says why, and what to do first.
        say_why_greyed(self.new_button, self._why_no_new)
        self._why_refreshes = [
            say_why_greyed(self.edit_button, lambda: self._why_greyed("edit")),
            say_why_greyed(self.availability_button, lambda: self._why_greyed("edit")),
            say_why_greyed(self.unlist_button, lambda: self._why_greyed("unlist")),
            say_why_greyed(self.relist_button, lambda: self._why_greyed("relist")),
        ]
        self.new_button.clicked.connect(self.new_vehicle)
        self.edit_button.clicked.connect(self.edit_selected)
        self.availability_button.clicked.connect(self.edit_availability)
        self.unlist_button.clicked.connect(self.unlist_selected)
        self.relist_button.clicked.connect(self.relist_selected)
        self.vehicles_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )

        self.inbox = Inbox(self.tabs)
        self.inbox.accept_requested.connect(self.accept)
        self.inbox.decline_requested.connect(self.decline)
        self.inbox.remedy_requested.connect(self.session.apply_remedy)
        self.rentals = OwnerRentals(self.tabs)
        self.rentals.cancel_requested.connect(self.cancel_rental)
        self.rentals.review_requested.connect(
            lambda b: review_renter(self, self.session, b, self._say, self.dialog_opened.emit)
        )
        for source in (self.inbox, self.rentals):
            source.message_requested.connect(lambda b: self.open_elsewhere.emit("messages", b.id))
        self.tabs.addTab(vehicles, "")
        self.tabs.addTab(self.inbox, "")
        self.tabs.addTab(self.rentals, "")
        tabs_in_reading_order(self.tabs, self.vehicles_view)

        self._set_texts()
        self.session.data_changed.connect(self.refresh)
        self.session.ready.connect(self.refresh)
        self.session.state_changed.connect(self._state_changed)
        self._user_id = self._current_user_id()
        self.refresh()

    # -- texts ----------------------------------------------------------------

    def initial_focus(self) -> QWidget:
        return self.vehicles_view

    def retranslate(self) -> None:
        # Rows and headers are words too: show them again in the language now in use.
        keep = self.selected_vehicle()
        self.model.set_rows(self.model.rows())
        if keep is not None:
            self._select_vehicle(keep.id)
        self._set_texts()
        if self._waiting_text is not None:
            waiting_text = self._waiting_text
            self._say(waiting_text())
            self._waiting_text = waiting_text
        if not self.session.is_ready:
            self._say(self._loading_text())

    def _loading_text(self) -> str:
        return self.tr("Loading your data… Listing and answering requests open when it is ready.")

    def _set_texts(self) -> None:
        self.heading.setText(self.tr("My vehicles"))
        self.vehicles_intro.setText(self._vehicles_intro())
        self.vehicles_view.setAccessibleName(self.tr("Your vehicles"))
        self.new_button.setText(self.tr("&List a vehicle…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.availability_button.setText(self.tr("Availa&bility…"))
        self.unlist_button.setText(self.tr("U&nlist"))
        self.relist_button.setText(self.tr("List aga&in"))
        self.dismiss_button.setText(self.tr("Dis&miss these messages"))
        self.tabs.setTabText(0, self.tr("&Vehicles ({n})").format(n=self.model.rowCount()))
        self._set_inbox_title()
        self.tabs.setTabText(2, self.tr("Ren&tals ({n})").format(n=len(self.view_data.rentals)))

    def _vehicles_intro(self) -> str:
        state = self.session.state
        if self.model.rowCount() or not state.signed_in_as or not state.ready:
            return self.tr(
                "Your listings. New listings and changes are sent to the feed with the next sync."
            )
        if state.demo and not state.demo_owner:
            return self.tr(
                "You are trying the demo as its renter, who has no vehicle. To see the "
                "owner's side, choose “Try as the demo owner” under “Account & settings” "
                "or under “More…” in the demo notice at the top."
            )
        return self.tr(
            "You have no vehicle listed yet. Choose “List a vehicle…” below to list "
            "one; renters find it once it has been sent to the feed."
        )

    def _set_inbox_title(self) -> None:
        n = self.waiting_requests()
        self.tabs.setTabText(1, self.tr("Re&quests ({n})").format(n=n))
        self.tabs.setTabToolTip(1, self.badge_words(n))

    def badge_words(self, n: int) -> str:
        return badge_words(n)

    # -- data -----------------------------------------------------------------

    def _current_user_id(self) -> str:
        return self.session.state.user_id

    def _state_changed(self, _state: SyncState) -> None:
        uid = self._current_user_id()
        if uid != self._user_id:
            self._user_id = uid
            self.refresh()

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        owner_id = self._current_user_id()
        if not self.session.is_ready:
            # Starting, or switching feeds: say so, and offer nothing to act on yet.
            self._show(data.OwnerView())
            self.new_button.setEnabled(False)
            self._say(self._loading_text())
            return
        if self.notice.accessibleName() == self._loading_text():
            self._say("")
        self.session.query(lambda cache: data.owner_view(cache, owner_id), self._show, self._failed)

    def _show(self, view: data.OwnerView) -> None:
        self.view_data = view
        keep = selected_object(self.vehicles_view)
        self.model.pending_ids = set(view.pending_vehicle_ids)
        self.model.set_rows(view.vehicles)
        if isinstance(keep, Vehicle):
            self._select_vehicle(keep.id)
        select_first(self.vehicles_view)
        self.inbox.standings = view.standings
        self.inbox.set_requests(view.requests, view.pending_bookings)
        self.inbox.show_held_up_by(view.held_up_by)
        self.rentals.set_rentals(view.rentals, view.pending_bookings)
        self.rentals.set_reviewed(view.reviewed)
        if view.rejections:
            self.refusals.setText("⚠ " + "\n⚠ ".join(refusal_text(i) for i in view.rejections))
        self.refusals.setVisible(bool(view.rejections))
        self.dismiss_button.setVisible(bool(view.rejections))
        signed_in = bool(self._current_user_id())
        self.new_button.setEnabled(signed_in)
        sign_in_text = self.tr(
            "Sign in under Account & settings to list a vehicle and answer requests."
        )
        if not signed_in:
            self._say(sign_in_text)
        elif self.notice.accessibleName() == sign_in_text:
            self._say("")
        self._forget_waiting()
        self._set_texts()
        self._update_buttons()
        n = self.waiting_requests()
        self.badge_changed.emit(n, self.badge_words(n))

    def waiting_requests(self) -> int:
        pending = self.view_data.pending_bookings
        return len([b for b in self.view_data.requests if b.id not in pending])

    def _select_vehicle(self, vehicle_id: str) -> None:
        model = self.vehicles_view.model()
        for row in range(model.rowCount()):
            v = model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
            if isinstance(v, Vehicle) and v.id == vehicle_id:
                select_row(self.vehicles_view, row)
                return

    def _failed(self, error: BaseException) -> None:
        self._say(explain(error), problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        self._waiting_text = None  # whatever said something waits is replaced
        self.notice.setObjectName("formError" if problem else "formHint")
        self.notice.setText(("⚠ " if problem and text else "") + text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

    def selected_vehicle(self) -> Vehicle | None:
        v = selected_object(self.vehicles_view)
        return v if isinstance(v, Vehicle) else None

    def _update_buttons(self) -> None:
        v = self.selected_vehicle()
        local = v is not None and v.id.startswith("local-")
        busy = v is not None and v.id in self.model.pending_ids
        self.edit_button.setEnabled(v is not None and not local)
        self.availability_button.setEnabled(v is not None and not local)
        self.unlist_button.setEnabled(v is not None and not local and v.listed and not busy)
        self.relist_button.setEnabled(v is not None and not local and not v.listed and not busy)
        for refresh in self._why_refreshes:
            refresh()

    def _why_no_new(self) -> str:
        if not self.session.is_ready:
            return self._loading_text()
        return self.tr("Sign in under Account & settings to list a vehicle and answer requests.")

    def _why_greyed(self, action: str) -> str:
        """Why a vehicle's button is greyed, for the vehicle chosen now."""
        v = self.selected_vehicle()
        if v is None:
            return self.tr("Choose one of your vehicles in the list first.")
        if v.id.startswith("local-") or v.id in self.model.pending_ids:
            return self.tr("A change to this vehicle is waiting to be sent; try again once it is.")
        if action == "unlist" and not v.listed:
            return self.tr("This vehicle is not listed.")
        if action == "relist" and v.listed:
            return self.tr("This vehicle is already listed.")
        return ""

    # -- actions --------------------------------------------------------------

    def _act(self, fn: Callable[[Cache], object], waiting_text: Callable[[], str]) -> None:
        """Queues ``fn``; ``waiting_text`` says it waits to be sent, in the language
        in use, until nothing waits any more (see :meth:`_forget_waiting`)."""
        # The session always answers (DataNotReady while the data is not open),
        # so "Saving…" is always replaced.
        self._say(self.tr("Saving…"))

        def queued(_item: object) -> None:
            self._say(waiting_text())
            self._waiting_text = waiting_text

        self.session.run_action(fn, on_done=queued, on_error=self._failed)

    def _forget_waiting(self) -> None:
        """Once the outbox is empty, "… waits to be sent" is no longer true."""
        if self._waiting_text is not None and self.session.state.pending == 0:
            self._say("")

    def _open(self, dialog: QDialog) -> int:
        self.dialog_opened.emit(dialog)
        return dialog.exec()

    def new_vehicle(self) -> None:
        owner = self._current_user_id()
        dialog = VehicleDialog(
            self.places.lookup, "new", owner, parent=self, places_ready=lambda: self.places.is_ready
        )
        if self._open(dialog) != QDialog.DialogCode.Accepted or dialog.accepted_vehicle is None:
            return
        vehicle = dialog.accepted_vehicle
        photos = dialog.photos.changes()

        def list_it(cache: Cache) -> object:
            item = outbox.create_vehicle(cache, vehicle)
            # The photos go once the feed has the listing (its local id until then).
            return data.queue_photos(cache, item.target_id, photos)

        self._act(
            list_it,
            lambda: self.tr("“{title}” is listed here and waits to be sent to the feed.").format(
                title=vehicle.title
            ),
        )

    def edit_selected(self) -> None:
        current = self.selected_vehicle()
        if current is None or current.id.startswith("local-"):
            return
        dialog = VehicleDialog(
            self.places.lookup, current.id, current.owner_id, current, parent=self
        )
        # The photos are read on the worker; they fill in once the dialog is open.
        open_ = [True]

        def photos_arrived(photos: list[Photo]) -> None:
            if open_[0]:
                dialog.photos.set_photos(photos)

        self.session.query(
            lambda cache: data.photos(cache, current.id), photos_arrived, self._failed
        )
        accepted = self._open(dialog) == QDialog.DialogCode.Accepted
        open_[0] = False
        if not accepted or dialog.accepted_vehicle is None:
            return
        edited = dialog.accepted_vehicle
        changes = data.vehicle_changes(current, edited)
        photo_changes = dialog.photos.changes()
        if not changes and photo_changes.empty:
            self._say(self.tr("Nothing was changed."))
            return

        def save(cache: Cache) -> object:
            if changes:
                outbox.update_vehicle(cache, current.id, changes)
            return data.queue_photos(cache, current.id, photo_changes)

        self._act(
            save,
            lambda: self.tr("Your changes to “{title}” wait to be sent to the feed.").format(
                title=edited.title
            ),
        )

    def edit_availability(self) -> None:
        vehicle = self.selected_vehicle()
        if vehicle is None:
            return
        self.session.query(
            lambda cache: data.availability(cache, vehicle.id),
            lambda a: QTimer.singleShot(0, self, lambda: self._availability_dialog(vehicle, a)),
            self._failed,
        )

    def _availability_dialog(self, vehicle: Vehicle, availability: Availability) -> None:
        rented = tuple(
            b.period
            for b in self.view_data.rentals
            if b.vehicle_id == vehicle.id and b.status is BookingStatus.CONFIRMED
        )
        editor = AvailabilityEditor(availability, taken=rented)
        dialog = AvailabilityDialog(vehicle, editor, self)
        if self._open(dialog) != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.editor.availability
        self._act(
            lambda cache: outbox.set_availability(cache, vehicle.id, chosen),
            lambda: self.tr("The availability of “{title}” waits to be sent to the feed.").format(
                title=vehicle.title
            ),
        )

    def unlist_selected(self) -> None:
        vehicle = self.selected_vehicle()
        if vehicle is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unlist this vehicle?"),
            self.tr("Unlist “{title}”?").format(title=vehicle.title),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Renters will no longer find it. Confirmed rentals stay as they are; requests "
                "waiting for your answer can still be answered."
            )
        )
        yes = box.addButton(self.tr("&Unlist"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it listed"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.dialog_opened.emit(box)
        box.exec()
        if box.clickedButton() is not yes:
            return
        self._act(
            lambda cache: outbox.unlist_vehicle(cache, vehicle.id),
            lambda: self.tr("“{title}” will be unlisted with the next sync.").format(
                title=vehicle.title
            ),
        )

    def relist_selected(self) -> None:
        vehicle = self.selected_vehicle()
        if vehicle is None or vehicle.listed:
            return
        self._act(
            lambda cache: outbox.update_vehicle(cache, vehicle.id, {"listed": True}),
            lambda: self.tr("“{title}” will be listed again with the next sync.").format(
                title=vehicle.title
            ),
        )

    def _answer_confirmed(self, booking: Booking, accept: bool) -> bool:
        """Asks once, with the renter's request in full; *Back* is the default,
        and confirming has a letter of its own, so a second Alt+A does nothing."""
        who = booking.renter_name or self.tr("the renter")
        box = QMessageBox(QMessageBox.Icon.Question, "", "", parent=self)
        if accept:
            box.setWindowTitle(self.tr("Accept this request?"))
            box.setText(self.tr("Accept {who}'s request?").format(who=who))
            consequence = self.tr(
                "The rental is confirmed and {who} pays {price}; other requests for "
                "these dates can then no longer be accepted."
            )
            yes_text = self.tr("Yes, acc&ept")
        else:
            box.setWindowTitle(self.tr("Decline this request?"))
            box.setText(self.tr("Decline {who}'s request?").format(who=who))
            consequence = self.tr("{who} is told, and the dates are free again.")
            yes_text = self.tr("Yes, dec&line")
        box.setInformativeText(
            self.inbox.model.describe(booking)
            + ".\n\n"
            + consequence.format(who=who, price=formatting.money(booking.price))
        )
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        back.setFocus()
        self.dialog_opened.emit(box)
        box.exec()
        return box.clickedButton() is yes

    def accept(self, booking: Booking) -> None:
        if not self._answer_confirmed(booking, accept=True):
            return
        self._act(
            lambda cache: outbox.accept_booking(cache, booking.id),
            lambda: self.tr("You accepted {who}'s request; the answer waits to be sent.").format(
                who=booking.renter_name or self.tr("the renter")
            ),
        )

    def decline(self, booking: Booking) -> None:
        if not self._answer_confirmed(booking, accept=False):
            return
        self._act(
            lambda cache: outbox.decline_booking(cache, booking.id),
            lambda: self.tr("You declined {who}'s request; the answer waits to be sent.").format(
                who=booking.renter_name or self.tr("the renter")
            ),
        )

    def cancel_rental(self, booking: Booking) -> None:
        self._act(
            lambda cache: outbox.cancel_booking(cache, booking.id),
            lambda: self.tr(
                "The cancellation waits to be sent; {who} will be refunded in full."
            ).format(who=booking.renter_name or self.tr("the renter")),
        )

    def dismiss_refusals(self) -> None:
        keys = [i.key for i in self.view_data.rejections]

        def dismiss_all(cache: Cache) -> None:
            for key in keys:
                outbox.dismiss(cache, key)

        self.session.run_action(
            dismiss_all, on_done=lambda _r: self._say(""), on_error=self._failed, sync=False
        )
