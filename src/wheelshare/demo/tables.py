"""The tables the demo data is drawn from: French cities, names, vehicle models,
kinds of venues and what reviewers write.

Figures are approximate and only shape the demo: populations weight where
things are, a model's share weights the fleet.
"""

from __future__ import annotations

from typing import NamedTuple

from wheelshare.domain.vocabulary import WheelchairGrade


class City(NamedTuple):
    name: str
    latitude: float
    longitude: float
    population_k: int  # in thousands


class Model(NamedTuple):
    """An adapted vehicle model (TPMR: "transport de personnes à mobilité réduite")."""

    name: str
    day_cents: int  # a typical day's price
    share: int  # of the fleet, in percent
    seats: int
    max_wheelchair_places: int


class VenueKind(NamedTuple):
    category: str
    weight: int
    # Name patterns: {w} a word, {n} a first name, {c} the city.
    patterns: tuple[str, ...]


CITIES: tuple[City, ...] = (
    City("Paris", 48.8566, 2.3522, 2133),
    City("Marseille", 43.2965, 5.3698, 870),
    City("Lyon", 45.7640, 4.8357, 522),
    City("Toulouse", 43.6047, 1.4442, 498),
    City("Nice", 43.7102, 7.2620, 342),
    City("Nantes", 47.2184, -1.5536, 320),
    City("Montpellier", 43.6108, 3.8767, 299),
    City("Strasbourg", 48.5734, 7.7521, 287),
    City("Bordeaux", 44.8378, -0.5792, 260),
    City("Lille", 50.6292, 3.0573, 236),
    City("Rennes", 48.1173, -1.6778, 222),
    City("Reims", 49.2583, 4.0317, 181),
    City("Toulon", 43.1242, 5.9280, 180),
    City("Saint-Étienne", 45.4397, 4.3872, 173),
    City("Le Havre", 49.4944, 0.1079, 166),
    City("Grenoble", 45.1885, 5.7245, 158),
    City("Dijon", 47.3220, 5.0415, 159),
    City("Angers", 47.4784, -0.5632, 157),
    City("Villeurbanne", 45.7719, 4.8902, 156),
    City("Nîmes", 43.8367, 4.3601, 148),
    City("Clermont-Ferrand", 45.7772, 3.0870, 147),
    City("Le Mans", 48.0061, 0.1996, 145),
    City("Aix-en-Provence", 43.5297, 5.4474, 145),
    City("Brest", 48.3904, -4.4861, 139),
    City("Tours", 47.3941, 0.6848, 137),
    City("Amiens", 49.8941, 2.2958, 133),
    City("Limoges", 45.8336, 1.2611, 130),
    City("Annecy", 45.8992, 6.1294, 130),
    City("Boulogne-Billancourt", 48.8397, 2.2399, 121),
    City("Perpignan", 42.6887, 2.8948, 119),
    City("Metz", 49.1193, 6.1757, 118),
    City("Besançon", 47.2378, 6.0241, 117),
    City("Orléans", 47.9030, 1.9093, 116),
    City("Rouen", 49.4432, 1.0999, 114),
    City("Saint-Denis", 48.9362, 2.3574, 113),
    City("Montreuil", 48.8638, 2.4485, 111),
    City("Argenteuil", 48.9472, 2.2467, 110),
    City("Mulhouse", 47.7508, 7.3359, 108),
    City("Caen", 49.1829, -0.3707, 106),
    City("Nancy", 48.6921, 6.1844, 104),
    City("Roubaix", 50.6942, 3.1746, 98),
    City("Tourcoing", 50.7239, 3.1612, 98),
    City("Nanterre", 48.8924, 2.2071, 96),
    City("Créteil", 48.7904, 2.4556, 92),
    City("Avignon", 43.9493, 4.8055, 91),
    City("Poitiers", 46.5802, 0.3404, 90),
    City("Dunkerque", 51.0343, 2.3768, 87),
    City("Cherbourg-en-Cotentin", 49.6337, -1.6222, 79),
    City("Béziers", 43.3442, 3.2158, 79),
    City("La Rochelle", 46.1603, -1.1511, 77),
    City("Pau", 43.2951, -0.3708, 76),
    City("Cannes", 43.5528, 7.0174, 74),
    City("Antibes", 43.5808, 7.1251, 73),
    City("Ajaccio", 41.9192, 8.7386, 72),
    City("Saint-Nazaire", 47.2735, -2.2138, 71),
    City("Colmar", 48.0794, 7.3585, 68),
    City("Calais", 50.9513, 1.8587, 67),
    City("Bourges", 47.0810, 2.3988, 64),
    City("Valence", 44.9334, 4.8924, 64),
    City("Quimper", 47.9960, -4.1024, 63),
    City("Troyes", 48.2973, 4.0744, 61),
    City("Chambéry", 45.5646, 5.9178, 60),
    City("Niort", 46.3237, -0.4588, 59),
    City("Lorient", 47.7483, -3.3702, 57),
    City("Vannes", 47.6582, -2.7608, 54),
    City("Bayonne", 43.4929, -1.4748, 52),
    City("Laval", 48.0707, -0.7734, 49),
    City("Albi", 43.9289, 2.1464, 49),
    City("Bastia", 42.6977, 9.4508, 48),
    City("Belfort", 47.6397, 6.8638, 47),
    City("Saint-Malo", 48.6493, -2.0257, 46),
    City("Carcassonne", 43.2130, 2.3491, 46),
    City("Brive-la-Gaillarde", 45.1589, 1.5331, 46),
    City("Charleville-Mézières", 49.7621, 4.7263, 46),
    City("Blois", 47.5861, 1.3359, 45),
    City("Saint-Brieuc", 48.5141, -2.7603, 44),
    City("Angoulême", 45.6484, 0.1562, 42),
    City("Tarbes", 43.2328, 0.0781, 42),
    City("Arras", 50.2910, 2.7775, 41),
    City("Gap", 44.5594, 6.0786, 41),
    City("Chartres", 48.4439, 1.4890, 39),
    City("Auxerre", 47.7982, 3.5673, 34),
    City("Nevers", 46.9908, 3.1590, 33),
    City("Épinal", 48.1724, 6.4496, 31),
    City("Périgueux", 45.1840, 0.7212, 30),
    City("Aurillac", 44.9264, 2.4400, 26),
    City("Lourdes", 43.0947, -0.0458, 13),
    City("Mende", 44.5181, 3.5006, 12),
)
STREETS: tuple[str, ...] = (
    "rue de la République",
    "avenue Jean Jaurès",
    "rue Victor Hugo",
    "boulevard Gambetta",
    "place de la Mairie",
    "rue du Général de Gaulle",
    "rue Pasteur",
    "avenue de la Gare",
    "rue de l'Église",
    "rue des Écoles",
    "quai des Marins",
    "rue Nationale",
    "place du Marché",
    "rue Jules Ferry",
    "avenue Foch",
    "rue de la Paix",
    "cours Lafayette",
    "rue Émile Zola",
)
FIRST_NAMES: tuple[str, ...] = (
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Sarah",
    "Julie",
    "Emma",
    "Claire",
    "Nadia",
    "Lucas",
    "Hugo",
    "Louis",
    "Nathan",
    "Karim",
    "Thomas",
    "Julien",
    "Antoine",
    "Mathieu",
    "Yanis",
    "Martine",
    "Michel",
    "Sylvie",
    "Philippe",
    "Fatima",
    "Pierre",
)
LAST_INITIALS = "ABCDEFGHJKLMNPRSTV"

