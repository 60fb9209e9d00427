"""Themes, text size and the focus frame, applied to the whole application.

Every colour a theme uses is declared here as data (:data:`THEMES`), together
with the foreground/background pairs the app actually draws, so the contrast
of each pair can be computed and checked (WCAG 2.2: text ≥ 4.5:1, ≥ 7:1 in
high contrast; focus frame and input borders ≥ 3:1). The palette and the
stylesheet are both generated from that data, so the checked colours are the
drawn colours.

Call :func:`apply` once at start-up and again whenever the person changes the
theme or the text size; it is cheap and idempotent::

    theme.apply(app, "system", 150)

Screens never hard-code colours: they use the palette (``QPalette.WindowText``
…) or :func:`colour` for the few semantic colours (``"error"``, ``"ok"``,
``"warning"``), and :func:`scaled_font` for headings, so that every theme and
text size reaches them.

The text size scales the controls too, not only the letters: check box and
radio squares, the arrows of number fields and drop-down lists, scroll bars,
table headers, tabs and small icons grow with it (the style sheet's sizes and
the style's pixel metrics, :class:`ScaledStyle`), so that at 200 % a person who
can read the text can also see and hit what goes with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeGuard

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from wheelshare.paths import resource

THEME_NAMES: tuple[str, ...] = ("system", "default", "dark", "high_contrast")
TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200

# Smallest size of anything a person clicks, in pixels at 100 % text. WCAG 2.2
# asks for 24 × 24 (2.5.8); 44 × 44 (2.5.5, AAA) for buttons, which are the
# controls people hit most.
BUTTON_MIN_PX = 44
INPUT_MIN_HEIGHT_PX = 36
INDICATOR_PX = 22  # check box / radio button square, plus its focus border
# The small parts of controls, in pixels at 100 % text; each grows with the text.
ARROW_BUTTON_PX = 24  # the drop-down of a list, the arrows of a number field
ARROW_PX = 10
SECTION = 1.15  # a section title's size, relative to the body text
FOCUS_WIDTH_PX = 3
BORDER_WIDTH_PX = 2

_Role = QPalette.ColorRole

# Colour names used by the themes, and the palette role each one fills.
_PALETTE_ROLES: dict[str, QPalette.ColorRole] = {
    "window": _Role.Window,
    "window_text": _Role.WindowText,
    "base": _Role.Base,
    "alternate_base": _Role.AlternateBase,
    "text": _Role.Text,
    "button": _Role.Button,
    "button_text": _Role.ButtonText,
    "bright_text": _Role.BrightText,
    "highlight": _Role.Highlight,
    "highlighted_text": _Role.HighlightedText,
    "tooltip_base": _Role.ToolTipBase,
    "tooltip_text": _Role.ToolTipText,
    "placeholder": _Role.PlaceholderText,
    "link": _Role.Link,
    "link_visited": _Role.LinkVisited,
    "light": _Role.Light,
    "midlight": _Role.Midlight,
    "mid": _Role.Mid,
    "dark": _Role.Dark,
    "shadow": _Role.Shadow,
}


@dataclass(frozen=True)
class Theme:
    """One theme: its colours and the pairs the app draws with them."""

    name: str
    colours: Mapping[str, str]
    # Minimum contrast for text pairs (4.5 for AA, 7 for AAA).
    text_minimum: float
    # (foreground, background) colour names for every kind of text drawn.
    text_pairs: tuple[tuple[str, str], ...]
    # (indicator, background) for focus frames and borders of inputs (≥ 3:1).
    indicator_pairs: tuple[tuple[str, str], ...]


# Every text the app draws, as (foreground, background). Disabled text is
# exempt in WCAG, but people with low vision still need to read what is
# unavailable, so it is held to the same minimum.
_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("tooltip_text", "tooltip_base"),
    ("placeholder", "base"),
    ("link", "base"),
    ("link", "window"),
    ("link_visited", "base"),
    ("disabled_text", "window"),
    ("disabled_text", "base"),
    ("disabled_text", "button"),
    ("error", "window"),
    ("error", "base"),
    ("ok", "window"),
    ("ok", "base"),
    ("warning", "window"),
    ("warning", "base"),
    ("window_text", "notice"),
)
_INDICATOR_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "window"),
    ("focus", "base"),
    ("focus", "button"),
    ("focus", "alternate_base"),
    ("focus", "notice"),
    ("input_border", "window"),
    ("input_border", "base"),
    ("button_border", "window"),
    ("highlight", "base"),
    ("highlight", "alternate_base"),
)

_LIGHT = {
    "window": "#f4f5f7",
    "window_text": "#1b1c1e",
    "base": "#ffffff",
    "alternate_base": "#eef1f6",
    "text": "#1b1c1e",
    "button": "#e4e7ec",
    "button_text": "#1b1c1e",
    "bright_text": "#ffffff",
    "highlight": "#0b57d0",
    "highlighted_text": "#ffffff",
    "tooltip_base": "#1b1c1e",
    "tooltip_text": "#ffffff",
    "placeholder": "#5b5f66",
    "link": "#0842a0",
    "link_visited": "#6b2fa0",
    "light": "#ffffff",
    "midlight": "#eceef2",
    "mid": "#8a8f98",
    "dark": "#5b5f66",
    "shadow": "#1b1c1e",
    "disabled_text": "#5b5f66",
    "error": "#b3261e",
    "ok": "#146c2e",
    "warning": "#7a4500",
    "notice": "#fff4d6",
    "focus": "#0b57d0",
    "input_border": "#6b7079",
    "button_border": "#6b7079",
}
_DARK = {
    "window": "#1e1f22",
    "window_text": "#e8eaed",
    "base": "#141517",
    "alternate_base": "#23252a",
    "text": "#e8eaed",
    "button": "#2d3035",
    "button_text": "#e8eaed",
    "bright_text": "#ffffff",
    "highlight": "#8ab4f8",
    "highlighted_text": "#0b1a33",
    "tooltip_base": "#e8eaed",
    "tooltip_text": "#1b1c1e",
    "placeholder": "#a9adb3",
    "link": "#8ab4f8",
    "link_visited": "#d7aefb",
    "light": "#3c3f45",
    "midlight": "#34373c",
    "mid": "#5f636a",
    "dark": "#101113",
    "shadow": "#000000",
    "disabled_text": "#a0a4aa",
    "error": "#f2b8b5",
    "ok": "#8fd19e",
    "warning": "#f6c26b",
    "notice": "#3a3220",
    "focus": "#8ab4f8",
    "input_border": "#8e9298",
    "button_border": "#8e9298",
}
_HIGH_CONTRAST = {
    "window": "#000000",
    "window_text": "#ffffff",
    "base": "#000000",
    "alternate_base": "#141414",
    "text": "#ffffff",
    "button": "#000000",
    "button_text": "#ffffff",
    "bright_text": "#ffffff",
    "highlight": "#ffff00",
    "highlighted_text": "#000000",
    "tooltip_base": "#000000",
    "tooltip_text": "#ffffff",
    "placeholder": "#d8d8d8",
    "link": "#00ffff",
    "link_visited": "#ff9cff",
    "light": "#ffffff",
    "midlight": "#c0c0c0",
    "mid": "#808080",
    "dark": "#ffffff",
    "shadow": "#ffffff",
    "disabled_text": "#c8c8c8",
    "error": "#ff9f9f",
    "ok": "#7dff8c",
    "warning": "#ffd75e",
    "notice": "#1a1a00",
    "focus": "#ffff00",
    "input_border": "#ffffff",
    "button_border": "#ffffff",
}

THEMES: Mapping[str, Theme] = MappingProxyType(
    {
        "default": Theme("default", MappingProxyType(_LIGHT), 4.5, _TEXT_PAIRS, _INDICATOR_PAIRS),
        "dark": Theme("dark", MappingProxyType(_DARK), 4.5, _TEXT_PAIRS, _INDICATOR_PAIRS),
        "high_contrast": Theme(
            "high_contrast", MappingProxyType(_HIGH_CONTRAST), 7.0, _TEXT_PAIRS, _INDICATOR_PAIRS
        ),
    }
)
INDICATOR_MINIMUM = 3.0


class ThemeError(ValueError):
    """A theme name or text size the app does not know."""


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an ``#rrggbb`` colour."""
    colour = QColor(hex_colour)
    if not colour.isValid():
        raise ThemeError(f"not a colour: {hex_colour!r}")

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours, from 1 to 21."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def resolve(theme: str, app: QGuiApplication | None = None) -> str:
    """The concrete theme for ``theme``; ``"system"`` follows the platform.

    Qt reports the platform's colour scheme (light/dark) and, from Qt 6.10,
    its contrast preference; a high-contrast preference wins over both.
    """
    if theme in THEMES:
        return theme
    if theme != "system":
        names = ", ".join(THEME_NAMES)
        raise ThemeError(f"unknown theme {theme!r}; expected one of: {names}")
    if app is None:
        running = QGuiApplication.instance()
        app = running if isinstance(running, QGuiApplication) else None
    if app is None:
        return "default"
    scheme, high_contrast = platform_preference(app)
    if high_contrast:
        return "high_contrast"
    return "dark" if scheme == Qt.ColorScheme.Dark else "default"


