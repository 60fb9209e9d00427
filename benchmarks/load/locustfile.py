"""Simulated people on a feed (Locust): renters browse the public feed, ask
quotes, request bookings and cancel some; owners read their private feed and
accept or decline the requests they receive.

Run through ``run.py`` (one command, headless, loopback only); it writes the
people and vehicles to use into the file named by ``WHEELSHARE_LOAD_PLAN``.

Answers a busy booking service gives on purpose (409 for dates already taken
or a request already answered, 403 on a race with a cancel) count as
successes; anything else, 5xx and connection failures above all, counts as an
error.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from locust import HttpUser, between, task

with open(os.environ["WHEELSHARE_LOAD_PLAN"], encoding="utf-8") as _plan:
    PLAN: dict[str, Any] = json.load(_plan)
PASSWORD: str = PLAN["password"]
EXPECTED = {200, 201, 304, 403, 409}
# The same clock as the server's: bookings start from tomorrow, 30 days ahead at most.
TODAY = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0)


def _period() -> tuple[str, str]:
    start = TODAY + timedelta(days=random.randint(1, 45), hours=random.choice((0, 12)))
    end = start + timedelta(hours=12 * random.randint(1, 6))
    return start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ")


class _Person(HttpUser):
    abstract = True
    wait_time = between(0.05, 0.3)
    emails: ClassVar[list[str]] = []

    def on_start(self) -> None:
        email = random.choice(self.emails)
        r = self.client.post(
            "/v1/auth/token", json={"email": email, "password": PASSWORD}, name="sign in"
        )
        self.token = r.json()["access_token"] if r.status_code == 200 else ""
        self.auth = {"Authorization": f"Bearer {self.token}"}

    def _check(self, response: Any) -> None:
        if response.status_code in EXPECTED:
            response.success()
        else:
            response.failure(f"{response.status_code}: {response.text[:200]}")


class Renter(_Person):
    weight = 4
    emails = PLAN["renters"]

    def on_start(self) -> None:
        super().on_start()
        self.cursor: str | None = None
        self.etag: str | None = None
        self.mine: list[str] = []

    @task(6)
    def browse_the_feed(self) -> None:
        params = {"limit": "200"} | ({"since": self.cursor} if self.cursor else {})
        headers = {"If-None-Match": self.etag} if self.etag else {}
        with self.client.get(
            "/v1/changes", params=params, headers=headers, name="/v1/changes", catch_response=True
        ) as r:
            self._check(r)
            if r.status_code == 200:
                page = r.json()
                self.cursor = None if random.random() < 0.05 else page["cursor"]
                self.etag = None if page["changes"] else r.headers.get("ETag")

    @task(4)
    def quote(self) -> None:
        start, end = _period()
        vehicle = random.choice(PLAN["vehicles"])
        with self.client.get(
            f"/v1/vehicles/{vehicle}/quote",
            params={"start": start, "end": end},
            name="/v1/vehicles/{id}/quote",
            catch_response=True,
        ) as r:
            self._check(r)

    @task(3)
    def book(self) -> None:
        start, end = _period()
        body = {"vehicle_id": random.choice(PLAN["vehicles"]), "start": start, "end": end}
        headers = {**self.auth, "Idempotency-Key": str(uuid.uuid4())}
        with self.client.post(
            "/v1/bookings", json=body, headers=headers, name="/v1/bookings", catch_response=True
        ) as r:
            self._check(r)
            if r.status_code == 201:
                self.mine.append(r.json()["booking"]["id"])

    @task(1)
    def cancel(self) -> None:
        if not self.mine:
            return
        booking = self.mine.pop(random.randrange(len(self.mine)))
        with self.client.post(
            f"/v1/bookings/{booking}/cancel",
            headers=self.auth,
            name="/v1/bookings/{id}/cancel",
            catch_response=True,
        ) as r:
            self._check(r)


class Owner(_Person):
    weight = 1
    emails = PLAN["owners"]

    def on_start(self) -> None:
        super().on_start()
        self.cursor: str | None = None

    @task
    def answer_requests(self) -> None:
        params = {"limit": "200"} | ({"since": self.cursor} if self.cursor else {})
        with self.client.get(
            "/v1/me/changes",
            params=params,
            headers=self.auth,
            name="/v1/me/changes",
            catch_response=True,
        ) as r:
            self._check(r)
            if r.status_code != 200:
                return
            page = r.json()
            self.cursor = page["cursor"]
        for change in page["changes"]:
            booking = change.get("data") or {}
            if change["kind"] != "booking" or booking.get("status") != "requested":
                continue
            action = "accept" if random.random() < 0.75 else "decline"
            with self.client.post(
                f"/v1/bookings/{booking['id']}/{action}",
                headers=self.auth,
                name=f"/v1/bookings/{{id}}/{action}",
                catch_response=True,
            ) as r:
                self._check(r)
