package vn.covidmaps.geoserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.covidmaps.config.Setting;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/**
 * The report dates of the layer tables, read the way GeoServer's TIME dimension sees them (distinct report_date).
 * Each table is walked date by date along its report_date index, a few index probes per date instead of a scan of
 * every row.
 */
public final class PostgisReportDates implements ReportDates {
    private final Connection connection;
    private final String schema;
    private final List<String> layers;

    public PostgisReportDates(Connection connection, String schema, List<String> layers) {
        this.connection = connection;
        this.schema = Names.sql(Setting.DB_SCHEMA, schema);
        this.layers = List.copyOf(layers);
    }

    @Override
    public List<String> all() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String layer : layers) {
            if (LayerTableLookup.exists(connection, schema, layer)) {
                dates.addAll(datesOf(layer));
            }
        }
        List<String> text = new ArrayList<>();
        dates.forEach(d -> text.add(d.toString()));
        return text;
    }

    private List<LocalDate> datesOf(String layer) {
        String table = Names.quoted(Setting.DB_SCHEMA, schema) + "." + Names.quoted(Names.LAYER, layer);
        String sql = """
                WITH RECURSIVE d(day) AS (
                    SELECT min(report_date) FROM %1$s
                    UNION ALL
                    SELECT (SELECT min(report_date) FROM %1$s WHERE report_date > d.day) FROM d WHERE d.day IS NOT NULL
                )
                SELECT day FROM d WHERE day IS NOT NULL
                """.formatted(table);
        List<LocalDate> dates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                dates.add(rows.getObject(1, LocalDate.class));
            }
            return dates;
        } catch (SQLException e) {
            throw new CovidMapsException(ErrorCode.DATABASE, Text.of("database.reportDates", schema + "." + layer, e.getMessage()), e);
        }
    }
}
