"""The *Home location* part of Account & settings: the place "Near me" searches around.

The place is chosen from the offline gazetteer as the person types (looked up
on the worker); only a place from the list can be saved, so the stored
location always has coordinates. It stays on this computer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Location
from wheelshare.ui import formatting
from wheelshare.ui.context import AppContext
from wheelshare.ui.position import PositionRequest
from wheelshare.ui.settings import HOME_LOCATION, USE_SYSTEM_POSITION, Settings
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.place_field import PlaceField
from wheelshare.ui.widgets.places import PlaceFinder
from wheelshare.ui.widgets.wrapping_check_box import WrappingCheckBox
from wheelshare.ui.worker import TaskHandle


def home_label(home: Location) -> str:
    return home.address or home.city or formatting.point_in_words(home.lat, home.lon)


class NearMeButton(QPushButton):
    """*Near me* on the search forms. With the person's leave (a setting, off by
    default) it asks the system where this computer is and emits
    ``position_chosen(Location)``; otherwise, or when the system cannot say, it
    emits ``home_chosen(Location)`` with the saved home. Off, and saying why,
    while neither can answer."""

    home_chosen = Signal(object)
    position_chosen = Signal(object)

    def __init__(self, settings: Settings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._asking: PositionRequest | None = None
        if settings is not None:
            settings.changed.connect(self._setting_changed)
        self.clicked.connect(self._press)
        self.retranslate()

    def home(self) -> Location | None:
        return self._settings.get(HOME_LOCATION) if self._settings is not None else None

    def _may_ask_system(self) -> bool:
        return self._settings is not None and bool(self._settings.get(USE_SYSTEM_POSITION))

    def retranslate(self) -> None:
        self.setText(self.tr("Near &me"))
        self.setAccessibleName(self.tr("Near me"))
        home = self.home()
        self.setEnabled(home is not None or self._may_ask_system())
        if self._may_ask_system():
            why = self.tr("Search around where this computer is, as the system says.")
        elif home is None:
            why = self.tr(
                "No home location is saved yet. Set one in Account & settings to use this."
            )
        else:
            why = self.tr("Search around your home location, {place}.").format(
                place=home_label(home)
            )
        self.setToolTip(why)
        self.setAccessibleDescription(why)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _setting_changed(self, key: str) -> None:
        if key in (HOME_LOCATION.key, USE_SYSTEM_POSITION.key):
            self.retranslate()

    def _press(self) -> None:
        if not self._may_ask_system():
            self._use_home()
            return
        if self._asking is not None:
            return  # a request already runs
        self._asking = PositionRequest(self)
        self._asking.found.connect(self._found)
        self._asking.unavailable.connect(self._use_home)

    def _found(self, lat: float, lon: float) -> None:
        self._asking = None
        self.position_chosen.emit(Location(lat, lon, city=self.tr("where you are")))

    def _use_home(self) -> None:
        self._asking = None
        home = self.home()
        if home is not None:
            self.home_chosen.emit(home)


def _label(loc: Location) -> str:
    return str(loc.address or loc.city)


class HomeLocationBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: TaskHandle[Any] | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.edit = PlaceField(None, self, label_of=_label)
        self.edit.setClearButtonEnabled(True)
        self.label = QLabel(self)
        self.label.setBuddy(self.edit)
        self.completer = self.edit.place_completer
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self._complete)
        self.edit.textEdited.connect(lambda _t: self._typing.start())
        self.edit.returnPressed.connect(self.save)

        row = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.forget_button = QPushButton(self)
        self.forget_button.clicked.connect(self.forget)
        say_why_greyed(self.forget_button, lambda: self.tr("No home place is saved."))
        row.addWidget(self.save_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice)
        self.use_position = WrappingCheckBox("", self)
        self.use_position.setObjectName("useSystemPosition")
        self.use_position.setChecked(bool(ctx.settings.get(USE_SYSTEM_POSITION)))
        self.use_position.toggled.connect(
            lambda on: ctx.settings.set(USE_SYSTEM_POSITION, bool(on))
        )
        layout.addWidget(self.use_position)

        home = ctx.settings.get(HOME_LOCATION)
        if home is not None:
            self.edit.set_place(home, home_label(home))
        self.forget_button.setEnabled(home is not None)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language now in use; the place typed stays, a
        message already said is cleared (it was in the old language)."""
        self.setTitle(self.tr("Home location"))
        self.intro.setText(
            self.tr(
                "“Near me” on Find a vehicle and Venues searches around this place. "
                "It stays on this computer."
            )
        )
        self.edit.setPlaceholderText(self.tr("A town or city, e.g. Lyon"))
        self.edit.setAccessibleName(self.tr("Home location"))
        self.label.setText(self.tr("Home location"))
        self.save_button.setText(self.tr("Save as h&ome"))
        self.forget_button.setText(self.tr("C&lear home"))
        self.notice.setAccessibleName(self.tr("Home location"))
        self.use_position.setText(QCoreApplication.translate("Settings", USE_SYSTEM_POSITION.label))
        self.use_position.setAccessibleDescription(
            self.tr(
                "When on, “Near me” asks the system where this computer is, and uses "
                "the home location when it cannot say."
            )
        )
        self._say("")

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)

    def _complete(self) -> None:
        prefix = self.edit.text().strip()
        if len(prefix) < 2:
            return
        if self._task is not None:
            self._task.cancel()
        finder = PlaceFinder.shared(self.ctx.data_dir, self.ctx.worker)
        if not finder.is_ready:
            # Opened on first use: complete once it is there.
            finder.ready.connect(self._complete, Qt.ConnectionType.SingleShotConnection)
            return

        def lookup(_task: Any) -> list[Location]:
            return finder.lookup(prefix, 10)

        self._task = self.ctx.worker.submit(
            lookup, on_done=self.set_choices, on_error=lambda _e: None, name="home places"
        )

    def set_choices(self, places: list[Location]) -> None:
        self.edit.set_choices(places)

    def save(self) -> None:
        text = self.edit.text().strip()
        home = self.edit.place() if text else None
        if home is None:
            self._say(
                self.tr("Not saved: choose a place from the list as you type.")
                if text
                else self.tr("Not saved: type a town or city first.")
            )
            return
        self.ctx.settings.set(HOME_LOCATION, home)
        self.edit.setText(_label(home))
        self.forget_button.setEnabled(True)
        self._say(
            self.tr("Saved. “Near me” now searches around {place}.").format(place=_label(home))
        )

    def forget(self) -> None:
        self.ctx.settings.reset(HOME_LOCATION)
        self.edit.clear()
        self.forget_button.setEnabled(False)
        self._say(self.tr("Forgotten: “Near me” is off until you save a home location."))