def platform_preference(app: QGuiApplication) -> tuple[Qt.ColorScheme, bool]:
    """The platform's colour scheme and whether it asks for high contrast."""
    hints = app.styleHints()
    high_contrast = False
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is not None and preference is not None:
        high_contrast = accessibility().contrastPreference() == preference.HighContrast
    return hints.colorScheme(), high_contrast


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    c = theme.colours
    for name, role in _PALETTE_ROLES.items():
        palette.setColor(role, QColor(c[name]))
    # Unfocused windows keep the same colours: a selection must stay readable
    # when the person's attention (and focus) is elsewhere.
    for name, role in _PALETTE_ROLES.items():
        palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(c[name]))
    disabled = QColor(c["disabled_text"])
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def stylesheet_for(theme: Theme, text_scale: int = 100) -> str:
    """Borders, a thick focus frame and minimum sizes for every focusable control.

    Each control keeps the same box size whether focused or not (the border
    grows by one pixel as the padding shrinks by one), so focus never moves
    the layout. The parts drawn beside text (check boxes, arrows, tabs'
    padding) are ``text_scale`` % of their size at 100 %.
    """

    def px(value: float) -> int:
        return round(value * text_scale / 100)

    c = theme.colours
    icons = resource("themes", theme.name).as_posix()
    b, f = BORDER_WIDTH_PX, FOCUS_WIDTH_PX
    pad = f + 2  # inner padding when unfocused; focused: pad - (f - b)
    focus_pad = pad - (f - b)
    indicator = px(INDICATOR_PX)
    # A section's title (a part of a screen) is a step above the body text, at
    # every text size: the body size comes from the system font and the scale.
    body = system_font()
    if body.pointSizeF() > 0:
        section_font = f"font-size: {body.pointSizeF() * text_scale / 100 * SECTION:.2f}pt;"
    else:
        section_font = f"font-size: {round(body.pixelSize() * text_scale / 100 * SECTION)}px;"
    arrow_button, arrow = px(ARROW_BUTTON_PX), px(ARROW_PX)
    inputs = "QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView"
    inputs_focus = ", ".join(f"{w.strip()}:focus" for w in inputs.split(","))
    boxes = "QCheckBox, QRadioButton"
    boxes_focus = "QCheckBox:focus, QRadioButton:focus"
    return f"""
QPushButton, QToolButton {{
    color: {c["button_text"]};
    background-color: {c["button"]};
    border: {b}px solid {c["button_border"]};
    border-radius: 4px;
    padding: {pad}px {pad + 6}px;
    min-height: {BUTTON_MIN_PX - 2 * (b + pad)}px;
    min-width: {BUTTON_MIN_PX - 2 * (b + pad + 6)}px;
}}
QPushButton:hover, QToolButton:hover {{ background-color: {c["midlight"]}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked, QPushButton:checked {{
    background-color: {c["highlight"]};
    color: {c["highlighted_text"]};
}}
QPushButton:disabled, QToolButton:disabled {{ color: {c["disabled_text"]}; }}
QPushButton:default {{ border-color: {c["focus"]}; }}
QPushButton:focus, QToolButton:focus {{
    border: {f}px solid {c["focus"]};
    padding: {focus_pad}px {focus_pad + 6}px;
}}
{inputs} {{
    color: {c["text"]};
    background-color: {c["base"]};
    border: {b}px solid {c["input_border"]};
    border-radius: 3px;
    padding: 2px 4px;
    selection-background-color: {c["highlight"]};
    selection-color: {c["highlighted_text"]};
}}
QLineEdit, QComboBox, QAbstractSpinBox {{ min-height: {INPUT_MIN_HEIGHT_PX - 2 * (b + 2)}px; }}
{inputs_focus} {{
    border: {f}px solid {c["focus"]};
    padding: {2 - (f - b)}px {4 - (f - b)}px;
}}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{
    color: {c["disabled_text"]};
}}
{boxes} {{
    border: {f}px solid transparent;
    border-radius: 3px;
    padding: 2px;
    spacing: {px(8)}px;
    min-height: {indicator + 4}px;
}}
{boxes_focus} {{ border-color: {c["focus"]}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {indicator - 2 * b}px;
    height: {indicator - 2 * b}px;
    border: {b}px solid {c["input_border"]};
    background-color: {c["base"]};
}}
QCheckBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: {indicator // 2}px; }}
QCheckBox::indicator:checked {{ image: url({icons}/check.svg); }}
QRadioButton::indicator:checked {{ image: url({icons}/dot.svg); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {c["disabled_text"]};
}}
QComboBox::drop-down {{
    subcontrol-origin: padding;
    subcontrol-position: center right;
    width: {arrow_button}px;
    border-left: 1px solid {c["input_border"]};
}}
QComboBox::down-arrow {{
    image: url({icons}/arrow-down.svg);
    width: {px(ARROW_PX + 2)}px;
    height: {px(ARROW_PX + 2)}px;
}}
QAbstractSpinBox {{ padding-right: {arrow_button + 2}px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border;
    width: {arrow_button}px;
    border-left: 1px solid {c["input_border"]};
    background-color: {c["button"]};
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{
    image: url({icons}/arrow-up.svg);
    width: {arrow}px;
    height: {arrow}px;
}}
QAbstractSpinBox::down-arrow {{
    image: url({icons}/arrow-down.svg);
    width: {arrow}px;
    height: {arrow}px;
}}
QLabel[keyboardText="true"] {{ border: {f}px solid transparent; }}
QLabel[keyboardText="true"]:focus {{ border-color: {c["focus"]}; }}
QScrollArea {{ border: {f}px solid transparent; }}
QScrollArea:focus {{ border-color: {c["focus"]}; }}
QTabBar::tab {{ min-height: {px(BUTTON_MIN_PX - 12)}px; padding: {px(4)}px {px(12)}px; }}
QHeaderView {{ border: none; padding: 0px; }}
QLabel#sectionHeading {{ font-weight: bold; {section_font} }}
QTabBar::tab:focus {{ border: {f}px solid {c["focus"]}; }}
QToolTip {{
    color: {c["tooltip_text"]};
    background-color: {c["tooltip_base"]};
    border: 1px solid {c["tooltip_text"]};
}}
"""


