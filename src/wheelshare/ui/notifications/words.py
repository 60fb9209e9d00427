"""What a notice says, in the language of the moment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wheelshare.domain.message import FORMER_MEMBER
from wheelshare.notify.notices import Notice, NoticeKind


def _renter(notice: Notice) -> str:
    return notice.detail or QCoreApplication.translate("Notifications", "the renter")


def title(notice: Notice) -> str:
    vehicle = notice.subject or QCoreApplication.translate("Notifications", "a vehicle")
    kind = notice.kind
    if kind is NoticeKind.NEW_REQUEST:
        return QCoreApplication.translate("Notifications", "New request for {vehicle}").format(
            vehicle=vehicle
        )
    if kind is NoticeKind.ACCEPTED:
        return QCoreApplication.translate("Notifications", "Request accepted: {vehicle}").format(
            vehicle=vehicle
        )
    if kind is NoticeKind.DECLINED:
        return QCoreApplication.translate("Notifications", "Request declined: {vehicle}").format(
            vehicle=vehicle
        )
    if kind is NoticeKind.EXPIRED:
        return QCoreApplication.translate("Notifications", "Request expired: {vehicle}").format(
            vehicle=vehicle
        )
    if kind is NoticeKind.MESSAGE:
        if notice.subject == FORMER_MEMBER:
            # The author deleted their account (notify/notices.py).
            return QCoreApplication.translate("Notifications", "Message from a former member")
        return QCoreApplication.translate("Notifications", "Message from {author}").format(
            author=notice.subject or QCoreApplication.translate("Notifications", "a member")
        )
    if kind is NoticeKind.STARTS_TOMORROW:
        return QCoreApplication.translate("Notifications", "Tomorrow: {vehicle}").format(
            vehicle=vehicle
        )
    if kind is NoticeKind.RENTER_REVIEW_INVITE:
        return QCoreApplication.translate("Notifications", "How was {renter}?").format(
            renter=_renter(notice)
        )
    return QCoreApplication.translate("Notifications", "How was {vehicle}?").format(vehicle=vehicle)


def body(notice: Notice) -> str:
    kind = notice.kind
    if kind is NoticeKind.NEW_REQUEST:
        who = notice.detail or QCoreApplication.translate("Notifications", "A renter")
        return QCoreApplication.translate(
            "Notifications", "{renter} asks to rent it; answer before the request expires."
        ).format(renter=who)
    if kind is NoticeKind.ACCEPTED:
        return QCoreApplication.translate("Notifications", "The owner accepted your request.")
    if kind is NoticeKind.DECLINED:
        return QCoreApplication.translate("Notifications", "The owner declined your request.")
    if kind is NoticeKind.EXPIRED:
        return QCoreApplication.translate("Notifications", "The owner did not answer in time.")
    if kind is NoticeKind.MESSAGE:
        return notice.detail
    if kind is NoticeKind.STARTS_TOMORROW:
        return QCoreApplication.translate("Notifications", "Your booking starts tomorrow.")
    if kind is NoticeKind.RENTER_REVIEW_INVITE:
        return QCoreApplication.translate(
            "Notifications",
            "Review {renter}, who rented {vehicle}, for the owners of their next rentals.",
        ).format(
            renter=_renter(notice),
            vehicle=notice.subject or QCoreApplication.translate("Notifications", "a vehicle"),
        )
    return QCoreApplication.translate("Notifications", "Rate the vehicle for the next renters.")
