"""Small widgets shared by every screen."""

from wheelshare.ui.widgets.editors import MoneyEdit
from wheelshare.ui.widgets.flow import FlowLayout
from wheelshare.ui.widgets.form import FormField, FormFields

__all__ = ["FlowLayout", "FormField", "FormFields", "MoneyEdit"]
