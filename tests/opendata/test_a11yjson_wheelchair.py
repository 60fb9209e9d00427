"""Every way A11yJSON lets a source say whether a wheelchair user can use a
place, read as the grade the source meant; and the export says it both ways.

The Quedlinburg example is the "tourism office" PlaceInfo of the A11yJSON
documentation (docs/example-data/0-place.md, © Sozialhelden e.V., MIT
licence, https://github.com/sozialhelden/a11yjson); it is copied as printed
there, with its trailing comma removed so that it is JSON (and, when read, the
``"type": "Feature"`` a GeoJSON reader needs).
"""

from __future__ import annotations

from typing import Any

import pytest

from wheelshare.domain import Location, Venue, WheelchairGrade
from wheelshare.domain.venue import Accessibility
from wheelshare.opendata.a11yjson import from_a11yjson, place_info

QUEDLINBURG: dict[str, Any] = {
    "geometry": {"type": "Point", "coordinates": [11.14204, 51.78911]},
    "properties": {
        "category": "tourism",
        "name": "Quedlinburg-Information",
        "accessibility": {
            "parking": {"forWheelchairUsers": {"isAvailable": True}},
            "entrances": [{"isLevel": True}],
            "restrooms": [{"isAccessibleWithWheelchair": False}],
            "accessibleWith": {"guideDog": True},
            "partiallyAccessibleWith": {"wheelchair": True},
        },
        "infoPageUrl": "http://...",
        "phoneNumber": "+49 3946 905-624",
        "placeWebsiteUrl": "https://www.quedlinburg.de",
        "address": {
            "street": "Markt 4 ",
            "postcode": "06484 ",
            "city": "Quedlinburg",
            "state": "Sachsen-Anhalt",
            "country": "Deutschland",
            "countryCode": "DE",
        },
    },
}


def _one(accessibility: dict[str, Any]) -> Venue:
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
        "properties": {"name": "Somewhere", "accessibility": accessibility},
    }
    result = from_a11yjson([feature])
    assert result.problems == []
    [venue] = result.venues
    return venue


def test_the_documentations_tourism_office_is_partially_accessible() -> None:
    """Its text: "only partially accessible with a wheelchair", a level
    entrance, wheelchair parking, restrooms not accessible with a wheelchair."""
    result = from_a11yjson([{"type": "Feature", **QUEDLINBURG}])
    assert result.problems == []
    [venue] = result.venues
    a = venue.accessibility
    assert a.wheelchair_grade is WheelchairGrade.PARTIALLY
    assert a.entrance.step_free is True
    assert a.parking_accessible is True
    assert a.toilet_accessible is False
    assert venue.location.city == "Quedlinburg"


@pytest.mark.parametrize(
    ("accessibility", "grade"),
    [
        ({"wheelchairAccessibilityGrade": "fully"}, WheelchairGrade.FULLY),
        ({"wheelchairAccessibilityGrade": "partially"}, WheelchairGrade.PARTIALLY),
        ({"wheelchairAccessibilityGrade": "not"}, WheelchairGrade.NOT),
        ({"accessibleWith": {"wheelchair": True}}, WheelchairGrade.FULLY),
        ({"partiallyAccessibleWith": {"wheelchair": True}}, WheelchairGrade.PARTIALLY),
        (
            {
                "accessibleWith": {"wheelchair": False},
                "partiallyAccessibleWith": {"wheelchair": True},
            },
            WheelchairGrade.PARTIALLY,
        ),
        ({"accessibleWith": {"wheelchair": False}}, WheelchairGrade.NOT),
        (
            {
                "accessibleWith": {"wheelchair": False},
                "partiallyAccessibleWith": {"wheelchair": False},
            },
            WheelchairGrade.NOT,
        ),
        # Only a guide dog is said: nothing about wheelchairs.
        ({"accessibleWith": {"guideDog": True}}, WheelchairGrade.UNKNOWN),
        # The grade, when given, is what the source says now.
        (
            {"wheelchairAccessibilityGrade": "not", "accessibleWith": {"wheelchair": True}},
            WheelchairGrade.NOT,
        ),
    ],
)
def test_each_way_of_saying_it_gives_its_grade(
    accessibility: dict[str, Any], grade: WheelchairGrade
) -> None:
    assert _one(accessibility).accessibility.wheelchair_grade is grade


def test_the_older_areas_layout_gives_entrances_and_restrooms() -> None:
    venue = _one(
        {
            "accessibleWith": {"wheelchair": True},
            "areas": [
                {
                    "entrances": [{"isLevel": True}],
                    "restrooms": [{"isAccessibleWithWheelchair": True}],
                }
            ],
        }
    )
    assert venue.accessibility.entrance.step_free is True
    assert venue.accessibility.toilet_accessible is True


def test_a_profile_that_is_not_true_or_false_is_a_problem() -> None:
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
        "properties": {"name": "X", "accessibility": {"accessibleWith": {"wheelchair": "yes"}}},
    }
    result = from_a11yjson([feature])
    assert result.venues == []
    assert [p.field for p in result.problems] == [
        "properties.accessibility.accessibleWith.wheelchair"
    ]


@pytest.mark.parametrize(
    ("grade", "full", "partial"),
    [
        (WheelchairGrade.FULLY, True, False),
        (WheelchairGrade.PARTIALLY, False, True),
        (WheelchairGrade.NOT, False, False),
    ],
)
def test_the_export_says_the_grade_to_readers_of_either_form(
    grade: WheelchairGrade, full: bool, partial: bool
) -> None:
    venue = Venue(
        id="v",
        name="V",
        category="cafe",
        location=Location(48.85, 2.35),
        accessibility=Accessibility(wheelchair_grade=grade),
    )
    a = place_info(venue)["properties"]["accessibility"]
    assert a["wheelchairAccessibilityGrade"] == grade.value
    assert a["accessibleWith"] == {"wheelchair": full}
    assert a["partiallyAccessibleWith"] == {"wheelchair": partial}
    # Read without the grade, the profiles alone give the same grade back.
    del a["wheelchairAccessibilityGrade"]
    assert _one(a).accessibility.wheelchair_grade is grade
