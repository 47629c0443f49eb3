package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.covidmaps.text.SpecialCell;
import vn.covidmaps.text.Text;

/**
 * An .xlsx report read as a stream (fastexcel-reader parses the sheet XML incrementally, so a
 * million-row sheet does not have to fit in memory). Formula cells yield their cached value.
 */
final class XlsxWorkbook implements Workbook {
    private final Path file;
    private final ReadableWorkbook workbook;
    /** Whether each number format is a date format; a workbook has a handful, a sheet a million cells. */
    private final Map<String, Boolean> dateFormats = new HashMap<>();
    /** A legacy Vietnamese font of the workbook's styles, or null. */
    private final String legacyFont;
    private final LegacyText.Notes legacyNotes = new LegacyText.Notes();

    XlsxWorkbook(Path file) {
        this.file = file;
        XlsxParts.check(file);
        this.legacyFont = XlsxFonts.legacyFont(file);
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private WorkbookException damaged(Exception cause) {
        return new WorkbookException(Text.of("file.damagedXlsx", file.getFileName(),
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())), cause);
    }

    @Override
    public String displayName() {
        return file.getFileName().toString();
    }

    @Override
    public List<String> sheetNames() {
        return workbook.getSheets().map(Sheet::getName).toList();
    }

    @Override
    public Stream<RawRow> rows(String sheetName) {
        Sheet sheet = workbook.findSheet(sheetName)
                .orElseThrow(() -> new IllegalArgumentException("no sheet " + sheetName));
        try {
            Stream<Row> rows = sheet.openStream();
            LegacyText legacy = new LegacyText(sheetName, legacyNotes);
            return rows.map(row -> toRawRow(row, legacy)).onClose(rows::close);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private RawRow toRawRow(Row row, LegacyText legacy) {
        List<Object> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Object value = value(row.getCell(i));
            cells.add(value instanceof String text ? CellStrings.clean(legacy.decode(text, null, legacyFont, i)) : value);
        }
        return new RawRow(row.getRowNum(), cells);
    }

    private Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean();
            case NUMBER -> number(cell, cell.asNumber());
            case ERROR -> new SpecialCell(Text.of("cell.excelError", cell.getRawValue()), cell.getRawValue());
            case FORMULA -> cachedFormulaValue(cell);
        };
    }

    private Object cachedFormulaValue(Cell cell) {
        String cached = cell.getRawValue();
        if (cached == null) {
            return new SpecialCell(Text.of("cell.formulaNoValue", cell.getFormula()), "=" + cell.getFormula());
        }
        try {
            return number(cell, new BigDecimal(cached));
        } catch (NumberFormatException notNumeric) {
            return cached;
        }
    }

    private Object number(Cell cell, BigDecimal value) {
        if (value == null) {
            return null;
        }
        String format = cell.getDataFormatString();
        if (format != null && dateFormats.computeIfAbsent(format, ExcelDates::isDateFormat)) {
            return ExcelDates.fromSerial(value.doubleValue());
        }
        return value.doubleValue();
    }

    @Override
    public List<Problem> notices() {
        return legacyNotes.problems(displayName());
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
