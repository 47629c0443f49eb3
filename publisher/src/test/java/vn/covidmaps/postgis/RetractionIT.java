package vn.covidmaps.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.RemovedReports;

/**
 * Retracting a report date in the real PostGIS, the audit trail it leaves, and publishing the date again; a purge is
 * the same removal of every older date, audited the same way.
 */
class RetractionIT {
    private static final Path JUNE_1 = Path.of("publisher/sample/bao-cao-2021-06-01");
    private static final Path JUNE_8 = Path.of("publisher/sample/bao-cao-2021-06-08.xlsx");
    private static final LocalDate D1 = LocalDate.of(2021, 6, 1);
    private static final LocalDate D8 = LocalDate.of(2021, 6, 8);
    private static final String SCHEMA = "it_retract_" + ProcessHandle.current().pid();
    private final Settings settings = TestDatabase.settings(SCHEMA);
    private final String meta = settings.get(Setting.DB_META_SCHEMA);
    private Publisher publisher;
    private PublishResult.Loaded june8;

    @BeforeEach
    void load() throws SQLException {
        TestDatabase.dropSchemas(settings);
        publisher = new Publisher(settings);
        publisher.publish(List.of(JUNE_1), D1, false, true);
        june8 = (PublishResult.Loaded) publisher.publish(List.of(JUNE_8), D8, false, true);
    }

    @AfterEach
    void drop() throws SQLException {
        TestDatabase.dropSchemas(settings);
    }

    @Test
    void withoutApplyingNothingChangesAndThePlanNamesRowsAndTheFallback() throws SQLException {
        RemovedReports plan = publisher.retract(D8, false, true).removed();
        assertEquals(june8.loaded(), plan.rows());
        assertEquals(D1, plan.fallback().orElseThrow());
        assertEquals(Set.of(D8), plan.reportDates());
        assertFalse(plan.deleted());
        assertEquals(june8.loaded().get("patient_homes"), rows("patient_homes", D8), "planning changes nothing");
    }

    @Test
    void retractRemovesTheDateEverywhereIsAuditedAndPublishingAgainConverges() throws SQLException {
        RemovedReports done = publisher.retract(D8, true, true).removed();
        assertEquals(june8.loaded(), done.rows());
        for (String layer : june8.loaded().keySet()) {
            assertEquals(0, rows(layer, D8), layer);
            assertFalse(partitionExists(layer + "__20210608"), layer);
        }
        assertEquals(100, rows("patient_homes", D1), "the previous report is left alone");
        try (Connection db = new Database(settings).connect()) {
            assertEquals(june8.loaded().keySet(), new ReportLog(meta).pending(db), "GeoServer has every layer to refresh");
            List<ReportHistory.LoadedReport> reports = new ReportHistory(meta).reports(db);
            assertEquals(List.of(D1), reports.stream().map(ReportHistory.LoadedReport::reportDate).toList());
            assertEquals(AuditLog.currentUser(), reports.get(0).publishedBy());
            assertEquals(100L, reports.get(0).rows().get("patient_homes"));
            List<AuditLog.Entry> audit = new AuditLog(meta).latest(db, 10);
            assertEquals(List.of(AuditLog.Action.RETRACT, AuditLog.Action.PUBLISH, AuditLog.Action.PUBLISH),
                    audit.stream().map(AuditLog.Entry::action).toList());
            assertEquals(D8, audit.get(0).reportDate());
        }

        RemovedReports again = publisher.retract(D8, true, true).removed();
        assertFalse(again.any(), "a second retract finds nothing and changes nothing");

        PublishResult.Loaded republished = (PublishResult.Loaded) publisher.publish(List.of(JUNE_8), D8, false, true);
        assertEquals(DatabasePlan.Report.NEW, republished.report(), "the date is loaded afresh, not skipped as already loaded");
        assertEquals(june8.loaded(), republished.loaded());
        assertEquals(june8.loaded().get("patient_homes"), rows("patient_homes", D8));
    }

    @Test
    void purgeIsTheSameRemovalOfEveryOlderDateAndIsAuditedToo() throws SQLException {
        RemovedReports purged = publisher.purge(D8, true, true).removed();
        assertEquals(Set.of(D1), purged.reportDates());
        assertEquals(100L, purged.rows().get("patient_homes"));
        assertEquals(D8, purged.fallback().orElseThrow(), "the latest report stays the map's default");
        for (String layer : purged.layers()) {
            assertEquals(0, rows(layer, D1), layer);
            assertFalse(partitionExists(layer + "__20210601"), layer);
        }
        try (Connection db = new Database(settings).connect()) {
            assertEquals(purged.layers(), new ReportLog(meta).pending(db), "the layers that lost a date wait for GeoServer");
            List<AuditLog.Entry> audit = new AuditLog(meta).latest(db, 10);
            assertEquals(List.of(AuditLog.Action.PURGE, AuditLog.Action.PUBLISH, AuditLog.Action.PUBLISH),
                    audit.stream().map(AuditLog.Entry::action).toList());
            assertEquals(D1, audit.get(0).reportDate(), "the entry names the date that went");
            assertTrue(audit.get(0).detail().contains("patient_homes=100"), audit.get(0).detail());
            assertEquals(List.of(D8), new ReportHistory(meta).reports(db).stream().map(ReportHistory.LoadedReport::reportDate).toList());
        }
        assertFalse(publisher.purge(D8, true, true).removed().any(), "a second purge finds nothing");
    }

    private long rows(String layer, LocalDate date) throws SQLException {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + SCHEMA + "." + layer + " WHERE report_date = DATE '" + date + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private boolean partitionExists(String partition) throws SQLException {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT to_regclass('" + SCHEMA + "." + partition + "') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
