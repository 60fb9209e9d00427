"""Photo uploads, edits and removals, and the photo files themselves."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Header, Request, Response, UploadFile
from fastapi.responses import JSONResponse
from pydantic import Field, StrictInt

from wheelshare.domain.photo import MAX_DESCRIPTION, PhotoCriterion
from wheelshare.feed import photos
from wheelshare.feed.accounts import user_for_token
from wheelshare.feed.errors import FeedError, NotFound
from wheelshare.feed.http import BearerToken, Ctx, FeedContext, idempotency_key_from
from wheelshare.feed.openapi import answers
from wheelshare.feed.photo_images import MEDIA_TYPE
from wheelshare.feed.schemas import Body, Text

router = APIRouter(tags=["photos"])

# The upload routes, whose bodies may be as large as a photo (http.BodyLimit).
UPLOAD_PATH = re.compile(r"/v1/(vehicles|venues)/[^/]+/photos")
# A year: a file's name is the SHA-256 of its bytes, so it never changes.
FILE_CACHE = "public, max-age=31536000, immutable"

Description = Annotated[
    str,
    Form(
        min_length=1,
        max_length=MAX_DESCRIPTION,
        description="what the photo shows, for someone who cannot see it (required)",
    ),
]
PhotoFileField = Annotated[UploadFile, File(description="a JPEG, PNG or WebP image")]
Position = Annotated[
    int | None,
    Form(
        ge=0,
        le=10_000,
        description="its place in the gallery, lower first (as PATCH /v1/photos/{id}); "
        "without it, after the others",
    ),
]
IdempotencyKey = Annotated[str | None, Header()]


class PhotoFileTooLarge(FeedError):
    status = 413
    code = "body_too_large"


def _upload(ctx: FeedContext, token: str, upload: photos.Upload, file: UploadFile) -> JSONResponse:
    limit = ctx.settings.max_photo_bytes
    if file.size is not None and file.size > limit:
        raise PhotoFileTooLarge(f"the photo is larger than {limit} bytes")
    added = photos.add_photo(ctx.db, ctx.photos, ctx.settings, token, upload, file.file)
    return JSONResponse({"photo": added.data}, status_code=201 if added.created else 200)


def _key(header: str | None) -> str | None:
    return None if header is None else idempotency_key_from(header, "photo upload")


@router.post(
    "/v1/vehicles/{vehicle_id}/photos", status_code=201, responses=answers(200, 403, 409, 429)
)
def add_vehicle_photo(
    vehicle_id: str,
    file: PhotoFileField,
    description: Description,
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: IdempotencyKey = None,
    position: Position = None,
) -> JSONResponse:
    """The owner adds a described photo of their vehicle, where they put it in the
    gallery; 200 with the same photo when the same Idempotency-Key is sent again."""
    upload = photos.Upload(
        "vehicle", vehicle_id, description, None, _key(idempotency_key), position
    )
    return _upload(ctx, token, upload, file)


@router.post("/v1/venues/{venue_id}/photos", status_code=201, responses=answers(200, 409, 429))
def add_venue_photo(
    venue_id: str,
    file: PhotoFileField,
    description: Description,
    criterion: Annotated[PhotoCriterion, Form(description="what part of the venue it shows")],
    token: BearerToken,
    ctx: Ctx,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Anyone signed in adds a described photo of a venue's entrance, toilet…"""
    upload = photos.Upload("venue", venue_id, description, criterion.value, _key(idempotency_key))
    return _upload(ctx, token, upload, file)


class PhotoPatch(Body):
    description: Annotated[Text, Field(min_length=1, max_length=MAX_DESCRIPTION)] | None = None
    position: Annotated[StrictInt, Field(ge=0, le=10_000)] | None = None


@router.patch("/v1/photos/{photo_id}", responses=answers(403))
def edit_photo(photo_id: str, body: PhotoPatch, token: BearerToken, ctx: Ctx) -> dict[str, Any]:
    """A new description, or a new place in the gallery (lower comes first)."""
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        return {"photo": photos.edit_photo(s, user, photo_id, body.description, body.position)}


@router.delete("/v1/photos/{photo_id}", status_code=204, responses=answers(403))
def remove_photo(photo_id: str, token: BearerToken, ctx: Ctx) -> Response:
    with ctx.db.write() as s:
        user = user_for_token(s, token)
        unused = photos.remove_photo(s, user, photo_id)
    for digest in unused:
        ctx.photos.delete(digest)
    return Response(status_code=204)


@router.get(
    "/v1/photo-files/{digest}",
    response_class=Response,
    responses={
        200: {
            "description": "the JPEG file",
            "content": {MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        },
        **answers(304),
    },
)
def photo_file(digest: str, request: Request, ctx: Ctx) -> Response:
    """A photo file, named by the SHA-256 of its bytes (a photo record's ``files``)."""
    etag = f'"{digest}"'
    with ctx.db.read() as s:
        known = photos.served(s, digest)
    data = ctx.photos.get(digest) if known else None
    if data is None:
        raise NotFound(f"there is no photo file {digest!r}", code="photo_not_found")
    headers = {"ETag": etag, "Cache-Control": FILE_CACHE}
    wanted = request.headers.get("if-none-match", "")
    if etag in (t.strip() for t in wanted.split(",")) or wanted.strip() == "*":
        return Response(status_code=304, headers=headers)
    return Response(data, media_type=MEDIA_TYPE, headers=headers)
