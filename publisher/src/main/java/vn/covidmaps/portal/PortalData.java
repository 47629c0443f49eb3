package vn.covidmaps.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import vn.covidmaps.postgis.Identifiers;

/**
 * What the page lists for one report date, read from the published tables: the places cases visited within
 * 14 days (the {@code visited_recent} layer, one entry per place), the report's summary and its active isolation
 * zones, each place and zone marked new when the previous report did not have it. Written as a GeoJSON
 * FeatureCollection of the places with {@code summary} and {@code zones} beside the features. Nothing about a
 * person is in it: places carry only how many cases visited them.
 */
final class PortalData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String schema;

    PortalData(String schema) {
        this.schema = schema;
    }

    /** @param previous the report before {@code date}, or null when it is the first */
    ObjectNode read(Connection db, LocalDate date, LocalDate previous) throws SQLException {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("reportDate", date.toString());
        collection.put("previousReportDate", previous == null ? null : previous.toString());
        collection.set("features", places(db, date, previous));
        collection.set("summary", summary(db, date, previous));
        collection.set("zones", zones(db, date, previous));
        return collection;
    }

    private ArrayNode places(Connection db, LocalDate date, LocalDate previous) throws SQLException {
        String sql = """
                select v.place_name, v.address, min(v.visited_from) as first_day,
                       max(coalesce(v.visited_to, v.visited_from)) as last_day, count(distinct v.case_code) as cases,
                       ST_X(ST_PointOnSurface(ST_Collect(v.geom))) as lon, ST_Y(ST_PointOnSurface(ST_Collect(v.geom))) as lat,
                       ?::date is not null and not exists (select 1 from %1$s p where p.report_date = ?::date
                           and p.place_name = v.place_name and p.address is not distinct from v.address) as is_new
                from %1$s v where v.report_date = ?
                group by v.place_name, v.address
                order by last_day desc, v.place_name, v.address
                """.formatted(table("visited_recent"));
        ArrayNode features = JSON.createArrayNode();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, previous, previous, date);
            try (ResultSet rows = query.executeQuery()) {
                int id = 0;
                while (rows.next()) {
                    ObjectNode feature = features.addObject();
                    feature.put("type", "Feature");
                    feature.put("id", ++id);
                    ObjectNode geometry = feature.putObject("geometry");
                    geometry.put("type", "Point");
                    geometry.putArray("coordinates").add(round(rows.getDouble("lon"))).add(round(rows.getDouble("lat")));
                    ObjectNode properties = feature.putObject("properties");
                    properties.put("name", rows.getString("place_name"));
                    properties.put("address", rows.getString("address"));
                    properties.put("firstDay", rows.getDate("first_day").toString());
                    properties.put("lastDay", rows.getDate("last_day").toString());
                    properties.put("cases", rows.getInt("cases"));
                    properties.put("new", rows.getBoolean("is_new"));
                }
            }
        }
        return features;
    }

    private ObjectNode summary(Connection db, LocalDate date, LocalDate previous) throws SQLException {
        ObjectNode summary = JSON.createObjectNode();
        String cases = """
                select count(*) as cases,
                       count(*) filter (where not exists (select 1 from %1$s p where p.report_date = ?::date
                           and p.case_code = h.case_code)) as new_cases
                from %1$s h where h.report_date = ?
                """.formatted(table("patient_homes"));
        try (PreparedStatement query = db.prepareStatement(cases)) {
            bind(query, previous, date);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                summary.put("cases", rows.getInt("cases"));
                if (previous == null) {
                    summary.putNull("newCases");
                } else {
                    summary.put("newCases", rows.getInt("new_cases"));
                }
            }
        }
        summary.set("facilities", facilities(db, date));
        summary.set("districtsByRiskLevel", riskLevels(db, date));
        return summary;
    }

    private ArrayNode facilities(Connection db, LocalDate date) throws SQLException {
        String sql = "select facility_name, capacity, in_quarantine from %s where report_date = ? order by facility_name"
                .formatted(table("quarantine_facilities"));
        ArrayNode facilities = JSON.createArrayNode();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, date);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ObjectNode facility = facilities.addObject();
                    facility.put("name", rows.getString("facility_name"));
                    putNumber(facility, "capacity", rows, "capacity");
                    putNumber(facility, "inQuarantine", rows, "in_quarantine");
                }
            }
        }
        return facilities;
    }

    /** Level number → how many districts (huyện) the report puts at that level; communes are not counted here. */
    private ObjectNode riskLevels(Connection db, LocalDate date) throws SQLException {
        String sql = """
                select risk_level, min(risk_level_label) as label, count(*) as districts from %s
                where report_date = ? and unit_level = 'huyện' group by risk_level order by risk_level
                """.formatted(table("risk_areas"));
        ObjectNode levels = JSON.createObjectNode();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, date);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ObjectNode level = levels.putObject(rows.getString("risk_level"));
                    level.put("label", rows.getString("label"));
                    level.put("districts", rows.getInt("districts"));
                }
            }
        }
        return levels;
    }

    /** Zones in force on the report date: started on or before it, not ended before it. */
    private ArrayNode zones(Connection db, LocalDate date, LocalDate previous) throws SQLException {
        String sql = """
                select z.zone_name, z.active_from, z.active_to,
                       ST_XMin(z.geom) as west, ST_YMin(z.geom) as south, ST_XMax(z.geom) as east, ST_YMax(z.geom) as north,
                       ?::date is not null and not exists (select 1 from %1$s p where p.report_date = ?::date
                           and p.zone_name = z.zone_name) as is_new
                from %1$s z
                where z.report_date = ? and z.active_from <= ? and (z.active_to is null or z.active_to >= ?)
                order by z.active_from desc, z.zone_name
                """.formatted(table("isolation_zones"));
        ArrayNode zones = JSON.createArrayNode();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, previous, previous, date, date, date);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ObjectNode zone = zones.addObject();
                    zone.put("name", rows.getString("zone_name"));
                    zone.put("from", rows.getDate("active_from").toString());
                    Date to = rows.getDate("active_to");
                    zone.put("to", to == null ? null : to.toString());
                    zone.putArray("bounds").add(round(rows.getDouble("south"))).add(round(rows.getDouble("west")))
                            .add(round(rows.getDouble("north"))).add(round(rows.getDouble("east")));
                    zone.put("new", rows.getBoolean("is_new"));
                }
            }
        }
        return zones;
    }

    private String table(String layer) {
        return Identifiers.qualified(schema, layer);
    }

    private static void bind(PreparedStatement query, LocalDate... dates) throws SQLException {
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                query.setNull(i + 1, Types.DATE);
            } else {
                query.setObject(i + 1, dates[i]);
            }
        }
    }

    private static void putNumber(ObjectNode node, String field, ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        if (rows.wasNull()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /** Six decimals, about 10 cm: enough for a place, and a smaller file. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
