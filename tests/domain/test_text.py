"""Feed text made safe to show: controls, terminal escapes and bidi overrides go."""

from __future__ import annotations

import pytest

from wheelshare.domain.text import printable


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),  # colour
        ("\x1b[2J\x1b[Hclean", "clean"),  # clear the screen, cursor home
        ("a\x1b]0;new window title\x07b", "ab"),  # OSC, ended by BEL
        ("a\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # hyperlink, ended by ST
        ("\x9b2Jx", "x"),  # 8-bit CSI
        ("\u202egnp.exe", "gnp.exe"),  # right-to-left override
        ("a\u2066b\u2069c", "abc"),  # isolates
        ("bell\x07 nul\x00 del\x7f cr\r", "bell nul del cr"),
        ("line one\nline two\ttabbed", "line one\nline two\ttabbed"),
        ("Café Ünïcode 日本 — “quotes”", "Café Ünïcode 日本 — “quotes”"),
    ],
)
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown
