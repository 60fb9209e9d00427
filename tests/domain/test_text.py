"""Feed text made safe to show: controls, terminal escapes and bidi overrides go."""

from __future__ import annotations

import json

import pytest

from wheelshare.domain import text
from wheelshare.domain.text import json_is_printable, printable


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


@pytest.mark.parametrize(
    "text",
    [
        "\x1b[31mred",
        "\x9b2Jx",
        "\u202egnp.exe",
        "a\u2066b",
        "del\x7f",
        "c1\x85",
        "nul\x00",
        "cr\r",
        "bs\x08 ff\x0c",
        "plain, then \u2069",
    ],
)
def test_a_json_text_with_anything_printable_removes_is_never_called_printable(
    text: str,
) -> None:
    # A feed may escape the character or write it as itself (UTF-8).
    for ascii_only in (True, False):
        raw = json.dumps({"name": text, text: 1}, ensure_ascii=ascii_only).encode()
        assert not json_is_printable(raw), raw


def test_a_character_cut_by_the_scans_slices_is_still_found() -> None:
    for pad in range(text._SLICE - 4, text._SLICE + 2):
        for bad in ("\u202e".encode(), b"\\u001b", b"\x7f"):
            assert not json_is_printable(b"x" * pad + bad + b"x" * 10), (pad, bad)
    assert json_is_printable(b"x" * (3 * text._SLICE))


def test_ordinary_json_text_is_printable_as_it_is() -> None:
    record = {"name": "Café Ünïcode 日本 — “quotes”", "about": "line one\nline two\ttabbed"}
    raw = json.dumps(record, ensure_ascii=False).encode() + b"\n,\r\n\t"
    assert json_is_printable(raw)
