package vn.covidmaps.qgis;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The .qgs document, as QGIS 3.22 writes and reads it:
 * <ul>
 *   <li>one WMS-T layer per layer, in the SLD style GeoServer has for it, in a group drawn like the layer group;</li>
 *   <li>the layer group itself as one WMS layer (off). GeoServer 2.21 advertises no TIME for a group, so its
 *       dates are given in the layer's source ({@code type=wmst&timeDimensionExtent=…}) and QGIS sends TIME
 *       to the group as to any layer;</li>
 *   <li>one WFS layer per layer, the latest report (off, so opening the project does not download everything);</li>
 *   <li>the temporal controller over the report dates, a day a step. Each WMS layer asks for the latest report
 *       on or before the step's day (QGIS's "closest match to the start of the range"), so a day without a
 *       report shows the report then in force.</li>
 * </ul>
 */
final class ProjectXml {
    /** Qgis::TemporalIntervalMatchMethod::FindClosestMatchToStartOfRange, written as the layer's fetchMode. */
    private static final String CLOSEST_BEFORE = "3";
    private static final String WGS84 = "EPSG:4326";

    private final ProjectContent content;
    private final Document xml;

    ProjectXml(ProjectContent content) {
        this.content = content;
        try {
            this.xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        Element qgis = add(xml, "qgis");
        qgis.setAttribute("version", "3.22.0");
        qgis.setAttribute("projectname", content.title());
        add(qgis, "title").setTextContent(content.title());
        crs(add(qgis, "projectCrs"));
        List<Element> maplayers = new ArrayList<>();
        Element tree = add(qgis, "layer-tree-group");
        List<ProjectContent.Layer> topFirst = new ArrayList<>(content.layers());
        Collections.reverse(topFirst); // the first drawn is the lowest in the tree
        Element byDate = group(tree, "Bản đồ theo ngày báo cáo (WMS)", true);
        for (ProjectContent.Layer layer : topFirst) {
            maplayers.add(wms("wms_" + layer.name(), layer.title(), layer.name(), layer.style(), byDate, true));
        }
        maplayers.add(wms("wms_group_" + content.group(), content.title() + " (cả nhóm lớp, WMS)", content.group(), "", tree, false));
        Element data = group(tree, "Dữ liệu báo cáo mới nhất (WFS)", false);
        for (ProjectContent.Layer layer : topFirst) {
            maplayers.add(wfs(layer, data));
        }
        Element projectLayers = add(qgis, "projectlayers");
        maplayers.forEach(projectLayers::appendChild);
        timeSettings(qgis);
        canvas(qgis);
        return serialise();
    }

    private Element wms(String id, String title, String layerName, String style, Element parent, boolean visible) {
        Map<String, String> uri = new LinkedHashMap<>();
        uri.put("contextualWMSLegend", "0");
        uri.put("crs", WGS84);
        uri.put("dpiMode", "7");
        uri.put("featureCount", "10");
        uri.put("format", "image/png");
        uri.put("layers", layerName);
        uri.put("styles", style);
        uri.put("url", content.wmsUrl());
        uri.put("type", "wmst");
        uri.put("timeDimensionExtent", String.join(",", content.reportDates().stream().map(ProjectXml::instant).toList()));
        uri.put("allowTemporalUpdates", "true");
        uri.put("temporalSource", "provider");
        String source = String.join("&", uri.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue())).toList());
        treeLayer(parent, id, title, source, "wms", visible);
        Element layer = mapLayer("raster", id, title, source, "wms");
        Element temporal = add(layer, "temporal");
        temporal.setAttribute("enabled", "1");
        temporal.setAttribute("mode", "1"); // the range comes from the provider, i.e. the TIME values above
        temporal.setAttribute("fetchMode", CLOSEST_BEFORE);
        Element range = add(temporal, "fixedRange");
        add(range, "start").setTextContent(instant(first()));
        add(range, "end").setTextContent(instant(last()));
        return layer;
    }

    private Element wfs(ProjectContent.Layer layer, Element parent) {
        String id = "wfs_" + layer.name();
        String title = layer.title() + " (báo cáo mới nhất)";
        String source = "pagingEnabled='true' preferCoordinatesForWfsT11='false' restrictToRequestBBOX='1' srsname='" + WGS84
                + "' typename='" + layer.wfsTypeName() + "' url='" + content.wfsUrl() + "' version='2.0.0'";
        treeLayer(parent, id, title, source, "WFS", false);
        Element map = mapLayer("vector", id, title, source, "WFS");
        map.setAttribute("geometry", layer.geometry());
        return map;
    }

    private Element mapLayer(String type, String id, String title, String source, String provider) {
        Element layer = xml.createElement("maplayer");
        layer.setAttribute("type", type);
        add(layer, "id").setTextContent(id);
        add(layer, "datasource").setTextContent(source);
        add(layer, "layername").setTextContent(title);
        crs(add(layer, "srs"));
        Element providerElement = add(layer, "provider");
        providerElement.setTextContent(provider);
        if (provider.equals("WFS")) {
            providerElement.setAttribute("encoding", "UTF-8");
        }
        return layer;
    }

    private void treeLayer(Element parent, String id, String title, String source, String provider, boolean visible) {
        Element node = add(parent, "layer-tree-layer");
        node.setAttribute("id", id);
        node.setAttribute("name", title);
        node.setAttribute("source", source);
        node.setAttribute("providerKey", provider);
        node.setAttribute("checked", visible ? "Qt::Checked" : "Qt::Unchecked");
        node.setAttribute("expanded", "0");
    }

    private Element group(Element parent, String name, boolean visible) {
        Element group = add(parent, "layer-tree-group");
        group.setAttribute("name", name);
        group.setAttribute("checked", visible ? "Qt::Checked" : "Qt::Unchecked");
        group.setAttribute("expanded", "1");
        return group;
    }

    /** The temporal controller: from the first report to the last, one day a step. */
    private void timeSettings(Element qgis) {
        Element time = add(qgis, "ProjectTimeSettings");
        time.setAttribute("timeStepUnit", "d");
        time.setAttribute("timeStep", "1");
        time.setAttribute("frameRate", "1");
        time.setAttribute("cumulativeTemporalRange", "0");
        Element range = add(time, "TemporalRange");
        add(range, "start").setTextContent(instant(first()));
        add(range, "end").setTextContent(instant(last()));
    }

    private void canvas(Element qgis) {
        Element canvas = add(qgis, "mapcanvas");
        canvas.setAttribute("name", "theMapCanvas");
        add(canvas, "units").setTextContent("degrees");
        Element extent = add(canvas, "extent");
        String[] names = {"xmin", "ymin", "xmax", "ymax"};
        for (int i = 0; i < 4; i++) {
            add(extent, names[i]).setTextContent(String.format(Locale.ROOT, "%.6f", content.bounds()[i]));
        }
        crs(add(canvas, "destinationsrs"));
    }

    private void crs(Element parent) {
        add(add(parent, "spatialrefsys"), "authid").setTextContent(WGS84);
    }

    private LocalDate first() {
        return content.reportDates().get(0);
    }

    private LocalDate last() {
        return content.reportDates().get(content.reportDates().size() - 1);
    }

    private static String instant(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%3A", ":").replace("%2F", "/").replace("%2C", ",");
    }

    private Element add(org.w3c.dom.Node parent, String name) {
        Element element = xml.createElement(name);
        parent.appendChild(element);
        return element;
    }

    private String serialise() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, "http://mrcc.com/qgis.dtd");
            transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, "SYSTEM");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
