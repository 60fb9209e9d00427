"""Entry point of the frozen bundle: one executable, two commands.

The bundle ships a single executable, ``wheelshare``, and a symbolic link to it
named ``wheelshare-feed``; which command runs depends on the name it was started
by, as with the ``wheelshare`` and ``wheelshare-feed`` scripts of a pip install.
One executable means one dependency analysis, which halves the build time, and
the feed server's modules are in the bundle anyway because the app embeds it.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    # A frozen child process (should any library start one) must not re-run the app.
    multiprocessing.freeze_support()
    if Path(sys.argv[0]).name.startswith("wheelshare-feed"):
        from wheelshare.feed.cli import main as feed_main

        return feed_main()
    from wheelshare.app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
