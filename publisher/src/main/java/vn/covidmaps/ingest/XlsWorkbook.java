package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.covidmaps.text.Text;

/**
 * An Excel 97-2003 .xls report (BIFF8), read as a stream of records with Apache POI's record
 * factory rather than its usermodel, which refuses files whose records come in an order it does not
 * expect, such as the General Statistics Office's exports of the unit lists.
 */
final class XlsWorkbook implements Workbook {
    private static final String BIFF8 = "Workbook";
    private static final String BIFF5 = "Book";
    private static final String ENCRYPTED_XLSX = "EncryptedPackage";

    private final Path file;
    private final POIFSFileSystem fs;
    private final XlsGlobals globals;
    private final LegacyText.Notes notes = new LegacyText.Notes();

    XlsWorkbook(Path file) {
        this.file = file;
        String name = file.getFileName().toString();
        try {
            this.fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(Text.of("file.damagedXls", name, e.getMessage()), e);
        }
        try {
            if (fs.getRoot().hasEntry(ENCRYPTED_XLSX)) {
                throw new WorkbookException(Text.of("file.protected", name));
            }
            if (!fs.getRoot().hasEntry(BIFF8)) {
                throw new WorkbookException(Text.of(fs.getRoot().hasEntry(BIFF5) ? "file.oldXls" : "file.notXls", name));
            }
            try (InputStream in = fs.createDocumentInputStream(BIFF8)) {
                this.globals = new XlsGlobals(new RecordFactoryInputStream(in, false));
            }
        } catch (EncryptedDocumentException e) {
            close();
            throw new WorkbookException(Text.of("file.protected", name), e);
        } catch (IOException | RuntimeException e) {
            close();
            if (e instanceof WorkbookException own) {
                throw own;
            }
            throw new WorkbookException(Text.of("file.damagedXls", name, e.getMessage()), e);
        }
    }

    @Override
    public String displayName() {
        return file.getFileName().toString();
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(globals.sheets);
    }

    @Override
    public Stream<RawRow> rows(String sheetName) {
        int index = globals.sheets.indexOf(sheetName);
        if (index < 0) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        try {
            boolean rowByRow;
            try (InputStream scan = fs.createDocumentInputStream(BIFF8)) {
                RecordFactoryInputStream records = new RecordFactoryInputStream(scan, false);
                skipToSheet(records, index, displayName());
                rowByRow = XlsSheetRows.isRowByRow(records);
            }
            InputStream in = fs.createDocumentInputStream(BIFF8);
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            skipToSheet(records, index, displayName());
            var rows = new XlsSheetRows(records, globals, new LegacyText(sheetName, notes), rowByRow, displayName(), sheetName);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false).onClose(() -> {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // reading is over either way
                }
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbookException own) {
                throw own;
            }
            throw new WorkbookException(Text.of("file.damagedXls", displayName(), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())), e);
        }
    }

    /** Past the globals and the sheets before it, to just after the sheet's own BOF record. */
    private static void skipToSheet(RecordFactoryInputStream records, int index, String file) {
        int depth = 0;
        int sheetsSeen = -1; // the globals come first
        for (Record record = records.nextRecord(); record != null; record = records.nextRecord()) {
            if (record instanceof BOFRecord) {
                if (depth == 0 && ++sheetsSeen == index + 1) {
                    return;
                }
                depth++;
            } else if (record instanceof EOFRecord) {
                depth--;
            }
        }
        throw new WorkbookException(Text.of("file.damagedXls", file, Text.of("file.sheetRecordsMissing")));
    }

    @Override
    public List<Problem> notices() {
        return notes.problems(displayName());
    }

    @Override
    public void close() {
        try {
            fs.close();
        } catch (IOException ignored) {
            // opened read-only: nothing to lose
        }
    }
}
