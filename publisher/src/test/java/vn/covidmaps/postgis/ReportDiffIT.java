package vn.covidmaps.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.Publisher;

/** The two sample reports compared in the real PostGIS, layer by layer, rows matched by each layer's key. */
class ReportDiffIT {
    private static final Path JUNE_1 = Path.of("publisher/sample/bao-cao-2021-06-01");
    private static final Path JUNE_8 = Path.of("publisher/sample/bao-cao-2021-06-08.xlsx");
    private static final LocalDate D1 = LocalDate.of(2021, 6, 1);
    private static final LocalDate D8 = LocalDate.of(2021, 6, 8);
    private static final String SCHEMA = "it_diff_" + ProcessHandle.current().pid();
    private final Settings settings = TestDatabase.settings(SCHEMA);
    private Publisher publisher;

    @BeforeEach
    void load() throws SQLException {
        TestDatabase.dropSchemas(settings);
        publisher = new Publisher(settings);
        publisher.publish(List.of(JUNE_1), D1, false, true);
        publisher.publish(List.of(JUNE_8), D8, false, true);
    }

    @AfterEach
    void drop() throws SQLException {
        TestDatabase.dropSchemas(settings);
    }

    private Map<String, LayerDiff> diff(LocalDate date, LocalDate against) throws SQLException {
        try (Connection db = new Database(settings).connect()) {
            return new ReportDiff(SCHEMA, publisher.catalog()).loaded(db, date, against).stream()
                    .collect(Collectors.toMap(LayerDiff::layer, Function.identity()));
        }
    }

    @Test
    void theEighthAgainstTheFirstNamesCasesLevelsOccupancyAndZones() throws SQLException {
        Map<String, LayerDiff> diff = diff(D8, D1);

        LayerDiff cases = diff.get("patient_homes");
        assertEquals(130 - 100, cases.added().size() - cases.removed().size(), "the case count grows from 100 to 130");
        assertTrue(cases.added().stream().allMatch(code -> code.startsWith("BN")), cases.added().toString());

        LayerDiff.RowChange caoLoc = diff.get("risk_areas").changed().stream()
                .filter(c -> c.row().equals("Huyện Cao Lộc")).findFirst().orElseThrow(() -> new AssertionError(diff.get("risk_areas")));
        assertEquals(List.of(new LayerDiff.ValueChange("risk_level_label", "Cấp độ dịch (tên)", true, "Nguy cơ", "Nguy cơ cao")), caoLoc.values(),
                "a unit is named, not coded, and its level is shown by name only");

        LayerDiff.RowChange facility = diff.get("quarantine_facilities").changed().stream()
                .filter(c -> c.row().equals("Khu cách ly tập trung Trường Cao đẳng Y tế Lạng Sơn")).findFirst().orElseThrow();
        assertEquals(List.of(new LayerDiff.ValueChange("in_quarantine", "Đang cách ly", false, "214", "187")), facility.values());

        LayerDiff.RowChange closed = diff.get("isolation_zones").changed().stream()
                .filter(c -> c.row().contains("Trần Quang Khải")).findFirst().orElseThrow();
        assertEquals("04/06/2021", closed.values().get(0).after(), "the zone's end date appears");
        assertTrue(diff.get("risk_areas").changed().stream().flatMap(c -> c.values().stream()).noneMatch(v -> v.attribute().equals("assessed_on")),
                "a new assessment date alone is no news");
    }

    @Test
    void aDateAgainstItselfChangesNothingAndAgainstNothingEverythingIsNew() throws SQLException {
        assertTrue(diff(D8, D8).values().stream().allMatch(LayerDiff::isEmpty));
        Map<String, LayerDiff> first = diff(D1, null);
        assertEquals(100, first.get("patient_homes").added().size());
        assertTrue(first.values().stream().allMatch(d -> d.removed().isEmpty() && d.changed().isEmpty()));
        // a first report is read from its side alone; a date with no rows against it goes through the paired query:
        // both must name the same rows, with their dates as the operator reads them, in the same order
        Map<String, LayerDiff> gone = diff(LocalDate.of(2021, 5, 1), D1);
        first.forEach((layer, added) -> assertEquals(added.added(), gone.get(layer).removed(), layer));
        assertTrue(first.get("isolation_zones").added().stream().anyMatch(row -> row.matches(".*\\d\\d/\\d\\d/\\d{4}.*")),
                first.get("isolation_zones").added().toString());
        try (Connection db = new Database(settings).connect()) {
            assertEquals(D1, ReportDiff.previous(db, settings.get(Setting.DB_META_SCHEMA), D8).orElseThrow());
            assertTrue(ReportDiff.previous(db, settings.get(Setting.DB_META_SCHEMA), D1).isEmpty());
        }
    }
}
