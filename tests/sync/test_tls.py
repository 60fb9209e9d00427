"""TLS: a feed with its own certificate authority works once its CA bundle is given,
and is refused (not silently trusted) without it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
import uvicorn

from wheelshare.cache.database import Cache
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.client import FeedClient, RetryPolicy
from wheelshare.sync.errors import TlsError
from wheelshare.sync.syncer import Syncer


@pytest.fixture
def tls_feed(feed: LiveFeed, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The same feed app served over HTTPS with a certificate from a private CA."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    key_file, cert_file, ca_file = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "ca.pem"
    cert.private_key_pem.write_to_path(str(key_file))
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    ca.cert_pem.write_to_path(str(ca_file))
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        feed.app,
        log_level="warning",
        access_log=False,
        ssl_keyfile=str(key_file),
        ssl_certfile=str(cert_file),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the TLS feed did not start"
        time.sleep(0.01)
    yield f"https://127.0.0.1:{port}", ca_file
    server.should_exit = True
    thread.join(15)
    sock.close()


def test_a_feed_with_a_private_ca_syncs_once_its_bundle_is_configured(
    tls_feed: tuple[str, Path], data_dir: Path
) -> None:
    url, ca_file = tls_feed
    with Cache.open(data_dir) as cache, FeedClient(url, ca_bundle=str(ca_file)) as client:
        report = Syncer(cache, client).run()
    assert report.ok, report.summary
    assert report.applied > 300


def test_without_the_bundle_the_certificate_is_refused_in_words(
    tls_feed: tuple[str, Path], data_dir: Path
) -> None:
    url, _ = tls_feed
    with (
        Cache.open(data_dir) as cache,
        FeedClient(url, retry=RetryPolicy(attempts=1)) as client,
    ):
        report = Syncer(cache, client).run()
    assert isinstance(report.error, TlsError)
    assert "set its CA bundle" in report.summary
    assert report.applied == 0
