package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.covidmaps.config.Messages;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.layer.LayerDefinitionException;
import vn.covidmaps.text.Text;

/** A failure is printed from its error type alone: its text in the operator's language, then its details. */
class FailureHandlerTest {
    private static String print(Exception e, String language) {
        StringWriter err = new StringWriter();
        FailureHandler.report(e, Messages.of(language), new PrintWriter(err, true), false);
        return err.toString();
    }

    @Test
    void theLayerFilesProblemsAreListedUnderOneLine() {
        var e = new LayerDefinitionException(List.of(Text.plain("layers/a.yaml: no name"), Text.plain("layers/b.yaml: no geometry")));
        assertEquals("covidmaps: the layer definitions are not usable:\n  layers/a.yaml: no name\n  layers/b.yaml: no geometry\n",
                print(e, "en"));
        assertEquals("covidmaps: các định nghĩa lớp bản đồ không dùng được:\n  layers/a.yaml: no name\n  layers/b.yaml: no geometry\n",
                print(e, "vi"));
        assertEquals(ExitCodes.of(ErrorCode.LAYER_DEFINITIONS),
                FailureHandler.report(e, Messages.of("en"), new PrintWriter(new StringWriter()), false));
    }

    @Test
    void aFailureMadeOfATextFollowsTheLanguageAndItsMessageIsEnglish() {
        var e = new CovidMapsException(ErrorCode.TABLE_CONFLICT, Text.of("table.geometryConflict", "s.t.geom", "POINT,4326", "MULTIPOLYGON,4326"));
        assertEquals("s.t.geom is POINT,4326 but the layer needs MULTIPOLYGON,4326", e.getMessage());
        assertEquals("covidmaps: s.t.geom có kiểu POINT,4326 nhưng lớp cần MULTIPOLYGON,4326\n", print(e, "vi"));
    }

    @Test
    void aGeoServerFailureAfterPostgisChangedIsTheFailureThenWhatStaysDoneInOneWay() {
        var failed = new vn.covidmaps.engine.GeoServerOutcome.Failed(new CovidMapsException(ErrorCode.TABLE_CONFLICT, Text.of("gs.none")));
        StringWriter err = new StringWriter();
        int exit = FailureHandler.geoServerBehind(failed, "purge.geoserverBehind", Messages.of("vi"), new PrintWriter(err, true), false,
                "checkpoints");
        assertEquals(ExitCodes.of(ErrorCode.TABLE_CONFLICT), exit);
        assertEquals("covidmaps: " + Messages.of("vi").text("gs.none") + "\n"
                + Messages.of("vi").text("purge.geoserverBehind", "checkpoints") + "\n", err.toString());

        StringWriter quiet = new StringWriter();
        assertEquals(ExitCodes.OK, FailureHandler.geoServerBehind(new vn.covidmaps.engine.GeoServerOutcome.NotAsked(),
                "publish.geoserverBehind", Messages.of("en"), new PrintWriter(quiet, true), false));
        assertEquals(ExitCodes.OK, FailureHandler.openDataBehind(new vn.covidmaps.engine.OpenDataOutcome.NotAsked(),
                "opendata.failed", Messages.of("en"), new PrintWriter(quiet, true), false));
        assertEquals("", quiet.toString(), "nothing failed, nothing is said");

        StringWriter openData = new StringWriter();
        assertEquals(ExitCodes.FAILURE, FailureHandler.openDataBehind(new vn.covidmaps.engine.OpenDataOutcome.Failed(
                new java.io.UncheckedIOException("disk full", new java.io.IOException("disk full"))), "opendata.purgeFailed",
                Messages.of("en"), new PrintWriter(openData, true), false));
        assertEquals("covidmaps: disk full\n" + Messages.of("en").text("opendata.purgeFailed") + "\n", openData.toString());
    }
}
