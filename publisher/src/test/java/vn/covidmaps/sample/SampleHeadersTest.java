package vn.covidmaps.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.GeometryDefinition;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.layer.PersonalData;
import vn.covidmaps.text.TextKey;

/** The sample's headers line up with the aliases in {@code layers/*.yaml}, one header per column. */
class SampleHeadersTest {
    private final LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));

    @Test
    void everyLayerFindsItsSheetAndEachDeclaredColumnAtMostOnce() throws IOException {
        for (SampleReportTest.Report report : List.of(SampleReportTest.JUNE_1, SampleReportTest.JUNE_8)) {
            for (LayerDefinition layer : catalog.layers()) {
                SampleCsv sheet = report.sheet(sheetOf(layer));
                for (ColumnDefinition column : layer.columns()) {
                    long matches = count(sheet.header(), column.headers());
                    assertTrue(matches <= 1, layer.name() + "." + column.name() + " matched " + matches + " headers");
                    assertEquals(1, matches, layer.name() + "." + column.name() + " is in the sample");
                }
                assertGeometryHeadersPresent(layer, sheet.header());
            }
        }
    }

    @Test
    void theCaseSheetCarriesFourPersonalColumnsThatNoLayerPublishes() throws IOException {
        List<String> header = SampleReportTest.JUNE_8.sheet("Ca bệnh").header();
        List<String> personal = header.stream().filter(PersonalData::isPersonalHeader).toList();
        assertEquals(List.of("Họ tên", "Năm sinh", "Số điện thoại", "CCCD/CMND"), personal);
        for (LayerDefinition layer : catalog.layers()) {
            for (ColumnDefinition column : layer.columns()) {
                assertFalse(column.headers().stream().anyMatch(PersonalData::isPersonalHeader), layer.name());
            }
        }
    }

    private static void assertGeometryHeadersPresent(LayerDefinition layer, List<String> header) {
        GeometryDefinition g = layer.geometry();
        String where = layer.name();
        switch (g.type()) {
            case POINT -> {
                assertEquals(1, count(header, g.latitudeHeaders()), where + " latitude");
                assertEquals(1, count(header, g.longitudeHeaders()), where + " longitude");
            }
            case AREA -> {
                assertEquals(1, count(header, g.boundaryHeaders()), where + " boundary");
                assertEquals(1, count(header, g.radiusHeaders()), where + " radius");
                assertEquals(1, count(header, g.latitudeHeaders()), where + " centre latitude");
            }
            case ADMIN_UNIT -> {
                assertEquals(1, count(header, g.codeHeaders()), where + " code");
                assertEquals(1, count(header, g.districtHeaders()), where + " district");
                assertEquals(0, count(header, g.communeHeaders()), where + " no commune rows");
            }
        }
    }

    private String sheetOf(LayerDefinition layer) {
        return SampleCsv.SHEETS.stream()
                .filter(s -> count(List.of(s), layer.source().allNames()) == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no sample sheet for " + layer.name()));
    }

    private static long count(List<String> header, List<String> aliases) {
        List<String> keys = aliases.stream().map(TextKey::of).toList();
        return header.stream().filter(h -> keys.contains(TextKey.of(h))).count();
    }
}
