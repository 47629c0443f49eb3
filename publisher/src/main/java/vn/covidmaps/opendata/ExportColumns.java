package vn.covidmaps.opendata;

import java.util.ArrayList;
import java.util.List;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerDefinition;

/**
 * The columns of a layer's open-data files: {@code fid}, {@code report_date} and the attributes listed under
 * {@code publish:} in its layer file, exactly what GeoServer serves, then the position in two columns.
 */
final class ExportColumns {
    static final String LONGITUDE = "longitude";
    static final String LATITUDE = "latitude";

    private ExportColumns() {
    }

    /** Every column name, as in the CSV header. */
    static List<String> names(LayerDefinition layer) {
        List<String> names = new ArrayList<>(List.of("fid", "report_date"));
        layer.attributes().stream().map(Attribute::name).forEach(names::add);
        names.add(LONGITUDE);
        names.add(LATITUDE);
        return names;
    }

    static boolean isDate(Attribute attribute) {
        return attribute.sqlType().equals("date");
    }

    static boolean isWholeNumber(Attribute attribute) {
        return attribute.sqlType().equals("integer") || attribute.sqlType().equals("smallint") || attribute.sqlType().equals("bigint");
    }

    static boolean isDecimal(Attribute attribute) {
        return attribute.sqlType().equals("double precision") || attribute.sqlType().equals("numeric");
    }
}
