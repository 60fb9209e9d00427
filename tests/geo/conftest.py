"""Fixtures for the places tests: the shipped gazetteer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wheelshare.geo import Gazetteer


@pytest.fixture(scope="session")
def shipped_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    """The real shipped gazetteer, indexed once for the whole session."""
    gazetteer = Gazetteer.open(tmp_path_factory.mktemp("gazetteer-data"))
    yield gazetteer
    gazetteer.close()
