package vn.covidmaps.engine;

import java.util.List;
import vn.covidmaps.change.Change;

/** What publishing did on GeoServer, after the database. */
public sealed interface GeoServerOutcome {

    /** Not asked: {@code --database-only}, or the workbook had errors. */
    record NotAsked() implements GeoServerOutcome {
    }

    /**
     * GeoServer's database role and GeoServer itself were brought in line.
     *
     * @param readerRole         each part of the role that was checked
     * @param applied            the GeoServer resources written
     * @param boundsRecalculated feature types and groups whose bounding boxes were recalculated
     * @param tilesTruncated     layers whose cached tiles were deleted
     * @param writeRequests      POST/PUT/DELETE requests sent
     * @param seeding            the seeding of the latest tiles started in the background, null when none was
     */
    record Applied(List<Change> readerRole, List<Change> applied, List<String> boundsRecalculated,
                   List<String> tilesTruncated, int writeRequests, Seeding seeding) implements GeoServerOutcome {
    }

    /**
     * The report is loaded in PostGIS, but GeoServer (or its role) failed part-way. The layers stay
     * marked as pending in the database, so the next publish catches up.
     */
    record Failed(RuntimeException failure) implements GeoServerOutcome {
    }
}
