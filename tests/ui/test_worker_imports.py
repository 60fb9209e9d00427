"""The worker threads never make the first import of the data layer.

Two threads importing a package for the first time together can see it half
initialised ("cannot import name ... from partially initialized module"), so the
session imports what its background tasks need on the main thread before any
of them runs. Checked in a fresh interpreter, where nothing is imported yet.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys, threading

off_main = []
WATCHED = ("sqlalchemy", "wheelshare")

def hook(event, args):
    # "import" is raised only when a module is actually loaded, not when it is cached.
    if event == "import" and threading.current_thread() is not threading.main_thread():
        name = str(args[0])
        if name.startswith(WATCHED):
            off_main.append(name)

sys.addaudithook(hook)

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wheelshare.ui.app_setup import create_application, create_window
from wheelshare.ui.main import parse_args

app = QApplication(sys.argv[:1])
ns = parse_args(["--data-dir", sys.argv[1], "--feed", "http://127.0.0.1:9"])
ctx = create_application(app, ns.data_dir, ns)
window = create_window(ctx, ns)
window.show()
finished = []
ctx.session.sync_finished.connect(lambda _r: finished.append(1))
# Done when the first sync is over and the other screens' code is loaded
# (the navigation badges start after that).
poll = QTimer()
poll.timeout.connect(lambda: app.quit() if finished and window._badges else None)
poll.start(50)
QTimer.singleShot(0, lambda: ctx.session.start(sync=True))
QTimer.singleShot(60000, app.quit)
app.exec()
ctx.session.shutdown()
print("FINISHED" if finished else "NOT FINISHED")
print("OFF MAIN:", " ".join(sorted(set(off_main))))
"""


def test_background_tasks_import_nothing_of_the_data_layer_themselves(data_dir: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "FINISHED" in out.splitlines()
    assert "OFF MAIN: \n" in out + "\n", out
