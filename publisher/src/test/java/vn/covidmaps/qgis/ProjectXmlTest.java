package vn.covidmaps.qgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The project without QGIS: what QgisProjectIT then opens in PyQGIS. */
class ProjectXmlTest {
    private static final ProjectContent CONTENT = new ProjectContent("Bản đồ", "https://h/gs/ws/wms", "https://h/gs/ws/ows", "grp",
            List.of(LocalDate.parse("2021-06-01"), LocalDate.parse("2021-06-08")), new double[] {106, 21, 107, 22},
            List.of(new ProjectContent.Layer("risk_areas", "Cấp độ dịch", "risk_areas", "ws:risk_areas_latest", "Polygon"),
                    new ProjectContent.Layer("checkpoints", "Chốt", "checkpoints", "ws:checkpoints_latest", "Point")));

    @Test
    void wmsLayersByDateInTheirStylesTopmostFirstAndTheControllerOverTheReports() throws Exception {
        Document project = parse(new ProjectXml(CONTENT).text());
        NodeList layers = project.getElementsByTagName("maplayer");
        assertEquals(5, layers.getLength(), "two WMS, the group, two WFS");
        Element first = (Element) layers.item(0);
        String source = first.getElementsByTagName("datasource").item(0).getTextContent();
        assertTrue(source.contains("layers=checkpoints&styles=checkpoints&url=https://h/gs/ws/wms&type=wmst"
                + "&timeDimensionExtent=2021-06-01T00:00:00Z,2021-06-08T00:00:00Z"), "points above areas, in their SLD: " + source);
        Element temporal = (Element) first.getElementsByTagName("temporal").item(0);
        assertEquals("3", temporal.getAttribute("fetchMode"), "the report in force: the closest date on or before the step");
        String group = ((Element) layers.item(2)).getElementsByTagName("datasource").item(0).getTextContent();
        assertTrue(group.contains("layers=grp&styles=&") && group.contains("type=wmst"), group);
        Element wfs = (Element) layers.item(3);
        assertEquals("Point", wfs.getAttribute("geometry"));
        assertTrue(wfs.getElementsByTagName("datasource").item(0).getTextContent().contains("typename='ws:checkpoints_latest'"));
        Element time = (Element) project.getElementsByTagName("ProjectTimeSettings").item(0);
        assertEquals("d", time.getAttribute("timeStepUnit"));
        assertEquals("2021-06-01T00:00:00Z", time.getElementsByTagName("start").item(0).getTextContent());
        assertEquals("2021-06-08T00:00:00Z", time.getElementsByTagName("end").item(0).getTextContent());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
