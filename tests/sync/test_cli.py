"""``wheelshare sync`` against a real feed: a summary, and an exit code that tells."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from wheelshare import demo
from wheelshare.app import main as app_main
from wheelshare.cache.database import Cache
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import outbox

from .conftest import counts


def test_a_sync_prints_what_it_did_and_exits_zero(
    feed: LiveFeed, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = app_main(["sync", "--feed", feed.url, "--data-dir", str(data_dir)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Public feed:" in out and "record(s) applied" in out
    assert counts(data_dir / "cache.sqlite")["venues"] == 300
    assert app_main(["sync", "--feed", feed.url, "--data-dir", str(data_dir)]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_signing_in_from_the_environment_brings_private_records(
    feed: LiveFeed,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WHEELSHARE_PASSWORD", demo.DEMO_PASSWORD)
    argv = ["sync", "--feed", feed.url, "--data-dir", str(data_dir)]
    assert app_main([*argv, "--email", demo.DEMO_RENTER_EMAIL]) == 0
    out = capsys.readouterr().out
    assert "Signed in as" in out and "Your bookings:" in out
    assert counts(data_dir / "cache.sqlite")["bookings"] > 0
    assert app_main([*argv, "--sign-out"]) == 0
    assert "Signed out." in capsys.readouterr().out
    assert counts(data_dir / "cache.sqlite")["bookings"] == 0


def test_an_unreachable_feed_exits_one_and_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Cache.open(data_dir) as cache:
        outbox.review_venue(cache, "v1", {"elevator": True})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = app_main(
        [
            "sync",
            "--feed",
            f"http://127.0.0.1:{port}",
            "--data-dir",
            str(data_dir),
            "--retries",
            "1",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "Cannot reach the feed" in err


def test_bad_options_exit_two(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert app_main(["sync", "--feed", "nowhere", "--data-dir", str(data_dir)]) == 2
    assert "is not a feed address" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        app_main(["sync", "--data-dir", str(data_dir)])
    assert e.value.code == 2
