package vn.covidmaps.postgis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;
import vn.covidmaps.ingest.FeatureSink;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerDefinition;

/**
 * One report being loaded: an open transaction that receives rows while the workbook is still being
 * read, so that PostgreSQL works on one core while the reader works on the other. Rows go straight
 * into a COPY stream; one connection carries one COPY at a time, so when a sheet feeds two layers
 * with interleaved rows (the itinerary), the second layer is spooled to a private file and copied
 * when the sheet ends. Nothing is visible to readers until {@link #commit}; closing without it rolls
 * everything back, which is what happens when the report turns out to have errors.
 */
public final class LoadSession implements FeatureSink, AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Connection db;
    private final ReportLog log;
    private final LocalDate reportDate;
    private final String failure;
    private final List<LayerTable> created;
    private final Map<String, LayerTable> tables;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    /** Per layer of the current sheet, where its rows go. */
    private final Map<String, CopyRows> writers = new LinkedHashMap<>();
    /** The COPY under way on the connection, if any. */
    private PGCopyOutputStream streaming;
    private CopySpool spool;
    private boolean committed;

    LoadSession(Connection db, LocalDate reportDate, Map<String, LayerTable> tables, List<LayerTable> created, ReportLog log) {
        this.db = db;
        this.log = log;
        this.reportDate = reportDate;
        this.failure = "loading the report of " + reportDate + " failed, nothing was changed";
        this.tables = tables;
        this.created = created;
        tables.keySet().forEach(layer -> counts.put(layer, 0L));
    }

    @Override
    public void accept(LayerDefinition layer, Object[] values, Geometry geometry) {
        try {
            CopyRows out = writers.get(layer.name());
            if (out == null) {
                out = open(layer);
            }
            out.write(values, geometry);
            counts.merge(layer.name(), 1L, Long::sum);
        } catch (SQLException e) {
            throw new DatabaseException(failure, e);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The first layer of a sheet gets the connection's COPY stream; any other is spooled. */
    private CopyRows open(LayerDefinition layer) throws SQLException {
        CopyRows out;
        if (writers.isEmpty()) {
            streaming = new PGCopyOutputStream(db.unwrap(PGConnection.class), copyCommand(layer), BUFFER);
            out = new CopyRows(streaming, reportDate);
        } else {
            if (spool == null) {
                spool = new CopySpool(reportDate);
            }
            out = spool.writer(layer);
        }
        writers.put(layer.name(), out);
        return out;
    }

    @Override
    public void sheetDone() {
        try {
            CopyRows streamed = writers.values().stream().findFirst().orElse(null);
            if (streamed != null) {
                streamed.close(); // ends the COPY, where PostgreSQL reports a failed row
            }
            streaming = null;
            writers.clear();
            if (spool != null) {
                CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, Path> file : spool.finish().entrySet()) {
                    try (InputStream rows = Files.newInputStream(file.getValue())) {
                        copy.copyIn(copyCommand(tables.get(file.getKey()).layer()), rows, BUFFER);
                    }
                }
                spool.close();
                spool = null;
            }
        } catch (SQLException e) {
            throw new DatabaseException(failure, e);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Indexes the tables this load created, records the report and makes it all visible at once. */
    public Map<String, Long> commit(String fingerprint) {
        sheetDone();
        try {
            for (LayerTable table : created) {
                table.createIndexes(db);
            }
            log.record(db, reportDate, fingerprint, counts);
            log.markPending(db, counts.keySet());
            db.commit();
            committed = true;
            return Collections.unmodifiableMap(counts);
        } catch (SQLException e) {
            throw new DatabaseException(failure, e);
        }
    }

    @Override
    public void close() {
        try {
            if (spool != null) {
                spool.close();
            }
            if (streaming != null && streaming.isActive()) {
                streaming.cancelCopy(); // the report failed or had errors midway through a sheet
            }
            if (!committed) {
                db.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is closed below, which rolls back on the server all the same
        } finally {
            try {
                db.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }

    private String copyCommand(LayerDefinition layer) {
        StringBuilder columns = new StringBuilder(LayerTable.REPORT_DATE);
        for (Attribute attribute : layer.attributes()) {
            columns.append(", ").append(Identifiers.quote(attribute.name()));
        }
        return "COPY " + tables.get(layer.name()).qualifiedName() + " (" + columns + ", " + LayerTable.GEOMETRY + ") FROM STDIN";
    }

    private DatabaseException failed(IOException e) {
        // PgJDBC reports a COPY refused by the server as an IOException around the SQLException
        if (e.getCause() instanceof SQLException sql) {
            return new DatabaseException(failure, sql);
        }
        return new DatabaseException(failure + ": " + e.getMessage());
    }
}
