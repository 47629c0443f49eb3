package vn.covidmaps.opendata;

import java.time.LocalDate;
import java.util.List;

/**
 * One published row of a layer, as every open-data file gets it: only the columns GeoServer serves.
 *
 * @param values    the published attributes in the layer file's order (String, Integer/Long, Double, LocalDate or null)
 * @param wkb       the geometry as WKB (EPSG:4326, longitude first)
 * @param longitude of the point, or of a point inside the area
 * @param latitude  likewise
 */
record ExportRow(long fid, LocalDate reportDate, List<Object> values, byte[] wkb, double longitude, double latitude) {
}
