"""Progress for long work: a bar with words and a Cancel button in the status area.

``ctx.progress.track(handle, text)`` shows the task if it is still running
after half a second (shorter work does not flash a bar) and hides it when
the task reports. Cancel cancels the task's token.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from wheelshare.ui.worker import TaskHandle

SHOW_AFTER_MS = 500


class ProgressTracker(QObject):
    """Keeps the list of tracked tasks; the widget shows the newest one."""

    current_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[tuple[TaskHandle[Any], str]] = []
        self._shown: set[int] = set()
        self.last_progress: dict[int, tuple[int, int, str]] = {}

    def track(self, handle: TaskHandle[Any], text: str, show_after_ms: int = SHOW_AFTER_MS) -> None:
        if handle.done:
            return
        self._tasks.append((handle, text))
        key = id(handle)
        # Partials of our own methods, never lambdas holding the handle: a
        # connection that keeps its own sender alive confuses object lifetimes.
        handle.progress.connect(partial(self._on_progress, key))
        for sig in (handle.finished, handle.failed, handle.cancelled):
            sig.connect(partial(self._untrack, key))
        QTimer.singleShot(show_after_ms, self, partial(self._reveal, key))

    def _on_progress(self, key: int, done: int, total: int, text: str) -> None:
        self.last_progress[key] = (done, total, text)
        if key in self._shown:
            self.current_changed.emit()

    def _reveal(self, key: int) -> None:
        if any(id(h) == key for h, _ in self._tasks):
            self._shown.add(key)
            self.current_changed.emit()

    def _untrack(self, key: int, *_outcome: object) -> None:
        self._tasks = [(h, t) for h, t in self._tasks if id(h) != key]
        self._shown.discard(key)
        self.last_progress.pop(key, None)
        self.current_changed.emit()

    def current(self) -> tuple[TaskHandle[Any], str, tuple[int, int, str] | None] | None:
        for handle, text in reversed(self._tasks):
            if id(handle) in self._shown:
                return handle, text, self.last_progress.get(id(handle))
        return None

    def cancel_current(self) -> None:
        cur = self.current()
        if cur is not None:
            cur[0].cancel()


class ProgressWidget(QWidget):
    def __init__(self, tracker: ProgressTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tracker = tracker
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(120)
        self.bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this work"))
        self.cancel_button.clicked.connect(tracker.cancel_current)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        tracker.current_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        cur = self._tracker.current()
        if cur is None:
            self.hide()
            return
        _handle, text, prog = cur
        words = text
        if prog is not None:
            done, total, detail = prog
            if total > 0:
                self.bar.setRange(0, total)
                self.bar.setValue(min(done, total))
            else:
                self.bar.setRange(0, 0)  # busy indicator
            if detail:
                words = f"{text}: {detail}"
        else:
            self.bar.setRange(0, 0)
        self.label.setText(words)
        self.bar.setAccessibleName(words)
        self.show()
