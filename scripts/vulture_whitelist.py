"""Names that vulture (the dead-code check of ./dev test) cannot see being used.

Not run: vulture only reads it, and counts every name below as used. Each
group says who uses the names, so that one no longer needed can go. Patterns
(route decorators, pytest hooks, http.server handlers) are in pyproject.toml's
[tool.vulture].
"""

# ruff: noqa: B018

from typing import Any

from wheelshare.cache import models as cache_models
from wheelshare.domain import companion_wire, contribution
from wheelshare.domain.photo import PhotoCriterion
from wheelshare.feed import cli, columns, models, relog, schemas
from wheelshare.sync import testing_keyring
from wheelshare.ui import main_window, settings
from wheelshare.ui.messages import badge as messages_badge
from wheelshare.ui.widgets import flow, map_clusters, wrapping_check_box

_: Any = None

# Python calls these by protocol: __exit__'s arguments, a module's __getattr__.
_.exc_type
_.tb
_.__getattr__

# SQLAlchemy: a TypeDecorator's hooks, and the DB-API connection setting.
columns.UtcDateTime.impl
columns.UtcDateTime.cache_ok
columns.UtcDateTime.process_bind_param
columns.UtcDateTime.process_result_value
_.isolation_level

# The offline cache's tables and columns that only raw SQL reads and writes
# (bulk loading, search, triggers in the migrations); the classes declare the
# schema the migrations are checked against.
cache_models.VehicleRow.city_key
cache_models.VehicleRow.half_day_amount
cache_models.VehicleRow.day_amount
cache_models.VehicleRow.week_amount
cache_models.VehicleRow.rating_avg
cache_models.VehicleRow.rating_count
cache_models.VenueRow.city_key
cache_models.AvailabilityBlockRow
cache_models.VehiclePlaceRow
cache_models.ConversationRow
cache_models.WeeklyBlockRow
cache_models.WeeklyBlockRow.start_min
cache_models.WeeklyBlockRow.end_min
cache_models.PlaceRow
cache_models.PlaceRow.lat_sum
cache_models.PlaceRow.lon_sum
cache_models.VenueCellRow
cache_models.DeferredIndexRow
cache_models.DeferredIndexRow.tbl

# requests reads a Response's body from _content (a test builds one by hand).
_._content

# pydantic reads model_config; uvicorn reads should_exit, and
# timeout_graceful_shutdown as it stops; keyring reads priority.
schemas.Body.model_config
_.should_exit
_.timeout_graceful_shutdown
testing_keyring.MemoryKeyring.priority

# uvicorn imports the server's app factory by its dotted name (cli.serve).
cli.app_from_environment

# Qt calls these overrides of QLayout, QAbstractButton and QTranslator.
wrapping_check_box.WrappingCheckBox.hitButton
flow.FlowLayout.itemAt
flow.FlowLayout.takeAt
flow.FlowLayout.expandingDirections
flow.FlowLayout.hasHeightForWidth
_.disambiguation  # i18n.PseudoTranslator.translate's argument

# The QML map reads its markers' role names from this list model.
map_clusters.ClusterModel.roleNames

# urllib3's PoolManager makes its connection pools from this mapping
# (sync/hangup.py sets its own, which remember their connections).
_.pool_classes_by_scheme

# Widgets kept in an attribute so that Python does not free them while Qt
# still sends them signals.
_._watcher

# The review list's last column: named so that the unpacking of range(4) lists
# every column.
_.COMMENT

# Only the start-up benchmark's child process calls it, from code in a string.
main_window.MainWindow.built_pages

# Migration 0005 (excluded above) rebuilds the feed's log with it.
relog.rebuild_log

# Unused for now; the files are being reworked (listed in the change's notes).
settings.DEMO_NOTICE_DISMISSED

# Tests: socketserver and http.server read these class attributes; fixtures
# asked for by argument only for what they set up; a report attribute the
# audit fills for whoever reads the report in a debugger.
_.daemon_threads
_.block_on_close
_.protocol_version
_.optionxform
_.back_to_english
_.default_locale
_.duplicates
# Style options: Qt reads which parts of a spin box or list to measure.
_.subControls

# Moderation's record of who decided and since when: written for the operator
# who reads the feed's database when a decision is questioned; no route reads
# them back (the audit log, moderation_log, is what moderators see).
models.Moderator.granted_at
models.ContributionRow.decided_by
models.HiddenRecord.hidden_at

# Enum members made from the feed's words by value (ProvenanceSource("moderator")).
contribution.ProvenanceSource.MODERATOR

# Companion records as the feed sends them: read whole from the wire, so that
# the cache keeps what the feed said; the Trips screen does not show these yet.
companion_wire.Companionship.cancelled_by
companion_wire.CompanionRating.author_role

# Locust finds the simulated people by their HttpUser classes in the
# locustfile and reads their abstract and wait_time (benchmarks/load).
_.abstract
_.wait_time
_.Renter
_.Owner
# prometheus-client calls collect() on a registered collector (feed/metrics.py).
_.collect

# Screens and badges are named as "module:Class" strings in ui/pages.py.
messages_badge.MessagesBadge

# Photos: the criteria are read from the wire by value (PhotoCriterion(raw));
# Pillow reads its two module settings, which photo_images.py sets on purpose.
PhotoCriterion.ENTRANCE
PhotoCriterion.TOILET
PhotoCriterion.PARKING
PhotoCriterion.OTHER
_.MAX_IMAGE_PIXELS
_.LOAD_TRUNCATED_IMAGES
