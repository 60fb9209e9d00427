"""The shared pieces other screens build on: worker, settings, form fields, editors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.domain import Money, WheelchairProfile
from wheelshare.ui.settings import (
    FEED_URL,
    TEXT_SCALE,
    WHEELCHAIR_PROFILE,
    SettingError,
    Settings,
)
from wheelshare.ui.widgets import FormField, FormFields, MoneyEdit
from wheelshare.ui.worker import TaskContext, Worker


def test_a_task_runs_off_the_ui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    worker = Worker()
    seen: dict[str, object] = {}

    def task(ctx: TaskContext) -> int:
        seen["task_thread"] = threading.get_ident()
        ctx.progress(1, 2, "half way")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_on_ui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(worker.task_ended, timeout=5000):
        worker.submit(task, on_done=done)
    assert seen["result"] == 42
    assert seen["done_on_ui_thread"] is True
    assert seen["task_thread"] != threading.get_ident()
    worker.shutdown()


def test_an_error_in_a_task_comes_back_as_the_exception(qtbot: QtBot) -> None:
    worker = Worker()
    errors: list[BaseException] = []

    def task(ctx: TaskContext) -> None:
        raise ValueError("the feed said no")

    with qtbot.waitSignal(worker.task_ended, timeout=5000):
        worker.submit(task, on_error=errors.append)
    assert [str(e) for e in errors] == ["the feed said no"]
    worker.shutdown()


def test_a_cancelled_task_reports_cancelled_not_done(qtbot: QtBot) -> None:
    worker = Worker()
    started = threading.Event()
    outcome: list[str] = []

    def task(ctx: TaskContext) -> str:
        started.set()
        while not ctx.token.cancelled:
            ctx.token.raise_if_cancelled()
        ctx.token.raise_if_cancelled()
        return "finished"

    handle = worker.submit(
        task, on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled")
    )
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
    assert outcome == ["cancelled"]
    worker.shutdown()


def test_settings_are_typed_validated_and_survive_a_restart(data_dir: Path) -> None:
    settings = Settings.in_data_dir(data_dir)
    assert settings.get(TEXT_SCALE) == 100
    settings.set(TEXT_SCALE, 175)
    with pytest.raises(SettingError, match="100 % to 200 %"):
        settings.set(TEXT_SCALE, 250)
    with pytest.raises(SettingError, match="http"):
        settings.set(FEED_URL, "feed.example.org")
    chair = WheelchairProfile(68, 110, 132, 140, drives=False)
    settings.set(WHEELCHAIR_PROFILE, chair)

    again = Settings.in_data_dir(data_dir)
    assert again.get(TEXT_SCALE) == 175
    assert again.get(WHEELCHAIR_PROFILE) == chair
    assert (data_dir / "settings.ini").exists()


def test_a_hand_edited_bad_value_falls_back_to_the_default(data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[appearance]\ntext_scale=900\n")
    assert Settings.in_data_dir(data_dir).get(TEXT_SCALE) == 100


def test_a_field_error_is_beside_the_field_and_in_its_description(qtbot: QtBot) -> None:
    editor = QLineEdit()
    field = FormField("&Day price", editor, hint="Per 24 hours")
    qtbot.addWidget(field)
    field.show()
    fields = FormFields()
    fields.add("day", field)
    unmatched = fields.show_errors({"prices.day": "a price cannot be negative", "x": "other"})
    assert unmatched == {"x": "other"}
    assert field.error_label.isVisible()
    assert "a price cannot be negative" in field.error_label.text()
    assert "a price cannot be negative" in editor.accessibleDescription()
    assert editor.accessibleName() == "Day price"
    assert field.label.buddy() is editor
    fields.clear_errors()
    assert not field.error_label.isVisible()
    assert editor.accessibleDescription() == "Per 24 hours"


class _WindowsShown(QObject):
    """Every widget shown as a window of its own while installed."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_a_field_with_a_hint_never_flashes_up_a_window(qtbot: QtBot, qapp: QApplication) -> None:
    windows = _WindowsShown()
    qapp.installEventFilter(windows)
    try:
        field = FormField("&Seats", QLineEdit(), hint="Not counting the driver")
        qtbot.addWidget(field)
    finally:
        qapp.removeEventFilter(windows)
    # A hint shown before it has a parent is a window of its own that takes the focus.
    assert windows.shown == []
    field.show()
    assert field.hint_label.isVisible()
    assert field.hint_label.text() == "Not counting the driver"


def test_the_money_editor_gives_domain_values(qtbot: QtBot) -> None:
    money = MoneyEdit("EUR", optional=True)
    qtbot.addWidget(money)
    assert money.money() is None
    money.set_money(Money(4550, "EUR"))
    assert money.money() == Money(4550, "EUR")
