"""Offline place completion from the shipped gazetteer."""

from __future__ import annotations

import gzip
import os
import stat
from pathlib import Path

import pytest

from wheelshare.geo import Gazetteer, GazetteerError, fold
from wheelshare.geo.gazetteer import FILE_NAME, default_source

HEADER = "name\tcountry\tadmin\tlat\tlon\tpopulation\tkind\tweight\talternates\n"


def test_station_names(shipped_gazetteer: Gazetteer) -> None:
    places = shipped_gazetteer.complete("gare de")
    assert places[0].name == "Gare de Lyon"
    assert places[0].kind == "station"
    assert places[0].country == "FR"
    assert places[0].lat == pytest.approx(48.844, abs=0.01)
    assert places[0].lon == pytest.approx(2.374, abs=0.01)
    assert shipped_gazetteer.complete("gare du n")[0].name == "Gare du Nord"
    assert all(p.source == "gazetteer" for p in places)


def test_accents_and_hyphens_do_not_matter(shipped_gazetteer: Gazetteer) -> None:
    first = shipped_gazetteer.complete("saint-e")[0]
    assert first.name == "Saint-Étienne"
    assert first.admin == "Auvergne-Rhône-Alpes"
    assert shipped_gazetteer.complete("SAINT ETIENNE")[0] == first
    assert shipped_gazetteer.complete("saint étienne")[0] == first
    assert all(fold(p.name).startswith("saint e") for p in shipped_gazetteer.complete("saint-e"))


def test_city_before_its_station_and_namesakes(shipped_gazetteer: Gazetteer) -> None:
    places = shipped_gazetteer.complete("lille")
    assert (places[0].name, places[0].country) == ("Lille", "FR")
    assert places[0].admin == "Hauts-de-France"
    assert places[0].population > 200_000
    assert {"Lille-Flandres", "Lille-Europe"} <= {p.name for p in places}
    assert shipped_gazetteer.complete("LILLE") == places


def test_ranked_by_population(shipped_gazetteer: Gazetteer) -> None:
    cities = [p for p in shipped_gazetteer.complete("mar", limit=10) if p.kind == "city"]
    populations = [p.population for p in cities if fold(p.name).startswith("mar")]
    assert len(populations) >= 5
    assert populations == sorted(populations, reverse=True)
    assert cities[0].name in {"Marseille", "Maracaibo", "Mariupol", "Marrakesh"}


def test_prefer_a_country(shipped_gazetteer: Gazetteer) -> None:
    assert shipped_gazetteer.complete("lil")[0].name == "Lilongwe"
    assert shipped_gazetteer.complete("lil", prefer_country="fr")[0].name == "Lille"


def test_other_language_names(shipped_gazetteer: Gazetteer) -> None:
    assert shipped_gazetteer.complete("Londres")[0].label == "London, GB"
    assert shipped_gazetteer.complete("münchen")[0].name == "Munich"


def test_limit_and_empty_queries(shipped_gazetteer: Gazetteer) -> None:
    assert len(shipped_gazetteer.complete("s", limit=3)) == 3
    assert len(shipped_gazetteer.complete("s")) == 10
    assert shipped_gazetteer.complete("") == []
    assert shipped_gazetteer.complete("  -- ' ") == []
    assert shipped_gazetteer.complete("paris", limit=0) == []
    assert shipped_gazetteer.complete("zzzzqqq") == []


@pytest.mark.parametrize("text", ['"paris', "paris OR", "NEAR(a b)", "a*", "^x", "100%_", "(", "-"])
def test_query_syntax_is_just_text(shipped_gazetteer: Gazetteer, text: str) -> None:
    places = shipped_gazetteer.complete(text)
    assert all(isinstance(p.name, str) for p in places)


def test_nearest_city(shipped_gazetteer: Gazetteer) -> None:
    near_lille = shipped_gazetteer.nearest(50.637, 3.063)
    assert near_lille is not None and near_lille.name == "Lille"
    near_helsinki = shipped_gazetteer.nearest(60.17, 24.94)
    assert near_helsinki is not None and near_helsinki.name == "Helsinki"
    station = shipped_gazetteer.nearest(48.8443, 2.3744, kinds=("station",))
    assert station is not None and station.name == "Gare de Lyon"
    # The middle of the Pacific still has a nearest city, however far.
    assert shipped_gazetteer.nearest(0.0, -160.0) is not None


