"""A demo handover report: the start-of-rental report of one of the demo
renter's confirmed rentals, confirmed by both parties, with drawn photos from
each required position, so the handover screens have something to show."""

from __future__ import annotations

import io
import uuid

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import func, select

from wheelshare import demo
from wheelshare.domain import clock
from wheelshare.domain.handover import Moment, Position
from wheelshare.domain.wire import format_time
from wheelshare.feed import handover, photos
from wheelshare.feed.db import Database
from wheelshare.feed.models import BookingRow, HandoverReportRow, User
from wheelshare.feed.photo_images import Encoded, process
from wheelshare.feed.photo_storage import PhotoStorage

SIZE = (640, 480)

# (position, what the drawing shows, its description)
SHOTS: tuple[tuple[Position, str, str], ...] = (
    (Position.FRONT, "front", "The front of the van: bumper and headlights intact, no marks."),
    (Position.BACK, "back", "The back of the van with both rear doors shut; no dents."),
    (Position.LEFT, "side", "The left side: a small scratch above the rear wheel arch."),
    (Position.RIGHT, "side", "The right side, with the sliding door closed; clean."),
    (
        Position.RAMP_OR_LIFT,
        "ramp",
        "The rear ramp folded out onto the road: flat, hinges straight, no lip.",
    ),
)


def _drawing(kind: str, label: str) -> bytes:
    image = Image.new("RGB", SIZE, "#dfe7ec")
    d = ImageDraw.Draw(image)
    if kind == "front":
        d.rounded_rectangle((150, 110, 490, 400), radius=30, fill="#f2f2f2", outline="#333333")
        d.rectangle((190, 140, 450, 250), fill="#9ec1d9")  # the windscreen
        for x in (200, 440):
            d.ellipse((x - 30, 290, x + 30, 330), fill="#f6d32d")  # the headlights
    elif kind == "back":
        d.rounded_rectangle((150, 110, 490, 400), radius=20, fill="#f2f2f2", outline="#333333")
        d.line((320, 120, 320, 390), fill="#333333", width=4)  # the two doors
        for x in (170, 470):
            d.rectangle((x - 12, 300, x + 12, 340), fill="#c01c28")  # the lights
    elif kind == "side":
        d.rounded_rectangle((60, 150, 580, 360), radius=25, fill="#f2f2f2", outline="#333333")
        d.rectangle((90, 170, 200, 250), fill="#9ec1d9")
        for x in (160, 480):
            d.ellipse((x - 45, 320, x + 45, 410), fill="#222222")
    else:
        d.rectangle((120, 100, 520, 320), fill="#e8e8e8", outline="#333333", width=4)
        d.rectangle((150, 130, 490, 310), fill="#4a4a4a")
        d.polygon([(170, 310), (470, 310), (560, 430), (80, 430)], fill="#b0b7bd")
    font = ImageFont.load_default(size=30)
    d.rectangle((0, 0, SIZE[0], 52), fill="#1c1c1c")
    d.text((16, 10), f"Demo handover photo: {label}", fill="white", font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def seed_demo_handover(db: Database, storage: PhotoStorage) -> bool:
    """Once per feed (none when it has any handover report): answers whether
    the report was added."""
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(HandoverReportRow)):
            return False
        renter = s.scalar(select(User).where(User.email == demo.DEMO_RENTER_EMAIL))
        if renter is None:
            return False
        # The rental nearest to now, so its report is the one the app offers.
        now = clock.now()
        rentals = list(
            s.scalars(
                select(BookingRow).where(
                    BookingRow.renter_id == renter.id, BookingRow.status == "confirmed"
                )
            )
        )
        if not rentals:
            return False
        booking = min(rentals, key=lambda b: abs((b.start_at - now).total_seconds()))
        booking_id, owner_id, renter_id = booking.id, booking.owner_id, renter.id
    made: list[tuple[Position, str, dict[str, Encoded]]] = []
    for position, kind, description in SHOTS:
        variants = process(io.BytesIO(_drawing(kind, position.value)), max_pixels=SIZE[0] * SIZE[1])
        for encoded in variants.values():
            storage.put(encoded.digest, encoded.data)
        made.append((position, description, variants))
    with db.write() as s:
        rental = s.get(BookingRow, booking_id)
        assert rental is not None, "a demo booking is never removed"
        at = format_time(clock.now())
        row = HandoverReportRow(
            id=str(uuid.uuid4()),
            booking_id=booking_id,
            moment=Moment.START.value,
            data={
                "fuel_percent": 85,
                "odometer_km": 48_230,
                "notes": "Small scratch above the left rear wheel arch, already there.",
                "renter_confirmed_at": at,
                "owner_confirmed_at": at,
            },
            created_at=clock.now(),
            updated_at=clock.now(),
        )
        s.add(row)
        s.flush()
        for n, (position, description, variants) in enumerate(made):
            uploader = renter_id if n % 2 == 0 else owner_id
            upload = photos.Upload(photos.HANDOVER, row.id, description)
            photos.insert_photo(
                s,
                uploader,
                upload,
                description,
                None,
                variants,
                extra={"handover_position": position.value},
                publish=False,
            )
        handover.publish(s, row, rental)
    return True
