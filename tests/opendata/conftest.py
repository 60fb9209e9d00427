"""Fixtures for the open-data parser tests: small hand-written OSM files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


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
