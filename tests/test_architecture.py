"""The layering of design.md, checked: nothing below ``ui/`` imports Qt, and
arrows only point down the stack."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "wheelshare"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")

# package -> packages it must not import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "wheelshare.cache",
        "wheelshare.sync",
        "wheelshare.geo",
        "wheelshare.feed",
        "wheelshare.ui",
        "sqlalchemy",
    ),
    "cache": ("wheelshare.sync", "wheelshare.feed", "wheelshare.ui"),
    "sync": ("wheelshare.ui", "wheelshare.feed"),
    "geo": ("wheelshare.ui", "wheelshare.sync", "wheelshare.feed"),
    "feed": ("wheelshare.ui", "wheelshare.cache", "wheelshare.sync"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
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
