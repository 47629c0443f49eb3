"""Opens a QGIS project headless and prints, as JSON: every layer's validity and temporal state, the project's
time range, and for each given day how the checked WMS layers and the WMS layer group render on that day
(painted pixels and an image digest). Usage: project_render.py PROJECT DAY..."""
import hashlib
import json
import sys

from qgis.core import (QgsApplication, QgsDateTimeRange, QgsMapRendererSequentialJob, QgsMapSettings, QgsProject,
                       QgsRasterLayer)
from qgis.PyQt.QtCore import QByteArray, QBuffer, QDate, QDateTime, QIODevice, QSize, QTime, Qt

app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
if not project.read(sys.argv[1]):
    sys.exit("QGIS cannot read " + sys.argv[1] + ": " + project.error())
root = project.layerTreeRoot()
layers = {}
for layer in project.mapLayers().values():
    node = root.findLayer(layer.id())
    temporal = layer.temporalProperties()
    layers[layer.id()] = {"name": layer.name(), "valid": layer.isValid(), "provider": layer.providerType(),
                          "checked": node.itemVisibilityChecked() and node.parent().itemVisibilityChecked(),
                          "temporal": bool(temporal and temporal.isActive()),
                          "features": layer.featureCount() if layer.type() == 0 else None}
by_date = [l for l in (n.layer() for n in root.findLayers()) if isinstance(l, QgsRasterLayer)
           and root.findLayer(l.id()).isVisible()]
group = [l for l in project.mapLayers().values() if l.id().startswith("wms_group_")]
extent = project.viewSettings().defaultViewExtent() if not project.viewSettings().defaultViewExtent().isEmpty() else None


def render(map_layers, day):
    settings = QgsMapSettings()
    settings.setLayers(map_layers)
    settings.setDestinationCrs(map_layers[0].crs())
    settings.setExtent(extent if extent else map_layers[0].extent())
    settings.setOutputSize(QSize(384, 384))
    settings.setBackgroundColor(Qt.transparent)
    start = QDateTime(QDate.fromString(day, "yyyy-MM-dd"), QTime(0, 0), Qt.UTC)
    settings.setIsTemporal(True)
    settings.setTemporalRange(QgsDateTimeRange(start, start.addDays(1), True, False))  # one step of the controller
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    painted = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2) if image.pixelColor(x, y).alpha() > 0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return {"painted": painted, "digest": hashlib.sha256(bytes(data)).hexdigest()}


time_range = project.timeSettings().temporalRange()
print(json.dumps({
    "layers": layers,
    "time_range": [time_range.begin().toString(Qt.ISODate), time_range.end().toString(Qt.ISODate)],
    "time_step": [project.timeSettings().timeStep(), project.timeSettings().timeStepUnit()],
    "by_date": {day: render(by_date, day) for day in sys.argv[2:]},
    "group": {day: render(group, day) for day in sys.argv[2:]} if group else {},
}, ensure_ascii=False))
