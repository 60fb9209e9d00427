"""The controls drawn beside text grow with it, whatever was done to the app's style."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollBar, QStyle, QStyleFactory

from wheelshare.ui import theme


def _bar_thickness() -> int:
    bar = QScrollBar()
    return bar.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)


def _fusion_bar() -> int:
    plain = QStyleFactory.create("Fusion")
    assert plain is not None
    return plain.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)


@pytest.mark.parametrize("scale", [150, 200])
def test_scroll_bars_grow_with_the_text_after_the_text_size_changes(
    appearance: QApplication, scale: int
) -> None:
    theme.apply(appearance, "default", scale)
    assert _bar_thickness() == round(_fusion_bar() * scale / 100)
    theme.apply(appearance, "dark", 100)
    assert _bar_thickness() == _fusion_bar()


def test_scroll_bars_grow_again_after_another_style_was_set(appearance: QApplication) -> None:
    theme.apply(appearance, "default", 200)
    appearance.setStyleSheet("")
    appearance.setStyle("fusion")  # as a plug-in or a platform theme might
    assert _bar_thickness() == _fusion_bar()
    theme.apply(appearance, "default", 200)
    assert _bar_thickness() == 2 * _fusion_bar()
