package vn.covidmaps.ingest;

/**
 * How large anything in a report may be. Excel's own limits bound what an office can save; the rest
 * bounds what a damaged or hostile file may make us unpack or hold, so that it ends in one sentence
 * within seconds at -Xmx512m instead of exhausting memory.
 */
final class ReadLimits {
    /** Excel refuses to keep more characters in a cell. */
    static final int CELL_CHARS = 32_767;
    /** Columns A to XFD. */
    static final int COLUMNS = 16_384;
    /** Rows 1 to 1,048,576. */
    static final int ROWS = 1_048_576;
    /** A part of an .xlsx unpacked: a million-row sheet of a report is well under this. */
    static final long PART_BYTES = 2L << 30;
    /** Sheet XML packs 10 to 30 times; a zip bomb a thousand times (the same bound as Apache POI's). */
    static final int PACK_RATIO = 100;
    /** The ratio is only judged past this many unpacked bytes, as a tiny part may pack very well. */
    static final long RATIO_FROM_BYTES = 1L << 20;
    /** A CSV record: 8 million characters is far more than any report's row, and still fits in memory. */
    static final int CSV_RECORD_CHARS = 8 << 20;

    private ReadLimits() {
    }
}
