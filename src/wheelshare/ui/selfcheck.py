"""``WHEELSHARE_SELF_CHECK``: prove that an installed wheelshare starts and lists its data.

Run wheelshare with ``WHEELSHARE_SELF_CHECK=FILE`` in the environment: once the
main window is on screen and a list on the shown screen has rows (the demo
vehicles on a first run), or after ``WHEELSHARE_SELF_CHECK_TIMEOUT`` seconds
(default 120), it writes a JSON report to FILE and quits. Packagers, the bundle
test and anyone helping a user check an install use it instead of reading pixels:

    {"complete": true, "title": "wheelshare", "window_shown": true,
     "seconds_to_window": 1.8, "seconds_to_data": 3.9,
     "lists": [{"name": "results", "visible": true, "rows": ["Renault Kangoo …", …]}]}

``seconds_*`` count from the start of the process. Without the variable this
module does nothing.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QHeaderView, QWidget

ENV_REPORT = "WHEELSHARE_SELF_CHECK"
ENV_TIMEOUT = "WHEELSHARE_SELF_CHECK_TIMEOUT"
POLL_MS = 50
MAX_ROWS = 200
# The screen list of the main window: always has rows, so it proves nothing.
NAVIGATION = "navigation"


def install_if_requested(app: QApplication, window: QWidget) -> None:
    """Start the check when ``WHEELSHARE_SELF_CHECK`` names a report file."""
    report = os.environ.get(ENV_REPORT)
    if not report:
        return
    try:
        timeout = float(os.environ.get(ENV_TIMEOUT, "120"))
    except ValueError:
        timeout = 120.0
    _SelfCheck(app, window, Path(report), timeout)


def _process_start() -> float:
    """Wall-clock time at which this process started (Linux), else now."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - (uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.time()


class _SelfCheck(QObject):
    def __init__(self, app: QApplication, window: QWidget, report: Path, timeout: float) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._report = report
        self._started = _process_start()
        self._deadline = time.monotonic() + timeout
        self._window_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        try:
            self._check()
        except Exception as e:  # a report saying why beats an app that never quits
            self._finish(complete=False, lists=[], error=f"{type(e).__name__}: {e}")

    def _check(self) -> None:
        handle = self._window.windowHandle()
        shown = self._window.isVisible() and handle is not None and handle.isExposed()
        if shown and self._window_at is None:
            self._window_at = time.time()
        lists = self._lists()
        listed = any(
            entry["visible"] and entry["rows"] and entry["name"] != NAVIGATION for entry in lists
        )
        if (shown and listed) or time.monotonic() > self._deadline:
            self._finish(complete=shown and listed, lists=lists)

    def _lists(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for view in self._window.findChildren(QAbstractItemView):
            # Headers repeat their table's model; a combo box's list is its choices.
            if isinstance(view, QHeaderView) or _inside_combo_box(view) or view.model() is None:
                continue
            out.append(
                {
                    "name": view.objectName() or view.accessibleName() or type(view).__name__,
                    "visible": view.isVisible(),
                    "rows": _rows(view),
                }
            )
        return out

    def _finish(
        self, *, complete: bool, lists: list[dict[str, Any]], error: str | None = None
    ) -> None:
        self._timer.stop()
        now = time.time()
        data: dict[str, Any] = {
            "complete": complete,
            "title": self._window.windowTitle(),
            "window_shown": self._window_at is not None,
            "seconds_to_window": _since(self._started, self._window_at),
            "seconds_to_data": _since(self._started, now) if complete else None,
            "lists": lists,
        }
        if error is not None:
            data["error"] = error
        tmp = self._report.with_name(self._report.name + ".part")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self._report)  # a reader never sees half a report
        QTimer.singleShot(0, self._app.quit)


def _since(start: float, moment: float | None) -> float | None:
    return None if moment is None else round(moment - start, 3)


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _rows(view: QAbstractItemView) -> list[str]:
    model = view.model()
    root = view.rootIndex() if view.rootIndex().isValid() else QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models hide columnCount from Python: one column
        columns = 1
    rows = []
    for row in range(min(model.rowCount(root), MAX_ROWS)):
        cells = []
        for column in range(columns):
            value = model.index(row, column, root).data(Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                cells.append(str(value))
        rows.append(" | ".join(cells))
    return rows
