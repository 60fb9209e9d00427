"""Entry point of the frozen bundle: one executable, two commands.

The bundle ships a single executable, ``wheelshare``, and a symbolic link to it
named ``wheelshare-feed``; which command runs depends on the name it was started
by, as with the ``wheelshare`` and ``wheelshare-feed`` scripts of a pip install.
One executable means one dependency analysis, which halves the build time, and
the feed server's modules are in the bundle anyway because the app embeds it.
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
from pathlib import Path

# The app's background tasks import these lazily, from several worker threads at
# once. Two threads making the first import of a package together can see it
# half-initialised ("cannot import name ... from partially initialized module"),
# which the slower imports from the bundle's archive make likely. Importing them
# here, on the main thread before any worker starts, rules that out.
IMPORTED_BEFORE_THREADS = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "wheelshare.sync.store",
    "wheelshare.sync.syncer",
    "wheelshare.sync.outbox",
    "wheelshare.sync.account",
    "wheelshare.sync.client",
    "wheelshare.feed.embedded",
)


def import_before_threads() -> None:
    for name in IMPORTED_BEFORE_THREADS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:  # a module that is gone is fine; a broken one is not
                raise


def main() -> int:
    # A frozen child process (should any library start one) must not re-run the app.
    multiprocessing.freeze_support()
    if Path(sys.argv[0]).name.startswith("wheelshare-feed"):
        from wheelshare.feed.cli import main as feed_main

        return feed_main()
    if sys.argv[1:2] != ["sync"]:
        import_before_threads()
    from wheelshare.app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
