"""The colours the results map draws with, from the theme in use.

A marker's or cluster's fill is a theme colour that is already checked as
text on the window ("ok", "error", "link"…); its symbol is drawn in the window
colour, so the pair keeps that contrast, reversed, in every theme. Around the
fill go two rings: an inner one in the window colour and an outer halo in the
text colour. Whatever lies under a mark (the plain background, or map tiles,
which are light whatever the theme), one of the two edges stands out from it,
and the high-contrast theme holds every edge to its own minimum (7:1).
"""

from __future__ import annotations

from wheelshare.ui.theme import Theme

# The colours the QML side draws with, by theme colour name.
_FROM_THEME = (
    "window", "window_text", "base", "text", "highlight", "highlighted_text",
    "focus", "input_border", "ok", "warning", "error", "disabled_text",
)  # fmt: skip
# The land colour of the standard OpenStreetMap tiles, the most of what a map
# with tiles shows under the markers.
TILE_LAND = "#f2efe9"
# The fills marks are drawn with (the tones of ui/*/on_map.py), a cluster's too.
FILLS = ("ok", "warning", "error", "neutral", "price", "window_text")


def map_colours(theme: Theme) -> dict[str, str]:
    """Colour name -> ``#rrggbb`` for ResultsMap.qml."""
    colours = theme.colours
    picked = {name: colours[name] for name in _FROM_THEME if name in colours}
    picked["marker_text"] = colours["window"]
    picked["marker_border"] = colours["window"]
    picked["marker_halo"] = colours["window_text"]
    picked["neutral"] = colours["disabled_text"]
    picked["price"] = colours["link"]
    return picked