MODELS: tuple[Model, ...] = (
    Model("Renault Kangoo TPMR", 5700, 22, 4, 1),
    Model("Citroën Berlingo TPMR", 6000, 16, 4, 1),
    Model("Peugeot Partner TPMR", 6000, 12, 4, 1),
    Model("Dacia Dokker TPMR", 5000, 8, 4, 1),
    Model("Fiat Doblò TPMR", 5700, 7, 4, 1),
    Model("Volkswagen Caddy Maxi TPMR", 6700, 8, 5, 1),
    Model("Peugeot Rifter TPMR", 6200, 6, 4, 1),
    Model("Renault Trafic TPMR", 8500, 7, 7, 2),
    Model("Citroën Jumpy TPMR", 8000, 5, 7, 2),
    Model("Ford Tourneo Custom TPMR", 9000, 4, 7, 2),
    Model("Mercedes Vito TPMR", 9500, 3, 7, 2),
    Model("Renault Master TPMR", 11000, 2, 8, 4),
)

VENUE_KINDS: tuple[VenueKind, ...] = (
    VenueKind("restaurant", 18, ("Le {w}", "Chez {n}", "La Table de {n}", "Brasserie du {w}")),
    VenueKind("cafe", 10, ("Café du {w}", "Le Petit {w}", "Café {n}")),
    VenueKind("bar", 6, ("Bar du {w}", "Le {w}", "Le Comptoir de {n}")),
    VenueKind("bakery", 8, ("Boulangerie du {w}", "Au Pain de {n}", "Maison {n}")),
    VenueKind("supermarket", 5, ("Supermarché du {w}", "Marché {w}")),
    VenueKind("pharmacy", 6, ("Pharmacie du {w}", "Pharmacie {n}")),
    VenueKind("doctors", 5, ("Cabinet médical du {w}", "Maison de santé {n}")),
    VenueKind("hospital", 1, ("Hôpital de {c}", "Clinique du {w}")),
    VenueKind("hotel", 5, ("Hôtel du {w}", "Hôtel {n}", "Le {w} Hôtel")),
    VenueKind("museum", 2, ("Musée du {w}", "Musée {n}", "Musée des Beaux-Arts de {c}")),
    VenueKind("cinema", 2, ("Cinéma Le {w}", "Ciné {w}")),
    VenueKind("theatre", 2, ("Théâtre du {w}", "Théâtre de {c}")),
    VenueKind("library", 3, ("Médiathèque {n}", "Bibliothèque du {w}")),
    VenueKind("town_hall", 1, ("Mairie de {c}", "Mairie annexe du {w}")),
    VenueKind("post_office", 3, ("La Poste {c} {w}",)),
    VenueKind("bank", 4, ("Banque du {w}", "Agence {w}")),
    VenueKind("swimming_pool", 1, ("Piscine du {w}", "Centre aquatique de {c}")),
    VenueKind("park", 3, ("Parc du {w}", "Jardin {n}")),
    VenueKind("train_station", 1, ("Gare de {c}", "Gare de {c} {w}")),
    VenueKind("shop", 14, ("Boutique {n}", "Le Comptoir du {w}", "Librairie du {w}")),
)
WORDS: tuple[str, ...] = (
    "Marché",
    "Port",
    "Centre",
    "Château",
    "Lac",
    "Soleil",
    "Moulin",
    "Pont",
    "Jardin",
    "Palais",
    "Vieux Quartier",
    "Parc",
    "Cloître",
    "Beffroi",
    "Canal",
    "Théâtre",
    "Rempart",
    "Phare",
)
# Categories with upper floors, where an elevator matters.
MULTI_FLOOR = frozenset(
    {"hotel", "museum", "cinema", "theatre", "library", "town_hall", "hospital", "doctors"}
)
# Share of venues per grade: most places in OpenStreetMap carry no wheelchair tag.
GRADES: tuple[tuple[WheelchairGrade, int], ...] = (
    (WheelchairGrade.UNKNOWN, 55),
    (WheelchairGrade.FULLY, 18),
    (WheelchairGrade.PARTIALLY, 12),
    (WheelchairGrade.NOT, 15),
)

