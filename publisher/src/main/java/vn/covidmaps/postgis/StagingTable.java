package vn.covidmaps.postgis;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.covidmaps.layer.Attribute;

/**
 * One layer's rows of one report, COPYed on a connection of its own into a stand-alone table in the
 * bookkeeping schema, which GeoServer cannot read. Indexed once loaded, it waits there to be swapped in
 * as the partition of its date. Each layer having its own connection, the two layers of the itinerary
 * load side by side, and one layer's indexes are built while the next sheet is read.
 */
final class StagingTable {
    private static final int BUFFER = 1 << 16;

    private final LayerTable table;
    private final String schema;
    private final LocalDate reportDate;
    private final Connection db;
    private final PGCopyOutputStream copy;
    private final CopyRows rows;

    StagingTable(Database database, LayerTable table, String schema, LocalDate reportDate) throws SQLException {
        this.table = table;
        this.schema = schema;
        this.reportDate = reportDate;
        this.db = database.connect();
        try {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                // the swap's own commit flushes the staging tables' WAL with it, so theirs need not wait for the disk
                sql.execute("SET LOCAL synchronous_commit = off");
                sql.execute(table.createStaging(schema, reportDate));
            }
            this.copy = new PGCopyOutputStream(db.unwrap(PGConnection.class), copyCommand(), BUFFER);
            this.rows = new CopyRows(copy, reportDate);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    void write(Object[] values, Geometry geometry) throws IOException {
        rows.write(values, geometry);
    }

    long count() {
        return rows.count();
    }

    /** Ends the COPY: PostgreSQL reports a refused row here at the latest. */
    void endCopy() throws IOException {
        rows.close();
    }

    /** Builds the key and indexes and commits: the table stays, unseen, until it is swapped in. */
    void index() throws SQLException {
        try (db; Statement sql = db.createStatement()) {
            sql.execute(table.indexStaging(schema, reportDate));
            db.commit();
        }
    }

    /** Gives up this load: an open COPY is cancelled and the table is rolled back with it. */
    void abandon() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // closing the connection below ends the COPY on the server all the same
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }

    private String copyCommand() {
        StringBuilder columns = new StringBuilder(LayerTable.FID).append(", ").append(LayerTable.REPORT_DATE);
        for (Attribute attribute : table.layer().attributes()) {
            columns.append(", ").append(Identifiers.quote(attribute.name()));
        }
        return "COPY " + Identifiers.qualified(schema, table.stagingName()) + " (" + columns + ", " + LayerTable.GEOMETRY + ") FROM STDIN";
    }
}
