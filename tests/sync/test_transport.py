"""Transport rules, tested as the attacks they stop.

A hostile feed on loopback answers sign-in and the change feeds with redirects
to another server (which records whatever reaches it), to plain http from
https, in a loop, or to ``ftp://`` and ``file://``. Nothing may reach the other
server, nothing it says may be kept, and each case ends in a FeedRedirectError
with its code. Plain http is refused for any feed not on this computer unless
explicitly allowed, which warns. Only loopback is ever contacted.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from wheelshare.app import main as app_main
from wheelshare.cache.database import Cache
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import MAX_REDIRECTS, FeedClient, RetryPolicy, is_loopback_host
from wheelshare.sync.errors import (
    FeedAddressError,
    FeedRedirectError,
    InsecureFeedError,
)
from wheelshare.sync.syncer import Syncer
from wheelshare.sync.testing_keyring import MemoryKeyring

from .hostile import STOLEN_TOKEN, HostileFeed

PASSWORD = "correct horse battery"
ONE_TRY = RetryPolicy(attempts=1)


@pytest.fixture
def elsewhere() -> Iterator[HostileFeed]:
    """Another server on loopback (another port): it must never hear from the client."""
    s = HostileFeed()
    yield s
    s.close()


@pytest.fixture
def hostile() -> Iterator[HostileFeed]:
    s = HostileFeed()
    yield s
    s.close()


@pytest.fixture
def ca(tmp_path: Path) -> tuple[trustme.CA, Path]:
    authority = trustme.CA()
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    return authority, bundle


@pytest.fixture
def hostile_tls(ca: tuple[trustme.CA, Path]) -> Iterator[HostileFeed]:
    authority, _ = ca
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    s = HostileFeed(tls=context)
    yield s
    s.close()


def _sign_in(client: FeedClient, data_dir: Path) -> FeedRedirectError:
    accounts = Accounts(client, data_dir)
    with pytest.raises(FeedRedirectError) as e:
        accounts.sign_in("ana@example.org", PASSWORD)
    assert client.token is None
    assert accounts.current_user() is None
    assert STOLEN_TOKEN not in MemoryKeyring._store.values()
    return e.value


def _nothing_reached(server: HostileFeed) -> None:
    got = server.got()
    assert got == [], f"the other server received {got}"


# -- redirects to another origin ------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_sign_in_redirected_to_another_server_sends_it_nothing(
    hostile: HostileFeed, elsewhere: HostileFeed, data_dir: Path, host: str, status: int
) -> None:
    target = f"http://{host}:{elsewhere.port}/v1/auth/token"
    hostile.redirects["/v1/auth/token"] = (status, target)
    with FeedClient(hostile.url, retry=ONE_TRY) as client:
        err = _sign_in(client, data_dir)
    _nothing_reached(elsewhere)
    assert err.code == FeedRedirectError.OTHER_ORIGIN
    assert (err.location, err.status, err.feed_url) == (target, status, hostile.url)
    assert "nothing was sent there" in str(err)
    # The password went once, to the feed itself, and never again.
    assert [r.method for r in hostile.got()] == ["POST"]


@pytest.mark.parametrize("status", [301, 302, 307])
def test_private_changes_redirected_elsewhere_keep_the_token_and_take_nothing(
    hostile: HostileFeed, elsewhere: HostileFeed, status: int
) -> None:
    hostile.redirects["/v1/me/changes"] = (status, f"{elsewhere.url}/v1/me/changes")
    with (
        FeedClient(hostile.url, token="secret-token", retry=ONE_TRY) as client,
        pytest.raises(FeedRedirectError) as e,
    ):
        client.changes("me", None)
    assert e.value.code == FeedRedirectError.OTHER_ORIGIN
    _nothing_reached(elsewhere)


def test_a_sync_redirected_elsewhere_applies_nothing_and_says_why(
    hostile: HostileFeed, elsewhere: HostileFeed, data_dir: Path
) -> None:
    hostile.redirects["/v1/"] = (302, f"{elsewhere.url}/v1/changes")
    with Cache.open(data_dir) as cache, FeedClient(hostile.url, retry=ONE_TRY) as client:
        report = Syncer(cache, client).run()
    assert isinstance(report.error, FeedRedirectError)
    assert report.applied == 0
    assert "not the feed's own address" in report.summary
    _nothing_reached(elsewhere)


# -- from https down to http ----------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 307])
def test_an_https_feed_cannot_send_the_sign_in_down_to_http(
    hostile_tls: HostileFeed,
    elsewhere: HostileFeed,
    ca: tuple[trustme.CA, Path],
    data_dir: Path,
    status: int,
) -> None:
    hostile_tls.redirects["/v1/auth/token"] = (status, f"{elsewhere.url}/v1/auth/token")
    with FeedClient(hostile_tls.url, ca_bundle=str(ca[1]), retry=ONE_TRY) as client:
        err = _sign_in(client, data_dir)
    assert err.code == FeedRedirectError.OTHER_ORIGIN
    _nothing_reached(elsewhere)
    assert len(hostile_tls.got()) == 1


@pytest.mark.parametrize("status", [301, 302, 307])
def test_an_https_feed_cannot_send_the_token_down_to_http(
    hostile_tls: HostileFeed,
    elsewhere: HostileFeed,
    ca: tuple[trustme.CA, Path],
    status: int,
) -> None:
    hostile_tls.redirects["/v1/me/changes"] = (status, f"{elsewhere.url}/v1/me/changes")
    with (
        FeedClient(
            hostile_tls.url, token="secret-token", ca_bundle=str(ca[1]), retry=ONE_TRY
        ) as client,
        pytest.raises(FeedRedirectError) as e,
    ):
        client.changes("me", None)
    assert e.value.code == FeedRedirectError.OTHER_ORIGIN
    _nothing_reached(elsewhere)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Same host and port, only the scheme changes: still another origin.
        ("https://feed.example.org:8443/v1/changes", "http://feed.example.org:8443/v1/changes"),
        ("https://feed.example.org/v1/changes", "http://feed.example.org/v1/changes"),
        ("https://feed.example.org/v1/changes", "http://feed.example.org:443/v1/changes"),
        ("http://127.0.0.1:8000/v1/changes", "https://127.0.0.1:8000/v1/changes"),
        ("https://feed.example.org/v1/changes", "https://feed.example.org:8443/v1/changes"),
        ("https://feed.example.org/v1/changes", "https://evil@feed.example.org/v1/changes"),
    ],
)
def test_a_scheme_or_port_change_on_the_same_host_is_another_origin(old: str, new: str) -> None:
    """What no loopback server can show: same host, same port, only the scheme differs."""
    import requests

    client = FeedClient("https://feed.example.org")
    resp = requests.Response()
    resp.status_code = 302
    resp.headers["Location"] = new
    with pytest.raises(FeedRedirectError) as e:
        client._redirect_target("GET", old, resp, 0, {old})
    assert e.value.code == FeedRedirectError.OTHER_ORIGIN
    client.close()


# -- same origin -----------------------------------------------------------


def test_a_sign_in_redirected_on_the_same_feed_is_not_posted_again(
    hostile: HostileFeed, data_dir: Path
) -> None:
    hostile.redirects["/v1/auth/token"] = (307, "/v1/auth/token2")
    with FeedClient(hostile.url, retry=ONE_TRY) as client:
        err = _sign_in(client, data_dir)
    assert err.code == FeedRedirectError.WRITE
    assert [(r.method, r.path) for r in hostile.got()] == [("POST", "/v1/auth/token")]


def test_a_read_redirected_on_the_same_feed_is_followed_with_its_token(
    hostile: HostileFeed,
) -> None:
    """Allowed, not an attack: a feed may move a read within its own address."""
    hostile.redirects["/v1/me/changes"] = (308, "/moved/changes?since=x")
    with FeedClient(hostile.url, token="secret-token", retry=ONE_TRY) as client:
        page = client.changes("me", None, limit=5)
    assert page.status == 200 and page.data["cursor"] == "planted.1"
    first, second = hostile.got()
    assert first.path == "/v1/me/changes?limit=5"
    assert second.path == "/moved/changes?since=x"
    assert second.headers["Authorization"] == "Bearer secret-token"


# -- loops and other schemes ----------------------------------------------


ENDLESS = {
    "/v1/changes": (302, "/v1/hop1/"),
    **{f"/v1/hop{n}/": (302, f"/v1/hop{n + 1}/") for n in range(1, 40)},
}


@pytest.mark.parametrize(
    ("redirects", "requests_sent"),
    [
        ({"/v1/changes": (302, "/v1/changes?limit=500")}, 1),  # to itself
        ({"/v1/changes": (302, "/v1/ping"), "/v1/ping": (302, "/v1/changes?limit=500")}, 2),
        (ENDLESS, MAX_REDIRECTS + 1),
    ],
    ids=["self", "ping-pong", "endless"],
)
def test_a_redirect_loop_ends_in_a_clear_error(
    hostile: HostileFeed, redirects: dict[str, tuple[int, str]], requests_sent: int
) -> None:
    hostile.redirects.update(redirects)
    with FeedClient(hostile.url, retry=ONE_TRY) as client, pytest.raises(FeedRedirectError) as e:
        client.changes("public", None)
    assert e.value.code == FeedRedirectError.LOOP
    assert "keeps redirecting" in str(e.value)
    assert len(hostile.got()) == requests_sent


@pytest.mark.parametrize(
    "location",
    ["ftp://127.0.0.1/v1/changes", "file:///etc/passwd", "file:///v1/changes", ""],
)
@pytest.mark.parametrize("path", ["/v1/auth/token", "/v1/changes"])
def test_a_redirect_to_another_scheme_ends_in_a_clear_error(
    hostile: HostileFeed, data_dir: Path, location: str, path: str
) -> None:
    hostile.redirects[path] = (302, location)
    with FeedClient(hostile.url, retry=ONE_TRY) as client:
        if path == "/v1/auth/token":
            err = _sign_in(client, data_dir)
        else:
            with pytest.raises(FeedRedirectError) as e:
                client.changes("public", None)
            err = e.value
    assert err.code == FeedRedirectError.BAD_SCHEME
    assert len(hostile.got()) == 1


def test_the_sync_command_exits_one_on_a_hostile_redirect(
    hostile: HostileFeed,
    elsewhere: HostileFeed,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hostile.redirects["/v1/auth/token"] = (307, f"{elsewhere.url}/v1/auth/token")
    monkeypatch.setenv("WHEELSHARE_PASSWORD", PASSWORD)
    argv = ["sync", "--feed", hostile.url, "--data-dir", str(data_dir), "--retries", "1"]
    assert app_main([*argv, "--email", "ana@example.org"]) == 1
    err = capsys.readouterr().err
    assert "redirected to" in err and "nothing was sent there" in err
    _nothing_reached(elsewhere)
    remembered = data_dir / "accounts.json"
    assert not remembered.exists() or "u-wrong" not in remembered.read_text(encoding="utf-8")
    assert STOLEN_TOKEN not in MemoryKeyring._store.values()


# -- plain http ------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org",
        "http://feed.example.org:8080/",
        "http://10.0.0.5:8000",
        "http://[2001:db8::1]:8000",
        "http://localhost.example.org",
        "http://127.0.0.1.example.org",
    ],
)
def test_a_plain_http_feed_elsewhere_is_refused_in_words(url: str) -> None:
    with pytest.raises(InsecureFeedError) as e:
        FeedClient(url)
    text = str(e.value)
    assert url in text and "https://" in text and "nothing was sent" in text
    assert e.value.code == "insecure_feed"
    assert e.value.feed_url == url
    assert e.value.suggested_url == "https://" + url.split("://", 1)[1]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.1.2.3:8000",
        "http://localhost:8000",
        "http://LOCALHOST:8000/",
        "http://[::1]:8000",
        "https://example.org",
    ],
)
def test_loopback_and_https_feeds_are_allowed(url: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="wheelshare.sync.client"):
        FeedClient(url).close()
    assert caplog.records == []


@pytest.mark.parametrize("host", ["127.0.0.1", "127.255.0.9", "::1", "localhost", "localhost."])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["", "example.org", "10.0.0.1", "::ffff:10.0.0.1", "0.0.0.0"])
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback_host(host)


@pytest.mark.parametrize(
    "url", ["http://evil@127.0.0.1:8000", "http://example.org\\@127.0.0.1:8000"]
)
def test_an_address_two_parsers_could_read_differently_is_refused(url: str) -> None:
    with pytest.raises(FeedAddressError):
        FeedClient(url)


def test_the_opt_in_allows_plain_http_and_warns_every_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="wheelshare.sync.client"):
        for _ in range(2):
            client = FeedClient("http://feed.test.example.org:8000", allow_insecure=True)
            assert client.requests_made == 0
            client.close()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert all("not encrypted" in r.getMessage() for r in warnings)
    assert "http://feed.test.example.org:8000" in warnings[0].getMessage()


def test_the_sync_command_refuses_plain_http_and_says_how_to_fix_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = app_main(["sync", "--feed", "http://feed.example.org", "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert code == 2
    assert "http://feed.example.org" in err and "https://feed.example.org" in err
    assert "--insecure-feed" in err


def test_the_sync_command_opt_in_warns_on_stderr(
    data_dir: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    # --sign-out with nobody signed in sends nothing: no connection is made.
    argv = ["sync", "--feed", "http://feed.example.org", "--data-dir", str(data_dir)]
    with caplog.at_level(logging.WARNING, logger="wheelshare.sync.client"):
        code = app_main([*argv, "--insecure-feed", "--sign-out"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "not encrypted" in out.err and "http://feed.example.org" in out.err
    assert any("not encrypted" in r.getMessage() for r in caplog.records)
