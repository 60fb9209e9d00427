"""Loading the demo data set into a feed database, fast and only once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from wheelshare import demo
from wheelshare.domain.wire import format_time, parse_time
from wheelshare.feed import areas, changelog, companions, demo_age, publish
from wheelshare.feed.accounts import hasher
from wheelshare.feed.columns import RawJson, dump_json
from wheelshare.feed.db import Database, utcnow
from wheelshare.feed.models import (
    AvailabilityRow,
    Base,
    BookingRow,
    ChangeRow,
    CompanionOfferRow,
    Meta,
    ReviewRow,
    TripRow,
    User,
    VehicleRow,
    VenueRow,
)
from wheelshare.feed.settings import KdfCost

SEED_KEY = demo_age.SEED_KEY
# Present while the demo set's rest waits to be loaded (seed_demo's first_only);
# its value says which set: seed:vehicles:venues:trips:day.
REST_KEY = "demo_seed_rest"
# The demo accounts' password is published: its hash protects nothing, so it
# costs as little as argon2id allows (see seed_demo).
DEMO_KDF = KdfCost(time_cost=1, memory_kib=8, parallelism=1)


@dataclass(frozen=True, slots=True)
class SeedResult:
    seeded: bool  # False: this database already holds the demo set
    start: date | None = None  # the day the loaded set is laid out around
    users: int = 0
    vehicles: int = 0
    venues: int = 0
    reviews: int = 0
    bookings: int = 0


def seed_demo(
    db: Database,
    *,
    seed: int = demo.DEMO_SEED,
    start: date | None = None,
    vehicles: int = 700,
    venues: int = 20_000,
    trips: int = 1500,
    kdf: KdfCost | None = None,
    first_only: bool = False,
) -> SeedResult:
    """Loads ``demo.generate(seed, ...)`` in one transaction; a no-op the second time.

    The data is laid out around ``start`` (default: today in France, by the
    project's clock), which is kept with the seed so :func:`seeded_on` can tell
    how old the demo's dates are.

    ``first_only``: loads only what the app's first screen lists (the people,
    vehicles, their availability, bookings and reviews: ``demo.DemoParts``) and
    notes that the rest is due; :func:`seed_demo_rest` loads it later, in a
    transaction of its own, so a feed can serve the vehicles in the meantime.

    Every demo account has the one documented demo password, so it is hashed once
    and that hash is stored for all of them. The password is published, so its
    hash guards no secret: it is made at the lowest cost (``DEMO_KDF``), and
    signing in as a demo account costs no tenths of a second of argon2 (a
    first run waits for that sign-in). Identical, cheap hashes reveal only that
    the passwords are identical and known, which the documentation says
    anyway. Accounts created later, and a demo account's new password, get
    their own salt and the feed's full cost.
    """
    with db.read() as s:
        if s.get(Meta, SEED_KEY) is not None:
            return SeedResult(seeded=False)
    parts = demo.DemoParts(seed, start=start, vehicles=vehicles, venues=venues, trips=trips)
    data = (
        parts.first()
        if first_only
        else demo.generate(seed, start=parts.start, vehicles=vehicles, venues=venues, trips=trips)
    )
    password_hash = hasher(kdf or DEMO_KDF).hash(demo.DEMO_PASSWORD)
    with db.write() as s:
        if s.get(Meta, SEED_KEY) is not None:  # another process got there first
            return SeedResult(seeded=False)
        _load(s, data, password_hash)
        s.add(Meta(key=SEED_KEY, value=f"{seed}:{vehicles}:{venues}:{data.start.isoformat()}"))
        if first_only:
            spec = f"{seed}:{vehicles}:{venues}:{trips}:{data.start.isoformat()}"
            s.add(Meta(key=REST_KEY, value=spec))
    return SeedResult(
        True,
        data.start,
        len(data.users),
        len(data.vehicles),
        len(data.venues),
        len(data.reviews),
        len(data.bookings),
    )


def rest_due(db: Database) -> bool:
    """The demo set was loaded by its first part only; its rest is still to load."""
    with db.read() as s:
        return s.get(Meta, REST_KEY) is not None


def seed_demo_rest(db: Database) -> bool:
    """Loads the rest of a demo set seeded with ``first_only`` (venues and their
    reviews, trips and offers), in one transaction that also clears the note
    that it is due: a feed stopped before or during it loads it at its next
    start. Answers whether it loaded anything."""
    with db.read() as s:
        row = s.get(Meta, REST_KEY)
        spec = row.value if row is not None else None
    if spec is None:
        return False
    seed, vehicles, venues, trips, day = spec.split(":")
    parts = demo.DemoParts(
        int(seed),
        start=date.fromisoformat(day),
        vehicles=int(vehicles),
        venues=int(venues),
        trips=int(trips),
    )
    # The rest continues the first part's random sequence: made again, unused.
    data = parts.rest()
    with db.write() as s:
        row = s.get(Meta, REST_KEY)
        if row is None or row.value != spec:  # another process got there first
            return False
        _load(s, data, "")
        s.delete(row)
    return True


def seeded_on(db: Database) -> date | None:
    """The day the demo set in ``db`` is laid out around; None when it holds no
    demo set, or one seeded before seeds kept their day."""
    with db.read() as s:
        row = s.get(Meta, SEED_KEY)
    return demo_age.seed_day(row.value if row is not None else None)


def _load(s: Session, data: demo.DemoData, password_hash: str) -> None:
    now = utcnow()
    taken = set(s.scalars(select(User.email)))
    users = [u for u in data.users if u.email not in taken]
    _insert(
        s,
        User,
        [
            {
                "id": u.id,
                "email": u.email,
                "display_name": u.display_name,
                "password_hash": password_hash,
                "created_at": now,
            }
            for u in users
        ],
    )
    changes: list[dict[str, Any]] = []

    def change(kind: str, rid: str, d: RawJson, to: tuple[str | None, ...] = (None,)) -> None:
        body = changelog.encode_change_raw(kind, rid, "upsert", d)
        for user in dict.fromkeys(to):
            changes.append(
                {
                    "visible_to": user,
                    "kind": kind,
                    "record_id": rid,
                    "op": "upsert",
                    "body": body,
                    "created_at": now,
                }
            )

    key = areas.area_key(s)
    reviews = _one_review_per_author(data.reviews)
    ratings = _ratings(reviews)
    places: dict[str, dict[str, Any]] = {}
    vehicle_rows = []
    for v in data.vehicles:
        v = {**v, "rating": ratings.get(("vehicle", v["id"]), {"average": None, "count": 0})}
        stamp = _time(v.get("updated_at"), now)
        raw = RawJson(dump_json(v))
        vehicle_rows.append(
            {
                "id": v["id"],
                "owner_id": v["owner_id"],
                "listed": bool(v["listed"]),
                "instant_book": bool(v["instant_book"]),
                "data": raw,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        change("vehicle", v["id"], RawJson(dump_json(areas.public_vehicle(v, key))))
        place = areas.vehicle_place(v)
        change("vehicle_place", v["id"], RawJson(dump_json(place)), (v["owner_id"],))
        places[v["id"]] = v
    _insert(s, VehicleRow, vehicle_rows)

    booked: dict[str, list[dict[str, str]]] = {}
    booking_rows = []
    for b in data.bookings:
        start, end = parse_time(b["start"], "start"), parse_time(b["end"], "end")
        status = b["status"]
        vehicle = places.get(b["vehicle_id"])
        if status == "confirmed" and vehicle is not None:
            b = {**b, "pickup": areas.pickup(vehicle)}
        else:
            b = {**b, "pickup": None}
        raw = RawJson(dump_json(b))
        if status == "confirmed" and end > now:
            booked.setdefault(b["vehicle_id"], []).append({"start": b["start"], "end": b["end"]})
        # Demo requests wait for an answer until their start (not the usual expiry
        # after creation), so the demo owner's inbox stays full on a fresh seed.
        due = end if status == "confirmed" else start if status == "requested" else None
        booking_rows.append(
            {
                "id": b["id"],
                "vehicle_id": b["vehicle_id"],
                "renter_id": b["renter_id"],
                "owner_id": b["owner_id"],
                "start_at": start,
                "end_at": end,
                "status": status,
                "due_at": due,
                "idempotency_key": f"demo:{b['id']}",
                "data": raw,
                "created_at": _time(b.get("created_at"), now),
                "updated_at": _time(b.get("updated_at"), now),
            }
        )
        change("booking", b["id"], raw, (b["renter_id"], b["owner_id"]))
    if booking_rows:
        _insert(s, BookingRow, booking_rows)

    availability_rows = []
    for vid, a in data.availability.items():
        record = {
            **a,
            "vehicle_id": vid,
            "booked": sorted(booked.get(vid, []), key=lambda p: p["start"]),
            "updated_at": format_time(now),
        }
        raw = RawJson(dump_json(record))
        availability_rows.append({"vehicle_id": vid, "data": raw, "updated_at": now})
        change("availability", vid, raw)
    if availability_rows:
        _insert(s, AvailabilityRow, availability_rows)

    venue_rows = []
    for v in data.venues:
        v = {**v, "rating": ratings.get(("venue", v["id"]), {"average": None, "count": 0})}
        source = v.get("source") or {}
        raw = RawJson(dump_json(v))
        venue_rows.append(
            {
                "id": v["id"],
                "source_name": source.get("name") or "demo",
                "source_id": source.get("id") or "",
                "retired": False,
                "data": raw,
                "updated_at": _time(v.get("updated_at"), now),
            }
        )
        change("venue", v["id"], raw)
    if venue_rows:
        _insert(s, VenueRow, venue_rows)

    review_rows = []
    for r in reviews:
        overall = r["criteria"].get("overall")
        raw = RawJson(dump_json(r))
        review_rows.append(
            {
                "id": r["id"],
                "target_kind": r["target_kind"],
                "target_id": r["target_id"],
                "author_id": r["author_id"],
                "overall": overall if isinstance(overall, int) else None,
                "data": raw,
                "created_at": _time(r.get("created_at"), now),
                "updated_at": _time(r.get("updated_at"), now),
            }
        )
        change("review", r["id"], RawJson(dump_json(publish.public_review(r))))
        change("review", r["id"], raw, (r["author_id"],))
    if review_rows:
        _insert(s, ReviewRow, review_rows)
    for model, kind, records, public in (
        (TripRow, "trip", data.trips, companions.public_trip),
        (CompanionOfferRow, "companion_offer", data.companion_offers, companions.public_offer),
    ):
        post_rows = []
        for p in records:
            author = p.get("traveller_id") or p["companion_id"]
            raw = RawJson(dump_json(p))
            post_rows.append(
                {
                    "id": p["id"],
                    "author_id": author,
                    "mode": p["mode"],
                    "status": p["status"],
                    "leaves_from": parse_time(p["leaves_from"], "leaves_from"),
                    "leaves_until": parse_time(p["leaves_until"], "leaves_until"),
                    "idempotency_key": f"demo:{p['id']}",
                    "body_digest": "",
                    "data": raw,
                    "created_at": _time(p.get("created_at"), now),
                    "updated_at": _time(p.get("updated_at"), now),
                }
            )
            change(kind, p["id"], RawJson(dump_json(public(p))))
            change(kind, p["id"], raw, (author,))
        if post_rows:
            _insert(s, model, post_rows)
    _insert(s, ChangeRow, changes)


def _insert(s: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """One executemany on the table: the ORM's bulk insert of the same rows took
    twice as long (half of a first run's seeding)."""
    if not rows:
        return
    table = model.__table__
    assert isinstance(table, Table)
    s.connection().execute(insert(table), rows)


def _time(value: object, default: datetime) -> datetime:
    return default if value is None else parse_time(value, "updated_at")


def _one_review_per_author(reviews: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The feed keeps one review per author and target (a later one replaces an
    earlier one), so a generated set with two keeps the later of them."""
    latest: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in sorted(reviews, key=lambda r: (r.get("updated_at") or "", r["id"])):
        latest[(r["target_kind"], r["target_id"], r["author_id"])] = r
    return sorted(latest.values(), key=lambda r: str(r["id"]))


def _ratings(reviews: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Each target's aggregate, computed as ratings.rating() does."""
    values: dict[tuple[str, str], list[int]] = {}
    for r in reviews:
        overall = r["criteria"].get("overall")
        if isinstance(overall, int) and not isinstance(overall, bool):
            values.setdefault((r["target_kind"], r["target_id"]), []).append(overall)
    return {
        key: {"average": round(sum(v) / len(v), 2), "count": len(v)} for key, v in values.items()
    }
