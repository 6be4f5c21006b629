#!/usr/bin/env python3
"""Makes the query page's basemap, land.json, from Natural Earth's 1:110m land polygons.

Natural Earth (https://www.naturalearthdata.com/) is in the public domain; its 1:110m land
comes as TopoJSON in the npm package world-atlas 2.0.2 (Natural Earth 4.1.0). Run:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 src/build/basemap.py package/land-110m.json \
        src/main/resources/org/pactgraph/server/page/land.json

The output is one JSON array of rings, each a flat list [long, lat, long, lat, ...] in WGS84
degrees rounded to 0.1 degree (about 10 km, finer than a pixel of any map the page draws),
with points closer than that to the previous one dropped. Only the geometry is kept.
"""
import json
import sys


def decode_arcs(topology):
    """Absolute coordinates of every arc: TopoJSON stores quantized deltas."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes, arcs):
    """A ring from arc indexes; a negative index ~i means arc i reversed. Shared end points once."""
    out = []
    for i in indexes:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(points if not out else points[1:])
    return out


def rounded(points):
    flat, last = [], None
    for x, y in points:
        p = (round(x, 1), round(y, 1))
        if p != last:
            flat.extend(p)
            last = p
    return flat


def main(source, target):
    with open(source, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indexes in polygon:
                flat = rounded(ring(indexes, arcs))
                if len(flat) >= 8:
                    rings.append(flat)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(rings, f, separators=(",", ":"))
        f.write("\n")
    print(f"{target}: {len(rings)} rings, {sum(len(r) for r in rings) // 2} points")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: basemap.py land-110m.json land.json")
    main(sys.argv[1], sys.argv[2])
