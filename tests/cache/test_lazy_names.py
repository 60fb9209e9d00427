"""The cache package loads each public name from its module when first used:
the name's home is listed once in ``_HOMES``, so a name exported (and type
checked through the TYPE_CHECKING imports) but missing there would only fail
when the app first reached for it."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import wheelshare.cache as cache


def _type_checking_names() -> set[str]:
    tree = ast.parse(Path(cache.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    return {
        alias.asname or alias.name
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_every_exported_name_has_one_home_and_is_imported_for_the_checker() -> None:
    assert set(cache.__all__) == set(cache._HOMES) == _type_checking_names()


def test_every_exported_name_resolves_to_what_its_home_module_holds() -> None:
    for name, home in cache._HOMES.items():
        module = importlib.import_module(home)
        expected = module if home == f"wheelshare.cache.{name}" else getattr(module, name)
        assert getattr(cache, name) is expected, name
