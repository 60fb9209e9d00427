"""Venues added and corrected, reports, and moderation, from the app's side:
queued at once, sent once, the feed's answers and decisions kept where the
person sees them."""

from __future__ import annotations

from pathlib import Path

import pytest

from wheelshare.cache.database import Cache
from wheelshare.domain import Location, ValidationError, VenueCriterion
from wheelshare.domain.contribution import (
    ContributionStatus,
    ProvenanceSource,
    ReportTarget,
    provenance_from_wire,
)
from wheelshare.domain.problems import ProblemCode
from wheelshare.feed import moderators
from wheelshare.feed.models import User
from wheelshare.feed.testing import Account, LiveFeed
from wheelshare.sync import moderation, outbox, store
from wheelshare.sync.client import FeedClient
from wheelshare.sync.errors import RejectedError
from wheelshare.sync.syncer import Syncer

from .conftest import FAST_RETRY

# Near the Louvre: a place in the gazetteer's Paris.
PARIS = Location(48.8606, 2.3376, "Paris", "1 rue de Rivoli")


def _client(feed: LiveFeed, who: Account) -> FeedClient:
    c = FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10)
    c.token = who.token
    return c


def _sync(cache: Cache, feed: LiveFeed, who: Account) -> None:
    with _client(feed, who) as c:
        assert Syncer(cache, c, user_id=who.id).run().ok


def _moderator(feed: LiveFeed) -> Account:
    account = feed.register("Mo")
    with feed.db.write() as s:
        user = s.get(User, account.id)
        assert user is not None
        moderators.grant(s, user)
    return account


def _cache(tmp_path: Path, name: str) -> Cache:
    return Cache.open(tmp_path / name)


def test_a_new_members_venue_waits_then_a_moderator_approves_it_for_everyone(
    feed: LiveFeed, tmp_path: Path
) -> None:
    ana, mo, third = feed.register("Ana"), _moderator(feed), feed.register("Tom")
    with _cache(tmp_path, "ana") as cache:
        item = outbox.add_venue(
            cache, "Café des Roues", "cafe", PARIS, {"step_free": True, "door_width_cm": 90}, True
        )
        assert item.state == outbox.PENDING and item.label == "New venue"
        _sync(cache, feed, ana)
        mine = store.own_contributions(cache)
        assert [(c.venue_name, c.status) for c in mine] == [
            ("Café des Roues", ContributionStatus.PENDING)
        ]
        assert store.get_record(cache, "venue", mine[0].venue_id) is None

        with _client(feed, mo) as c:
            assert moderation.is_moderator(c)
            queue = moderation.fetch_queue(c)
            waiting = [w for w in queue.contributions if w.venue_name == "Café des Roues"]
            assert waiting and waiting[0].author_name == "Ana"
            moderation.decide(c, moderation.Decision.APPROVE, waiting[0].id, "")

        with _cache(tmp_path, "tom") as other:
            _sync(other, feed, third)
            venue = store.get_record(other, "venue", mine[0].venue_id)
            assert venue is not None and venue["name"] == "Café des Roues"
            origin = provenance_from_wire(venue["provenance"])["door_width_cm"]
            assert origin.source is ProvenanceSource.MEMBER and origin.name == "Ana"
            assert origin.approved_at is not None
            # Nobody else's contributions reach a cache.
            assert store.own_contributions(other) == []

        _sync(cache, feed, ana)
        assert store.own_contributions(cache)[0].status is ContributionStatus.ACCEPTED


