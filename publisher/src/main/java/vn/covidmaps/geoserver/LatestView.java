package vn.covidmaps.geoserver;

import java.util.ArrayList;
import java.util.List;
import vn.covidmaps.config.Setting;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerDefinition;

/**
 * The SQL of a layer's {@code <layer>_latest} WFS view: the rows of the latest report, declared so that
 * analysts' tools read them right.
 * <ul>
 *   <li>Dates are served as midnight UTC timestamps. GeoServer writes a {@code date} as xsd:date
 *       ({@code 2021-05-18Z}), which QGIS 3.22's WFS provider keeps as text; an xsd:dateTime
 *       ({@code 2021-05-18T00:00:00Z}) becomes a QDateTime. {@code at time zone 'UTC'} makes it an
 *       instant, so GeoServer's own time zone cannot shift the day.</li>
 *   <li>{@code longitude} and {@code latitude} columns (of a point inside an area), so that a CSV
 *       download opens in a spreadsheet with its position in two plain columns.</li>
 * </ul>
 */
final class LatestView {
    static final String LONGITUDE = "longitude";
    static final String LATITUDE = "latitude";

    private LatestView() {
    }

    static String sql(String schema, LayerDefinition layer) {
        String table = Names.quoted(Setting.DB_SCHEMA, schema) + "." + Names.quoted(Names.LAYER, layer.name());
        String time = Names.quoted(Names.COLUMN, PublicationModel.TIME_ATTRIBUTE);
        List<String> columns = new ArrayList<>(List.of("\"fid\"", asTimestamp(PublicationModel.TIME_ATTRIBUTE)));
        for (Attribute attribute : layer.attributes()) {
            columns.add(attribute.sqlType().equals("date") ? asTimestamp(attribute.name()) : Names.quoted(Names.COLUMN, attribute.name()));
        }
        // a generalised layer stores areas: its point is one inside the area, never the home
        String point = layer.publishedGeometryType().equals("Point") ? "\"geom\"" : "ST_PointOnSurface(\"geom\")";
        columns.add("ST_X(" + point + ") as \"" + LONGITUDE + "\"");
        columns.add("ST_Y(" + point + ") as \"" + LATITUDE + "\"");
        columns.add("\"geom\"");
        return "select " + String.join(", ", columns) + " from " + table + " where " + time
                + " = (select max(" + time + ") from " + table + ")";
    }

    private static String asTimestamp(String column) {
        String quoted = Names.quoted(Names.COLUMN, column);
        return "(" + quoted + "::timestamp at time zone 'UTC') as " + quoted;
    }
}
