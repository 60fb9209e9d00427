"""What the "server" extra (PostgreSQL, the OpenStreetMap import) is needed for,
and what runs without it: the desktop app's built-in demo feed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wheelshare.feed.errors import SERVER_EXTRA_MODULES

from .test_cli import OSM_EXTRACT, feed_cli

# In a child process (and its own children), every module of the server extra
# fails to import as if it were not installed.
UNINSTALLED = 'raise ModuleNotFoundError("No module named {name!r}", name={name!r})\n'

DEMO_FEED_WITHOUT_SERVER_EXTRA = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import requests

    for name in {modules!r}:
        try:
            __import__(name)
        except ModuleNotFoundError:
            pass
        else:
            sys.exit(f"{{name}} is importable: the check would prove nothing")

    import wheelshare.app  # the desktop app's own imports
    from wheelshare.ui import embedded_process

    feed = embedded_process.start(Path(sys.argv[1]))
    try:
        r = requests.post(
            f"{{feed.url}}/v1/auth/token",
            json={{"email": feed.renter_email, "password": feed.password}},
            timeout=60,
        )
        print(r.status_code)
    finally:
        feed.stop()
    """
)


@pytest.mark.slow
def test_the_built_in_demo_feed_runs_without_the_server_extra(tmp_path: Path) -> None:
    hidden = tmp_path / "hidden"
    for name in SERVER_EXTRA_MODULES:
        (hidden / name).mkdir(parents=True)
        (hidden / name / "__init__.py").write_text(UNINSTALLED.format(name=name))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(hidden), *sys.path])
    code = DEMO_FEED_WITHOUT_SERVER_EXTRA.format(modules=sorted(SERVER_EXTRA_MODULES))
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "200", result.stdout + result.stderr


def test_postgresql_without_psycopg_names_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    r = feed_cli("--db", "postgresql+psycopg://someone@localhost/feed", "migrate")
    assert r.returncode == 1
    assert "wheelshare[server]" in r.stderr and "Traceback" not in r.stderr


def test_osm_import_without_osmium_names_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "osmium", None)
    monkeypatch.delitem(sys.modules, "wheelshare.opendata.osm", raising=False)
    db = f"sqlite:///{tmp_path / 'feed.sqlite3'}"
    r = feed_cli("--db", db, "import-osm", str(OSM_EXTRACT))
    assert r.returncode == 1
    assert "wheelshare[server]" in r.stderr and "Traceback" not in r.stderr
