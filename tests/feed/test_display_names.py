"""Display names an attacker would choose: ones that reverse the text around
them, that show nothing, that break lines, or that go on and on."""

from __future__ import annotations

import uuid

import pytest

from wheelshare.feed.testing import LiveFeed

from .helpers import error_of


def _register(feed: LiveFeed, name: str) -> tuple[int, dict[str, object]]:
    r = feed.http.post(
        f"{feed.url}/v1/auth/register",
        json={
            "email": f"name-{uuid.uuid4().hex[:10]}@example.org",
            "password": "correct horse battery",
            "display_name": name,
        },
    )
    return r.status_code, r.json()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("\u202eevil.exe", "display_name_bidi"),  # RIGHT-TO-LEFT OVERRIDE
        ("Ana \u202aBob", "display_name_bidi"),
        ("Ana\u2066x\u2069", "display_name_bidi"),  # isolates
        ("\u200b\u200b\u200b", "display_name_invisible"),  # zero-width spaces only
        ("\u200d\ufeff\u2060", "display_name_invisible"),  # joiner, BOM, word joiner
        ("\u3164\u3164", "display_name_invisible"),  # Hangul filler draws as blank
        ("\u0301\u0301", "display_name_invisible"),  # combining marks alone
        ("Ana\x07", "display_name_control"),
        ("Ana\u2028Bob", "display_name_control"),  # line separator
        ("A" * 101, "display_name_too_long"),
    ],
)
def test_a_hostile_display_name_is_refused_with_its_own_code(
    feed: LiveFeed, name: str, code: str
) -> None:
    status, body = _register(feed, name)
    assert status == 422, body
    err = body["error"]
    assert isinstance(err, dict)
    assert err["code"] == code and "display_name" in err["fields"], err


def test_names_are_stored_in_nfc(feed: LiveFeed) -> None:
    status, body = _register(feed, "  Re\u0301mi  ")
    assert status == 201, body
    user = body["user"]
    assert isinstance(user, dict)
    assert user["display_name"] == "R\u00e9mi"


def test_a_name_in_another_script_with_its_marks_is_welcome(feed: LiveFeed) -> None:
    status, body = _register(feed, "\u0639\u064e\u0644\u0650\u064a")  # Arabic with vowel marks
    assert status == 201, body


def test_a_refused_name_makes_no_account(feed: LiveFeed) -> None:
    email = f"name-{uuid.uuid4().hex[:10]}@example.org"
    body = {"email": email, "password": "correct horse battery", "display_name": "\u202eX"}
    r = feed.http.post(f"{feed.url}/v1/auth/register", json=body)
    assert error_of(r)["code"] == "display_name_bidi"
    ok = feed.http.post(f"{feed.url}/v1/auth/register", json={**body, "display_name": "X"})
    assert ok.status_code == 201
