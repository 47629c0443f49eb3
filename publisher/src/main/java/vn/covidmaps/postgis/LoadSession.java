package vn.covidmaps.postgis;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.ingest.FeatureSink;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;

/**
 * One report being loaded while its workbook is still being read. Each layer's rows stream into a
 * staging table of their own ({@link StagingTable}), on a connection of their own, so PostgreSQL works
 * on them while the reader works on the next rows; a layer is indexed as soon as its sheet is done.
 * Nothing is visible to readers until {@link #commit}, which swaps every staging table in as its
 * date's partition in one short transaction. Closing without it drops the staging tables, which is what
 * happens when the report turns out to have errors.
 */
public final class LoadSession implements FeatureSink, AutoCloseable {
    private final Database database;
    /** Holds the schema's publisher lock for the whole load, and runs the final swap. */
    private final Connection db;
    private final String stagingSchema;
    private final LocalDate reportDate;
    private final Map<String, LayerTable> tables;
    private final ReportLog log;
    private final Text failure;
    /** Every layer's staging table, opened on another thread as the session starts, so no sheet waits for one. */
    private final Map<String, CompletableFuture<StagingTable>> opening = new LinkedHashMap<>();
    private final Map<String, StagingTable> staged = new LinkedHashMap<>();
    private final List<StagingTable> sheet = new ArrayList<>();
    /** Opens the staging tables ahead of the reading, then builds indexes beside it: two layers' at a time, as on two cores. */
    private final ExecutorService background = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "staging-tables");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> indexed = new ArrayList<>();
    private boolean committed;

    LoadSession(Database database, Connection db, String stagingSchema, LocalDate reportDate, Map<String, LayerTable> tables, ReportLog log) {
        this.database = database;
        this.db = db;
        this.stagingSchema = stagingSchema;
        this.reportDate = reportDate;
        this.tables = tables;
        this.log = log;
        this.failure = Text.of("database.load", reportDate);
        for (LayerTable table : tables.values()) {
            opening.put(table.name(), CompletableFuture.supplyAsync(() -> open(table), background));
        }
    }

    private StagingTable open(LayerTable table) {
        try {
            return new StagingTable(database, table, stagingSchema, reportDate);
        } catch (SQLException e) {
            throw new DatabaseException(failure, e);
        }
    }

    /** The layer's staging table once it is open, with the failure to open it as it was thrown. */
    private StagingTable staging(String layer) {
        StagingTable table = staged.get(layer);
        if (table == null) {
            try {
                table = opening.get(layer).join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            staged.put(layer, table);
        }
        return table;
    }

    @Override
    public void accept(LayerDefinition layer, Object[] values, Geometry geometry) {
        try {
            StagingTable table = staged.get(layer.name());
            if (table == null) {
                table = staging(layer.name());
                sheet.add(table);
            }
            table.write(values, geometry);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Ends the COPY of each layer the sheet fed, and indexes them while the next sheet is read. */
    @Override
    public void sheetDone() {
        try {
            for (StagingTable table : sheet) {
                table.endCopy();
                indexed.add(background.submit(() -> {
                    table.index();
                    return null;
                }));
            }
            sheet.clear();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * Waits for the indexes, then in one transaction brings the tables in line with the layer files,
     * replaces each layer's partition of the date with its staging table, and records the report.
     */
    public Map<String, Long> commit(String fingerprint) {
        try {
            awaitStaged();
            db.setAutoCommit(false);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (LayerTable table : tables.values()) {
                table.apply(db, table.inspect(db));
                table.dropPartition(db, reportDate);
                table.swapIn(db, stagingSchema, reportDate);
                counts.put(table.name(), staged.get(table.name()).count());
            }
            log.record(db, reportDate, fingerprint, counts);
            new AuditLog(stagingSchema).append(db, AuditLog.Action.PUBLISH, reportDate, fingerprint, counts.toString());
            log.markPending(db, counts.keySet());
            db.commit();
            committed = true;
            return Collections.unmodifiableMap(counts);
        } catch (SQLException e) {
            throw new DatabaseException(failure, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw new DatabaseException(failure, sql);
            }
            throw new DatabaseException(DatabaseException.because(failure, String.valueOf(e.getCause())), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(DatabaseException.because(failure, Text.of("database.interrupted")), e);
        }
    }

    /**
     * What the staged report changes against the loaded report of {@code against} (null: against
     * nothing), before anything is swapped in: what {@code plan} shows and {@code publish} is about to do.
     */
    public List<LayerDiff> diff(ReportDiff diff, LocalDate against) {
        try {
            awaitStaged();
            List<LayerDiff> layers = new ArrayList<>();
            // a transaction of its own, read only, so that the driver fetches the rows in batches (a cursor)
            boolean autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            try {
                for (LayerTable table : tables.values()) {
                    layers.add(diff.layer(db, table, Identifiers.qualified(stagingSchema, table.stagingName()), reportDate, against));
                }
            } finally {
                if (autoCommit) {
                    db.rollback();
                    db.setAutoCommit(true);
                }
            }
            return layers;
        } catch (SQLException e) {
            throw new DatabaseException(against == null ? Text.of("database.compareFirst", reportDate)
                    : Text.of("database.compare", reportDate, against), e);
        } catch (ExecutionException e) {
            throw new DatabaseException(DatabaseException.because(failure, String.valueOf(e.getCause())), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(DatabaseException.because(failure, Text.of("database.interrupted")), e);
        }
    }

    /** The latest loaded report before this one's date: what it is compared with. */
    public java.util.Optional<LocalDate> previousReport() {
        try {
            return ReportDiff.previous(db, stagingSchema, reportDate);
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readLoaded"), e);
        }
    }

    /** Every layer staged (an empty one for a layer the report has no rows for), copied, indexed and committed. */
    private void awaitStaged() throws ExecutionException, InterruptedException {
        for (String layer : tables.keySet()) {
            if (!staged.containsKey(layer)) {
                sheet.add(staging(layer)); // no rows in this report: its date gets an empty partition
            }
        }
        sheetDone();
        for (Future<?> index : indexed) {
            index.get();
        }
        indexed.clear();
    }

    @Override
    public void close() {
        for (CompletableFuture<StagingTable> table : opening.values()) {
            try {
                table.join().abandon();
            } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
                // it never opened: nothing to give up
            }
        }
        background.shutdownNow();
        try {
            if (!db.getAutoCommit()) {
                db.rollback();
                db.setAutoCommit(true);
            }
            if (!committed) {
                dropStaging(db, stagingSchema, tables.values()); // those already indexed and committed
            }
        } catch (SQLException ignored) {
            // left-overs are dropped by the next load, under the same lock
        } finally {
            try {
                db.close(); // also releases the publisher lock
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }

    /** Drops the staging tables of these layers, left by a load that did not finish. */
    static void dropStaging(Connection db, String stagingSchema, Iterable<LayerTable> tables) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (LayerTable table : tables) {
                sql.execute("DROP TABLE IF EXISTS " + Identifiers.qualified(stagingSchema, table.stagingName()));
            }
        }
    }

    private DatabaseException failed(IOException e) {
        // PgJDBC reports a COPY refused by the server as an IOException around the SQLException
        if (e.getCause() instanceof SQLException sql) {
            return new DatabaseException(failure, sql);
        }
        return new DatabaseException(DatabaseException.because(failure, String.valueOf(e.getMessage())), e);
    }
}
