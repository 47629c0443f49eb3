package vn.covidmaps.ingest;

import java.time.LocalDate;
import vn.covidmaps.geometry.AdminBoundaries;
import vn.covidmaps.geometry.AdminUnits;
import vn.covidmaps.geometry.CoordinateParser;
import vn.covidmaps.geometry.ProvinceArea;
import vn.covidmaps.privacy.PrivacyKey;

/**
 * What parsing a report needs besides the workbook: its date, the geometry services configured, and the
 * key that places the areas of generalised layers. {@code provinces} may be null (no check that points
 * lie in the reporting provinces).
 */
public record IngestContext(LocalDate reportDate, CoordinateParser coordinates, AdminUnits units, AdminBoundaries boundaries,
                            ProvinceArea provinces, PrivacyKey privacyKey) {

    /** For reading that publishes nothing: areas are drawn with a throw-away key. */
    public IngestContext(LocalDate reportDate, CoordinateParser coordinates, AdminUnits units, AdminBoundaries boundaries,
                         ProvinceArea provinces) {
        this(reportDate, coordinates, units, boundaries, provinces, PrivacyKey.throwaway());
    }

    /** Dates before the first COVID-19 cases are typing mistakes (e.g. 2012 for 2021). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2019, 12, 1);
}