_PM = QStyle.PixelMetric
# The style's sizes that sit beside text and would stay small at 200 % text.
_SCALED_METRICS = frozenset(
    {
        _PM.PM_ScrollBarExtent,
        _PM.PM_ScrollBarSliderMin,
        _PM.PM_IndicatorWidth,
        _PM.PM_IndicatorHeight,
        _PM.PM_ExclusiveIndicatorWidth,
        _PM.PM_ExclusiveIndicatorHeight,
        _PM.PM_HeaderMargin,
        _PM.PM_HeaderMarkSize,
        _PM.PM_TabBarScrollButtonWidth,
        _PM.PM_MenuButtonIndicator,
        _PM.PM_SmallIconSize,
        _PM.PM_ListViewIconSize,
        _PM.PM_ButtonIconSize,
        _PM.PM_SliderThickness,
        _PM.PM_SliderLength,
        _PM.PM_SplitterWidth,
        _PM.PM_ToolBarExtensionExtent,
    }
)


class ScaledStyle(QProxyStyle):
    """Fusion, with the sizes of the parts drawn beside text (scroll bars, header
    margins and sort arrows, indicators, small icons) times the text size.

    The style sheet styles the controls it names; what it leaves to the style
    (scroll bars, table headers, icons in lists) gets its sizes from here."""

    def __init__(self, base: str, text_scale: int) -> None:
        # By name: the proxy makes and owns its base style, so no Python
        # reference to that style can outlive it.
        super().__init__(base)
        self.setObjectName("wheelshare-scaled-style")
        self.text_scale = text_scale

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in _SCALED_METRICS:
            return round(value * self.text_scale / 100)
        return value


