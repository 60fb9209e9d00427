"""The ``wheelshare`` command: the desktop app, or ``wheelshare sync`` headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "sync":
        # Headless: no Qt is imported on this path.
        from wheelshare.sync.cli import main as sync_main

        return sync_main(args[1:])
    from wheelshare.ui.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
