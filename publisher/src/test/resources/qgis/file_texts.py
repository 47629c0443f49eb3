"""Opens a file as QGIS does (OGR provider, QGIS's own encoding handling) and prints, as JSON, the values of
one field and the geometries as WKT. Usage: file_texts.py PATH FIELD"""
import json
import sys

from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()
path, field = sys.argv[1], sys.argv[2]
layer = QgsVectorLayer(path, "file", "ogr")
if not layer.isValid():
    sys.exit("QGIS cannot open " + path)
features = list(layer.getFeatures())
print(json.dumps({
    "encoding": layer.dataProvider().encoding(),
    "values": [f[field] for f in features],
    "wkt": [f.geometry().asWkt(6) for f in features],
}, ensure_ascii=False))
