"""Words for venue categories: the OpenStreetMap value a venue carries
("fast_food", "toilets") as a person reads it ("Fast food", "Toilettes").

The key stays what is stored, searched and filtered on; only the label is
translated. The vocabulary covers what the demo set and OpenStreetMap imports
carry (``amenity``, ``shop``, ``tourism``, ``leisure``, ``healthcare``,
``public_transport`` and the fallback keys of ``feed.osm_import``); a value it
does not know still reads as words ("second_hand" as "Second hand"), never as
the raw tag.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt

from wheelshare.ui.tr import QT_TRANSLATE_NOOP

_CTX = "VenueCategory"

CATEGORIES: dict[str, str] = {
    # Eating and drinking
    "restaurant": QT_TRANSLATE_NOOP("VenueCategory", "Restaurant"),
    "cafe": QT_TRANSLATE_NOOP("VenueCategory", "Café"),
    "fast_food": QT_TRANSLATE_NOOP("VenueCategory", "Fast food"),
    "food_court": QT_TRANSLATE_NOOP("VenueCategory", "Food court"),
    "ice_cream": QT_TRANSLATE_NOOP("VenueCategory", "Ice cream parlour"),
    "bar": QT_TRANSLATE_NOOP("VenueCategory", "Bar"),
    "pub": QT_TRANSLATE_NOOP("VenueCategory", "Pub"),
    "biergarten": QT_TRANSLATE_NOOP("VenueCategory", "Beer garden"),
    "nightclub": QT_TRANSLATE_NOOP("VenueCategory", "Nightclub"),
    # Health and care
    "pharmacy": QT_TRANSLATE_NOOP("VenueCategory", "Pharmacy"),
    "doctors": QT_TRANSLATE_NOOP("VenueCategory", "Doctor's practice"),
    "doctor": QT_TRANSLATE_NOOP("VenueCategory", "Doctor"),
    "dentist": QT_TRANSLATE_NOOP("VenueCategory", "Dentist"),
    "clinic": QT_TRANSLATE_NOOP("VenueCategory", "Clinic"),
    "hospital": QT_TRANSLATE_NOOP("VenueCategory", "Hospital"),
    "physiotherapist": QT_TRANSLATE_NOOP("VenueCategory", "Physiotherapist"),
    "optician": QT_TRANSLATE_NOOP("VenueCategory", "Optician"),
    "hearing_aids": QT_TRANSLATE_NOOP("VenueCategory", "Hearing aids"),
    "medical_supply": QT_TRANSLATE_NOOP("VenueCategory", "Medical supplies"),
    "blood_donation": QT_TRANSLATE_NOOP("VenueCategory", "Blood donation"),
    "nursing_home": QT_TRANSLATE_NOOP("VenueCategory", "Nursing home"),
    "social_facility": QT_TRANSLATE_NOOP("VenueCategory", "Social facility"),
    "veterinary": QT_TRANSLATE_NOOP("VenueCategory", "Vet"),
    "toilets": QT_TRANSLATE_NOOP("VenueCategory", "Toilets"),
    # Public services
    "townhall": QT_TRANSLATE_NOOP("VenueCategory", "Town hall"),
    "town_hall": QT_TRANSLATE_NOOP("VenueCategory", "Town hall"),
    "post_office": QT_TRANSLATE_NOOP("VenueCategory", "Post office"),
    "police": QT_TRANSLATE_NOOP("VenueCategory", "Police station"),
    "courthouse": QT_TRANSLATE_NOOP("VenueCategory", "Courthouse"),
    "embassy": QT_TRANSLATE_NOOP("VenueCategory", "Embassy"),
    "community_centre": QT_TRANSLATE_NOOP("VenueCategory", "Community centre"),
    "library": QT_TRANSLATE_NOOP("VenueCategory", "Library"),
    "school": QT_TRANSLATE_NOOP("VenueCategory", "School"),
    "kindergarten": QT_TRANSLATE_NOOP("VenueCategory", "Nursery school"),
    "college": QT_TRANSLATE_NOOP("VenueCategory", "College"),
    "university": QT_TRANSLATE_NOOP("VenueCategory", "University"),
    "place_of_worship": QT_TRANSLATE_NOOP("VenueCategory", "Place of worship"),
    # Money
    "bank": QT_TRANSLATE_NOOP("VenueCategory", "Bank"),
    "atm": QT_TRANSLATE_NOOP("VenueCategory", "Cash machine"),
    "bureau_de_change": QT_TRANSLATE_NOOP("VenueCategory", "Bureau de change"),
    "financial": QT_TRANSLATE_NOOP("VenueCategory", "Financial services"),
    "insurance": QT_TRANSLATE_NOOP("VenueCategory", "Insurance"),
    # Culture and leisure
    "museum": QT_TRANSLATE_NOOP("VenueCategory", "Museum"),
    "gallery": QT_TRANSLATE_NOOP("VenueCategory", "Art gallery"),
    "arts_centre": QT_TRANSLATE_NOOP("VenueCategory", "Arts centre"),
    "artwork": QT_TRANSLATE_NOOP("VenueCategory", "Artwork"),
    "cinema": QT_TRANSLATE_NOOP("VenueCategory", "Cinema"),
    "theatre": QT_TRANSLATE_NOOP("VenueCategory", "Theatre"),
    "casino": QT_TRANSLATE_NOOP("VenueCategory", "Casino"),
    "events_venue": QT_TRANSLATE_NOOP("VenueCategory", "Events venue"),
    "conference_centre": QT_TRANSLATE_NOOP("VenueCategory", "Conference centre"),
    "exhibition_centre": QT_TRANSLATE_NOOP("VenueCategory", "Exhibition centre"),
    "attraction": QT_TRANSLATE_NOOP("VenueCategory", "Attraction"),
    "viewpoint": QT_TRANSLATE_NOOP("VenueCategory", "Viewpoint"),
    "information": QT_TRANSLATE_NOOP("VenueCategory", "Tourist information"),
    "zoo": QT_TRANSLATE_NOOP("VenueCategory", "Zoo"),
    "aquarium": QT_TRANSLATE_NOOP("VenueCategory", "Aquarium"),
    "theme_park": QT_TRANSLATE_NOOP("VenueCategory", "Theme park"),
    "memorial": QT_TRANSLATE_NOOP("VenueCategory", "Memorial"),
    "monument": QT_TRANSLATE_NOOP("VenueCategory", "Monument"),
    "castle": QT_TRANSLATE_NOOP("VenueCategory", "Castle"),
    "park": QT_TRANSLATE_NOOP("VenueCategory", "Park"),
    "garden": QT_TRANSLATE_NOOP("VenueCategory", "Garden"),
    "playground": QT_TRANSLATE_NOOP("VenueCategory", "Playground"),
    "swimming_pool": QT_TRANSLATE_NOOP("VenueCategory", "Swimming pool"),
    "sports_centre": QT_TRANSLATE_NOOP("VenueCategory", "Sports centre"),
    "fitness_centre": QT_TRANSLATE_NOOP("VenueCategory", "Gym"),
    "stadium": QT_TRANSLATE_NOOP("VenueCategory", "Stadium"),
    "pitch": QT_TRANSLATE_NOOP("VenueCategory", "Sports pitch"),
    "bowling_alley": QT_TRANSLATE_NOOP("VenueCategory", "Bowling alley"),
    "marina": QT_TRANSLATE_NOOP("VenueCategory", "Marina"),
    # Staying
    "hotel": QT_TRANSLATE_NOOP("VenueCategory", "Hotel"),
    "hostel": QT_TRANSLATE_NOOP("VenueCategory", "Hostel"),
    "guest_house": QT_TRANSLATE_NOOP("VenueCategory", "Guest house"),
    "motel": QT_TRANSLATE_NOOP("VenueCategory", "Motel"),
    "apartment": QT_TRANSLATE_NOOP("VenueCategory", "Holiday apartment"),
    "camp_site": QT_TRANSLATE_NOOP("VenueCategory", "Campsite"),
    # Shops
    "shop": QT_TRANSLATE_NOOP("VenueCategory", "Shop"),
    "supermarket": QT_TRANSLATE_NOOP("VenueCategory", "Supermarket"),
    "convenience": QT_TRANSLATE_NOOP("VenueCategory", "Convenience store"),
    "mall": QT_TRANSLATE_NOOP("VenueCategory", "Shopping centre"),
    "department_store": QT_TRANSLATE_NOOP("VenueCategory", "Department store"),
    "marketplace": QT_TRANSLATE_NOOP("VenueCategory", "Market"),
    "kiosk": QT_TRANSLATE_NOOP("VenueCategory", "Kiosk"),
    "bakery": QT_TRANSLATE_NOOP("VenueCategory", "Bakery"),
    "butcher": QT_TRANSLATE_NOOP("VenueCategory", "Butcher"),
    "greengrocer": QT_TRANSLATE_NOOP("VenueCategory", "Greengrocer"),
    "deli": QT_TRANSLATE_NOOP("VenueCategory", "Delicatessen"),
    "alcohol": QT_TRANSLATE_NOOP("VenueCategory", "Off-licence"),
    "clothes": QT_TRANSLATE_NOOP("VenueCategory", "Clothes shop"),
    "shoes": QT_TRANSLATE_NOOP("VenueCategory", "Shoe shop"),
    "jewelry": QT_TRANSLATE_NOOP("VenueCategory", "Jeweller"),
    "fabric": QT_TRANSLATE_NOOP("VenueCategory", "Fabric shop"),
    "second_hand": QT_TRANSLATE_NOOP("VenueCategory", "Second-hand shop"),
    "beauty": QT_TRANSLATE_NOOP("VenueCategory", "Beauty salon"),
    "hairdresser": QT_TRANSLATE_NOOP("VenueCategory", "Hairdresser"),
    "cosmetics": QT_TRANSLATE_NOOP("VenueCategory", "Cosmetics shop"),
    "chemist": QT_TRANSLATE_NOOP("VenueCategory", "Chemist"),
    "books": QT_TRANSLATE_NOOP("VenueCategory", "Bookshop"),
    "stationery": QT_TRANSLATE_NOOP("VenueCategory", "Stationery shop"),
    "newsagent": QT_TRANSLATE_NOOP("VenueCategory", "Newsagent"),
    "tobacco": QT_TRANSLATE_NOOP("VenueCategory", "Tobacconist"),
    "gift": QT_TRANSLATE_NOOP("VenueCategory", "Gift shop"),
    "florist": QT_TRANSLATE_NOOP("VenueCategory", "Florist"),
    "toys": QT_TRANSLATE_NOOP("VenueCategory", "Toy shop"),
    "games": QT_TRANSLATE_NOOP("VenueCategory", "Games shop"),
    "baby_goods": QT_TRANSLATE_NOOP("VenueCategory", "Baby goods"),
    "music": QT_TRANSLATE_NOOP("VenueCategory", "Music shop"),
    "musical_instrument": QT_TRANSLATE_NOOP("VenueCategory", "Musical instruments"),
    "photo": QT_TRANSLATE_NOOP("VenueCategory", "Photo shop"),
    "computer": QT_TRANSLATE_NOOP("VenueCategory", "Computer shop"),
    "electronics": QT_TRANSLATE_NOOP("VenueCategory", "Electronics shop"),
    "mobile_phone": QT_TRANSLATE_NOOP("VenueCategory", "Mobile phone shop"),
    "furniture": QT_TRANSLATE_NOOP("VenueCategory", "Furniture shop"),
    "interior_decoration": QT_TRANSLATE_NOOP("VenueCategory", "Interior decoration"),
    "hardware": QT_TRANSLATE_NOOP("VenueCategory", "Hardware shop"),
    "doityourself": QT_TRANSLATE_NOOP("VenueCategory", "DIY store"),
    "outdoor": QT_TRANSLATE_NOOP("VenueCategory", "Outdoor equipment"),
    "sports": QT_TRANSLATE_NOOP("VenueCategory", "Sports shop"),
    "bicycle": QT_TRANSLATE_NOOP("VenueCategory", "Bicycle shop"),
    "variety_store": QT_TRANSLATE_NOOP("VenueCategory", "Variety store"),
    "pet": QT_TRANSLATE_NOOP("VenueCategory", "Pet shop"),
    "travel_agency": QT_TRANSLATE_NOOP("VenueCategory", "Travel agency"),
    "laundry": QT_TRANSLATE_NOOP("VenueCategory", "Launderette"),
    "dry_cleaning": QT_TRANSLATE_NOOP("VenueCategory", "Dry cleaner"),
    "copyshop": QT_TRANSLATE_NOOP("VenueCategory", "Copy shop"),
    "car": QT_TRANSLATE_NOOP("VenueCategory", "Car dealer"),
    "car_repair": QT_TRANSLATE_NOOP("VenueCategory", "Car repair"),
    # Getting there
    "bus_stop": QT_TRANSLATE_NOOP("VenueCategory", "Bus stop"),
    "bus_station": QT_TRANSLATE_NOOP("VenueCategory", "Bus station"),
    "tram_stop": QT_TRANSLATE_NOOP("VenueCategory", "Tram stop"),
    "subway_entrance": QT_TRANSLATE_NOOP("VenueCategory", "Metro entrance"),
    "station": QT_TRANSLATE_NOOP("VenueCategory", "Station"),
    "train_station": QT_TRANSLATE_NOOP("VenueCategory", "Railway station"),
    "halt": QT_TRANSLATE_NOOP("VenueCategory", "Railway halt"),
    "platform": QT_TRANSLATE_NOOP("VenueCategory", "Platform"),
    "stop_position": QT_TRANSLATE_NOOP("VenueCategory", "Stop"),
    "ferry_terminal": QT_TRANSLATE_NOOP("VenueCategory", "Ferry terminal"),
    "aerodrome": QT_TRANSLATE_NOOP("VenueCategory", "Airport"),
    "terminal": QT_TRANSLATE_NOOP("VenueCategory", "Terminal"),
    "elevator": QT_TRANSLATE_NOOP("VenueCategory", "Lift"),
    "taxi": QT_TRANSLATE_NOOP("VenueCategory", "Taxi rank"),
    "parking": QT_TRANSLATE_NOOP("VenueCategory", "Car park"),
    "parking_entrance": QT_TRANSLATE_NOOP("VenueCategory", "Car park entrance"),
    "fuel": QT_TRANSLATE_NOOP("VenueCategory", "Petrol station"),
    "charging_station": QT_TRANSLATE_NOOP("VenueCategory", "Charging station"),
    "car_rental": QT_TRANSLATE_NOOP("VenueCategory", "Car hire"),
    "bicycle_rental": QT_TRANSLATE_NOOP("VenueCategory", "Bicycle hire"),
    # Work and the rest: the keys themselves, for "shop=yes" and the fallback keys
    "company": QT_TRANSLATE_NOOP("VenueCategory", "Company"),
    "association": QT_TRANSLATE_NOOP("VenueCategory", "Association"),
    "business_park": QT_TRANSLATE_NOOP("VenueCategory", "Business park"),
    "office": QT_TRANSLATE_NOOP("VenueCategory", "Office"),
    "craft": QT_TRANSLATE_NOOP("VenueCategory", "Craftsman"),
    "building": QT_TRANSLATE_NOOP("VenueCategory", "Building"),
    "historic": QT_TRANSLATE_NOOP("VenueCategory", "Historic site"),
    "amenity": QT_TRANSLATE_NOOP("VenueCategory", "Public amenity"),
    "tourism": QT_TRANSLATE_NOOP("VenueCategory", "Tourism"),
    "leisure": QT_TRANSLATE_NOOP("VenueCategory", "Leisure"),
    "healthcare": QT_TRANSLATE_NOOP("VenueCategory", "Healthcare"),
    "public_transport": QT_TRANSLATE_NOOP("VenueCategory", "Public transport"),
    "highway": QT_TRANSLATE_NOOP("VenueCategory", "Road"),
    "railway": QT_TRANSLATE_NOOP("VenueCategory", "Railway"),
    "aeroway": QT_TRANSLATE_NOOP("VenueCategory", "Airport facility"),
}


def readable(key: str) -> str:
    """An unknown category as words: ``"fast_food"`` reads ``"Fast food"``."""
    words = " ".join(key.replace("_", " ").replace(":", " ").split())
    return words[:1].upper() + words[1:]


def category_label(key: str) -> str:
    """What a person reads for the category ``key`` in the current language
    (``""`` for a venue without one)."""
    source = CATEGORIES.get(key)
    if source is None:
        return readable(key)
    return QCoreApplication.translate(_CTX, source)


def by_label(keys: Iterable[str]) -> list[str]:
    """``keys`` in the alphabetical order of their labels, as the language sorts
    ("Hôtel" before "Musée", not after "Zoo"), for lists a person picks from."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(keys, key=lambda k: collator.sortKey(category_label(k)))
