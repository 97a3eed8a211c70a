"""Turn Natural Earth's 1:110m countries (the TopoJSON of the npm package ``world-atlas``,
ISC licence, data public domain) into the compact map the live world wall draws:
``reports/data/world-110m.json``, one SVG path per country keyed by ISO 3166-1 alpha-2,
the code sites are stored with, in the Natural Earth projection.

Run once when the map changes (the output is committed; the platform never reads npm):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m tools.world_map.convert package/countries-110m.json reports/data/world-110m.json

Shapes without an ISO code (Kosovo, Northern Cyprus, Somaliland in Natural Earth) are kept
under ``"other"`` and drawn as land without a country; Antarctica is left out."""

import json
import math
import sys

from django_countries.data import COUNTRIES

WIDTH = 1000
LEFT_OUT = {"010"}  # Antarctica: no site, and a third of the picture


def numeric_to_alpha2():
    """ISO 3166-1 numeric (world-atlas's ids) → alpha-2, from django-countries."""
    from django_countries import countries

    table = {}
    for code in COUNTRIES:
        numeric = countries.numeric(code)
        if numeric is not None:
            table[f"{numeric:03d}"] = code
    return table


def natural_earth(lon, lat):
    """The Natural Earth projection (Šavrič, Jenny, Patterson, Petrovič and Hurni, 2011)."""
    phi, lam = math.radians(lat), math.radians(lon)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return unwrap(points)


def unwrap(points):
    """Keep a ring that crosses the antimeridian (Russia, Fiji) in one piece: longitudes
    continue past ±180 instead of jumping across the map (the part outside is clipped
    by the picture's edge)."""
    shift, result, previous = 0, [], None
    for lon, lat in points:
        if previous is not None and abs(lon + shift - previous) > 180:
            shift += 360 if previous > lon + shift else -360
        previous = lon + shift
        result.append((previous, lat))
    mean = sum(lon for lon, _lat in result) / max(1, len(result))
    if mean > 180:
        result = [(lon - 360, lat) for lon, lat in result]
    elif mean < -180:
        result = [(lon + 360, lat) for lon, lat in result]
    return result


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def path_of(rings, to_view):
    """An SVG path with relative moves, whole units, repeated points dropped."""
    parts = []
    for points in rings:
        projected = []
        for lon, lat in points:
            xy = to_view(lon, lat)
            if not projected or xy != projected[-1]:
                projected.append(xy)
        if len(projected) < 3:
            continue
        x0, y0 = projected[0]
        steps = [f"M{x0} {y0}"]
        for (xa, ya), (xb, yb) in zip(projected, projected[1:], strict=False):
            steps.append(f"l{xb - xa} {yb - ya}")
        parts.append("".join(steps) + "z")
    return "".join(parts)


def convert(topology):
    arcs = decode_arcs(topology)
    geometries = [g for g in topology["objects"]["countries"]["geometries"] if g.get("id") not in LEFT_OUT]
    shapes = [(g.get("id"), [ring(arcs, r) for polygon in polygons(g) for r in polygon]) for g in geometries]
    left, _ = natural_earth(-180, 0)
    # The picture is as high as the land drawn (Antarctica left out, so no empty south).
    ys = [natural_earth(lon, lat)[1] for _id, rings in shapes for points in rings for lon, lat in points]
    top, bottom = max(ys), min(ys)
    scale = WIDTH / (2 * -left)
    height = round((top - bottom) * scale) + 2

    def to_view(lon, lat):
        x, y = natural_earth(lon, lat)
        return round((x - left) * scale), round((top - y) * scale) + 1

    codes = numeric_to_alpha2()
    countries, other = {}, []
    for numeric, rings in shapes:
        path = path_of(rings, to_view)
        code = codes.get(numeric)
        if code:
            countries[code] = countries.get(code, "") + path
        else:
            other.append(path)
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC)",
        "projection": "Natural Earth",
        "width": WIDTH,
        "height": height,
        "countries": dict(sorted(countries.items())),
        "other": "".join(other),
    }


def main(source, target):
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_I18N=False)
        django.setup()
    with open(source, encoding="utf-8") as handle:
        result = convert(json.load(handle))
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(result, handle, separators=(",", ":"), ensure_ascii=False)
        handle.write("\n")
    sys.stdout.write(f"{len(result['countries'])} countries, {result['width']}×{result['height']} → {target}\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
