"""The partners' map of Europe: each country coloured and labelled by its partners, a link to them.

The shapes are Natural Earth's (the npm package world-atlas), drawn once by scripts/europe_map.py into
europe_map.json beside this module.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django_countries import countries

# The shades of the map, from the fewest partners up: a country in the n-th shade has at least LEVELS[n - 1].
LEVELS = (1, 2, 4, 10)


@cache
def drawing() -> dict:
    return json.loads((Path(__file__).parent / "europe_map.json").read_text())


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    count: int
    url: str  # the partner list of this country, with the other filters in use
    path: str = ""  # its shape on the map, if it is on it
    label_x: int = 0
    label_y: int = 0

    @property
    def level(self) -> int:
        """Its shade: 0 without partners, else 1 to len(LEVELS)."""
        return sum(self.count >= least for least in LEVELS)


@dataclass(frozen=True)
class EuropeMap:
    width: int
    height: int
    countries: list[Country]  # on the map, those with partners last (drawn over their neighbours' borders)
    beyond: list[Country]  # with partners, but not on the map

    @property
    def levels(self) -> list[tuple[int, int | None]]:
        """The legend: each shade's (fewest, most) partners; None for no upper bound."""
        return [(least, (LEVELS[i + 1] - 1) if i + 1 < len(LEVELS) else None) for i, least in enumerate(LEVELS)]


def europe_map(counts: dict[str, int], address) -> EuropeMap:
    """The map for the partners per country `counts`; `address(code)` is the list of that country's partners."""
    shapes = drawing()
    on_map = [
        Country(code, countries.name(code), counts.get(code, 0), address(code), path, *shapes["labels"][code])
        for code, path in shapes["countries"].items()
    ]
    beyond = [
        Country(code, countries.name(code), count, address(code))
        for code, count in counts.items()
        if count and code not in shapes["countries"]
    ]
    return EuropeMap(
        width=shapes["width"],
        height=shapes["height"],
        countries=sorted(on_map, key=lambda country: (country.count > 0, country.code)),
        beyond=sorted(beyond, key=lambda country: country.name),
    )
