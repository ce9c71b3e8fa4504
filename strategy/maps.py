"""Uusimaa drawn from its municipalities' centres, since no boundary data is at hand: where each municipality
sits on a drawing, the shape of the region around them, and the small map on a project's page."""

import math
from dataclasses import dataclass

from .models import Municipality

WIDTH = 400  # of a drawing, in its own units; it is scaled to the page
MARGIN = 24


@dataclass(frozen=True)
class Place:
    code: str
    x: float
    y: float
    is_town: bool


@dataclass(frozen=True)
class Drawing:
    width: int
    height: int
    outline: str  # the SVG points of the region's shape around the municipalities' centres
    places: dict[str, Place]  # by municipality code


@dataclass(frozen=True)
class LocatorMap:
    """The region with some of its municipalities marked."""

    drawing: Drawing
    marked: list[Place]


def centres(municipalities) -> dict[str, tuple[float, float, bool]]:
    """Code: (latitude, longitude, is a town) of each of `municipalities` whose centre is known."""
    return {
        municipality.code: (float(municipality.latitude), float(municipality.longitude), municipality.is_town)
        for municipality in municipalities
        if municipality.latitude is not None and municipality.longitude is not None
    }


def municipality_centres() -> dict[str, tuple[float, float, bool]]:
    """The centres of every municipality, to be kept in the cache."""
    return centres(Municipality.objects.only("code", "latitude", "longitude", "is_town"))


def uusimaa(known: dict[str, tuple[float, float, bool]]) -> Drawing | None:
    """The municipalities at their `known` centres (as `centres` gives them), in an equirectangular projection
    whose east-west scale is taken at the region's latitude; None if no centre is known."""
    if not known:
        return None
    latitudes = [lat for lat, _lon, _town in known.values()]
    longitudes = [lon for _lat, lon, _town in known.values()]
    squeeze = math.cos(math.radians(sum(latitudes) / len(latitudes)))
    west, north = min(longitudes), max(latitudes)
    scale = (WIDTH - 2 * MARGIN) / (max((max(longitudes) - west) * squeeze, 0.01))
    height = round((north - min(latitudes)) * scale + 2 * MARGIN)
    places = {
        code: Place(
            code=code,
            x=round(MARGIN + (lon - west) * squeeze * scale, 1),
            y=round(MARGIN + (north - lat) * scale, 1),
            is_town=town,
        )
        for code, (lat, lon, town) in known.items()
    }
    outline = " ".join(f"{x},{y}" for x, y in hull([(place.x, place.y) for place in places.values()]))
    return Drawing(width=WIDTH, height=height, outline=outline, places=places)


def locator_map(region, marked) -> LocatorMap | None:
    """The `region`'s municipalities with those `marked`, or None if none of those has a known centre."""
    drawing = uusimaa(centres(region))
    codes = {municipality.code for municipality in marked}
    if drawing is None or not codes & drawing.places.keys():
        return None
    return LocatorMap(
        drawing=drawing,
        marked=[place for code, place in drawing.places.items() if code in codes],
    )


def hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The convex hull of `points`, anticlockwise (Andrew's monotone chain)."""
    points = sorted(set(points))
    if len(points) < 3:
        return points

    def turn(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in points:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]
