package vn.covidmaps.opendata;

import java.io.IOException;

/** One file being written from a layer's rows. */
interface RowSink extends AutoCloseable {
    void row(ExportRow row) throws IOException;

    /** Finishes the file; it is complete once this returns. */
    @Override
    void close() throws IOException;
}
