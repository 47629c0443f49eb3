package vn.covidmaps.ingest;

import java.util.List;
import java.util.stream.Stream;

/** A report as sheets of rows: an .xlsx file or a set of CSV files, one per sheet. */
public interface Workbook extends AutoCloseable {

    /** The name to show in messages, e.g. the file name. */
    String displayName();

    List<String> sheetNames();

    /** Streams the rows of a sheet in order; the caller closes the stream. */
    Stream<RawRow> rows(String sheetName);

    /** What reading the rows so far noticed about the file as a whole, such as a guessed encoding. */
    default List<Problem> notices() {
        return List.of();
    }

    @Override
    void close();
}
