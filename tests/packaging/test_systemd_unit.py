"""The systemd unit of docs/deploy.md: systemd accepts every line of it, and it
starts the server as the guide says (migrated once, then workers without
migrating, as an unprivileged user)."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wheelshare.feed.cli import build_parser

UNIT = Path(__file__).parents[2] / "packaging" / "systemd" / "wheelshare-feed.service"
INSTALLED = "/usr/bin/wheelshare-feed"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_accepts_every_line_of_the_unit(tmp_path: Path) -> None:
    # verify also checks that the commands exist: point them at this venv's.
    here = Path(sys.executable).with_name("wheelshare-feed")
    copy = tmp_path / UNIT.name
    copy.write_text(UNIT.read_text(encoding="utf-8").replace(INSTALLED, str(here)), "utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # An unknown key or a bad value is only a warning for systemd: none is allowed.
    assert result.returncode == 0 and result.stderr == "" and result.stdout == "", result


def test_the_unit_runs_the_commands_the_guide_describes() -> None:
    service = _unit()["Service"]
    assert service["User"] not in ("", "root")
    parser = build_parser()
    pre = shlex.split(service["ExecStartPre"])
    start = shlex.split(service["ExecStart"])
    assert pre[0] == start[0] == INSTALLED
    assert parser.parse_args(pre[1:]).command == "migrate"
    args = parser.parse_args(start[1:])
    assert (args.command, args.no_migrate, args.log_format) == ("serve", True, "json")
    assert args.host == "127.0.0.1" and args.workers > 1
    assert service["Restart"] == "on-failure"
