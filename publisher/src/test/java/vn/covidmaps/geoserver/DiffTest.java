package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.geoserver.PublicationModel.DesiredGroup;
import vn.covidmaps.geoserver.PublicationModel.DesiredStore;
import vn.covidmaps.text.Text;

/** The comparisons that decide UNCHANGED, against JSON as GeoServer 2.21 really returns it. */
class DiffTest {
    private static final DesiredFeatureType HISTORY = new DesiredFeatureType("checkpoints", "checkpoints",
            "Chốt kiểm soát dịch", "Các chốt kiểm soát.", List.of("COVID-19"), "Point", null, List.of("WFS"));
    private static final DesiredFeatureType LATEST = new DesiredFeatureType("checkpoints_latest", "checkpoints",
            "Chốt (báo cáo mới nhất)", "Mới nhất.", List.of("COVID-19", "chốt kiểm soát"), "Point",
            "select \"fid\" from \"s\".\"checkpoints\"", List.of("WMS"));

    /** One-element lists come back as bare values, maps with one entry as a bare object. */
    private static final String HISTORY_AS_STORED = """
            {"name":"checkpoints","nativeName":"checkpoints","title":"Chốt kiểm soát dịch","abstract":"Các chốt kiểm soát.",
             "keywords":{"string":"COVID-19"},"srs":"EPSG:4326","projectionPolicy":"FORCE_DECLARED","enabled":true,
             "metadata":{"entry":{"@key":"time","dimensionInfo":{"enabled":true,"attribute":"report_date",
               "presentation":"LIST","units":"ISO8601","defaultValue":{"strategy":"MAXIMUM"}}}},
             "serviceConfiguration":true,"disabledServices":{"string":"WFS"},"maxFeatures":0}
            """;

    private static final String LATEST_AS_STORED = """
            {"name":"checkpoints_latest","title":"Chốt (báo cáo mới nhất)","abstract":"Mới nhất.",
             "keywords":{"string":["chốt kiểm soát","COVID-19"]},"srs":"EPSG:4326","projectionPolicy":"FORCE_DECLARED",
             "enabled":true,"metadata":{"entry":{"@key":"JDBC_VIRTUAL_TABLE","virtualTable":{"name":"checkpoints_latest",
               "sql":"select \\"fid\\" from \\"s\\".\\"checkpoints\\"\\n","escapeSql":false,"keyColumn":"fid",
               "geometry":{"name":"geom","type":"Point","srid":4326}}}},
             "serviceConfiguration":true,"disabledServices":{"string":["WMS"]}}
            """;

    /** The differences as the English plan prints them. */
    private static List<String> english(List<Text> differences) {
        return differences.stream().map(Text::english).toList();
    }

    @Test
    void storedFeatureTypesAsGeoServerWritesThemAreUnchanged() {
        assertEquals(List.of(), english(FeatureTypes.differences(HISTORY, Json.parse(HISTORY_AS_STORED))));
        assertEquals(List.of(), english(FeatureTypes.timeDifferences(Json.parse(HISTORY_AS_STORED))));
        assertEquals(List.of(), english(FeatureTypes.differences(LATEST, Json.parse(LATEST_AS_STORED))));
    }

    @Test
    void changedFieldsAreNamed() {
        JsonNode stored = Json.parse(HISTORY_AS_STORED.replace("Chốt kiểm soát dịch", "Chot kiem soat dich")
                .replace("\"disabledServices\":{\"string\":\"WFS\"}", "\"disabledServices\":\"\""));
        assertEquals(List.of("title differs", "services (want all but WFS)"), english(FeatureTypes.differences(HISTORY, stored)));
        JsonNode withoutTime = Json.parse(HISTORY_AS_STORED.replace("\"@key\":\"time\"", "\"@key\":\"elevation\""));
        assertEquals(List.of("not configured"), english(FeatureTypes.timeDifferences(withoutTime)));
        JsonNode earliest = Json.parse(HISTORY_AS_STORED.replace("MAXIMUM", "MINIMUM"));
        assertEquals(List.of("default differs"), english(FeatureTypes.timeDifferences(earliest)));
        String otherSchema = LATEST_AS_STORED.replace("\\\"s\\\"", "\\\"t\\\"");
        assertFalse(otherSchema.equals(LATEST_AS_STORED));
        assertEquals(List.of("SQL view differs"), english(FeatureTypes.differences(LATEST, Json.parse(otherSchema))));
    }

    @Test
    void theCreateBodyCarriesWhatTheComparisonReads() {
        var body = FeatureTypes.description(LATEST);
        assertEquals(List.of(), english(FeatureTypes.differences(LATEST, body)));
        var history = FeatureTypes.description(HISTORY);
        history.setAll(FeatureTypes.timeDimension());
        assertEquals(List.of(), english(FeatureTypes.differences(HISTORY, history)));
        assertEquals(List.of(), english(FeatureTypes.timeDifferences(history)));
    }

