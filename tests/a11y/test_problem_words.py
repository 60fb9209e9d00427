"""Every problem the layers below the interface can report has words, in
English and in French, saying what to do next."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.ui import i18n
from wheelshare.ui.problems import SENTENCES, WITH_SECONDS, describe

# A value for every parameter any sentence uses.
SAMPLE = {
    "feed_url": "https://feed.example.org",
    "suggested_url": "https://feed.example.org",
    "location": "https://elsewhere.example.org",
    "seconds": 30,
    "status": 418,
    "feed_code": "teapot",
    "path": "/data/cache.sqlite",
    "kind": "KeyError",
    "field": "start",
}


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.install(qapp, "en")


@pytest.mark.parametrize("code", list(ProblemCode), ids=str)
def test_each_problem_has_an_english_sentence(qapp: QApplication, code: ProblemCode) -> None:
    assert code in SENTENCES, f"{code} has no sentence in wheelshare.ui.problems"
    text = describe(Problem(code, SAMPLE))
    assert text.strip() and "{" not in text and "…" not in text
    assert text.endswith((".", "!")), text
    # A second sentence or a clause after ';' says what to do.
    assert re.search(r"[.;:] \S", text) or len(text.split()) >= 8, text


@pytest.mark.parametrize("code", list(ProblemCode), ids=str)
def test_each_problem_has_a_french_sentence(french: None, code: ProblemCode) -> None:
    english = SENTENCES[code].format(**SAMPLE)
    text = describe(Problem(code, SAMPLE))
    assert text != english, f"{code}: {english!r} is not translated"
    assert "{" not in text


def test_a_stated_wait_is_said_and_translated(french: None) -> None:
    for code in WITH_SECONDS:
        text = describe(Problem(code, {"seconds": 12}))
        assert "12" in text and text != WITH_SECONDS[code].format(seconds=12)
        assert "12" not in describe(Problem(code, {"seconds": 0}))


def test_a_problem_stored_without_its_parameters_still_reads(qapp: QApplication) -> None:
    # An older version stored no parameters: the sentence still reads, without braces.
    text = describe(Problem.stored("tls_unverified", None))
    assert "{" not in text and "…" in text
    assert describe(Problem.stored("from_a_newer_version")) == describe(
        Problem(ProblemCode.EARLIER_PROBLEM)
    )


def test_an_error_not_raised_on_purpose_is_named_not_shown(qapp: QApplication) -> None:
    text = describe(KeyError("secret internal detail"))
    assert "KeyError" in text and "secret" not in text
