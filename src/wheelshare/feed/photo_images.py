"""Checking an uploaded photo and making what the feed serves of it (Pillow).

The file's real format decides, not its name or the type the client claims:
only JPEG, PNG and WebP are opened. Pillow's decompression-bomb guard is set
explicitly (:data:`Image.MAX_IMAGE_PIXELS`), and each upload is also held to
the feed's own pixel limit before any pixel is decoded, so a small file that
claims a huge picture costs nothing. A truncated file is refused rather than
padded with grey.

What is kept is a re-encoding of the pixels alone: EXIF (with its GPS
position, which would publish where an owner lives), XMP, ICC profiles and
comments are not copied. The EXIF orientation is applied first, so the photo
still stands the right way up. Each photo is served in three sizes
(:data:`VARIANTS`), each named by the SHA-256 of its bytes.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

# Set here rather than left to Pillow's default (about 89 MP), so the guard is a
# decision of this project: twice the largest photo the feed takes by default.
# Pillow refuses anything over twice this outright; the feed's own limit
# (FeedSettings.max_photo_pixels) refuses well before.
Image.MAX_IMAGE_PIXELS = 100_000_000
# Never decode what is missing as grey: a truncated file is an error.
ImageFile.LOAD_TRUNCATED_IMAGES = False

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
# Longest edge in pixels of each size served: the photo itself (large photos are
# brought down to this), the large view, and the gallery's thumbnail.
VARIANTS: dict[str, int] = {"full": 4096, "large": 1280, "thumb": 320}
MEDIA_TYPE = "image/jpeg"
_QUALITY = {"full": 88, "large": 85, "thumb": 80}


class PhotoRefused(Exception):
    """The upload is not a photo the feed takes; ``code`` says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Encoded:
    """One size of a photo as served: JPEG bytes, named by their SHA-256."""

    data: bytes
    width: int
    height: int

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def wire(self) -> dict[str, object]:
        return {
            "sha256": self.digest,
            "width": self.width,
            "height": self.height,
            "bytes": len(self.data),
        }


def _open(source: BinaryIO, max_pixels: int) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Over MAX_IMAGE_PIXELS Pillow only warns; here that is a refusal too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=ACCEPTED_FORMATS)
    except UnidentifiedImageError:
        raise PhotoRefused("not_an_image", "the file is not a JPEG, PNG or WebP image") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoRefused("too_many_pixels", "the image has too many pixels") from None
    width, height = image.size
    if width < 1 or height < 1 or width * height > max_pixels:
        raise PhotoRefused(
            "too_many_pixels",
            f"the image is {width}×{height} pixels; at most {max_pixels:,} pixels are taken",
        )
    return image


def _decoded(image: Image.Image) -> Image.Image:
    """The first frame's pixels, upright, as RGB; refuses a damaged file."""
    try:
        image.seek(0)
        image.load()
        upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        raise PhotoRefused("damaged_image", f"the image cannot be read whole ({e})") from None
    if upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info
    ):
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return upright.convert("RGB")


def _encode(image: Image.Image, variant: str) -> Encoded:
    edge = VARIANTS[variant]
    sized = image
    if max(image.size) > edge:
        sized = image.copy()
        sized.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    # No exif=, icc_profile= or comment=: nothing but the pixels is written.
    sized.save(out, "JPEG", quality=_QUALITY[variant], optimize=True, progressive=True)
    return Encoded(out.getvalue(), sized.width, sized.height)


def process(source: BinaryIO, *, max_pixels: int) -> dict[str, Encoded]:
    """The three sizes of the photo in ``source``, or :class:`PhotoRefused`."""
    with _open(source, max_pixels) as image:
        pixels = _decoded(image)
    return {variant: _encode(pixels, variant) for variant in VARIANTS}
