"""Photos for the demo set: drawn on the spot (shapes and a few words), each
with its description, so the galleries have something to show without a
download. Small pictures, made once per feed: a few dozen milliseconds each."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import func, select

from wheelshare import demo
from wheelshare.feed import photos
from wheelshare.feed.db import Database
from wheelshare.feed.models import PhotoRow, User, VehicleRow, VenueRow
from wheelshare.feed.photo_images import process
from wheelshare.feed.photo_storage import PhotoStorage

SIZE = (640, 480)
Drawing = Callable[[ImageDraw.ImageDraw], None]


def _ramp(d: ImageDraw.ImageDraw) -> None:
    d.rectangle((120, 120, 520, 330), fill="#e8e8e8", outline="#333333", width=4)  # the van
    d.rectangle((150, 150, 490, 320), fill="#4a4a4a")  # the open rear door
    d.polygon([(170, 320), (470, 320), (560, 430), (80, 430)], fill="#b0b7bd")  # the ramp
    for x in (180, 460):
        d.ellipse((x - 40, 300, x + 40, 380), fill="#222222")


def _space(d: ImageDraw.ImageDraw) -> None:
    d.rectangle((60, 80, 580, 420), fill="#d9d2c5", outline="#555555", width=4)  # the floor
    d.rectangle((230, 150, 410, 360), outline="#1a5fb4", width=6)  # the chair's place
    for x, y in ((230, 150), (410, 150), (230, 360), (410, 360)):
        d.ellipse((x - 14, y - 14, x + 14, y + 14), fill="#c01c28")  # the clamps


def _seat(d: ImageDraw.ImageDraw) -> None:
    d.rectangle((60, 60, 580, 420), fill="#cfd8dc")
    d.rounded_rectangle((250, 120, 400, 360), radius=30, fill="#37474f")  # the seat
    d.arc((150, 200, 500, 520), start=200, end=300, fill="#e66100", width=8)  # its swing


def _entrance(d: ImageDraw.ImageDraw) -> None:
    d.rectangle((0, 0, 640, 480), fill="#efe6d8")
    d.rectangle((240, 100, 400, 400), fill="#8f6a48", outline="#3d2b1f", width=5)  # the door
    d.rectangle((180, 400, 460, 420), fill="#9a9996")  # the level threshold


def _toilet(d: ImageDraw.ImageDraw) -> None:
    d.rectangle((0, 0, 640, 480), fill="#f6f5f4")
    d.ellipse((260, 230, 380, 330), fill="#ffffff", outline="#77767b", width=4)
    for x in (200, 440):
        d.line((x, 180, x, 320), fill="#77767b", width=10)  # the grab rails


VEHICLE_PHOTOS: tuple[tuple[str, Drawing, str], ...] = (
    (
        "Rear ramp",
        _ramp,
        "The rear ramp folded down from the open back door onto the road, "
        "with a gentle slope and no lip at the bottom.",
    ),
    (
        "Wheelchair space",
        _space,
        "Inside, seen from above: the space for one wheelchair behind the front seats, "
        "with four floor clamps at its corners.",
    ),
    (
        "Swivel seat",
        _seat,
        "The front passenger seat, which turns out towards the door for a transfer.",
    ),
)
VENUE_PHOTOS: tuple[tuple[str, Drawing, str, str], ...] = (
    (
        "Entrance",
        _entrance,
        "The entrance: a wide wooden door at street level, with a flat threshold.",
        "entrance",
    ),
    (
        "Toilet",
        _toilet,
        "The accessible toilet, with a grab rail on each side.",
        "toilet",
    ),
)


def _picture(label: str, draw: Drawing) -> bytes:
    image = Image.new("RGB", SIZE, "white")
    d = ImageDraw.Draw(image)
    draw(d)
    font = ImageFont.load_default(size=30)
    d.rectangle((0, 0, SIZE[0], 52), fill="#1c1c1c")
    d.text((16, 10), f"Demo photo: {label}", fill="white", font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def seed_demo_photos(
    db: Database, storage: PhotoStorage, *, vehicles: int = 8, venues: int = 8
) -> int:
    """Photos of the demo owner's first vehicles and of the first venues, once
    (a feed that has any photo gets none); answers how many were added."""
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(PhotoRow)):
            return 0
        owner = s.scalar(select(User).where(User.email == demo.DEMO_OWNER_EMAIL))
        reviewer = s.scalar(select(User).where(User.email == demo.DEMO_RENTER_EMAIL))
        if owner is None or reviewer is None:
            return 0
        owner_id, reviewer_id = owner.id, reviewer.id
        vehicle_ids = list(
            s.scalars(
                select(VehicleRow.id)
                .where(VehicleRow.owner_id == owner_id)
                .order_by(VehicleRow.id)
                .limit(vehicles)
            )
        )
        venue_ids = list(
            s.scalars(
                select(VenueRow.id)
                .where(VenueRow.retired.is_(False))
                .order_by(VenueRow.id)
                .limit(venues)
            )
        )
    drawings = [(v[0], v[1]) for v in VEHICLE_PHOTOS] + [(v[0], v[1]) for v in VENUE_PHOTOS]
    made = {}
    for label, draw in drawings:
        made[label] = process(io.BytesIO(_picture(label, draw)), max_pixels=SIZE[0] * SIZE[1])
        for encoded in made[label].values():
            storage.put(encoded.digest, encoded.data)
    added = 0
    with db.write() as s:
        for n, vehicle_id in enumerate(vehicle_ids):
            # Two or three photos each, the ramp first.
            for label, _draw, description in VEHICLE_PHOTOS[: 2 + n % 2]:
                upload = photos.Upload("vehicle", vehicle_id, description)
                photos.insert_photo(s, owner_id, upload, description, None, made[label])
                added += 1
        for venue_id in venue_ids:
            for label, _draw, description, criterion in VENUE_PHOTOS:
                upload = photos.Upload("venue", venue_id, description, criterion)
                photos.insert_photo(s, reviewer_id, upload, description, criterion, made[label])
                added += 1
    return added
