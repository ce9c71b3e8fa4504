"""Draw the countries of Europe for the partners' map (partners/europe_map.json) from Natural Earth's shapes.

The shapes come from the npm package world-atlas (pinned in scripts/maps), as TopoJSON. They are projected as the
EU's own maps are (Lambert azimuthal equal-area, centred at 52° N 10° E), cut to Europe's frame, rounded, and
written as an SVG path for each country under its ISO alpha-2 code. `make europe-map` runs it; the result is
committed, so neither Node nor the package is needed to serve or test the portal.
"""

import json
import math
import sys
from pathlib import Path

from django_countries.data import ALT_CODES

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "scripts/maps/node_modules/world-atlas/countries-50m.json"
TARGET = ROOT / "partners/europe_map.json"

CENTRE_LATITUDE, CENTRE_LONGITUDE = math.radians(52), math.radians(10)
WIDTH = 600  # of the drawing, in its own units
# Europe's frame, in projected units (radians on the unit sphere): from Iceland and the Azores to the Urals' edge.
WEST, EAST, NORTH, SOUTH = -0.42, 0.5, 0.36, -0.36
SCALE = WIDTH / (EAST - WEST)
MIN_STEP = 3  # the shortest line drawn, in the drawing's units
HEIGHT = round((NORTH - SOUTH) * SCALE)


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """(x, y) in the drawing."""
    lon, lat = math.radians(longitude), math.radians(latitude)
    cos_c = math.sin(CENTRE_LATITUDE) * math.sin(lat) + math.cos(CENTRE_LATITUDE) * math.cos(lat) * math.cos(
        lon - CENTRE_LONGITUDE
    )
    k = math.sqrt(2 / max(1 + cos_c, 1e-9))
    x = k * math.cos(lat) * math.sin(lon - CENTRE_LONGITUDE)
    y = k * (
        math.cos(CENTRE_LATITUDE) * math.sin(lat)
        - math.sin(CENTRE_LATITUDE) * math.cos(lat) * math.cos(lon - CENTRE_LONGITUDE)
    )
    return (x - WEST) * SCALE, (NORTH - y) * SCALE


def decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantised, delta-encoded arcs as (longitude, latitude) points."""
    (scale_x, scale_y), (move_x, move_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + move_x, y * scale_y + move_y))
        arcs.append(points)
    return arcs


def ring(arcs, indexes: list[int]) -> list[tuple[float, float]]:
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def path(rings: list[list[tuple[float, float]]]) -> tuple[str, tuple[int, int] | None]:
    """The SVG path of the rings that reach into the frame, rounded to whole units, and where to write on it: the
    middle of its largest ring's box."""
    parts, largest, label = [], 0, None
    for points in rings:
        projected = [project(lon, lat) for lon, lat in points]
        inside = any(0 <= x <= WIDTH and 0 <= y <= HEIGHT for x, y in projected)
        rounded = []
        for x, y in projected:
            # Held to the frame's edge (what lies beyond is not shown), and a point only where the line turns
            # visibly from the last one.
            point = (round(min(max(x, -2), WIDTH + 2)), round(min(max(y, -2), HEIGHT + 2)))
            if not rounded or math.dist(point, rounded[-1]) >= MIN_STEP:
                rounded.append(point)
        if inside and len(rounded) >= 3:
            parts.append("M" + "L".join(f"{x},{y}" for x, y in rounded) + "Z")
            area = abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in edges(rounded)))
            if area > largest:
                largest, label = area, inside_point(rounded)
    return "".join(parts), label


def edges(points: list) -> list:
    """A ring's sides, as (start, end) pairs, the last back to the first."""
    return list(zip(points, points[1:] + points[:1], strict=True))


def inside_point(points: list[tuple[int, int]]) -> tuple[int, int]:
    """A point well inside a ring, to write on: the middle of the widest stretch inside it along the horizontal
    line through its centre of gravity."""
    n = len(points)
    cross = [points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1] for i in range(n)]
    area = sum(cross) / 2 or 1
    centre_y = sum((points[i][1] + points[(i + 1) % n][1]) * cross[i] for i in range(n)) / (6 * area)
    crossings = sorted(
        x0 + (centre_y - y0) * (x1 - x0) / (y1 - y0)
        for (x0, y0), (x1, y1) in edges(points)
        if (y0 <= centre_y < y1) or (y1 <= centre_y < y0)
    )
    stretches = list(zip(crossings[::2], crossings[1::2], strict=True))
    if not stretches:
        return points[0]
    left, right = max(stretches, key=lambda stretch: stretch[1] - stretch[0])
    return round((left + right) / 2), round(centre_y)


def main() -> None:
    topology = json.loads(SOURCE.read_text())
    arcs = decoded_arcs(topology)
    alpha2 = {numeric: code for code, (_alpha3, numeric) in ALT_CODES.items()}
    shapes, labels = {}, {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2.get(int(geometry["id"])) if str(geometry.get("id", "")).isdigit() else None
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        drawn, label = path([ring(arcs, indexes) for polygon in polygons for indexes in polygon])
        if code and label:  # a country with no area in the frame (only its edge) is left out
            shapes[code], labels[code] = drawn, label
    drawing = {"width": WIDTH, "height": HEIGHT, "countries": shapes, "labels": labels}
    TARGET.write_text(json.dumps(drawing, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"{len(shapes)} countries, {TARGET.stat().st_size:,} bytes: {TARGET.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