def system_font() -> QFont:
    """The platform's general font: 100 % text size means this font."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """The application font times ``factor`` (headings: 1.25–1.6).

    Relative to the current application font, so headings grow with the
    person's text size.
    """
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class _SystemFollower(QObject):
    """Re-applies the theme when the platform colour scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("wheelshare-theme-follower")
        self.theme = "system"
        self.text_scale = 100
        self.style: ScaledStyle | None = None
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._changed)
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        app = QApplication.instance()
        if self.theme == "system" and isinstance(app, QApplication):
            apply(app, "system", self.text_scale)


def _follower(app: QApplication) -> _SystemFollower:
    for child in app.children():
        if isinstance(child, _SystemFollower):
            return child
    return _SystemFollower(app)


def current(app: QApplication | None = None) -> Theme:
    """The concrete theme in use (``"default"`` before :func:`apply`)."""
    owner = app or QApplication.instance()
    name = owner.property("wheelshare_theme") if owner is not None else None
    return THEMES[name] if isinstance(name, str) and name in THEMES else THEMES["default"]


def current_text_scale(app: QApplication | None = None) -> int:
    """The text size in use, in % (100 before :func:`apply`)."""
    owner = app or QApplication.instance()
    scale = owner.property("wheelshare_text_scale") if owner is not None else None
    return scale if isinstance(scale, int) else TEXT_SCALE_MIN