def test_a_correction_is_checked_here_then_waits_for_a_moderator_who_rejects_it(
    feed: LiveFeed, tmp_path: Path
) -> None:
    ana, mo = feed.register("Ana"), _moderator(feed)
    with _cache(tmp_path, "ana") as cache:
        _sync(cache, feed, ana)
        venue_id, record = next(
            (v["id"], v)
            for v in (store.get_record(cache, "venue", i) for i in _venue_ids(cache))
            if v is not None and v["accessibility"]["entrance"].get("door_width_cm")
        )
        width = record["accessibility"]["entrance"]["door_width_cm"]
        with pytest.raises(ValidationError) as same:
            outbox.correct_venue(cache, venue_id, VenueCriterion.DOOR_WIDTH_CM, width, "", True)
        assert same.value.problem.code is ProblemCode.SAME_VALUE
        with pytest.raises(ValidationError) as consent:
            outbox.correct_venue(cache, venue_id, VenueCriterion.DOOR_WIDTH_CM, 95, "", False)
        assert consent.value.problem.code is ProblemCode.CONSENT_REQUIRED

        outbox.correct_venue(
            cache, venue_id, VenueCriterion.DOOR_WIDTH_CM, width + 5, "measured it", True
        )
        assert [w.state for w in outbox.waiting_corrections(cache, venue_id)] == ["pending"]
        _sync(cache, feed, ana)
        waiting = outbox.waiting_corrections(cache, venue_id)
        assert [(w.state, w.value, w.note) for w in waiting] == [
            ("moderation", width + 5, "measured it")
        ]

        with _client(feed, mo) as c:
            with pytest.raises(ValidationError):
                moderation.decide(c, moderation.Decision.REJECT, waiting[0].contribution_id, " ")
            moderation.decide(
                c, moderation.Decision.REJECT, waiting[0].contribution_id, "the photo shows 80"
            )
        _sync(cache, feed, ana)
        assert outbox.waiting_corrections(cache, venue_id) == []
        decided = store.own_contributions(cache, venue_id)[0]
        assert decided.status is ContributionStatus.REJECTED
        assert decided.reason == "the photo shows 80"


def _venue_ids(cache: Cache) -> list[str]:
    with cache.session() as s:
        return list(s.connection().exec_driver_sql("SELECT id FROM venues").scalars())


def test_a_duplicate_venue_is_refused_naming_the_one_already_there(
    feed: LiveFeed, tmp_path: Path
) -> None:
    first, second = feed.register(), feed.register()
    with _cache(tmp_path, "a") as a, _cache(tmp_path, "b") as b:
        outbox.add_venue(a, "Le Fauteuil", "restaurant", PARIS, {}, True)
        _sync(a, feed, first)
        venue_id = store.own_contributions(a)[0].venue_id
        # The first one must be published for the feed to see the duplicate.
        mo = _moderator(feed)
        with _client(feed, mo) as c:
            pending = moderation.fetch_queue(c).contributions
            moderation.decide(c, moderation.Decision.APPROVE, pending[0].id, "")
        outbox.add_venue(b, "le  fauteuil", "restaurant", PARIS, {}, True)
        _sync(b, feed, second)
        refused = [i for i in outbox.pending_actions(b) if i.state == outbox.REJECTED]
        assert len(refused) == 1
        problem = refused[0].problem
        assert problem is not None and problem.code is ProblemCode.DUPLICATE_VENUE
        assert problem.params["existing_venue_id"] == venue_id


def test_a_report_needs_a_reason_and_is_sent_once(feed: LiveFeed, tmp_path: Path) -> None:
    ana = feed.register()
    with _cache(tmp_path, "ana") as cache:
        _sync(cache, feed, ana)
        venue_id = _venue_ids(cache)[0]
        with pytest.raises(ValidationError) as empty:
            outbox.report(cache, ReportTarget.VENUE, venue_id, "  ")
        assert empty.value.problem.code is ProblemCode.REASON_NEEDED
        outbox.report(cache, ReportTarget.VENUE, venue_id, "closed for years")
        with pytest.raises(ValidationError) as twice:
            outbox.report(cache, ReportTarget.VENUE, venue_id, "again")
        assert twice.value.problem.code is ProblemCode.ALREADY_REPORTED
        _sync(cache, feed, ana)
        assert store.reported(cache, "venue", venue_id)
        with pytest.raises(ValidationError) as after:
            outbox.report(cache, ReportTarget.VENUE, venue_id, "still closed")
        assert after.value.problem.code is ProblemCode.ALREADY_REPORTED
        # Signing out takes one's reports and contributions off this computer.
        store.forget_private_records(cache)
        assert not store.reported(cache, "venue", venue_id)


def test_only_a_moderator_reads_the_queue(feed: LiveFeed) -> None:
    member = feed.register()
    with _client(feed, member) as c:
        assert not moderation.is_moderator(c)
        with pytest.raises(RejectedError) as refused:
            moderation.fetch_queue(c)
    assert refused.value.problem.code is ProblemCode.NOT_MODERATOR