    @Test
    void datastoreComparesItsParametersButNotTheEncryptedPassword() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("host", "127.0.0.1");
        parameters.put("schema", "covidmaps");
        parameters.put("Expose primary keys", "true");
        DesiredStore store = new DesiredStore("covidmaps_postgis", parameters, "secret");
        String stored = """
                {"name":"covidmaps_postgis","enabled":true,"connectionParameters":{"entry":[
                 {"@key":"schema","$":"covidmaps"},{"@key":"passwd","$":"crypt1:lwgbD1ddFR12LTEgNmri"},
                 {"@key":"Expose primary keys","$":"true"},{"@key":"host","$":"127.0.0.1"},{"@key":"namespace","$":"x"}]}}
                """;
        assertEquals(List.of(), english(DataStoreClient.differences(store, Json.parse(stored))));
        assertEquals(List.of("schema is 'public', want 'covidmaps'"),
                english(DataStoreClient.differences(store, Json.parse(stored.replace("\"$\":\"covidmaps\"", "\"$\":\"public\"")))));
    }

    @Test
    void layerGroupOrderAndDefaultStylesMatter() {
        LayerGroupClient groups = new LayerGroupClient(null, "covidmaps");
        DesiredGroup group = new DesiredGroup("covidmaps", "Bản đồ", "Tóm tắt", List.of("risk_areas", "checkpoints"));
        String stored = """
                {"name":"covidmaps","mode":"SINGLE","title":"Bản đồ","abstractTxt":"Tóm tắt",
                 "publishables":{"published":[{"@type":"layer","name":"covidmaps:risk_areas"},
                   {"@type":"layer","name":"covidmaps:checkpoints"}]},"styles":{"style":["",""]}}
                """;
        assertEquals(List.of(), english(groups.differences(group, Json.parse(stored))));
        String swapped = stored.replace("covidmaps:risk_areas", "TMP").replace("covidmaps:checkpoints", "covidmaps:risk_areas")
                .replace("TMP", "covidmaps:checkpoints");
        assertEquals(List.of("layers or their order differ"), english(groups.differences(group, Json.parse(swapped))));
        String styled = stored.replace("[\"\",\"\"]", "[\"\",{\"name\":\"point\"}]");
        assertEquals(List.of("styles are not the layers' defaults"), english(groups.differences(group, Json.parse(styled))));
        DesiredGroup single = new DesiredGroup("covidmaps", "Bản đồ", "Tóm tắt", List.of("checkpoints"));
        String one = stored.replace("{\"@type\":\"layer\",\"name\":\"covidmaps:risk_areas\"},", "").replace("[\"\",\"\"]", "\"\"");
        assertEquals(List.of(), english(groups.differences(single, Json.parse(one))));
    }

    @Test
    void stylesIgnoreLineEndingsOnly() {
        String sld = "<StyledLayerDescriptor version=\"1.0.0\">\n  <Name>a</Name>\n</StyledLayerDescriptor>\n";
        assertTrue(StyleClient.same(sld, sld.replace("\n", "\r\n")));
        assertFalse(StyleClient.same(sld, sld.replace("<Name>a", "<Name>b")));
    }

    @Test
    void boxesCompareWithinSinglePrecisionAndEmptyBoxesAreNone() {
        Bbox box = new Bbox(106.65, 21.853, 106.9, 22.05);
        assertTrue(box.sameAs(new Bbox(106.650001, 21.853, 106.9, 22.050002)));
        assertFalse(box.sameAs(new Bbox(106.65, 21.853, 106.9, 22.06)));
        assertTrue(Bbox.of(Json.parse("{\"minx\":0,\"maxx\":-1,\"miny\":0,\"maxy\":-1,\"crs\":\"EPSG:4326\"}")).isEmpty());
        assertEquals(new Bbox(106.0, 21.0, 107.0, 22.5),
                Bbox.union(List.of(new Bbox(106.0, 21.5, 106.5, 22.5), new Bbox(106.2, 21.0, 107.0, 22.0))).orElseThrow());
    }

    @Test
    void jettyErrorPagesAreReducedToTheirMessage() {
        String page = "<html>\n<head>\n<title>Error 404 Service does not exist for workspace x</title>\n</head>\n<body>"
                + "<table>\n<tr><th>MESSAGE:</th><td>Service does not exist for workspace x</td></tr>\n</table></body></html>";
        assertEquals("Service does not exist for workspace x", ServerMessage.of(page));
        assertEquals("No such workspace: 'x' found", ServerMessage.of("No such workspace: 'x' found\n"));
        assertTrue(ServerMessage.of("x".repeat(1000)).length() < 310);
    }
}