def colour(name: str, app: QApplication | None = None) -> QColor:
    """A semantic colour of the current theme: ``"error"``, ``"ok"``, ``"warning"``…

    Colour is never the only sign of a state: pair it with words or a named icon.
    """
    colours = current(app).colours
    if name not in colours:
        raise ThemeError(f"unknown theme colour {name!r}")
    return QColor(colours[name])


def _in_use(style: ScaledStyle | None, app: QApplication) -> TypeGuard[ScaledStyle]:
    """Whether ``style`` is still the app's style (under its style sheet's, if any)."""
    if style is None or not shiboken6.isValid(style):
        return False
    return app.style() is style or style.parent() is app.style()


def apply(app: QApplication, theme: str, text_scale: int) -> None:
    """Apply ``theme`` (one of :data:`THEME_NAMES`) and ``text_scale`` (%) to ``app``."""
    if not isinstance(text_scale, int) or not TEXT_SCALE_MIN <= text_scale <= TEXT_SCALE_MAX:
        raise ThemeError(
            f"text size must be a whole percentage from {TEXT_SCALE_MIN} to {TEXT_SCALE_MAX},"
            f" not {text_scale!r}"
        )
    concrete = THEMES[resolve(theme, app)]
    follower = _follower(app)
    follower.theme, follower.text_scale = theme, text_scale

    # Fusion draws everything from the palette, so the declared colours are
    # the drawn ones on every platform; the proxy scales its small parts.
    # (The application reports its style sheet's style, not this one: the
    # follower keeps it, which also keeps its Python half alive as long as the app.)
    if _in_use(follower.style, app):
        follower.style.text_scale = text_scale
    elif "Fusion" in set(QStyleFactory.keys()):
        # First time, or another style was set since (which deleted this one).
        follower.style = ScaledStyle("Fusion", text_scale)
        app.setStyle(follower.style)
    app.setProperty("wheelshare_theme", concrete.name)
    app.setProperty("wheelshare_text_scale", text_scale)
    font = system_font()
    size = font.pointSizeF()
    if size <= 0:  # a pixel-sized system font
        font.setPixelSize(max(1, round(font.pixelSize() * text_scale / 100)))
    else:
        font.setPointSizeF(size * text_scale / 100)
    app.setFont(font)
    app.setPalette(palette_for(concrete))
    # PySide6 takes the class name as a str; its stubs say bytes.
    app.setPalette(scroll_bar_palette(concrete), "QScrollBar")  # type: ignore[arg-type]
    app.setStyleSheet(stylesheet_for(concrete, text_scale))


def scroll_bar_palette(theme: Theme) -> QPalette:
    """The palette scroll bars are drawn with: the theme's, except in high contrast.

    Fusion draws a scroll bar's handle and arrow buttons in the button colour,
    which high contrast makes the window's own: a black handle on a black groove,
    which nobody can find. There they are light grey with black arrows."""
    palette = palette_for(theme)
    if theme.name == "high_contrast":
        c = theme.colours
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Button, QColor(c["midlight"]))
            for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
                palette.setColor(group, role, QColor(c["window"]))
    return palette


__all__ = [
    "INDICATOR_MINIMUM",
    "THEMES",
    "THEME_NAMES",
    "ScaledStyle",
    "Theme",
    "ThemeError",
    "apply",
    "colour",
    "contrast_ratio",
    "current",
    "current_text_scale",
    "relative_luminance",
    "resolve",
    "scaled_font",
    "system_font",
]
