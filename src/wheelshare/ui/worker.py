"""Run slow work off the UI thread and hand the outcome back by signal.

One helper for the whole app (in the spirit of Picard's ``run_task``): a
callable runs on a ``QThreadPool``; its result or its error comes back to the
GUI thread through a queued signal on a small handle object. Workers never
touch widgets: they receive a :class:`TaskContext` (cancellation token and a
thread-safe progress callback) and return plain data.

    handle = ctx.worker.submit(lambda task: cache.search(q), on_done=model.set_rows)
    handle.cancel()  # the callable sees task.token.cancelled and stops early
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from wheelshare.cancel import Cancelled, CancelToken

T = TypeVar("T")


@dataclass
class TaskContext:
    """What a task may use: its token and a progress reporter (any thread)."""

    token: CancelToken
    _report: Callable[[int, int, str], None] = field(repr=False)

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._report(int(done), int(total), text)


class TaskHandle(QObject, Generic[T]):
    """Lives in the GUI thread; its public signals are always emitted there.

    ``finished(result)``, ``failed(exception)``, ``cancelled()`` — exactly one
    of them fires once; ``progress(done, total, text)`` any number of times before.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)
    # Emitted from the pool thread; queued to the slots below in the GUI thread.
    _result_ready = Signal(object, object)
    _progress_ready = Signal(int, int, str)

    def __init__(self, name: str, on_end: Callable[[TaskHandle[Any]], None] | None = None) -> None:
        # No Qt parent: the worker holds the handle until it reports, callers as
        # long as they like; Python's reference counting then frees it.
        super().__init__()
        self.name = name
        self._on_end = on_end
        self.token = CancelToken()
        self.done = False
        self.discarded = False  # the app is shutting down: report nothing
        self.error: BaseException | None = None
        self._result_ready.connect(self._deliver)
        self._progress_ready.connect(self._deliver_progress)

    def cancel(self) -> None:
        self.token.cancel()

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        if self.discarded:
            return
        self.done = True
        try:
            if isinstance(error, Cancelled) or (error is None and self.token.cancelled):
                self.cancelled.emit()
            elif error is not None:
                assert isinstance(error, BaseException)
                self.error = error
                self.failed.emit(error)
            else:
                self.finished.emit(result)
        finally:
            if self._on_end is not None:
                on_end, self._on_end = self._on_end, None
                on_end(self)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if not self.done and not self.discarded:
            self.progress.emit(done, total, text)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], handle: TaskHandle[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle = handle

    def run(self) -> None:
        handle = self._handle
        ctx = TaskContext(handle.token, self._progress)
        try:
            if handle.token.cancelled:
                raise Cancelled()
            result = self._fn(ctx)
        except BaseException as e:  # handed to the GUI thread, never lost
            self._emit(None, e)
        else:
            self._emit(result, None)

    def _progress(self, done: int, total: int, text: str) -> None:
        with contextlib.suppress(RuntimeError):  # the app quit while this ran
            self._handle._progress_ready.emit(done, total, text)

    def _emit(self, result: object, error: BaseException | None) -> None:
        with contextlib.suppress(RuntimeError):  # the app quit while this ran
            self._handle._result_ready.emit(result, error)


class Worker(QObject):
    """Submits callables to a thread pool; keeps each handle alive until it reports."""

    task_started = Signal(object)  # TaskHandle
    task_ended = Signal(object)  # TaskHandle

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._live: set[TaskHandle[Any]] = set()

    def submit(
        self,
        fn: Callable[[TaskContext], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        name: str = "",
    ) -> TaskHandle[T]:
        handle: TaskHandle[T] = TaskHandle(name or getattr(fn, "__name__", "task"), self._ended)
        if on_done is not None:
            handle.finished.connect(on_done)
        if on_error is not None:
            handle.failed.connect(on_error)
        if on_progress is not None:
            handle.progress.connect(on_progress)
        if on_cancelled is not None:
            handle.cancelled.connect(on_cancelled)
        self._live.add(handle)
        self.task_started.emit(handle)
        self._pool.start(_Runnable(fn, handle))
        return handle

    def _ended(self, handle: TaskHandle[Any]) -> None:
        if handle in self._live:
            self._live.discard(handle)
            self.task_ended.emit(handle)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def cancel_all(self) -> None:
        for handle in list(self._live):
            handle.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancels every task and waits for the pool; True when all stopped in time.

        Tasks still unreported are discarded: their callbacks would reach into
        windows that are closing.
        """
        self.cancel_all()
        stopped = bool(self._pool.waitForDone(timeout_ms))
        for handle in self._live:
            handle.discarded = True
        self._live.clear()
        return stopped
