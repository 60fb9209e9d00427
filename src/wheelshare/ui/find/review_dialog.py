"""The review step before a request or an instant booking: the vehicle, the
dates, the price line by line and the cancellation policy, then *Confirm* or
*Back*.

*Back* is the default button, so Enter (or a second press of the key that
opened the dialog) never sends anything; confirming takes its own mnemonic.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wheelshare.domain import Period, Quote, Vehicle
from wheelshare.ui import formatting
from wheelshare.ui.find.detail_pane import unit_count
from wheelshare.ui.policy_words import policy_text
from wheelshare.ui.widgets.screen_fit import fit_to_screen, scrolling
from wheelshare.ui.widgets.text import SelectableText


def price_lines(q: Quote) -> list[str]:
    lines = [
        QCoreApplication.translate("BookingReview", "{count} at {price}: {total}").format(
            count=unit_count(line.unit, line.count),
            price=formatting.money(line.unit_price),
            total=formatting.money(line.total),
        )
        for line in q.lines
    ]
    lines.append(
        QCoreApplication.translate("BookingReview", "Total: {total}").format(
            total=formatting.money(q.total)
        )
    )
    return lines


class BookingReviewDialog(QDialog):
    """Asks once before ``vehicle`` is requested (or booked) for ``period``."""

    def __init__(
        self, vehicle: Vehicle, period: Period, quote: Quote | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        instant = vehicle.instant_book
        self.setWindowTitle(
            self.tr("Review your booking") if instant else self.tr("Review your request")
        )
        layout = QVBoxLayout(self)
        question = self.tr("Book “{title}”?") if instant else self.tr("Request “{title}”?")
        heading = QLabel(question.format(title=vehicle.title))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.heading = heading

        lines = [
            self.tr("Vehicle: {title}, {city}").format(
                title=vehicle.title, city=vehicle.location.city
            ),
            self.tr("Dates: {dates}").format(dates=formatting.period(period.start, period.end)),
        ]
        if vehicle.owner_name:
            lines.append(self.tr("Owner: {name}").format(name=vehicle.owner_name))
        if quote is not None:
            lines += price_lines(quote)
        lines.append(
            self.tr("It is booked at once, and you pay the total.")
            if instant
            else self.tr(
                "The owner accepts or declines your request; you pay only once it is accepted."
            )
        )
        lines.append(policy_text())
        self.summary = SelectableText("\n".join(lines))
        self.summary.setAccessibleName(self.tr("What you are about to send"))
        # Long at large text: the summary scrolls, the buttons stay on screen.
        layout.addWidget(scrolling(self.summary, self), 1)

        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Con&firm booking") if instant else self.tr("Con&firm and send request"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.back_button = buttons.addButton(
            self.tr("&Back to the vehicle"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter goes back; only a deliberate choice of Confirm sends.
        self.confirm_button.setAutoDefault(False)
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.summary.setFocus()
        fit_to_screen(self)
