"""Write python3-modules.json: wheelshare's Python dependencies as Flatpak modules.

    .venv/bin/python packaging/flatpak/generate_python_modules.py

Resolves the runtime dependencies of pyproject.toml with pip (from PyPI, for
the runtime's CPython 3.12 on x86_64, wheels only) and writes one module per
package, each building from the pinned wheel with its SHA-256. PySide6 is left
out: the PySide base app provides it. Run it again after changing dependencies
and commit the result.

pip evaluates environment markers for the interpreter running this script, so
with Python 3.11 the list also holds a few back-ports only older Pythons need
(e.g. backports.tarfile); installing them on 3.12 is harmless.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "python3-modules.json"
PYTHON = "3.12"
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64")
# Provided by the io.qt.PySide.BaseApp base, built against the runtime's Qt.
FROM_BASE_APP = {"pyside6-essentials", "pyside6-addons", "pyside6", "shiboken6"}


def normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    out = []
    for req in project["dependencies"]:
        name = req.split(";")[0].split("[")[0]
        for sep in "<>=!~ ":
            name = name.split(sep)[0]
        if normalise(name) not in FROM_BASE_APP:
            out.append(req)
    return out


def resolve(reqs: list[str]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "pip", "--isolated", "install", "--quiet", "--dry-run"]
        cmd += ["--ignore-installed", "--only-binary=:all:", "--report", str(report)]
        cmd += ["--target", str(Path(tmp) / "target"), "--python-version", PYTHON]
        cmd += ["--implementation", "cp", "--abi", f"cp{PYTHON.replace('.', '')}"]
        cmd += ["--abi", "abi3", "--abi", "none"]
        for platform in PLATFORMS:
            cmd += ["--platform", platform]
        subprocess.run([*cmd, *reqs], check=True)
        installs: list[dict[str, Any]] = json.loads(report.read_text())["install"]
    return installs


def module(item: dict[str, Any]) -> dict[str, Any]:
    name = normalise(item["metadata"]["name"])
    info = item["download_info"]
    url: str = info["url"]
    if not url.startswith("https://"):
        raise SystemExit(f"{name}: resolved to {url}, not a public download; check pip's index")
    wheel = url.rsplit("/", 1)[1]
    sha256 = info["archive_info"]["hashes"]["sha256"]
    return {
        "name": f"python3-{name}",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exec-prefix=${FLATPAK_DEST} --prefix=${FLATPAK_DEST} "
            f'--no-deps --no-index --no-build-isolation "{wheel}"'
        ],
        "sources": [{"type": "file", "url": url, "sha256": sha256}],
    }


def main() -> int:
    installs = resolve(requirements())
    modules = sorted((module(item) for item in installs), key=lambda m: m["name"])
    document = {
        "name": "python3-dependencies",
        "buildsystem": "simple",
        "build-commands": [],
        "modules": modules,
    }
    OUT.write_text(json.dumps(document, indent=2) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(modules)} modules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
