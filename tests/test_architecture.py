"""The layering of design.md, checked: nothing below ``ui/`` imports Qt, arrows
only point down the stack, and no module takes part in an import cycle."""

from __future__ import annotations

import ast
import importlib.util
import itertools
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "wheelshare"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")

# package -> packages it must not import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "wheelshare.demo",
        "wheelshare.opendata",
        "wheelshare.cache",
        "wheelshare.sync",
        "wheelshare.geo",
        "wheelshare.feed",
        "wheelshare.ui",
        "sqlalchemy",
    ),
    # The demo data is built from the domain alone.
    "demo": (
        "wheelshare.cache",
        "wheelshare.sync",
        "wheelshare.geo",
        "wheelshare.feed",
        "wheelshare.ui",
        "sqlalchemy",
    ),
    # Pure parsers of open data, built on the domain: no server, database or screen.
    "opendata": (
        "wheelshare.cache",
        "wheelshare.sync",
        "wheelshare.feed",
        "wheelshare.ui",
        "wheelshare.demo",
        "sqlalchemy",
        "fastapi",
    ),
    "cache": ("wheelshare.sync", "wheelshare.feed", "wheelshare.ui"),
    "sync": ("wheelshare.ui", "wheelshare.feed"),
    "geo": ("wheelshare.ui", "wheelshare.sync", "wheelshare.feed"),
    "feed": ("wheelshare.ui", "wheelshare.cache", "wheelshare.sync"),
    # What is worth telling the person: rules over synced records, no screen,
    # no database, no server (the UI shows them; the sync hands them records).
    "notify": ("wheelshare.ui", "wheelshare.cache", "wheelshare.feed", "sqlalchemy"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # ``from wheelshare import demo`` imports the module wheelshare.demo.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules_outside_ui() -> list[Path]:
    return [
        p for p in SRC.rglob("*.py") if "ui" not in p.relative_to(SRC).parts and p.name != "app.py"
    ]


def test_the_check_sees_the_code() -> None:
    # Guards against a vacuous pass if the tree moves.
    assert len(_modules_outside_ui()) >= 10


@pytest.mark.parametrize("path", _modules_outside_ui(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_qt_below_ui(path: Path) -> None:
    qt = sorted(n for n in _imports(path) if n.split(".")[0] in QT_MODULES)
    assert not qt, f"{path.relative_to(SRC)} imports Qt ({', '.join(qt)}); keep Qt in ui/"


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_arrows_point_down_the_stack(package: str) -> None:
    bad: list[str] = []
    for path in (SRC / package).rglob("*.py"):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package]):
                bad.append(f"{path.relative_to(SRC)} imports {name}")
    assert not bad, "layering broken:\n" + "\n".join(bad)


# The demo data is a fixture generator, not something the app runs on: the feed
# seeds its built-in demo feed with it (tests, benchmarks and scripts use it too).
# Everything else sees demo data only as records that came from a feed.
DEMO_IMPORTERS = ("demo", "feed")


def test_only_the_feed_imports_the_demo() -> None:
    bad = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] not in DEMO_IMPORTERS
        for name in _imports(path)
        if name == "wheelshare.demo" or name.startswith("wheelshare.demo.")
    ]
    assert not bad, "only the feed may import the demo data:\n" + "\n".join(bad)


def test_the_open_data_parsers_load_without_osmium() -> None:
    # osmium is a server dependency: only reading .osm.pbf or .osm XML needs it.
    code = """
import json, sys, tempfile
sys.modules["osmium"] = None  # any import of it now fails
from pathlib import Path
import wheelshare.opendata, wheelshare.opendata.a11yjson
from wheelshare.opendata.osm import parse_osm
node = {"type": "node", "id": 1, "lat": 60.17, "lon": 24.94,
        "tags": {"name": "Kahvila", "amenity": "cafe", "wheelchair": "yes"}}
with tempfile.TemporaryDirectory() as d:
    path = Path(d) / "overpass.json"
    path.write_text(json.dumps({"elements": [node]}))
    print(parse_osm(path).venues[0].name)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Kahvila"


def import_cycles(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    """One shortest cycle through each group of modules that import each other
    (``a -> b -> a``), in a stable order."""
    cycles: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for module in sorted(graph.modules):
        if module in seen:
            continue
        tangle = graph.find_upstream_modules(module) & graph.find_downstream_modules(module)
        if not tangle:
            continue
        seen |= tangle
        ways_back = [
            graph.find_shortest_chain(importer=step, imported=module)
            for step in sorted(graph.find_modules_directly_imported_by(module) & tangle)
        ]
        cycles.append((module, *min((w for w in ways_back if w), key=len)))
    return cycles


def describe_cycle(graph: grimp.ImportGraph, cycle: tuple[str, ...]) -> str:
    lines = [" -> ".join(cycle)]
    for importer, imported in itertools.pairwise(cycle):
        for detail in graph.get_import_details(importer=importer, imported=imported)[:1]:
            lines.append(f"    {importer}:{detail['line_number']}: {detail['line_contents']}")
    return "\n".join(lines)


def test_the_cycle_check_names_a_cycle() -> None:
    graph = grimp.ImportGraph()
    graph.add_import(importer="p.models", imported="p.db", line_number=3, line_contents="import")
    graph.add_import(importer="p.db", imported="p.log", line_number=9, line_contents="import")
    graph.add_import(importer="p.log", imported="p.models", line_number=5, line_contents="import")
    graph.add_import(importer="p.app", imported="p.db", line_number=1, line_contents="import")

    assert import_cycles(graph) == [("p.db", "p.log", "p.models", "p.db")]
    assert describe_cycle(graph, ("p.db", "p.log", "p.models", "p.db")).splitlines()[1:] == [
        "    p.db:9: import",
        "    p.log:5: import",
        "    p.models:3: import",
    ]


def test_no_import_cycles() -> None:
    # Every import counts, wherever it is written:
    # - inside a function: an import moved into a function to get round a cycle
    #   still makes two modules that need each other (and hides the cycle from
    #   import time until that function runs);
    # - under ``if TYPE_CHECKING:``: such an import never runs, but the module
    #   still needs the other one to be read and type-checked, so a cycle through
    #   it tangles the two just the same; it is also how ``geo/__init__`` names
    #   the modules it imports lazily, which the graph would otherwise not see.
    # A submodule's implicit import of its parent package does not count: Python
    # finishes the package's ``__init__`` first, so it cannot go round in a loop.
    spec = importlib.util.find_spec("wheelshare")
    assert spec is not None and spec.origin is not None
    assert Path(spec.origin).parent == SRC, f"wheelshare is imported from {spec.origin}"
    graph = grimp.build_graph("wheelshare", cache_dir=None)
    assert len(graph.modules) >= 50  # guards against a vacuous pass
    cycles = import_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(describe_cycle(graph, c) for c in cycles)
