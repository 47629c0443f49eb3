"""Reads a WFS layer the way QGIS does and prints, as JSON, its field types, the Python type of two
date values and how many features some filters keep. Usage: wfs_dates.py URL TYPENAME DATE_FIELD FILTER..."""
import json
import sys

from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()
url, typename, date_field, filters = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
layer = QgsVectorLayer("pagingEnabled='true' srsname='EPSG:4326' typename='%s' url='%s' version='2.0.0'" % (typename, url),
                       typename, "WFS")
if not layer.isValid():
    sys.exit("QGIS cannot open WFS layer " + typename)
first = next(layer.getFeatures())
print(json.dumps({
    "fields": {f.name(): f.typeName() for f in layer.fields()},
    "report_date": type(first["report_date"]).__name__,
    date_field: type(first[date_field]).__name__,
    "counts": [sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterExpression(f))) for f in filters],
}, ensure_ascii=False))
