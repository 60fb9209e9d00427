"""Where the app's galleries get their pictures: the disk cache, else the feed,
always on the worker. Handover reports' pictures are private: they have their
own source, signed in, and their own folder (sync/handover_photos.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from wheelshare.ui.context import AppContext
from wheelshare.ui.session import DataNotReady
from wheelshare.ui.settings import PHOTO_CACHE_MB
from wheelshare.ui.worker import TaskContext

if TYPE_CHECKING:
    # The disk cache is the data layer's: imported and opened on the worker
    # (ui/session.py, WORKER_IMPORTS), never while a screen is being built.
    from wheelshare.sync.client import FeedClient
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


class HandoverPhotoSource:
    """Loads the pictures of the person's handover reports, with their sign-in.

    Nothing is kept on the UI side: each load reads the sign-in from where it
    is kept (none after a sign-out, so nothing loads) and the pictures already
    fetched from the private folder beside the cache, which a sign-out empties.
    """

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.cap_bytes = ctx.settings.get(PHOTO_CACHE_MB) * 1024 * 1024

    def load(
        self,
        digest: str,
        edge: int,
        on_image: Callable[[QImage], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        session = self.ctx.session
        if session.cache is None:
            on_error(DataNotReady())
            return
        cache_path, cap = session.cache.path, self.cap_bytes

        def work(client: FeedClient) -> QImage:
            from wheelshare.sync import handover_photos

            files = handover_photos.disk_cache(cache_path, cap)
            return scaled_image(files.get(digest, handover_photos.fetcher(client)), edge)

        session.call_feed(work, on_image, on_error)


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
