"""The recent notices, kept in a small file next to the cache: the in-app list
reads it, and its keys make sure one event is told once, across restarts."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wheelshare.notify.notices import Notice, NoticeKind
from wheelshare.private_files import make_private_dir

log = logging.getLogger(__name__)

FILE_NAME = "notifications.json"
# The list shows this many; the keys of older ones are remembered longer.
KEPT = 100
KEYS_KEPT = 2000


@dataclass(frozen=True, slots=True)
class Entry:
    notice: Notice
    read: bool = False


class NoticeLog:
    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self.entries: list[Entry] = []  # newest first
        self._keys: list[str] = []
        self._load()

    @property
    def unread(self) -> int:
        return sum(not e.read for e in self.entries)

    def add(self, notices: Iterable[Notice]) -> list[Notice]:
        """Keeps the notices not told before; returns them, in order."""
        known = set(self._keys)
        new: list[Notice] = []
        for n in notices:
            if n.key in known:
                continue
            known.add(n.key)
            self._keys.append(n.key)
            new.append(n)
        if new:
            self.entries[:0] = [Entry(n) for n in reversed(new)]
            del self.entries[KEPT:]
            del self._keys[:-KEYS_KEPT]
            self._save()
        return new

    def mark_all_read(self) -> None:
        if self.unread:
            self.entries = [Entry(e.notice, True) for e in self.entries]
            self._save()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            self._keys = [str(k) for k in raw["keys"]]
            self.entries = [
                Entry(
                    Notice(
                        str(e["key"]),
                        NoticeKind(e["kind"]),
                        str(e["subject"]),
                        str(e["detail"]),
                        datetime.fromisoformat(e["at"]),
                        str(e.get("booking_id", "")),
                    ),
                    bool(e["read"]),
                )
                for e in raw["entries"]
            ]
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError):
            # A damaged file costs the list, never the start of the app.
            log.warning("the notifications file %s could not be read; starting afresh", self.path)
            self.entries, self._keys = [], []

    def _save(self) -> None:
        data = {
            "keys": self._keys,
            "entries": [
                {
                    "key": e.notice.key,
                    "kind": e.notice.kind.value,
                    "subject": e.notice.subject,
                    "detail": e.notice.detail,
                    "at": e.notice.at.isoformat(),
                    "booking_id": e.notice.booking_id,
                    "read": e.read,
                }
                for e in self.entries
            ],
        }
        try:
            make_private_dir(self.path.parent)
            tmp = self.path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False)
            tmp.replace(self.path)
        except OSError:
            log.warning("the notifications file %s could not be written", self.path)
