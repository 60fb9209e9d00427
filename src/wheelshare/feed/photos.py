"""Photos of vehicles (by their owner) and of venues (by anyone signed in).

An upload is checked in steps, cheapest first, so a refused one costs little:
the description, who may add a photo there and whether the target has room,
the uploader's hourly allowance (counted before any pixel is decoded), then the
image itself (photo_images.py), outside any transaction. Only then are the files
stored and the record written, in one transaction that checks the room again.

The record travels publicly (``photo``) without who uploaded it; the uploader
also gets it in their own feed with ``uploader_id``, as reviews do, so their app
knows which venue photos it may remove. Removing a photo sends a tombstone to
both, and its files leave the storage when no other photo is served from them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.domain import ValidationError
from wheelshare.domain.photo import clean_description, criterion_from
from wheelshare.domain.wire import format_time
from wheelshare.feed import changelog, ratelimit
from wheelshare.feed.db import Database, utcnow
from wheelshare.feed.errors import Conflict, Forbidden, Invalid, NotFound
from wheelshare.feed.models import PhotoFile, PhotoRow, User, VehicleRow, VenueRow
from wheelshare.feed.photo_images import Encoded, PhotoRefused, process
from wheelshare.feed.photo_storage import PhotoStorage, is_digest
from wheelshare.feed.records import invalid, load
from wheelshare.feed.settings import FeedSettings

KIND = "photo"
# Photos anyone may fetch, and those of handover reports, which only the
# booking's two parties may (handover.py).
PUBLIC_KINDS = ("vehicle", "venue")
HANDOVER = "handover"


@dataclass(frozen=True, slots=True)
class Upload:
    """What the client sent with the file."""

    target_kind: str  # "vehicle" or "venue"
    target_id: str
    description: str
    criterion: str | None = None
    idempotency_key: str | None = None
    # Where it goes in the gallery (lower first), as the owner placed it among
    # the photos they reordered with it; None: after the others.
    position: int | None = None


@dataclass(frozen=True, slots=True)
class Added:
    data: dict[str, Any]
    created: bool


def _publish(session: Session, row: PhotoRow) -> None:
    changelog.record(session, KIND, row.id, "upsert", row.data)
    changelog.record(
        session,
        KIND,
        row.id,
        "upsert",
        {**row.data, "uploader_id": row.uploader_id},
        visible_to=(row.uploader_id,),
    )


def _count(session: Session, kind: str, target_id: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(PhotoRow)
            .where(PhotoRow.target_kind == kind, PhotoRow.target_id == target_id)
        )
        or 0
    )


def _check_target(session: Session, user: User, upload: Upload, settings: FeedSettings) -> None:
    """403/404 for a target the user may not add to, 409 when it is full."""
    if upload.target_kind == "vehicle":
        vehicle = load(session, VehicleRow, upload.target_id)
        if vehicle.owner_id != user.id:
            raise Forbidden("only the vehicle's owner may add photos of it", code="not_owner")
        most = settings.max_photos_per_vehicle
    else:
        load(session, VenueRow, upload.target_id)
        most = settings.max_photos_per_venue
    if _count(session, upload.target_kind, upload.target_id) >= most:
        raise Conflict(
            f"this {upload.target_kind} already has {most} photos; remove one first",
            code="too_many_photos",
        )


def _earlier(session: Session, user: User, key: str | None) -> Added | None:
    if key is None:
        return None
    row = session.scalar(
        select(PhotoRow).where(PhotoRow.uploader_id == user.id, PhotoRow.idempotency_key == key)
    )
    return None if row is None else Added(dict(row.data), created=False)


def checked_fields(upload: Upload) -> tuple[str, str | None]:
    """The description and criterion as kept, or 422 naming what is wrong."""
    try:
        description = clean_description(upload.description)
        criterion = None
        if upload.target_kind == "venue":
            criterion = criterion_from(upload.criterion or "").value
    except ValidationError as e:
        raise invalid(e) from None
    return description, criterion


def reserve_upload(session: Session, user: User, settings: FeedSettings, db: Database) -> None:
    """Counts one upload, of any kind of photo, against the person's hourly
    allowance (429 past it), before the image costs any work."""
    limit = ratelimit.Limited(
        f"photo-upload:{user.id}", settings.photo_uploads_per_account, "photo uploads"
    )
    ratelimit.reserve(session, [limit], keep=settings.longest_window, postgres=db.is_postgres)


def store_sizes(
    image: BinaryIO, storage: PhotoStorage, settings: FeedSettings
) -> dict[str, Encoded]:
    """Checks the image, strips its metadata, re-encodes it in every size and
    stores each by its digest; a refused image is a 422 about the file."""
    try:
        variants = process(image, max_pixels=settings.max_photo_pixels)
    except PhotoRefused as e:
        raise Invalid(e.message, code=e.code, fields={"file": e.message}) from None
    for encoded in variants.values():
        storage.put(encoded.digest, encoded.data)
    return variants


def add_photo(
    db: Database,
    storage: PhotoStorage,
    settings: FeedSettings,
    user_token: str,
    upload: Upload,
    image: BinaryIO,
) -> Added:
    from wheelshare.feed.accounts import user_for_token

    description, criterion = checked_fields(upload)
    with db.write() as s:
        user = user_for_token(s, user_token)
        earlier = _earlier(s, user, upload.idempotency_key)
        if earlier is not None:
            return earlier
        _check_target(s, user, upload, settings)
        reserve_upload(s, user, settings, db)
        user_id = user.id
    variants = store_sizes(image, storage, settings)
    with db.write() as s:
        user = load_user(s, user_id)
        earlier = _earlier(s, user, upload.idempotency_key)
        if earlier is not None:
            return earlier
        _check_target(s, user, upload, settings)
        try:
            with s.begin_nested():
                data = insert_photo(s, user.id, upload, description, criterion, variants)
        except IntegrityError:
            winner = _earlier(s, user, upload.idempotency_key)
            if winner is None:
                raise
            return winner
    return Added(data, created=True)


def insert_photo(
    session: Session,
    uploader_id: str,
    upload: Upload,
    description: str,
    criterion: str | None,
    variants: dict[str, Encoded],
    *,
    extra: dict[str, Any] | None = None,
    publish: bool = True,
) -> dict[str, Any]:
    """Records a photo whose files are stored, where the upload asks or last in
    its gallery, and sends it to the feeds (unless ``publish`` is false: a
    handover photo travels inside its report, to the two parties only); answers
    its record."""
    now = utcnow()
    photo_id = str(uuid.uuid4())
    position = upload.position
    if position is None:
        position = _next_position(session, upload.target_kind, upload.target_id)
    data: dict[str, Any] = {
        "id": photo_id,
        "target_kind": upload.target_kind,
        "target_id": upload.target_id,
        "description": description,
        "criterion": criterion,
        "position": position,
        "files": {name: encoded.wire() for name, encoded in variants.items()},
        "created_at": format_time(now),
        "updated_at": format_time(now),
        **(extra or {}),
    }
    row = PhotoRow(
        id=photo_id,
        target_kind=upload.target_kind,
        target_id=upload.target_id,
        uploader_id=uploader_id,
        idempotency_key=upload.idempotency_key,
        position=position,
        data=data,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    for digest in {encoded.digest for encoded in variants.values()}:
        session.add(PhotoFile(photo_id=photo_id, digest=digest))
    if publish:
        _publish(session, row)
    return data


def load_user(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    assert user is not None, "a user is never removed while signed in"
    return user


def _next_position(session: Session, kind: str, target_id: str) -> int:
    top = session.scalar(
        select(func.max(PhotoRow.position)).where(
            PhotoRow.target_kind == kind, PhotoRow.target_id == target_id
        )
    )
    return 0 if top is None else top + 1


def _editable(session: Session, user: User, photo_id: str) -> PhotoRow:
    row = None if "\x00" in photo_id else session.get(PhotoRow, photo_id, with_for_update=True)
    # A handover photo is changed through its report (handover.py), which
    # checks that the report is still a draft.
    if row is None or row.target_kind == HANDOVER:
        raise NotFound(f"there is no photo with id {photo_id!r}", code="photo_not_found")
    if row.uploader_id != user.id:
        raise Forbidden("only the person who added the photo may change it", code="not_uploader")
    return row


def edit_photo(
    session: Session, user: User, photo_id: str, description: str | None, position: int | None
) -> dict[str, Any]:
    """A new description or place in the gallery (the others keep theirs)."""
    row = _editable(session, user, photo_id)
    data = dict(row.data)
    if description is not None:
        try:
            data["description"] = clean_description(description)
        except ValidationError as e:
            raise invalid(e) from None
    if position is not None:
        row.position = position
        data["position"] = position
    now = utcnow()
    data["updated_at"] = format_time(now)
    row.data = data
    row.updated_at = now
    _publish(session, row)
    return data


def remove_photo(session: Session, user: User, photo_id: str) -> set[str]:
    """Removes the record; answers the files no photo is served from any more,
    for the caller to delete from storage once the removal is committed."""
    row = _editable(session, user, photo_id)
    digests = set(session.scalars(select(PhotoFile.digest).where(PhotoFile.photo_id == row.id)))
    session.query(PhotoFile).filter(PhotoFile.photo_id == row.id).delete()
    session.delete(row)
    session.flush()
    changelog.record(session, KIND, photo_id, "delete", None, visible_to=(None, user.id))
    still_used = set(session.scalars(select(PhotoFile.digest).where(PhotoFile.digest.in_(digests))))
    return digests - still_used


def served(session: Session, digest: str, *, kinds: tuple[str, ...] = PUBLIC_KINDS) -> bool:
    """Whether a photo of one of ``kinds`` is served from the file ``digest``
    (removed ones are not)."""
    if not is_digest(digest):
        return False
    return (
        session.scalar(
            select(PhotoFile.photo_id)
            .join(PhotoRow, PhotoRow.id == PhotoFile.photo_id)
            .where(PhotoFile.digest == digest, PhotoRow.target_kind.in_(kinds))
            .limit(1)
        )
        is not None
    )