def test_shipped_file_is_compact_and_attributed() -> None:
    source = default_source()
    assert source.stat().st_size < 3_000_000
    attribution = (source.parent / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "GeoNames" in attribution and "CC BY 4.0" in attribution


# -- the index in the data dir -------------------------------------------------------


def _write_source(path: Path, rows: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(HEADER + "".join(r + "\n" for r in rows))
    return path


def test_index_is_built_once_and_reused(data_dir: Path, tmp_path: Path) -> None:
    source = _write_source(
        tmp_path / "small.tsv.gz", ["Arras\tFR\tHauts-de-France\t50.29\t2.78\t41000\tcity\t41000\t"]
    )
    with Gazetteer.open(data_dir, source) as g:
        assert [p.name for p in g.complete("arr")] == ["Arras"]
    index = data_dir / FILE_NAME
    before = (index.stat().st_ino, index.stat().st_mtime_ns)
    with Gazetteer.open(data_dir, source) as g:
        assert g.count() == 1
    assert (index.stat().st_ino, index.stat().st_mtime_ns) == before

    # A new gazetteer (an app update) is picked up.
    _write_source(
        source,
        [
            "Arras\tFR\tHauts-de-France\t50.29\t2.78\t41000\tcity\t41000\t",
            "Amiens\tFR\tHauts-de-France\t49.89\t2.30\t133000\tcity\t133000\tSamarobriva",
        ],
    )
    with Gazetteer.open(data_dir, source) as g:
        assert [p.name for p in g.complete("a")] == ["Amiens", "Arras"]
        assert [p.name for p in g.complete("samaro")] == ["Amiens"]
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


def test_damaged_index_is_rebuilt(data_dir: Path, tmp_path: Path) -> None:
    source = _write_source(
        tmp_path / "small.tsv.gz", ["Arras\tFR\t\t50.29\t2.78\t41000\tcity\t41000\t"]
    )
    (data_dir / FILE_NAME).write_bytes(b"this is not a database")
    with Gazetteer.open(data_dir, source) as g:
        assert g.complete("arras")[0].name == "Arras"


def test_bad_source_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    bad = _write_source(tmp_path / "bad.tsv.gz", ["Arras\tFR\t\tnorth\t2.78\t41000\tcity\t1\t"])
    with pytest.raises(GazetteerError, match="line 2: not a gazetteer row"):
        Gazetteer.open(data_dir, bad)
    headless = tmp_path / "headless.tsv.gz"
    with gzip.open(headless, "wt") as f:
        f.write("Arras\tFR\n")
    with pytest.raises(GazetteerError, match="header"):
        Gazetteer.open(data_dir, headless)
    with pytest.raises(GazetteerError, match="cannot read the gazetteer file"):
        Gazetteer.open(data_dir, tmp_path / "missing.tsv.gz")
    assert not (data_dir / FILE_NAME).exists()
    assert not [p for p in os.listdir(data_dir) if p.endswith(".tmp")]


def test_data_dir_with_awkward_characters(tmp_path: Path) -> None:
    odd = tmp_path / "My Data #1 ?100%"
    odd.mkdir()
    source = _write_source(
        tmp_path / "small.tsv.gz", ["Arras\tFR\t\t50.29\t2.78\t41000\tcity\t41000\t"]
    )
    with Gazetteer.open(odd, source) as g:
        assert g.complete("arras")[0].name == "Arras"
    assert (odd / FILE_NAME).exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.usefixtures("usual_umask")
def test_the_index_is_made_readable_by_its_owner_only(tmp_path: Path) -> None:
    """Like every file the app writes in its data dir. (It holds only the shipped
    gazetteer: an index an older version made is kept as it is until rebuilt.)"""
    source = _write_source(
        tmp_path / "small.tsv.gz", ["Arras\tFR\tHauts-de-France\t50.29\t2.78\t41000\tcity\t41000\t"]
    )
    data_dir = tmp_path / "wheelshare"
    Gazetteer.open(data_dir, source).close()
    assert stat.S_IMODE((data_dir / FILE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
