package vn.covidmaps.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * What GeoServer's WMS capabilities say about the published map: the report dates its layers can be
 * shown at (the TIME dimension values, oldest first), the layer group's extent in longitude/latitude, and the
 * base map group's extent as [[south, west], [north, east]] (null when GeoServer does not offer one).
 */
public record PublishedMap(List<LocalDate> reportDates, double west, double south, double east, double north,
        double[][] baseMapBounds) {

    public PublishedMap {
        reportDates = List.copyOf(reportDates);
    }

    /** [[south, west], [north, east]], as Leaflet takes it. */
    public double[][] bounds() {
        return new double[][] {{south, west}, {north, east}};
    }

    public LocalDate latest() {
        return reportDates.get(reportDates.size() - 1);
    }
}
