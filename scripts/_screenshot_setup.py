"""What the screenshot scripts share: the environment, the window, waiting, saving.

Importing this module sets the environment before Qt or the app is imported:
Qt's offscreen platform (no display needed; fonts come from fontconfig,
``fonts-dejavu-core``), a keyring in memory and no network geocoder, so
screenshots never touch the person's real keyring or the network.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "wheelshare.sync.testing_keyring.MemoryKeyring")
os.environ.setdefault("WHEELSHARE_NO_NETWORK_GEOCODER", "1")

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 860
SCREENSHOTS = ROOT / "docs" / "screenshots"


def settle(seconds: float = 0.3) -> None:
    """Let Qt run for ``seconds``: layouts, animations and queued calls finish."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Run Qt until ``condition()`` holds; stop the script after ``timeout`` seconds."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"{Path(sys.argv[0]).name}: timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget: Any, path: Path) -> Path:
    """Write ``widget`` as it shows now to ``path`` (PNG), or stop the script."""
    if not widget.grab().save(str(path)):
        raise SystemExit(f"{Path(sys.argv[0]).name}: could not write {path}")
    return path


def open_app(
    data_dir: Path,
    options: Sequence[str],
    *,
    before_window: Callable[[Any], None] | None = None,
    sync_timeout: float = 300,
) -> tuple[Any, Any]:
    """The app's context and main window on ``data_dir``, shown, after its first sync.

    ``options`` are the app's command-line options (``--text-scale 200`` …);
    ``before_window(ctx)`` runs once the settings exist, before the window.
    """
    from PySide6.QtWidgets import QApplication

    from wheelshare.ui.app_setup import create_application, create_window
    from wheelshare.ui.main import parse_args

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ns = parse_args(["--data-dir", str(data_dir), *options])
    ctx = create_application(app, data_dir, ns)
    if before_window is not None:
        before_window(ctx)
    window = create_window(ctx, ns)
    window.resize(WIDTH, HEIGHT)
    window.show()
    ctx.session.start()
    wait(
        lambda: ctx.session.state.last_sync is not None and not ctx.session.syncing,
        sync_timeout,
        "the first sync",
    )
    return ctx, window


def close_app(ctx: Any, window: Any) -> None:
    """Close the window and stop the app's threads, ready for the next :func:`open_app`."""
    window.close()
    ctx.session.shutdown()
    ctx.worker.shutdown()
    for obj in (window, ctx.session, ctx.worker, ctx.progress, ctx.settings):
        obj.deleteLater()
    settle(0.2)
