package vn.covidmaps.ingest;

import vn.covidmaps.text.Text;

/**
 * Checks each row as it is read against Excel's limits of rows and columns, and remembers the last
 * row read, so that a failure further on can say where the readable part of the sheet ended.
 */
final class SheetLimits {
    private final String file;
    private final String sheet;
    private volatile int lastRow;

    SheetLimits(String file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    RawRow check(RawRow row) {
        if (row.number() > ReadLimits.ROWS) {
            throw new WorkbookException(Text.of("file.tooManyRows", file, sheet, row.number(), ReadLimits.ROWS));
        }
        if (row.cells().size() > ReadLimits.COLUMNS) {
            throw new WorkbookException(Text.of("file.tooManyColumns", file, sheet, row.number(), ReadLimits.COLUMNS));
        }
        lastRow = row.number();
        return row;
    }

    /** The number of the last row that was read whole, 0 before the first. */
    int lastRow() {
        return lastRow;
    }
}