VEHICLE_REVIEW_COMMENTS: tuple[str, ...] = (
    "Rampe facile à déployer, propriétaire très arrangeant.",
    "Parfait pour mon fauteuil électrique, rien à redire.",
    "Véhicule propre, mais la hauteur de porte est juste pour un fauteuil haut.",
    "Remise des clés rapide, explications claires sur le treuil.",
    "",
)
VENUE_REVIEW_COMMENTS: tuple[str, ...] = (
    "Accueil attentionné, on nous a ouvert la porte latérale.",
    "La rampe est raide, mieux vaut être accompagné.",
    "Toilettes adaptées propres et bien indiquées.",
    "Tout est de plain-pied, très agréable.",
    "",
)


class Station(NamedTuple):
    """A French railway station, as the gazetteer names it."""

    name: str
    city: str
    lat: float
    lon: float
    weight: int  # how often demo journeys start or end there


STATIONS: tuple[Station, ...] = (
    Station("Gare du Nord", "Paris", 48.8809, 2.3553, 14),
    Station("Gare de Lyon", "Paris", 48.8443, 2.3744, 16),
    Station("Gare Montparnasse", "Paris", 48.8412, 2.3205, 12),
    Station("Gare de l'Est", "Paris", 48.8768, 2.3592, 8),
    Station("Gare Saint-Lazare", "Paris", 48.8763, 2.3253, 8),
    Station("Gare d'Austerlitz", "Paris", 48.8423, 2.3659, 5),
    Station("Lyon Part-Dieu", "Lyon", 45.7606, 4.8594, 12),
    Station("Lyon Perrache", "Lyon", 45.7485, 4.8260, 5),
    Station("Marseille Saint-Charles", "Marseille", 43.3027, 5.3806, 10),
    Station("Bordeaux Saint-Jean", "Bordeaux", 44.8258, -0.5563, 8),
    Station("Toulouse Matabiau", "Toulouse", 43.6113, 1.4537, 7),
    Station("Lille-Flandres", "Lille", 50.6367, 3.0707, 6),
    Station("Lille-Europe", "Lille", 50.6392, 3.0757, 4),
    Station("Gare de Strasbourg", "Strasbourg", 48.5851, 7.7349, 6),
    Station("Gare de Nantes", "Nantes", 47.2173, -1.5420, 6),
    Station("Nice-Ville", "Nice", 43.7046, 7.2618, 5),
    Station("Montpellier Saint-Roch", "Montpellier", 43.6047, 3.8807, 5),
    Station("Gare de Rennes", "Rennes", 48.1035, -1.6724, 5),
)
