"""*Trips*: travel companions. Post a trip (I need help) or an offer (I can
help), see who goes the same way, offer help, accept or decline it, cancel
with a reason, rate after the trip."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Location, ValidationError
from wheelshare.domain.companion_wire import shared_size
from wheelshare.domain.companions import (
    CancelReason,
    CompanionshipStatus,
    Help,
    Journey,
    PostStatus,
    TravelMode,
    TripPlace,
    compensation,
)
from wheelshare.sync import actions
from wheelshare.ui import announce, formatting
from wheelshare.ui.context import AppContext
from wheelshare.ui.page import Page
from wheelshare.ui.problems import describe
from wheelshare.ui.settings import WHEELCHAIR_PROFILE
from wheelshare.ui.trips import words
from wheelshare.ui.trips.entries import MineEntry, TripsData
from wheelshare.ui.trips.models import MatchesModel, MineModel, route
from wheelshare.ui.widgets.date_range import DateRangeEdit
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.place_field import PlaceField
from wheelshare.ui.widgets.places import PlaceFinder
from wheelshare.ui.widgets.scrolling_form import scrolling_body
from wheelshare.ui.widgets.tables import make_table, select_row
from wheelshare.ui.widgets.text import SelectableText
from wheelshare.ui.widgets.wrapping_check_box import WrappingCheckBox

if TYPE_CHECKING:
    from wheelshare.cache import Cache
    from wheelshare.cache.companions import PostMatch


def _name(loc: Location) -> str:
    return loc.city


class TripsPage(Page):
    # Each question as it opens, for tests.
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._finder = PlaceFinder.shared(ctx.data_dir, ctx.worker)
        self._journey: Journey | None = None
        self._looking_for = "offers"

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        _body, layout = scrolling_body(self, outer)
        self.heading = Heading()
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        # -- the journey --------------------------------------------------
        self.journey_box = QGroupBox()
        form = QFormLayout(self.journey_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.origin = PlaceField(self._lookup, label_of=_name)
        self.origin.setObjectName("tripOrigin")
        self.origin_label = QLabel()
        self.origin_label.setBuddy(self.origin)
        form.addRow(self.origin_label, self.origin)
        self.destination = PlaceField(self._lookup, label_of=_name)
        self.destination.setObjectName("tripDestination")
        self.destination_label = QLabel()
        self.destination_label.setBuddy(self.destination)
        form.addRow(self.destination_label, self.destination)
        self.departure = DateRangeEdit()
        self.departure.add_to(form)
        self.mode = QComboBox()
        self.mode_label = QLabel()
        self.mode_label.setBuddy(self.mode)
        form.addRow(self.mode_label, self.mode)
        self.help_box = QGroupBox()
        help_layout = QVBoxLayout(self.help_box)
        self.help_checks: dict[Help, QCheckBox] = {}
        for h in Help:
            check = QCheckBox()
            self.help_checks[h] = check
            help_layout.addWidget(check)
        form.addRow(self.help_box)
        # Off until the traveller asks: a wheelchair's size says much about its
        # user, so it goes only to the companion they accept (the feed holds it
        # back until then).
        self.share_size = WrappingCheckBox()
        self.share_size.setObjectName("shareWheelchairSize")
        form.addRow(self.share_size)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, self.note)
        self.form_problem = QLabel()
        self.form_problem.setWordWrap(True)
        self.form_problem.setObjectName("tripFormProblem")
        form.addRow(self.form_problem)
        layout.addWidget(self.journey_box)

        row = QWidget()
        row.setSizePolicy(flow_policy())
        buttons = FlowLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.find_companions = QPushButton()
        self.find_companions.setObjectName("findCompanions")
        self.find_companions.clicked.connect(lambda: self.look_for("offers"))
        self.find_travellers = QPushButton()
        self.find_travellers.setObjectName("findTravellers")
        self.find_travellers.clicked.connect(lambda: self.look_for("trips"))
        self.post_trip_button = QPushButton()
        self.post_trip_button.setObjectName("postTrip")
        self.post_trip_button.clicked.connect(lambda: self.post(trip=True))
        self.post_offer_button = QPushButton()
        self.post_offer_button.setObjectName("postOffer")
        self.post_offer_button.clicked.connect(lambda: self.post(trip=False))
        for b in (
            self.find_companions,
            self.find_travellers,
            self.post_trip_button,
            self.post_offer_button,
        ):
            buttons.addWidget(b)
        layout.addWidget(row)

        # -- matches ------------------------------------------------------
        self.matches_heading = Heading(scale=DETAIL, object_name="sectionHeading")
        layout.addWidget(self.matches_heading)
        self.matches_summary = QLabel()
        self.matches_summary.setWordWrap(True)
        self.matches_summary.setObjectName("matchesSummary")
        layout.addWidget(self.matches_summary)
        self.matches_model = MatchesModel(self)
        self.matches = make_table(self.matches_model, "", None, sort="none", stretch=3)
        self.matches.setObjectName("matchesTable")
        self.matches.setMinimumHeight(160)
        layout.addWidget(self.matches)
        self.offer_help_button = QPushButton()
        self.offer_help_button.setObjectName("offerHelp")
        self.offer_help_button.clicked.connect(self.offer_help)
        layout.addWidget(self.offer_help_button)

        # -- my trips -----------------------------------------------------
        self.mine_heading = Heading(scale=DETAIL, object_name="sectionHeading")
        layout.addWidget(self.mine_heading)
        self.mine_summary = QLabel()
        self.mine_summary.setWordWrap(True)
        self.mine_summary.setObjectName("mineSummary")
        layout.addWidget(self.mine_summary)
        self.mine_model = MineModel(self)
        self.mine = make_table(self.mine_model, "", None, sort="none", stretch=0)
        self.mine.setObjectName("mineTable")
        self.mine.setMinimumHeight(160)
        layout.addWidget(self.mine)
        self.detail = SelectableText()
        self.detail.setObjectName("tripDetail")
        layout.addWidget(self.detail)

        answer = QGroupBox()
        self.answer_box = answer
        answer_form = QFormLayout(answer)
        answer_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.meeting_point = QLineEdit()
        self.meeting_point.setObjectName("meetingPoint")
        self.meeting_point.setMaxLength(300)
        self.meeting_label = QLabel()
        self.meeting_label.setBuddy(self.meeting_point)
        answer_form.addRow(self.meeting_label, self.meeting_point)
        self.reason = QComboBox()
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        answer_form.addRow(self.reason_label, self.reason)
        self.stars = QSpinBox()
        self.stars.setRange(1, 5)
        self.stars.setValue(5)
        self.stars.setObjectName("stars")
        self.stars_label = QLabel()
        self.stars_label.setBuddy(self.stars)
        answer_form.addRow(self.stars_label, self.stars)
        layout.addWidget(answer)

        row2 = QWidget()
        row2.setSizePolicy(flow_policy())
        buttons2 = FlowLayout(row2)
        buttons2.setContentsMargins(0, 0, 0, 0)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptHelp")
        self.accept_button.clicked.connect(self.accept_selected)
        self.decline_button = QPushButton()
        self.decline_button.clicked.connect(self.decline_selected)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.rate_button = QPushButton()
        self.rate_button.setObjectName("rateCompanion")
        self.rate_button.clicked.connect(self.rate_selected)
        for b in (self.accept_button, self.decline_button, self.cancel_button, self.rate_button):
            buttons2.addWidget(b)
        layout.addWidget(row2)
        # Each greyed button says why, and what to do first.
        say_why_greyed(self.offer_help_button, self._why_no_offer)
        say_why_greyed(self.accept_button, self._why_no_answer)
        say_why_greyed(self.decline_button, self._why_no_answer)
        say_why_greyed(self.cancel_button, self._why_no_cancel)
        say_why_greyed(self.rate_button, self._why_no_rating)
        layout.addStretch(1)

        self.departure.changed.connect(lambda _s, _e: self._update_compensation())
        self.origin.editingFinished.connect(self._update_compensation)
        self.destination.editingFinished.connect(self._update_compensation)
        self.mode.currentIndexChanged.connect(lambda _i: self._update_compensation())
        self.matches.selectionModel().selectionChanged.connect(self._match_selected)
        self.mine.selectionModel().selectionChanged.connect(self._mine_selected)
        ctx.session.data_changed.connect(self.refresh)
        self._set_texts()
        self._mine_selected(QItemSelection(), QItemSelection())
        self._match_selected(QItemSelection(), QItemSelection())
        self.refresh()

    # -- texts ---------------------------------------------------------------

    def retranslate(self) -> None:
        self._set_texts()
        if self.session.cache is None:
            self.refresh()  # says the data is not ready yet, in the new language
        self.matches_model.retranslate()
        self.mine_model.retranslate()
        self._mine_selected(QItemSelection(), QItemSelection())

    def _set_texts(self) -> None:
        self.heading.setText(self.tr("Trips"))
        self.intro.setText(
            self.tr(
                "Travelling by train, coach or bus and need a hand at the station? Post a "
                "trip. Going somewhere anyway and happy to help? Post an offer. The "
                "compensation is worked out by a fixed rule and paid between you, never "
                "through wheelshare."
            )
        )
        self.journey_box.setTitle(self.tr("Your journey"))
        self.origin_label.setText(self.tr("Fr&om (station or town)"))
        self.destination_label.setText(self.tr("&To (station or town)"))
        self.origin.setAccessibleName(self.tr("From"))
        self.destination.setAccessibleName(self.tr("To"))
        self.departure.start_field.set_texts(self.tr("&Leave after"))
        self.departure.end_field.set_texts(self.tr("Leave &before"))
        self.mode_label.setText(self.tr("&Mode"))
        current = self.mode.currentIndex()
        self.mode.clear()
        for mode, label in words.MODES.items():
            self.mode.addItem(QCoreApplication.translate("Trips", label), mode.value)
        self.mode.setCurrentIndex(max(current, 0))
        self.help_box.setTitle(self.tr("Help needed (for a trip)"))
        for h, check in self.help_checks.items():
            check.setText(QCoreApplication.translate("Trips", words.HELP[h]))
        self.share_size.setText(self.tr("Share my wheelchair's si&ze with my companion"))
        self.share_size.setAccessibleDescription(
            self.tr(
                "Its width, length, seated height and weight, as saved in Account & "
                "settings. Only the companion you accept sees them, once you accept."
            )
        )
        self.note_label.setText(self.tr("&Note for the person who helps"))
        # Who reads it is said because a note may name a disability or a home:
        # the feed gives a journey's note only to the companion accepted.
        self.note.setAccessibleDescription(
            self.tr(
                "On a journey you post, only the companion you accept sees it, once "
                "you accept. On an offer of help, the traveller sees it."
            )
        )
        self.note.setToolTip(self.note.accessibleDescription())
        self.find_companions.setText(self.tr("Find &companions"))
        self.find_travellers.setText(self.tr("Find tra&vellers to help"))
        self.post_trip_button.setText(self.tr("Post my &journey…"))
        self.post_offer_button.setText(self.tr("Post my offer to h&elp…"))
        self.matches_heading.setText(self.tr("Going the same way"))
        self.matches.setAccessibleName(self.tr("Matches, best first"))
        self.offer_help_button.setText(self.tr("Offer to help on this tr&ip…"))
        self.mine_heading.setText(self.tr("My trips"))
        self.mine.setAccessibleName(self.tr("My trips, offers and companionships"))
        self.detail.setAccessibleName(self.tr("Selected trip"))
        self.answer_box.setTitle(self.tr("Answer, cancel or rate"))
        self.meeting_label.setText(self.tr("Meeting &point"))
        self.reason_label.setText(self.tr("Reason if yo&u cancel"))
        self.reason.setAccessibleName(self.tr("Reason if you cancel"))
        current = self.reason.currentIndex()
        self.reason.clear()
        for reason, label in words.REASONS.items():
            self.reason.addItem(QCoreApplication.translate("Trips", label), reason.value)
        self.reason.setCurrentIndex(max(current, 0))
        self.stars_label.setText(self.tr("Stars (1 to &5)"))
        self.accept_button.setText(self.tr("&Accept this help…"))
        self.decline_button.setText(self.tr("Decline, than&ks"))
        self.cancel_button.setText(self.tr("&Withdraw or cancel…"))
        self.rate_button.setText(self.tr("&Send my stars"))
        self._update_compensation()

    def initial_focus(self) -> QWidget:
        return self.origin

    # -- places and the journey ----------------------------------------------

    def _lookup(self, text: str) -> list[Location]:
        return self._finder.lookup(text)

    def _place(self, field: PlaceField, name: str) -> TripPlace:
        loc = field.place()
        if loc is None:
            raise ValidationError(name, "choose a place from the list", "unknown_place")
        kind = self._finder.kind_of(loc)
        if kind not in ("city", "station", "airport"):
            raise ValidationError(name, "choose a station or a town", "unknown_place")
        return TripPlace(loc.city, loc.lat, loc.lon, kind, loc.city)

    def journey(self) -> Journey:
        """The journey in the form; raises ValidationError naming the field."""
        origin = self._place(self.origin, "origin")
        destination = self._place(self.destination, "destination")
        mode = TravelMode(self.mode.currentData())
        start = self.departure.start().astimezone(UTC)
        end = self.departure.end().astimezone(UTC)
        return Journey(origin, destination, start, end, mode)

    def _update_compensation(self) -> None:
        try:
            j = self.journey()
        except (ValidationError, ValueError):
            self.post_trip_button.setToolTip("")
            return
        money = compensation(j.mode, j.origin, j.destination)
        self.post_trip_button.setToolTip(
            self.tr("Compensation offered: {amount}").format(amount=formatting.money(money))
        )

    def _problem(self, error: BaseException) -> None:
        text = describe(error)
        self.form_problem.setText(text)
        announce.announce(self.form_problem, text)

    # -- matches --------------------------------------------------------------

    def look_for(self, among: str) -> None:
        try:
            journey = self.journey()
        except ValidationError as e:
            self._problem(e)
            return
        self.form_problem.setText("")
        self._journey = journey
        self._looking_for = among
        self.matches_model.mine_origin = journey.origin.name
        self.matches_model.mine_destination = journey.destination.name

        def load(cache: Cache) -> list[PostMatch]:
            from wheelshare.ui.trips import data

            return data.matches(cache, journey, among)

        self.session.query(load, self._found, self._problem)

    def _found(self, found: list[PostMatch]) -> None:
        self.matches_model.set_rows(found)
        if not found:
            text = self.tr("Nobody is going the same way yet. Post yours so others find you.")
        elif self._looking_for == "offers":
            text = self.tr("{n} companions going the same way, best first.").format(n=len(found))
        else:
            text = self.tr("{n} travellers you could help, best first.").format(n=len(found))
        self.matches_summary.setText(text)
        announce.announce(self.matches_summary, text)
        self._match_selected(QItemSelection(), QItemSelection())

    def _selected_match(self) -> PostMatch | None:
        rows = self.matches.selectionModel().selectedRows()
        return self.matches_model.row_object(rows[0].row()) if rows else None

    def _match_selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        m = self._selected_match()
        self.offer_help_button.setEnabled(m is not None and m.post.compensation is not None)

    # -- writing ----------------------------------------------------------------

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        """The review step before anything is sent, like a booking's."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        self.dialog_opened.emit(box)
        box.exec()
        return box.clickedButton() is go

    def _send(self, action: actions.Action, done: str) -> None:
        def sent(_result: object) -> None:
            self.mine_summary.setText(done)
            announce.announce(self.mine_summary, done)

        self.session.run_action(
            lambda cache: _queue(cache, action), on_done=sent, on_error=self._problem
        )

    def post(self, *, trip: bool) -> None:
        try:
            journey = self.journey()
            needs = frozenset(h for h, c in self.help_checks.items() if c.isChecked())
            sharing = trip and self.share_size.isChecked()
            chair = self.ctx.settings.get(WHEELCHAIR_PROFILE) if sharing else None
            if sharing and chair is None:
                said = self.tr(
                    "To share your wheelchair's size, enter its measurements in "
                    "Account & settings first, or untick the box."
                )
                self.form_problem.setText(said)
                announce.announce(self.form_problem, said)
                self.share_size.setFocus()
                return
            size = shared_size(chair) if chair is not None else None
            action = (
                actions.post_trip(journey, needs, self.note.text(), size)
                if trip
                else actions.post_companion_offer(journey, self.note.text())
            )
        except ValidationError as e:
            self._problem(e)  # what the person typed stays in the form
            return
        self.form_problem.setText("")
        when = formatting.period(journey.leaves_from, journey.leaves_until)
        what = f"{journey.origin.name} → {journey.destination.name}, {when}"
        if trip:
            money = formatting.money(
                compensation(journey.mode, journey.origin, journey.destination)
            )
            text = self.tr(
                "Post your trip {what}? Others see the stations, the times and the help "
                "you need, never your name. Compensation offered: {money}."
            ).format(what=what, money=money)
            if size is not None:
                text += " " + self.tr(
                    "Your wheelchair's size goes only to the companion you accept."
                )
            ok = self._confirm(self.tr("Post the trip?"), text, self.tr("&Post the trip"))
        else:
            text = self.tr(
                "Post your offer to help on {what}? Others see your display name, the "
                "stations and the times."
            ).format(what=what)
            ok = self._confirm(self.tr("Post the offer?"), text, self.tr("&Post the offer"))
        if ok:
            self._send(action, self.tr("Posted; it goes to the feed with the next sync."))

    def offer_help(self) -> None:
        m = self._selected_match()
        if m is None or m.post.compensation is None:
            return
        text = self.tr(
            "Offer to help on the trip {route}? The traveller sees your display name "
            "and decides; the meeting point comes with their answer."
        ).format(route=route(m.post))
        if self._confirm(self.tr("Offer help?"), text, self.tr("&Offer help")):
            self._send(actions.offer_help(m.post.id, note=self.note.text()), self.tr("Offer sent."))

    # -- why a button is greyed ----------------------------------------------

    def _why_no_offer(self) -> str:
        if self._selected_match() is None:
            return self.tr("Choose a traveller's trip in the list of matches first.")
        return self.tr("This is another companion's offer: help is offered on travellers' trips.")

    def _why_no_answer(self) -> str:
        if self.selected_mine() is None:
            return self.tr("Choose an offer of help on one of your trips first.")
        return self.tr("Only an offer of help on your own trip, still waiting, can be answered.")

    def _why_no_cancel(self) -> str:
        if self.selected_mine() is None:
            return self.tr("Choose one of your trips, offers or companionships first.")
        return self.tr("This one is over or already cancelled.")

    def _why_no_rating(self) -> str:
        e = self.selected_mine()
        c = e.companionship if e is not None else None
        if c is None:
            return self.tr("Choose a companionship in your trips first.")
        if c.status is not CompanionshipStatus.DONE:
            return self.tr("You can rate your companion once the trip has taken place.")
        return self.tr("You have rated this companionship already.")

    # -- my trips -------------------------------------------------------------

    def selected_mine(self) -> MineEntry | None:
        rows = self.mine.selectionModel().selectedRows()
        return self.mine_model.row_object(rows[0].row()) if rows else None

    def _mine_selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        e = self.selected_mine()
        c = e.companionship if e is not None else None
        offered = c is not None and c.status is CompanionshipStatus.OFFERED
        self.accept_button.setEnabled(bool(e and e.as_traveller and offered))
        self.decline_button.setEnabled(bool(e and e.as_traveller and offered))
        live = c is not None and c.status in (
            CompanionshipStatus.OFFERED,
            CompanionshipStatus.CONFIRMED,
        )
        open_post = e is not None and e.post is not None and e.post.status is PostStatus.OPEN
        self.cancel_button.setEnabled(live or open_post)
        mine_rated = c is not None and (
            c.rated_by_traveller if e is not None and e.as_traveller else c.rated_by_companion
        )
        done = c is not None and c.status is CompanionshipStatus.DONE
        self.rate_button.setEnabled(done and not mine_rated)
        self.detail.setText(self._describe(e) if e is not None else "")

    def _describe(self, e: MineEntry) -> str:
        c = e.companionship
        lines: list[str] = []
        if c is None:
            assert e.post is not None
            lines.append(route(e.post))
            if e.post.compensation is not None:
                lines.append(
                    self.tr("Compensation offered: {amount}").format(
                        amount=formatting.money(e.post.compensation)
                    )
                )
            if e.post.note:
                lines.append(self.tr("Note: {note}").format(note=e.post.note))
            return "\n".join(lines)
        lines.append(route(c.trip))
        if c.meeting_point:
            lines.append(self.tr("Meeting point: {place}").format(place=c.meeting_point))
        other = c.companion_contact if e.as_traveller else c.traveller_contact
        if other:
            lines.append(self.tr("Contact: {contact}").format(contact=other))
        # Each sees the other's note: the companion the traveller's once accepted.
        their_note = c.note if e.as_traveller else c.trip_note
        if their_note:
            lines.append(self.tr("Their note: {note}").format(note=their_note))
        if c.profile and not e.as_traveller:
            lines.append(self._wheelchair(c.profile))
        if c.cancel_reason is not None:
            lines.append(
                self.tr("Cancelled: {reason}").format(
                    reason=QCoreApplication.translate("Trips", words.REASONS[c.cancel_reason])
                )
            )
        for r in e.ratings:
            lines.append(
                self.tr("{name} gave {stars} / 5").format(name=r.author_name, stars=r.stars)
            )
        return "\n".join(lines)

    def _wheelchair(self, size: Mapping[str, int]) -> str:
        """The traveller's shared wheelchair, for their companion."""
        loc = formatting.locale()
        parts = {
            "width_cm": self.tr("{n} cm wide"),
            "length_cm": self.tr("{n} cm long"),
            "seated_height_cm": self.tr("{n} cm high with its user seated"),
            "weight_with_occupant_kg": self.tr("{n} kg with its user"),
        }
        said = [text.format(n=loc.toString(size[k])) for k, text in parts.items() if k in size]
        return self.tr("Their wheelchair: {size}").format(size=", ".join(said))

    def accept_selected(self) -> None:
        e = self.selected_mine()
        if e is None or e.companionship is None:
            return
        try:
            action = actions.accept_help(e.companionship.id, self.meeting_point.text())
        except ValidationError as err:
            self._problem(err)
            self.meeting_point.setFocus()
            return
        text = self.tr(
            "Accept {name}'s help on {route}? They will see the meeting point: {place}."
        ).format(
            name=e.companionship.companion_name,
            route=route(e.companionship.trip),
            place=self.meeting_point.text().strip(),
        )
        if self._confirm(self.tr("Accept the help?"), text, self.tr("&Accept")):
            self._send(action, self.tr("Accepted; your companion is told at the next sync."))

    def decline_selected(self) -> None:
        e = self.selected_mine()
        if e is not None and e.companionship is not None:
            self._send(actions.decline_help(e.companionship.id), self.tr("Declined."))

    def cancel_selected(self) -> None:
        e = self.selected_mine()
        if e is None:
            return
        reason = CancelReason(self.reason.currentData())
        words_reason = QCoreApplication.translate("Trips", words.REASONS[reason])
        text = self.tr("Cancel, giving the reason “{reason}”? The other person sees it.").format(
            reason=words_reason
        )
        if not self._confirm(self.tr("Cancel?"), text, self.tr("Ca&ncel it")):
            return
        if e.companionship is not None:
            action = actions.cancel_companionship(e.companionship.id, reason)
        else:
            assert e.post is not None
            action = actions.cancel_post(e.post.id, reason, trip=e.as_traveller)
        self._send(action, self.tr("Cancelled."))

    def rate_selected(self) -> None:
        e = self.selected_mine()
        if e is None or e.companionship is None:
            return
        self._send(
            actions.rate_companion(e.companionship.id, self.stars.value()),
            self.tr("Rated; the other person sees it once they have rated too, or in 14 days."),
        )

    # -- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        user_id = self.session.state.user_id

        def load(cache: Cache) -> TripsData:
            from wheelshare.ui.trips import data

            return data.load(cache, user_id)

        self.session.query(load, self._loaded, self._not_loaded)

    def _not_loaded(self, error: BaseException) -> None:
        self.mine_summary.setText(describe(error))

    def _loaded(self, data: TripsData) -> None:
        kept = self.selected_mine()
        self.mine_model.set_rows(data.mine)
        if not data.mine:
            text = self.tr("You have no trips or offers yet.")
        else:
            text = self.tr("{n} trips, offers and companionships.").format(n=len(data.mine))
        if data.waiting:
            text += " " + self.tr("{n} waiting to be sent.").format(n=data.waiting)
        self.mine_summary.setText(text)
        if kept is not None:
            for i, row in enumerate(self.mine_model.rows()):
                if row.key == kept.key:
                    select_row(self.mine, i)
        self._mine_selected(QItemSelection(), QItemSelection())


def _queue(cache: Cache, action: actions.Action) -> None:
    from wheelshare.ui.trips import data

    data.send(cache, action)
