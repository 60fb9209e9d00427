"""The desktop file, AppStream metainfo, icon and Flatpak manifest: valid, and consistent."""

from __future__ import annotations

import ast
import configparser
import importlib
import json
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import (
    APP_ID,
    DESKTOP_FILE,
    ICON_SIZES,
    ICONS,
    METAINFO_FILE,
    PACKAGING,
    ROOT,
    tool,
)

import wheelshare

FLATPAK = PACKAGING / "flatpak"
SPEC = PACKAGING / "wheelshare.spec"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_app_id_is_the_one_the_code_uses() -> None:
    assert wheelshare.APP_ID == APP_ID


def test_desktop_file_passes_desktop_file_validate() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP_FILE)], capture_output=True, text=True)
    # desktop-file-validate exits 0 on hints too; any line it prints is a finding.
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_desktop_file_launches_the_app_with_its_icon_in_english_and_french() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "wheelshare"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Name", "Comment", "GenericName", "Keywords"):
        assert entry[f"{key}[fr]"].strip(), f"{key}[fr] is empty"
    assert entry["Comment[fr]"] != entry["Comment"]
    assert "fauteuil roulant" in entry["Comment[fr]"]


def test_metainfo_passes_appstreamcli_validate_offline() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--explain", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_desktop_file_and_the_package() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    releases = root.findall("releases/release")
    assert releases, "no release notes"
    assert releases[0].get("version") == wheelshare.__version__
    assert releases[0].find("description") is not None
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert root.findtext("project_license") == project["license"]
    provided = {b.text for b in root.findall("provides/binary")}
    assert provided == set(project["scripts"]) | set(project["gui-scripts"])


def test_metainfo_states_input_and_accessibility_facts() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    recommended = {c.text for c in root.findall("recommends/control")}
    supported = {c.text for c in root.findall("supports/control")}
    assert "keyboard" in recommended
    assert "touch" in supported
    assert root.find("content_rating[@type='oars-1.1']") is not None
    english = " ".join(
        "".join(li.itertext())
        for ul in root.findall("description/ul")
        if ul.get(XML_LANG) is None
        for li in ul.findall("li")
    )
    for fact in ("screen reader", "keyboard alone", "200 %", "high-contrast"):
        assert fact in english, f"the description does not say: {fact}"
    assert root.find(f"summary[@{XML_LANG}='fr']") is not None


def test_screenshots_are_the_ones_in_docs_screenshots() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    images = [img.text or "" for img in root.findall("screenshots/screenshot/image")]
    assert images, "no screenshots"
    assert root.find("screenshots/screenshot[@type='default']") is not None
    shots = ROOT / "docs" / "screenshots"
    missing = [url for url in images if not (shots / url.rsplit("/", 1)[1]).is_file()]
    assert not missing, f"screenshots not in docs/screenshots/: {missing}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_exists_as_svg_and_every_png_size() -> None:
    svg = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"
    for size in ICON_SIZES:
        png = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), f"missing {png.relative_to(ROOT)}: run packaging/render_icons.py"
        assert png_size(png) == (size, size)


def test_flatpak_manifest_loads_in_flatpak_builder_without_warnings(tmp_path: Path) -> None:
    # flatpak-builder cannot build here (no runtimes can be fetched), but it
    # parses the manifest and names every key it does not know. It leaves its
    # state folder where it runs: a copy keeps the source tree clean.
    builder = tool("flatpak-builder", "flatpak-builder")
    for name in (f"{APP_ID}.json", "python3-modules.json"):
        shutil.copy(FLATPAK / name, tmp_path / name)
    result = subprocess.run(
        [builder, "--show-manifest", f"{APP_ID}.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "Unknown" not in result.stderr, result.stderr
    shown = json.loads(result.stdout)
    assert shown["id"] == APP_ID
    assert shown["command"] == "wheelshare"


def test_flatpak_manifest_has_a_module_for_every_python_dependency() -> None:
    modules = json.loads((FLATPAK / "python3-modules.json").read_text())["modules"]
    names = {m["name"] for m in modules}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for req in project["dependencies"]:
        name = re.split(r"[\s\[<>=!~;]", req, maxsplit=1)[0].lower().replace("_", "-")
        if name.startswith("pyside6"):
            continue  # from the io.qt.PySide.BaseApp base
        regenerate = "run packaging/flatpak/generate_python_modules.py"
        assert f"python3-{name}" in names, f"{req}: {regenerate}"
    for m in modules:
        (source,) = m["sources"]
        assert source["url"].startswith("https://files.pythonhosted.org/"), source
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source


@pytest.mark.parametrize(
    "path",
    [
        "packaging/linux/org.wheelshare.Wheelshare.desktop",
        "packaging/linux/org.wheelshare.Wheelshare.metainfo.xml",
        "resources/icons/hicolor",
    ],
)
def test_flatpak_manifest_installs_the_desktop_files(path: str) -> None:
    manifest = (FLATPAK / f"{APP_ID}.json").read_text()
    assert path.replace(APP_ID, "${FLATPAK_ID}") in manifest or path in manifest
    assert (ROOT / path).exists()


def _bundled_modules() -> set[str]:
    """The wheelshare modules the PyInstaller spec lists as hidden imports: its own
    ``package_modules`` run on the source tree (the rest of the spec needs PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "package_modules"]
    assert found, "the spec no longer lists wheelshare's modules with package_modules()"
    namespace: dict[str, object] = {"Path": Path}
    exec(compile(ast.Module(body=found, type_ignores=[]), str(SPEC), "exec"), namespace)
    package_modules = namespace["package_modules"]
    assert callable(package_modules)
    return set(package_modules(ROOT / "src" / "wheelshare"))


def test_modules_the_app_imports_by_name_exist_and_are_in_the_bundle() -> None:
    # Imported by name at run time, so PyInstaller's analysis cannot see them.
    from wheelshare.ui.pages import PAGES
    from wheelshare.ui.session import FROZEN_DEMO_IMPORTS, WORKER_IMPORTS

    named = [t.partition(":")[0] for spec in PAGES for t in (spec.target, spec.badge) if t]
    named += [m for m in (*WORKER_IMPORTS, *FROZEN_DEMO_IMPORTS) if m.startswith("wheelshare.")]
    # packaging/entry.py starts one of these; ui/main.py installs the self-check.
    named += ["wheelshare.app", "wheelshare.feed.cli", "wheelshare.ui.selfcheck"]
    bundled = _bundled_modules()
    for name in named:
        importlib.import_module(name)
        assert name in bundled, f"{name} is imported by name but not bundled"


def test_installed_commands_name_functions_that_exist() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    commands = {**project["scripts"], **project["gui-scripts"]}
    assert set(commands) == {"wheelshare", "wheelshare-feed"}
    for command, target in commands.items():
        module, _, function = target.partition(":")
        assert callable(getattr(importlib.import_module(module), function)), command
