"""The test harness itself: a run never hangs on a dialog nobody answers."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]


def test_a_dialog_nobody_answers_fails_its_test_instead_of_holding_the_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makeconftest(Path(__file__).with_name("conftest.py").read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makepyfile(
        test_forgotten_dialog="""
        from PySide6.QtWidgets import QMessageBox

        def test_a_question_left_open(qtbot):
            QMessageBox(QMessageBox.Icon.Question, "Leave?", "Nobody answers this").exec()
        """
    )
    monkeypatch.setenv("WHEELSHARE_TEST_DIALOG_LIMIT_S", "2")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=120)
    # The test body returns once the dialog is closed; its teardown then fails it.
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*a dialog stayed open 2 s*Nobody answers this*"])
