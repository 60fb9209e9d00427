"""Account rights: change the password, export one's data, delete the account."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any, cast

import requests
from sqlalchemy import select

from wheelshare.domain.wire import format_time
from wheelshare.feed.models import SignInFailure, Token, User
from wheelshare.feed.testing import Account, LiveFeed

from .helpers import at, error_of

NEW = "lantern orchard velvet"


def _headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_changing_the_password_needs_the_old_one_and_signs_out_other_devices(
    feed: LiveFeed,
) -> None:
    user = feed.register()
    laptop = feed.sign_in(user.email, user.password)
    url = f"{feed.url}/v1/me/password"
    wrong = feed.http.post(
        url, json={"old_password": "not my password", "new_password": NEW}, headers=user.headers
    )
    assert wrong.status_code == 401 and error_of(wrong)["code"] == "bad_credentials"
    weak = feed.http.post(
        url,
        json={"old_password": user.password, "new_password": "password123"},
        headers=user.headers,
    )
    assert weak.status_code == 422 and error_of(weak)["code"] == "weak_password"
    ok = feed.http.post(
        url, json={"old_password": user.password, "new_password": NEW}, headers=user.headers
    )
    assert ok.status_code == 204, ok.text
    assert feed.http.get(f"{feed.url}/v1/me", headers=user.headers).status_code == 200
    other = feed.http.get(f"{feed.url}/v1/me", headers=_headers(laptop))
    assert other.status_code == 401 and error_of(other)["code"] == "bad_token"
    old = feed.http.post(
        f"{feed.url}/v1/auth/token", json={"email": user.email, "password": user.password}
    )
    assert old.status_code == 401
    assert feed.sign_in(user.email, NEW)


def test_guessing_the_old_password_with_a_stolen_token_is_rate_limited(feed: LiveFeed) -> None:
    user = feed.register()
    codes = [
        feed.http.post(
            f"{feed.url}/v1/me/password",
            json={"old_password": f"guess number {i}", "new_password": NEW},
            headers=user.headers,
        ).status_code
        for i in range(6)
    ]
    assert codes == [401] * 5 + [429]


def test_the_export_holds_my_account_vehicles_bookings_and_reviews_only(feed: LiveFeed) -> None:
    me, owner = feed.register(), feed.register()
    mine = feed.create_vehicle(me)
    theirs = feed.create_vehicle(owner, instant_book=True)
    start = at(20)
    booked = feed.book(me, theirs["id"], start, start + timedelta(days=2)).json()["booking"]
    r = feed.http.get(f"{feed.url}/v1/me/export", headers=me.headers)
    assert r.status_code == 200
    doc = r.json()
    assert doc["user"]["email"] == me.email and doc["user"]["display_name"] == me.display_name
    assert [v["id"] for v in doc["vehicles"]] == [mine["id"]]
    assert [a["vehicle_id"] for a in doc["availability"]] == [mine["id"]]
    assert [b["id"] for b in doc["bookings"]] == [booked["id"]]
    assert doc["reviews"] == []
    assert len(doc["sign_ins"]) >= 1 and me.token not in r.text
    assert owner.email not in r.text
    assert feed.http.get(f"{feed.url}/v1/me/export").status_code == 401


def _venue_id(feed: LiveFeed) -> str:
    changes, _ = feed.all_changes()
    return next(c["id"] for c in changes if c["kind"] == "venue")


def _leaver(feed: LiveFeed) -> Account:
    name = f"Zéphyrine Quatremer {uuid.uuid4().hex[:6]}"
    return feed.register(name)


def test_a_deleted_account_leaves_no_name_email_or_address_in_any_feed(feed: LiveFeed) -> None:
    owner, leaver = feed.register(), _leaver(feed)
    # What the leaver did: a booking ahead, a venue review, a listed vehicle.
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(30)
    booking = feed.book(leaver, v["id"], start, start + timedelta(days=2)).json()["booking"]
    assert booking["renter_name"] == leaver.display_name
    venue = _venue_id(feed)
    review = feed.http.post(
        f"{feed.url}/v1/venues/{venue}/reviews",
        json={"criteria": {"overall": 4}, "comment": "Step-free entrance at the side."},
        headers=leaver.headers,
    )
    assert review.status_code in (200, 201), review.text
    address = f"{uuid.uuid4().hex[:6]} rue des Lilas, Paris"
    location = {"lat": 48.85, "lon": 2.35, "city": "Paris", "address": address}
    own = feed.create_vehicle(leaver, location=location)

    wrong = feed.http.request(
        "DELETE", f"{feed.url}/v1/me", json={"password": "not it at all"}, headers=leaver.headers
    )
    assert wrong.status_code == 401
    gone = feed.http.request(
        "DELETE", f"{feed.url}/v1/me", json={"password": leaver.password}, headers=leaver.headers
    )
    assert gone.status_code == 204, gone.text

    secrets = (leaver.display_name, leaver.email, address)
    public, _ = feed.all_changes()
    text = json.dumps(public, ensure_ascii=False)
    assert not [s for s in secrets if s in text]
    latest: dict[tuple[str, str], dict[str, Any]] = {(c["kind"], c["id"]): c for c in public}
    assert latest[("vehicle", own["id"])]["data"]["listed"] is False
    kept = latest[("review", review.json()["review"]["id"])]["data"]
    assert kept["author_name"] == "Former member"
    assert kept["comment"] == "Step-free entrance at the side."

    private, _ = feed.all_changes(who=owner)
    assert not [s for s in secrets if s in json.dumps(private, ensure_ascii=False)]
    seen = [c["data"] for c in private if c["kind"] == "booking" and c["id"] == booking["id"]]
    assert seen and seen[-1]["status"] == "cancelled"
    assert seen[-1]["renter_name"] == "Former member"
    assert seen[-1]["refund"] == booking["price"]  # 30 days ahead: in full

    assert feed.http.get(f"{feed.url}/v1/me", headers=leaver.headers).status_code == 401
    with feed.db.read() as s:
        row = s.get(User, leaver.id)
        assert row is not None
        assert (row.email, row.display_name) == (f"deleted-{leaver.id}@invalid", "Former member")
        assert not row.password_hash.startswith("$argon2")
        assert s.scalars(select(Token).where(Token.user_id == leaver.id)).all() == []
        keys = s.scalars(select(SignInFailure.key)).all()
        assert not [k for k in keys if leaver.email in k]
    again = feed.http.post(
        f"{feed.url}/v1/auth/token", json={"email": leaver.email, "password": leaver.password}
    )
    assert again.status_code == 401
    # The address can be used again for a new account.
    assert feed.register(email=leaver.email).email == leaver.email


def test_a_new_display_name_replaces_the_old_one_in_every_feed_old_versions_too(
    feed: LiveFeed,
) -> None:
    owner = feed.register()
    person = feed.register(f"Dominique {uuid.uuid4().hex[:6]}")
    # Their name is on a booking (to the owner), a listing and a venue review.
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(20)
    assert feed.book(person, v["id"], start, start + timedelta(days=1)).status_code == 201
    own = feed.create_vehicle(person)
    review = feed.http.post(
        f"{feed.url}/v1/venues/{_venue_id(feed)}/reviews",
        json={"criteria": {"overall": 5}, "comment": "Lift to every floor."},
        headers=person.headers,
    )
    assert review.status_code in (200, 201), review.text
    # ...and on an offer to accompany travellers.
    station = {"kind": "station", "city": "Lyon", "lat": 45.76, "lon": 4.86}
    journey = {
        "origin": {**station, "name": "Lyon Part-Dieu"},
        "destination": {**station, "name": "Grenoble", "lat": 45.19, "lon": 5.71},
        "leaves_from": format_time(at(3)),
        "leaves_until": format_time(at(3) + timedelta(hours=2)),
        "mode": "train",
    }
    offered = feed.http.post(
        f"{feed.url}/v1/companion-offers",
        json=journey,
        headers={**person.headers, "Idempotency-Key": str(uuid.uuid4())},
    )
    assert offered.status_code == 201, offered.text

    new = f"Dom {uuid.uuid4().hex[:6]}"
    r = feed.http.patch(
        f"{feed.url}/v1/me", json={"display_name": f"  {new} "}, headers=person.headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["user"]["display_name"] == new

    for who in (None, owner, person):
        changes, _ = feed.all_changes(who=who) if who else feed.all_changes()
        text = json.dumps(changes, ensure_ascii=False)
        assert person.display_name not in text, f"the old name is still in {who or 'public'}"
    public, _ = feed.all_changes()
    latest = {(c["kind"], c["id"]): c["data"] for c in public}
    assert latest[("vehicle", own["id"])]["owner_name"] == new
    assert latest[("review", review.json()["review"]["id"])]["author_name"] == new
    to_owner, _ = feed.all_changes(who=owner)
    assert [c["data"]["renter_name"] for c in to_owner if c["kind"] == "booking"] == [new]


def test_names_that_will_not_do_and_a_loop_of_renames_are_refused(feed: LiveFeed) -> None:
    person = feed.register()
    url = f"{feed.url}/v1/me"
    for name, code in (
        ("\u202eevil", "display_name_bidi"),
        ("\u200b\u200b", "display_name_invisible"),
        ("x" * 101, "display_name_too_long"),
        ("   ", "invalid"),
    ):
        r = feed.http.patch(url, json={"display_name": name}, headers=person.headers)
        assert r.status_code == 422 and error_of(r)["code"] == code, (name, r.text)
    # Each change sends every record with the name again: three a day.
    codes = [
        feed.http.patch(url, json={"display_name": f"Name {i}"}, headers=person.headers).status_code
        for i in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    refused = feed.http.patch(url, json={"display_name": "Name 9"}, headers=person.headers)
    assert error_of(refused)["code"] == "name_changes_limited"
    assert "display_name" in error_of(refused)["fields"]
    # The same name again changes nothing and is not counted.
    same = feed.http.patch(url, json={"display_name": "Name 2"}, headers=person.headers)
    assert same.status_code == 200
    anonymous = feed.http.patch(url, json={"display_name": "Nobody"})
    assert anonymous.status_code == 401


def test_a_loop_of_new_phone_numbers_is_refused_by_name_and_removing_it_never_is(
    feed: LiveFeed,
) -> None:
    owner, renter = feed.register(), feed.register()
    vehicle = feed.create_vehicle(owner)
    start = at(12)
    booking = feed.book(renter, vehicle["id"], start, start + timedelta(days=1)).json()["booking"]
    assert feed.act(owner, booking["id"], "accept").status_code == 200
    url = f"{feed.url}/v1/me"

    def set_phone(phone: str | None) -> requests.Response:
        return feed.http.patch(url, json={"phone": phone}, headers=owner.headers)

    def renter_sees() -> str | None:
        changes, _ = feed.all_changes(who=renter)
        [phone] = [c["data"]["owner_phone"] for c in changes if c["kind"] == "conversation"]
        return cast(str | None, phone)

    # Each new number sends the conversations of every confirmed booking again.
    codes = [set_phone(f"+33 6 00 00 00 0{i}").status_code for i in range(3)]
    assert codes == [200, 200, 200]
    refused = set_phone("+33 6 99 99 99 99")
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 23 * 3600
    error = error_of(refused)
    assert error["code"] == "phone_changes_limited" and "phone" in error["fields"]
    assert renter_sees() == "+33 6 00 00 00 02"
    # The same number again changes nothing; removing it is always allowed.
    assert set_phone("+33 6 00 00 00 02").status_code == 200
    assert set_phone(None).status_code == 200
    assert renter_sees() is None
    assert set_phone("+33 6 99 99 99 99").status_code == 429
    # Refused with a name change in the same request: neither is applied.
    both = feed.http.patch(
        url, json={"display_name": "Olga B.", "phone": "+33 6 11"}, headers=owner.headers
    )
    assert both.status_code == 429
    me = feed.http.patch(url, json={}, headers=owner.headers).json()["user"]
    assert (me["display_name"], me["phone"]) == (owner.display_name, None)
