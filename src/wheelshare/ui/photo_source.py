"""Where the app's galleries get their pictures: the disk cache, else the feed,
always on the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from wheelshare.ui.context import AppContext
from wheelshare.ui.settings import PHOTO_CACHE_MB
from wheelshare.ui.worker import TaskContext

if TYPE_CHECKING:
    # The disk cache is the data layer's: imported and opened on the worker
    # (ui/session.py, WORKER_IMPORTS), never while a screen is being built.
    from wheelshare.sync.photo_cache import PhotoDiskCache

CACHE_FOLDER = "photo-cache"


class FeedPhotoSource:
    """Loads photo files of the feed the session uses, through one disk cache."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.folder = ctx.data_dir / CACHE_FOLDER
        self.cap_bytes = ctx.settings.get(PHOTO_CACHE_MB) * 1024 * 1024
        self._cache: PhotoDiskCache | None = None

    def disk_cache(self) -> PhotoDiskCache:
        """The disk cache, opened the first time it is needed (on the worker)."""
        from wheelshare.sync.photo_cache import PhotoDiskCache

        if self._cache is None:
            self._cache = PhotoDiskCache(self.folder, self.cap_bytes)
        return self._cache

    def load(
        self,
        digest: str,
        edge: int,
        on_image: Callable[[QImage], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        feed_url = self.ctx.session.state.feed_url

        def work(_task: TaskContext) -> QImage:
            from wheelshare.sync.photo_cache import PhotoFileError, http_fetcher

            if not feed_url:
                raise PhotoFileError("no feed to fetch photos from")
            path = self.disk_cache().get(digest, http_fetcher(feed_url))
            return scaled_image(path, edge)

        self.ctx.worker.submit(work, on_done=on_image, on_error=on_error, name="photo")


def scaled_image(path: Path, edge: int) -> QImage:
    """The picture at ``path``, no larger than ``edge`` on its longest side
    (QImage may be used off the UI thread; QPixmap may not)."""
    from wheelshare.sync.photo_cache import PhotoFileError

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
