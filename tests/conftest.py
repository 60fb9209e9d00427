"""Test-wide set-up: every standard path goes to a temporary folder.

Like qutebrowser's test suite, no test may read or write the real user's
config, data, cache or keyring; the environment is pointed at a fresh
temporary home before anything imports platformdirs or Qt.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="wheelshare-test-home-"))
for _var, _sub in {
    "HOME": "",
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "XDG_RUNTIME_DIR": "runtime",
}.items():
    _path = _HOME / _sub
    _path.mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_path)
os.chmod(_HOME / "runtime", 0o700)
# Qt's headless platform, with the screens of tests/screens.json: a large one
# (where windows open) and two laptop screens, 1366×768 and 1280×720, on which
# the accessibility audits open the window and its dialogs as people see them.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _SCREENS = Path(__file__).with_name("screens.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
# A file-less keyring backend for tests: tokens never reach the user's real keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "wheelshare.sync.testing_keyring.MemoryKeyring"
os.environ["WHEELSHARE_NO_NETWORK_GEOCODER"] = "1"
# The map draws no tiles unless a test gives it its own tile server.
os.environ["WHEELSHARE_NO_NETWORK_TILES"] = "1"
# One clock for the whole run and every process it starts (the demo feed's own
# process too): no test depends on the day it runs. The demo data is laid out
# around the pinned day. ``WHEELSHARE_NOW=2027-12-06T09:00:00Z ./dev test`` runs
# the suite on another day (``./dev test`` itself runs the tests marked
# ``dates`` again at three other pinned instants).
DEFAULT_NOW = "2026-12-01T08:30:00+00:00"  # a Tuesday, 09:30 in Paris
os.environ.setdefault("WHEELSHARE_NOW", DEFAULT_NOW)
os.environ["WHEELSHARE_NOW_SINCE"] = repr(time.time())
# Dates and distances follow the system region (en_GB reads day first, in miles):
# one region for every run, whatever the machine's own. The locale is C, which
# names no region (the app would then use France's, the demo's own), and the
# region the app takes as the system's is pinned to the US, whose formats the
# tests read; tests of the regions themselves unset it.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["WHEELSHARE_REGION"] = "en_US"


def _start_rank(item: pytest.Item) -> int:
    if item.get_closest_marker("packaging") is not None:
        return 0
    if item.get_closest_marker("slow") is not None:
        return 1
    return 2


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """In a run of the dates-marked tests alone (``-m dates``, as ``./dev test``
    runs them at other pinned dates), a test file that never names the marker,
    nor does the conftest.py beside it, is not imported: collecting the whole
    suite to deselect most of it took each worker longer than many of the tests."""
    if config.getoption("markexpr") != "dates" or not collection_path.name.startswith("test_"):
        return None
    for source in (collection_path, collection_path.with_name("conftest.py")):
        if source.is_file() and "dates" in source.read_text(encoding="utf-8"):
            return None
    return True


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files that take longest run first: the bundle's, then those with slow
    tests. ``./dev test`` hands files to the cores in this order, so no long
    file starts near the end and keeps one core busy while the other waits.
    The order of the tests within a file does not change."""
    rank: dict[Path, int] = {}
    for item in items:
        rank[item.path] = min(rank.get(item.path, 2), _start_rank(item))
    items.sort(key=lambda item: rank[item.path])


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A fresh data dir, as given by ``wheelshare --data-dir``."""
    d = tmp_path / "data"
    d.mkdir()
    yield d


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common umask 022, under which files are made readable by all unless the
    code asks otherwise: tests of file permissions then mean the same everywhere."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture(scope="session")
def helsinki_pbf() -> Path:
    """An OpenStreetMap extract of central Helsinki (ODbL; see tests/data/osm/README.md),
    read by the open-data parser tests and the feed's import commands."""
    return Path(__file__).resolve().parent / "data" / "osm" / "helsinki.osm.pbf"


# A modal dialog that no test step answers would hold its test in the dialog's
# own event loop for ever: the per-test timeout cannot break in, as the loop runs
# no Python of the test's and an exception raised in a Qt callback does not leave
# that loop. So every test that drives Qt gets a watchdog that closes a modal
# dialog left open for a minute, and the test then fails naming the dialog: a
# failure with its reason instead of a run that stops only at CI's deadline.
DIALOG_LIMIT_S = float(os.environ.get("WHEELSHARE_TEST_DIALOG_LIMIT_S", "60"))


@pytest.fixture(autouse=True)
def unanswered_dialogs_fail(request: pytest.FixtureRequest) -> Iterator[None]:
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLabel

    request.getfixturevalue("qtbot")
    open_since: dict[int, float] = {}
    closed: list[str] = []

    def check() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            open_since.clear()
            return
        first = open_since.setdefault(id(box), time.monotonic())
        if time.monotonic() - first < DIALOG_LIMIT_S:
            return
        texts = [label.text() for label in box.findChildren(QLabel) if label.isVisible()]
        closed.append(f"{type(box).__name__} {box.windowTitle()!r}: {' / '.join(texts)[:300]}")
        open_since.pop(id(box), None)
        if isinstance(box, QDialog):
            box.reject()
        else:
            box.close()

    timer = QTimer()
    timer.setInterval(1_000)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if closed:
        pytest.fail(
            f"a dialog stayed open {DIALOG_LIMIT_S:.0f} s with no step of the test to answer it "
            f"and was closed: {'; '.join(closed)}"
        )


@pytest.fixture(autouse=True)
def no_key_held_from_before(request: pytest.FixtureRequest) -> None:
    """Every Qt test starts with no modifier key held. QTest releases a modifier
    (Shift+Tab's Shift) with the modifier still set, and Qt takes the keyboard
    state from the last key event, so after such a click Qt believes the key is
    still held until the next one: in the next test of the same process a
    table's ``selectRow`` then extends a selection from an old anchor, or
    toggles, instead of selecting the row."""
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    request.getfixturevalue("qtbot")
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        # A key release that carries no modifier is what sets Qt's state back.
        spare = QWidget()
        QTest.keyRelease(spare, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        spare.deleteLater()
