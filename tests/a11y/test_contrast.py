"""Contrast and colour: every text/background pair of every theme, by WCAG 2.2."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from wheelshare.paths import resource
from wheelshare.ui import theme
from wheelshare.ui.theme import INDICATOR_MINIMUM, THEMES, contrast_ratio


def test_known_ratios() -> None:
    # The extremes and a published pair (WebAIM: #777 on white is 4.48:1).
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_text_pairs_meet_the_minimum(name: str) -> None:
    t = THEMES[name]
    ratios = {pair: contrast_ratio(t.colours[pair[0]], t.colours[pair[1]]) for pair in t.text_pairs}
    lowest = min(ratios, key=lambda p: ratios[p])
    print(
        f"{name}: {len(ratios)} text pairs,"
        f" minimum {ratios[lowest]:.2f}:1 ({lowest[0]} on {lowest[1]})"
    )
    failing = {p: round(r, 2) for p, r in ratios.items() if r < t.text_minimum}
    assert not failing, f"{name}: text below {t.text_minimum}:1: {failing}"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_indicators_meet_three_to_one(name: str) -> None:
    t = THEMES[name]
    ratios = {p: contrast_ratio(t.colours[p[0]], t.colours[p[1]]) for p in t.indicator_pairs}
    lowest = min(ratios, key=lambda p: ratios[p])
    print(f"{name}: {len(ratios)} indicator pairs, minimum {ratios[lowest]:.2f}:1 ({lowest})")
    failing = {p: round(r, 2) for p, r in ratios.items() if r < INDICATOR_MINIMUM}
    assert not failing, f"{name}: indicators below 3:1: {failing}"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_focus_frame_differs_from_the_unfocused_border(name: str) -> None:
    # WCAG 2.4.13: the focused state must differ from the unfocused one by 3:1,
    # or by a thicker frame; we have both a colour change and one more pixel.
    t = THEMES[name]
    assert theme.FOCUS_WIDTH_PX > theme.BORDER_WIDTH_PX
    assert t.colours["focus"] != t.colours["input_border"]


@pytest.mark.parametrize("name", sorted(THEMES))
def test_applied_palette_is_the_declared_one(appearance: QApplication, name: str) -> None:
    # The checked colours must be the drawn colours.
    theme.apply(appearance, name, 100)
    palette = appearance.palette()
    colours = THEMES[name].colours
    roles = {
        "window": QPalette.ColorRole.Window,
        "window_text": QPalette.ColorRole.WindowText,
        "base": QPalette.ColorRole.Base,
        "text": QPalette.ColorRole.Text,
        "button_text": QPalette.ColorRole.ButtonText,
        "highlight": QPalette.ColorRole.Highlight,
        "highlighted_text": QPalette.ColorRole.HighlightedText,
        "placeholder": QPalette.ColorRole.PlaceholderText,
    }
    for key, role in roles.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            assert palette.color(group, role).name() == colours[key], (key, group)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    assert disabled == colours["disabled_text"]
    # Every colour the stylesheet uses is a declared colour of the theme.
    sheet = appearance.styleSheet()
    used = set(re.findall(r"#[0-9a-fA-F]{6}\b", sheet))
    assert used <= set(colours.values()), used - set(colours.values())
    assert colours["focus"] in sheet


@pytest.mark.parametrize("name", sorted(THEMES))
def test_theme_icons_use_the_theme_text_colour(name: str) -> None:
    # Check marks and arrows are drawn in the text colour, so they share its contrast.
    for icon in ("arrow-up", "arrow-down", "check", "dot"):
        svg = resource("themes", name, f"{icon}.svg").read_text()
        colours = set(re.findall(r"#[0-9a-fA-F]{6}", svg))
        assert colours == {THEMES[name].colours["text"]}, (name, icon, colours)


@pytest.mark.parametrize(
    ("scheme", "high_contrast", "expected"),
    [
        ("Light", False, "default"),
        ("Unknown", False, "default"),
        ("Dark", False, "dark"),
        ("Dark", True, "high_contrast"),
        ("Light", True, "high_contrast"),
    ],
)
def test_system_follows_the_platform_scheme(
    appearance: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    scheme: str,
    high_contrast: bool,
    expected: str,
) -> None:
    # The offscreen platform has no colour scheme of its own to switch, so the
    # platform's answer is stood in.
    platform = (Qt.ColorScheme.Dark if scheme == "Dark" else Qt.ColorScheme.Light, high_contrast)
    monkeypatch.setattr(theme, "platform_preference", lambda app: platform)
    theme.apply(appearance, "default", 100)
    theme.apply(appearance, "system", 100)
    assert theme.current(appearance).name == expected


def test_bad_theme_and_scale_are_refused_with_their_names(appearance: QApplication) -> None:
    with pytest.raises(theme.ThemeError, match="unknown theme 'sepia'"):
        theme.apply(appearance, "sepia", 100)
    with pytest.raises(theme.ThemeError, match="from 100 to 200, not 250"):
        theme.apply(appearance, "default", 250)


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_text_scale_follows_the_system_font(appearance: QApplication, scale: int) -> None:
    theme.apply(appearance, "default", scale)
    base = theme.system_font().pointSizeF()
    assert appearance.font().pointSizeF() == pytest.approx(base * scale / 100)
    assert theme.scaled_font(1.5).pointSizeF() == pytest.approx(base * scale / 100 * 1.5)


def test_a_scroll_bar_handle_stands_out_from_its_groove_in_high_contrast(
    appearance: QApplication, qtbot: QtBot
) -> None:
    # Drawn in the button colour, the handle was as black as the groove: a
    # long screen at 200 % text showed no sign of where in it one was.
    theme.apply(appearance, "high_contrast", 200)
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(QLabel("line\n" * 100))
    area.resize(300, 300)
    area.show()
    QApplication.processEvents()
    bar = area.verticalScrollBar()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    style = bar.style()
    handle = style.subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    groove = style.subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarAddPage, bar
    )
    image = bar.grab().toImage()
    handle_colour = image.pixelColor(handle.center()).name()
    groove_colour = image.pixelColor(groove.center()).name()
    assert contrast_ratio(handle_colour, groove_colour) >= INDICATOR_MINIMUM, (
        handle_colour,
        groove_colour,
    )
