package vn.covidmaps.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * What GeoServer's WMS capabilities say about the published map: the report dates its layers can be
 * shown at (the TIME dimension values, oldest first) and the layer group's extent in longitude/latitude.
 */
public record PublishedMap(List<LocalDate> reportDates, double west, double south, double east, double north) {

    public PublishedMap {
        reportDates = List.copyOf(reportDates);
    }

    public LocalDate latest() {
        return reportDates.get(reportDates.size() - 1);
    }
}
