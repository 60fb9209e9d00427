"""The data layer is first imported by one thread only, and never on the UI thread.

Two threads importing a package for the first time together can see it half
initialised ("cannot import name ... from partially initialized module"), and
importing it on the UI thread freezes the window for a second. So the session's
first background task imports what every later task needs, before any other
task runs, and the screens' code is imported once that is done. Checked in a
fresh interpreter, where nothing is imported yet.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys, threading

imports = []  # (thread, module) of each first import of the data layer
WATCHED = ("sqlalchemy", "wheelshare.cache", "wheelshare.sync")

def hook(event, args):
    # "import" is raised only when a module is actually loaded, not when it is cached.
    if event == "import" and str(args[0]).startswith(WATCHED):
        imports.append((threading.current_thread().name, str(args[0])))

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
main = threading.main_thread().name
print("ON MAIN:", " ".join(sorted({m for t, m in imports if t == main})))
print("THREADS:", len({t for t, m in imports if t != main}))
print("COUNT:", len(imports))
"""


def test_the_data_layer_is_imported_by_one_background_thread(data_dir: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    lines = out.splitlines()
    assert "FINISHED" in lines
    assert "ON MAIN: " in lines, out  # the window never waits for these imports
    assert "THREADS: 1" in lines, out  # one thread made every first import
    assert int(next(x for x in lines if x.startswith("COUNT:")).split()[1]) > 20, out
