"""Help → About: what the app is, its version and licence, and whose data it shows.

A dialog rather than QMessageBox.about so the text scrolls at large text sizes,
can be selected and copied, and the data licences (GeoNames CC BY 4.0,
OpenStreetMap ODbL) have room to be stated in full.
"""

from __future__ import annotations

import re
from html import escape, unescape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wheelshare import __version__
from wheelshare.geo import GEONAMES, OPENSTREETMAP
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.text import keyboard_selectable

LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def about_html() -> str:
    """The dialog's text, translated; also what a screen reader gets to read."""
    parts = [
        "<h2>"
        + QCoreApplication.translate("About", "wheelshare {version}").format(
            version=escape(__version__)
        )
        + "</h2>",
        "<p>"
        + QCoreApplication.translate(
            "About",
            "Rent adapted vehicles from their owners, and find out how accessible "
            "venues really are, rated by wheelchair users.",
        )
        + "</p>",
        "<p>"
        + QCoreApplication.translate(
            "About",
            'Free software under the <a href="{url}">GNU General Public License</a>, '
            "version 3 or later.",
        ).format(url=LICENCE_URL)
        + "</p>",
        "<h3>" + QCoreApplication.translate("About", "Data") + "</h3>",
        "<p>"
        + QCoreApplication.translate(
            "About",
            "Offline place names: place names from GeoNames (geonames.org), "
            'licensed under <a href="{url}">CC BY 4.0</a>.',
        ).format(url=escape(GEONAMES.url, quote=True))
        + "</p>",
        "<p>"
        + QCoreApplication.translate(
            "About",
            "Venue accessibility and online place search: © "
            '<a href="{url}">OpenStreetMap contributors</a>, data available under '
            "the Open Database License (ODbL 1.0).",
        ).format(url=escape(OPENSTREETMAP.url, quote=True))
        + "</p>",
    ]
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("About", "About wheelshare"))
        self.setAccessibleName(QCoreApplication.translate("About", "About wheelshare"))

        self.text = QLabel(about_html())
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        # Selectable and focusable, so the text can be copied and the links reached by Tab.
        keyboard_selectable(self.text, links=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(QCoreApplication.translate("About", "About wheelshare"))
        self.text.setAccessibleDescription(unescape(re.sub(r"<[^>]+>", " ", self.text.text())))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.text)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(QCoreApplication.translate("About", "About wheelshare"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("About", "&Close"))
        close.setAccessibleName(QCoreApplication.translate("About", "Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)

        fit_to_screen(self)
        close.setDefault(True)
        close.setFocus()
