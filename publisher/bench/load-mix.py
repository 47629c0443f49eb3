#!/usr/bin/env python3
"""Writes the citizen mix of the load benchmark: the same map views as request paths for each way of serving them.

  load-mix.py OUT_DIR WORKSPACE GROUP LATEST EARLIER MINLON,MINLAT,MAXLON,MAXLAT [VIEWS]

A view is one citizen opening the map: a place (mostly Lang Son city), a zoom level from province (8) to street
block (14), the latest report or now and then the earlier one, and the 20 tiles (5 x 4) of a phone-to-laptop
screen around the place, less those outside the group's bounds (GeoWebCache refuses them; the page's tile layer
does not ask for them). Some views also click a feature (GetFeatureInfo) or open the legend. The views are
drawn from a fixed seed, so every run and every path replays the same requests. Writes:
  direct.txt  tiles as WMS GetMap of 256 x 256 pixels (what a page without a tile cache asks)
  gwc.txt     the same tiles from GeoWebCache's WMTS, as the map page asks them (TIME=yyyy-mm-dd)
  others.txt  the GetFeatureInfo and legend requests, the same for every path (a browser sends them on
              connections of their own, so they are replayed alongside the tiles, not in their queue)
  unique.txt  the distinct tiles of gwc.txt, to warm the caches
  mix.txt     what the mix holds
"""
import math
import random
import sys
import urllib.parse

out, ws, group, latest, earlier = sys.argv[1:6]
minlon, minlat, maxlon, maxlat = (float(v) for v in sys.argv[6].split(","))
views = int(sys.argv[7]) if len(sys.argv) > 7 else 300
# the popup's attribute lists, one per layer of the group (PROPERTYNAME), as the map page asks them; empty: whole features
popup_properties = sys.argv[8] if len(sys.argv) > 8 else ""
rnd = random.Random(20210608)
# (longitude, latitude, weight): Lang Son city, then district towns
places = [(106.7610, 21.8530, 50), (106.7700, 21.8700, 10), (106.7000, 21.9500, 10), (106.5700, 21.6700, 8),
          (106.3500, 21.5000, 8), (106.9200, 21.7600, 7), (106.2400, 21.8400, 7)]
zooms = [(8, 5), (9, 5), (10, 10), (11, 15), (12, 20), (13, 25), (14, 20)]
layers = ["patient_homes", "visited_recent", "visited_earlier", "quarantine_facilities", "isolation_zones",
          "checkpoints", "risk_areas"]
HALF = 20037508.342789244


def pick(weighted):
    total = sum(w for *_, w in weighted)
    r = rnd.uniform(0, total)
    for item in weighted:
        r -= item[-1]
        if r <= 0:
            return item
    return weighted[-1]


def tile(lon, lat, z):
    n = 2 ** z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def bounds(x, y, z):
    size = 2 * HALF / 2 ** z
    return (-HALF + x * size, HALF - (y + 1) * size, -HALF + (x + 1) * size, HALF - y * size)


def getmap(x, y, z, time):
    b = bounds(x, y, z)
    return (f"/geoserver/{ws}/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS={ws}:{group}&STYLES=&SRS=EPSG:3857"
            f"&BBOX={b[0]:.6f},{b[1]:.6f},{b[2]:.6f},{b[3]:.6f}&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=true"
            f"&TIME={time}")


def wmts(x, y, z, time):
    return (f"/geoserver/gwc/service/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={ws}:{group}&STYLE="
            f"&TILEMATRIXSET=EPSG:900913&TILEMATRIX=EPSG:900913:{z}&TILEROW={y}&TILECOL={x}&FORMAT=image/png&TIME={time}")


def feature_info(x, y, z, time):
    b = bounds(x, y, z)
    return (f"/geoserver/{ws}/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&LAYERS={ws}:{group}"
            f"&QUERY_LAYERS={ws}:{group}&STYLES=&SRS=EPSG:3857&BBOX={b[0]:.6f},{b[1]:.6f},{b[2]:.6f},{b[3]:.6f}"
            f"&WIDTH=256&HEIGHT=256&X=128&Y=128&INFO_FORMAT=application/json&FEATURE_COUNT=5&TIME={time}"
            + (f"&PROPERTYNAME={urllib.parse.quote(popup_properties)}" if popup_properties else ""))


def legend(layer):
    return (f"/geoserver/{ws}/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&FORMAT=image/png"
            f"&LAYER={ws}:{layer}")


direct, gwc, others, unique = [], [], [], {}
tiles = other = 0
for _ in range(views):
    lon, lat, _w = pick(places)
    z, _w = pick(zooms)
    time = latest if rnd.random() < 0.85 else earlier
    cx, cy = tile(lon, lat, z)
    x0, y0 = tile(minlon, maxlat, z)
    x1, y1 = tile(maxlon, minlat, z)
    for dy in range(-2, 2):
        for dx in range(-2, 3):
            x, y = cx + dx, cy + dy
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                continue
            direct.append(getmap(x, y, z, time))
            gwc.append(wmts(x, y, z, time))
            unique[gwc[-1]] = True
            tiles += 1
    if rnd.random() < 0.3:
        others.append(feature_info(cx, cy, z, time))
        other += 1
    if rnd.random() < 0.2:
        others.append(legend(rnd.choice(layers)))
        other += 1

for name, lines in (("direct.txt", direct), ("gwc.txt", gwc), ("others.txt", others), ("unique.txt", list(unique))):
    with open(f"{out}/{name}", "w") as f:
        f.write("\n".join(lines) + "\n")
with open(f"{out}/mix.txt", "w") as f:
    f.write(f"views={views} tiles={tiles} unique_tiles={len(unique)} feature_info_and_legends={other}\n")
