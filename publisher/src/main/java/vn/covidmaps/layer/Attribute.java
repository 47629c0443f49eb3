package vn.covidmaps.layer;

/**
 * A published attribute: one column of the layer's PostGIS table, as GeoServer will serve it.
 *
 * @param name    column name (ASCII snake_case)
 * @param title   Vietnamese title for legends, popups and WFS
 * @param sqlType PostgreSQL type
 */
public record Attribute(String name, String title, String sqlType) {
}
