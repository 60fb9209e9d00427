"""Where the app's galleries get their pictures: the disk cache, else the feed,
always on the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from wheelshare.sync.photo_cache import PhotoDiskCache, PhotoFileError, http_fetcher
from wheelshare.ui.context import AppContext
from wheelshare.ui.settings import PHOTO_CACHE_MB
from wheelshare.ui.worker import TaskContext

CACHE_FOLDER = "photo-cache"


class FeedPhotoSource:
    """Loads photo files of the feed the session uses, through one disk cache."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        megabytes = ctx.settings.get(PHOTO_CACHE_MB)
        self.cache = PhotoDiskCache(ctx.data_dir / CACHE_FOLDER, megabytes * 1024 * 1024)

    def load(
        self,
        digest: str,
        edge: int,
        on_image: Callable[[QImage], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        feed_url = self.ctx.session.state.feed_url
        cache = self.cache

        def work(_task: TaskContext) -> QImage:
            if not feed_url:
                raise PhotoFileError("no feed to fetch photos from")
            path = cache.get(digest, http_fetcher(feed_url))
            return scaled_image(path, edge)

        self.ctx.worker.submit(work, on_done=on_image, on_error=on_error, name="photo")


def scaled_image(path: Path, edge: int) -> QImage:
    """The picture at ``path``, no larger than ``edge`` on its longest side
    (QImage may be used off the UI thread; QPixmap may not)."""
    image = QImage(str(path))
    if image.isNull():
        raise PhotoFileError("the photo file cannot be read")
    if max(image.width(), image.height()) > edge:
        image = image.scaled(
            edge,
            edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image
