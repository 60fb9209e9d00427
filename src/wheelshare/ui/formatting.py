"""How money, dates, times and distances read on screen, through QLocale.

Kept in one module so every screen formats the same way; when the language
changes, the default QLocale changes and these follow. That locale keeps the
system's region when it speaks the chosen language (``i18n.regional_locale``):
English on a British system formats as en_GB (day first, miles and yards),
French on a Canadian one as fr_CA.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from wheelshare.domain import Money, clock
from wheelshare.geo import KM_PER_MILE, display_distance
from wheelshare.ui.plurals import english_plural, plurals

_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF"}


# English plurals of a screen's own counted texts (``self.tr(text, "", n)``).
plural = english_plural


def locale() -> QLocale:
    return QLocale()


def money(value: Money) -> str:
    """``€45.00`` / ``45,00 €`` depending on the language."""
    symbol = _SYMBOLS.get(value.currency, value.currency)
    return locale().toCurrencyString(value.amount / 100, symbol, 2)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the local time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    ms = int(value.timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(ms, QTimeZone.systemTimeZone())


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (local) as an aware UTC datetime, to the second."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def short_date_format(loc: QLocale | None = None) -> str:
    """The locale's short date, with a four-digit year (two digits read ambiguously)."""
    fmt = (loc or locale()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_time_short(value: datetime) -> str:
    loc = locale()
    qdt = to_qdatetime(value)
    day = loc.toString(qdt.date(), short_date_format(loc))
    return f"{day} {loc.toString(qdt.time(), QLocale.FormatType.ShortFormat)}"


def date(value: datetime) -> str:
    return locale().toString(to_qdatetime(value).date(), QLocale.FormatType.LongFormat)


def period(start: datetime, end: datetime) -> str:
    return QCoreApplication.translate("Format", "{start} to {end}").format(
        start=date_time_short(start), end=date_time_short(end)
    )


def uses_imperial(loc: QLocale | None = None) -> bool:
    """Road distances in miles: the US and the UK (Qt's two imperial systems).

    The UK measures most things in metric but its roads in miles, and a
    distance to a venue is a road distance, so en_GB (``ImperialUKSystem``)
    reads miles here, as on its road signs.
    """
    return (loc or locale()).measurementSystem() != QLocale.MeasurementSystem.MetricSystem


_METRES_PER_YARD = 0.9144


def distance_km(km: float | None) -> str:
    """A distance in the locale's units: ``850 m``, ``12.3 km``, ``7.6 mi``, ``300 ft``.

    Short distances read in feet in the US and in yards in the UK, as its road
    signs give them (``150 yd``).
    """
    if km is None:
        return ""
    loc = locale()
    value, unit = display_distance(km, imperial=uses_imperial(loc))
    if unit == "ft" and loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUKSystem:
        value, unit = round(km * 1000 / _METRES_PER_YARD / 10) * 10, "yd"
    if unit in ("m", "ft", "yd"):
        number = loc.toString(int(value))
    else:
        number = loc.toString(float(value), "f", 0 if value >= 10 else 1)
    units = {
        "m": QCoreApplication.translate("Format", "{n} m"),
        "km": QCoreApplication.translate("Format", "{n} km"),
        "ft": QCoreApplication.translate("Format", "{n} ft"),
        "yd": QCoreApplication.translate("Format", "{n} yd"),
        "mi": QCoreApplication.translate("Format", "{n} mi"),
    }
    return units[unit].format(n=number)


def radius_unit() -> tuple[str, float]:
    """A radius field's suffix and kilometres per unit: miles where distances read in miles."""
    if uses_imperial():
        return QCoreApplication.translate("Format", " mi"), KM_PER_MILE
    return QCoreApplication.translate("Format", " km"), 1.0


def radius_to_km(value: int) -> int:
    """A radius typed in the field's unit, in whole kilometres (what searches use)."""
    return max(1, round(value * radius_unit()[1]))


def radius_from_km(km: int) -> int:
    """A radius in kilometres, in the field's unit."""
    return max(1, round(km / radius_unit()[1]))


def decimal(value: float, places: int = 1, *, trim: bool = False) -> str:
    """``value`` to ``places`` decimals with the language's decimal sign (``1.8``,
    ``1,8``); with ``trim``, without the zeros that end it (``2`` for 2.0)."""
    if trim:
        shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        return locale().toString(round(float(value), places), "f", shortest)
    return locale().toString(float(value), "f", places)


def point_in_words(lat: float, lon: float) -> str:
    """A point as a person reads it, with the language's decimal sign:
    "48.8606° north, 2.3376° east", "48,8606° nord, 2,3376° est"."""
    loc = locale()
    lat_text = loc.toString(abs(lat), "f", 4)
    lon_text = loc.toString(abs(lon), "f", 4)
    if lat >= 0:
        north = QCoreApplication.translate("Format", "{lat}° north")
    else:
        north = QCoreApplication.translate("Format", "{lat}° south")
    if lon >= 0:
        east = QCoreApplication.translate("Format", "{lon}° east")
    else:
        east = QCoreApplication.translate("Format", "{lon}° west")
    return QCoreApplication.translate("Format", "{lat}, {lon}").format(
        lat=north.format(lat=lat_text), lon=east.format(lon=lon_text)
    )


def rating(average: float | None, count: int) -> str:
    if average is None or count == 0:
        return QCoreApplication.translate("Format", "No ratings yet")
    return plurals().ratings(count).format(avg=decimal(average))


def ago(moment: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 minutes ago", or the date and time when long ago."""
    if moment is None:
        return QCoreApplication.translate("Format", "never")
    now = now or clock.now()
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("Format", "just now")
    if seconds < 3600:
        # Outside the call: lupdate reads "//" as the start of a comment.
        minutes = int(seconds // 60)
        return plurals().minutes_ago(minutes)
    return date_time_short(moment)
