"""Account & settings: how often the app looks for new data, and which
notifications it shows (one switch per kind, as declared in ui/settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wheelshare.ui.settings import NOTIFY, SYNC_INTERVAL_MINUTES, Settings
from wheelshare.ui.widgets.fields import FieldBlock


class UpdatesBox(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        layout = QVBoxLayout(self)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 240)
        self.interval.setValue(settings.get(SYNC_INTERVAL_MINUTES))
        self.interval.valueChanged.connect(
            lambda minutes: settings.set(SYNC_INTERVAL_MINUTES, int(minutes))
        )
        self.interval_block = FieldBlock("", self.interval, parent=self)
        layout.addWidget(self.interval_block)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.switches: dict[str, QCheckBox] = {}
        for kind, setting in NOTIFY.items():
            box = QCheckBox(self)
            box.setChecked(settings.get(setting))
            box.toggled.connect(lambda on, s=setting: settings.set(s, bool(on)))
            self.switches[kind] = box
            layout.addWidget(box)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Updates and notifications"))
        label = QCoreApplication.translate("Settings", SYNC_INTERVAL_MINUTES.label)
        self.interval.setAccessibleName(label)
        # The spin box's own text field is what takes the focus: it is named too.
        editor = self.interval.findChild(QLineEdit)
        if editor is not None:
            editor.setAccessibleName(label)
        self.interval_block.set_texts(
            label,
            self.tr(
                "Your bookings and requests arrive within seconds while the app is open; "
                "vehicles and venues are checked this often."
            ),
        )
        self.intro.setText(self.tr("Tell me when:"))
        for kind, box in self.switches.items():
            box.setText(QCoreApplication.translate("Settings", NOTIFY[kind].label))
