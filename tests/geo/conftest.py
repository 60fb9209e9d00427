"""Fixtures for the places tests: the Helsinki extract and small hand-written OSM files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wheelshare.geo import Gazetteer

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="session")
def helsinki_pbf() -> Path:
    """An OpenStreetMap extract of central Helsinki (ODbL; see tests/data/osm/README.md)."""
    return DATA / "osm" / "helsinki.osm.pbf"


@pytest.fixture
def write_osm_xml(tmp_path: Path) -> Callable[..., Path]:
    """Write ``<osm>`` XML with the given body and return its path."""

    def write(body: str, name: str = "extract.osm") -> Path:
        path = tmp_path / name
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<osm version="0.6" generator="hand">\n' + body + "\n</osm>\n",
            encoding="utf-8",
        )
        return path

    return write


@pytest.fixture(scope="session")
def shipped_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    """The real shipped gazetteer, indexed once for the whole session."""
    gazetteer = Gazetteer.open(tmp_path_factory.mktemp("gazetteer-data"))
    yield gazetteer
    gazetteer.close()
