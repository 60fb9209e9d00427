"""Handover reports and damage reports: the parties only, their windows, locking,
and limits written as the attacks they stop."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
import requests

from wheelshare.domain import clock
from wheelshare.feed.settings import RateLimit
from wheelshare.feed.testing import Account, LiveFeed

from . import images
from .conftest import make_feed
from .helpers import at, error_of

REQUIRED = ("front", "back", "left", "right", "ramp_or_lift")


@pytest.fixture(scope="module")
def feed(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveFeed]:
    """One feed for the module, with a small photo allowance so the limits can be
    reached in a few uploads (every test uses accounts of its own)."""
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("handover"),
        max_photos_per_report=6,
        photo_uploads_per_account=RateLimit(attempts=8, window=timedelta(hours=1)),
    ) as f:
        yield f


@dataclass
class Rental:
    feed: LiveFeed
    owner: Account
    renter: Account
    booking: str
    start: datetime
    end: datetime

    def url(self, moment: str, tail: str = "") -> str:
        return f"{self.feed.url}/v1/bookings/{self.booking}/handover/{moment}{tail}"

    def edit(self, who: Account, moment: str, **fields: Any) -> requests.Response:
        return self.feed.http.patch(self.url(moment), json=fields, headers=who.headers)

    def photo(
        self,
        who: Account,
        moment: str,
        position: str,
        description: str = "The front bumper, no scratches",
        *,
        key: str | None = None,
    ) -> requests.Response:
        headers = dict(who.headers)
        if key:
            headers["Idempotency-Key"] = key
        return self.feed.http.post(
            self.url(moment, "/photos"),
            data={"description": description, "position": position},
            files={"file": ("p.jpg", images.jpeg(320, 240), "image/jpeg")},
            headers=headers,
        )

    def confirm(self, who: Account, moment: str) -> requests.Response:
        return self.feed.http.post(self.url(moment, "/confirm"), headers=who.headers)

    def fill(self, who: Account, moment: str) -> dict[str, Any]:
        for position in REQUIRED:
            r = self.photo(who, moment, position, f"The {position} of the van")
            assert r.status_code == 201, r.text
        r = self.edit(who, moment, fuel_percent=80, odometer_km=42_100, notes="Clean")
        assert r.status_code == 200, r.text
        report: dict[str, Any] = r.json()["handover_report"]
        return report

    def damage(self, who: Account, description: str, photo_ids: list[str]) -> requests.Response:
        return self.feed.http.post(
            f"{self.feed.url}/v1/bookings/{self.booking}/damage",
            json={"description": description, "photo_ids": photo_ids},
            headers=who.headers,
        )


def rental(feed: LiveFeed, *, hours_ahead: float = 2) -> Rental:
    owner, renter = feed.register(), feed.register()
    vehicle = feed.create_vehicle(owner, instant_book=True)
    start = at(0, hours_ahead)
    end = start + timedelta(days=1)
    r = feed.book(renter, vehicle["id"], start, end)
    assert r.status_code == 201, r.text
    assert r.json()["booking"]["status"] == "confirmed"
    return Rental(feed, owner, renter, r.json()["booking"]["id"], start, end)


def test_both_parties_confirm_then_the_report_is_locked(feed: LiveFeed) -> None:
    t = rental(feed)
    report = t.fill(t.renter, "start")
    assert report["missing_positions"] == [] and not report["locked"]
    assert [p["position"] for p in report["photos"]] == list(REQUIRED)
    assert report["photos"][0]["description"] == "The front of the van"

    first = t.confirm(t.renter, "start").json()["handover_report"]
    assert first["renter_confirmed_at"] and first["owner_confirmed_at"] is None
    both = t.confirm(t.owner, "start").json()["handover_report"]
    assert both["locked"] and both["owner_confirmed_at"]

    edit = t.edit(t.owner, "start", notes="A scratch after all")
    assert edit.status_code == 409 and error_of(edit)["code"] == "report_locked"
    extra = t.photo(t.renter, "start", "interior")
    assert extra.status_code == 409 and error_of(extra)["code"] == "report_locked"
    photo_id = both["photos"][0]["id"]
    gone = t.feed.http.delete(t.url("start", f"/photos/{photo_id}"), headers=t.owner.headers)
    assert gone.status_code == 409
    # Nor through the general photo routes, which know nothing of reports.
    patch = feed.http.patch(
        f"{feed.url}/v1/photos/{photo_id}", json={"description": "x"}, headers=t.renter.headers
    )
    assert patch.status_code == 404


def test_a_change_clears_the_confirmations_so_nobody_confirms_what_they_did_not_see(
    feed: LiveFeed,
) -> None:
    t = rental(feed)
    t.fill(t.owner, "start")
    assert t.confirm(t.owner, "start").status_code == 200
    changed = t.edit(t.renter, "start", fuel_percent=60).json()["handover_report"]
    assert changed["owner_confirmed_at"] is None and changed["fuel_percent"] == 60


def test_an_incomplete_report_cannot_be_confirmed(feed: LiveFeed) -> None:
    t = rental(feed)
    assert t.photo(t.renter, "start", "front").status_code == 201
    r = t.confirm(t.renter, "start")
    assert r.status_code == 409 and error_of(r)["code"] == "report_incomplete"
    assert {"back", "ramp_or_lift", "odometer_km"} <= set(error_of(r)["fields"])


def test_only_the_two_parties_may_touch_a_report(feed: LiveFeed) -> None:
    t = rental(feed)
    t.fill(t.renter, "start")
    stranger = feed.register()
    for r in (
        t.edit(stranger, "start", notes="mine now"),
        t.photo(stranger, "start", "front"),
        t.confirm(stranger, "start"),
        feed.http.get(t.url("start"), headers=stranger.headers),
        t.damage(stranger, "broken", []),
    ):
        assert r.status_code == 403, r.text
        assert error_of(r)["code"] == "not_party"


def test_reports_and_their_photos_reach_the_two_parties_only(feed: LiveFeed) -> None:
    t = rental(feed)
    report = t.fill(t.renter, "start")
    stranger = feed.register()
    for who in (t.renter, t.owner):
        mine = [c for c in feed.all_changes(who=who)[0] if c["kind"] == "handover_report"]
        assert mine[-1]["data"]["id"] == report["id"]
    public, _ = feed.all_changes()
    theirs, _ = feed.all_changes(who=stranger)
    digests = {f["sha256"] for p in report["photos"] for f in p["files"].values()}
    for change in public + theirs:
        assert change["kind"] not in ("handover_report", "damage_report")
        assert not digests & {f["sha256"] for f in (change["data"] or {}).get("files", {}).values()}
    digest = report["photos"][0]["files"]["thumb"]["sha256"]
    private = f"{feed.url}/v1/handover-photo-files/{digest}"
    got = feed.http.get(private, headers=t.owner.headers)
    assert got.status_code == 200 and got.content[:2] == b"\xff\xd8"
    assert got.headers["Cache-Control"].startswith("private")
    assert feed.http.get(private, headers=stranger.headers).status_code == 404
    assert feed.http.get(private).status_code == 401
    assert feed.http.get(f"{feed.url}/v1/photo-files/{digest}").status_code == 404


def test_the_end_report_waits_for_the_end_and_the_start_report_closes(feed: LiveFeed) -> None:
    t = rental(feed, hours_ahead=30)
    early = t.edit(t.renter, "start", notes="too early")
    assert early.status_code == 409 and error_of(early)["code"] == "outside_window"
    t = rental(feed)
    end = t.edit(t.renter, "end", odometer_km=1)
    assert end.status_code == 409 and error_of(end)["code"] == "outside_window"
    with clock.pinned(t.end + timedelta(hours=1), frozen=False):
        assert t.edit(t.renter, "end", odometer_km=42_300).status_code == 200
        late = t.edit(t.renter, "start", odometer_km=1)
        assert late.status_code == 409 and error_of(late)["code"] == "outside_window"
    with clock.pinned(t.end + timedelta(days=3), frozen=False):
        assert t.edit(t.owner, "end", notes="forgot").status_code == 409


def test_a_damage_report_points_at_both_reports_within_five_days(feed: LiveFeed) -> None:
    t = rental(feed)
    start = t.fill(t.renter, "start")
    too_soon = t.damage(t.owner, "Ramp bent", [start["photos"][4]["id"]])
    assert too_soon.status_code == 409 and error_of(too_soon)["code"] == "outside_window"
    with clock.pinned(t.end + timedelta(hours=2), frozen=False):
        end = t.fill(t.owner, "end")
        chosen = [start["photos"][4]["id"], end["photos"][4]["id"]]
        r = t.damage(t.owner, "The ramp's left edge is bent", chosen)
        assert r.status_code == 201, r.text
        damage = r.json()["damage_report"]
        assert damage["photo_ids"] == chosen
        again = t.damage(t.owner, "The ramp's left edge is bent", chosen)
        assert again.status_code == 200 and again.json()["damage_report"]["id"] == damage["id"]
        second = t.damage(t.renter, "And a scratch", [])
        assert second.status_code == 409 and error_of(second)["code"] == "damage_report_exists"
        seen = [c for c in feed.all_changes(who=t.renter)[0] if c["kind"] == "damage_report"]
        assert seen[-1]["data"]["description"] == "The ramp's left edge is bent"
        assert all(c["kind"] != "damage_report" for c in feed.all_changes()[0])
    u = rental(feed)
    with clock.pinned(u.end + timedelta(days=5, hours=1), frozen=False):
        late = u.damage(u.renter, "Found a dent", [])
        assert late.status_code == 409 and error_of(late)["code"] == "outside_window"


def test_a_damage_report_cannot_point_at_another_bookings_photos(feed: LiveFeed) -> None:
    t, other = rental(feed), rental(feed)
    theirs = other.fill(other.renter, "start")["photos"][0]["id"]
    with clock.pinned(t.end + timedelta(hours=1), frozen=False):
        r = t.damage(t.renter, "Dent", [theirs])
        assert r.status_code == 422 and error_of(r)["code"] == "unknown_photo"


def test_a_report_cannot_be_filled_with_photos(feed: LiveFeed) -> None:
    t = rental(feed)
    for n in range(6):
        assert t.photo(t.renter, "start", "other", f"Close-up {n}").status_code == 201
    seventh = t.photo(t.owner, "start", "other")
    assert seventh.status_code == 409 and error_of(seventh)["code"] == "too_many_photos"


def test_one_account_cannot_upload_report_photos_without_end(feed: LiveFeed) -> None:
    t = rental(feed)
    with clock.pinned(t.end - timedelta(hours=1), frozen=False):
        for n in range(8):
            moment = "start" if n < 5 else "end"
            assert t.photo(t.renter, moment, "other", f"Photo {n}").status_code == 201
        r = t.photo(t.renter, "end", "other")
        assert r.status_code == 429 and error_of(r)["code"] == "rate_limited"


def test_notes_and_descriptions_have_limits(feed: LiveFeed) -> None:
    t = rental(feed)
    long = t.edit(t.renter, "start", notes="x" * 2001)
    assert long.status_code == 422
    padded = t.edit(t.renter, "start", notes="y" * 4001)
    assert padded.status_code == 422
    fuel = t.edit(t.renter, "start", fuel_percent=101)
    assert fuel.status_code == 422
    blank = t.photo(t.renter, "start", "front", "   ")
    assert blank.status_code == 422
    assert feed.http.get(t.url("start"), headers=t.renter.headers).status_code == 404


def test_a_resent_upload_adds_one_photo(feed: LiveFeed) -> None:
    t = rental(feed)
    first = t.photo(t.renter, "start", "front", key="k-1")
    again = t.photo(t.renter, "start", "front", key="k-1")
    assert (first.status_code, again.status_code) == (201, 200)
    assert len(again.json()["handover_report"]["photos"]) == 1


def test_both_parties_export_their_reports_and_a_leaver_s_stay_the_other_party_s(
    feed: LiveFeed,
) -> None:
    t = rental(feed)
    start = t.fill(t.renter, "start")
    ramp = start["photos"][4]
    with clock.pinned(t.end + timedelta(hours=2), frozen=False):
        r = t.damage(t.owner, "The ramp's left edge is bent", [ramp["id"]])
        damage = r.json()["damage_report"]
        review = feed.http.post(
            f"{feed.url}/v1/bookings/{t.booking}/renter-review",
            json={"care": 4, "punctuality": 5, "communication": 5, "comment": "Careful"},
            headers=t.owner.headers,
        )
        assert review.status_code == 201, review.text

        def export(who: Account) -> dict[str, Any]:
            answer = feed.http.get(f"{feed.url}/v1/me/export", headers=who.headers)
            assert answer.status_code == 200, answer.text
            doc: dict[str, Any] = answer.json()
            return doc

        mine, theirs = export(t.renter), export(t.owner)
        for doc in (mine, theirs):
            assert [r["id"] for r in doc["handover_reports"]] == [start["id"]]
            assert doc["handover_reports"][0]["photos"][4]["description"] == ramp["description"]
            assert [d["id"] for d in doc["damage_reports"]] == [damage["id"]]
        assert [r["comment"] for r in theirs["renter_reviews_written"]] == ["Careful"]
        # Still hidden from the renter (double-blind): the export does not show it early.
        assert mine["renter_reviews_received"] == []
        stranger = export(feed.register())
        assert stranger["handover_reports"] == [] and stranger["damage_reports"] == []

        gone = feed.http.request(
            "DELETE",
            f"{feed.url}/v1/me",
            json={"password": t.renter.password},
            headers=t.renter.headers,
        )
        assert gone.status_code == 204, gone.text
        # The owner's record of the vehicle's condition is whole: report, photos, damage.
        kept = feed.http.get(t.url("start"), headers=t.owner.headers).json()["handover_report"]
        assert [p["id"] for p in kept["photos"]] == [p["id"] for p in start["photos"]]
        digest = ramp["files"]["thumb"]["sha256"]
        picture = feed.http.get(
            f"{feed.url}/v1/handover-photo-files/{digest}", headers=t.owner.headers
        )
        assert picture.status_code == 200
        assert [d["id"] for d in export(t.owner)["damage_reports"]] == [damage["id"]]
