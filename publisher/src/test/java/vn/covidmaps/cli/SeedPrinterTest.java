package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Seeding;

/** The line publish prints about seeding: switched off by the settings, or the first level already too large. */
class SeedPrinterTest {
    private static String started(Seeding seeding, String language) {
        StringWriter out = new StringWriter();
        new SeedPrinter(Messages.of(language), new PrintWriter(out, true)).printStarted(seeding);
        return out.toString().strip();
    }

    @Test
    void aBudgetOfNoTilesSaysSeedingIsSwitchedOff() {
        Seeding off = new Seeding("ws:group", 8, 7, 0, 15, 0);
        assertEquals("not seeding: seeding is switched off by tiles.seed.max_tiles = 0.", started(off, "en"));
        assertEquals("không tạo sẵn ô bản đồ: việc tạo sẵn đã được tắt bằng tiles.seed.max_tiles = 0.", started(off, "vi"));
    }

    @Test
    void aFirstLevelBeyondTheBudgetIsSaidAsBefore() {
        Seeding tooLarge = new Seeding("ws:group", 8, 7, 0, 15, 100);
        assertEquals("not seeding: zoom 8 alone exceeds tiles.seed.max_tiles.", started(tooLarge, "en"));
        assertEquals("không tạo sẵn ô bản đồ: riêng mức thu phóng 8 đã vượt quá tiles.seed.max_tiles.", started(tooLarge, "vi"));
    }

    @Test
    void aSeedingStartedNamesItsLevels() {
        Seeding started = new Seeding("ws:group", 8, 9, 12, 15, 20);
        assertEquals("seeding ws:group in the background: zoom 8-9, 12 tiles (deeper levels exceed tiles.seed.max_tiles);"
                + " `covidmaps status` shows its progress.", started(started, "en"));
    }
}
