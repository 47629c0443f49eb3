package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import vn.covidmaps.text.SpecialCell;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import vn.covidmaps.text.Text;

/**
 * The rows of one .xls sheet, pulled record by record. Cells give the same values as in an .xlsx:
 * text, numbers, dates by their format, the cached value of a formula; text typed in a legacy
 * Vietnamese font is converted by {@link LegacyText}. Excel writes a sheet row by row, and then rows
 * stream; some programs (the General Statistics Office's exports) write it column by column, and then
 * the sheet is gathered and sorted first, which its format's limit of 65,536 rows keeps small enough.
 */
final class XlsSheetRows implements Iterator<RawRow> {
    private static final double DAYS_1900_TO_1904 = 1462;
    /** What a sheet written column by column may hold in memory (about 200 MB): 65,536 rows of 30 columns. */
    static final int MAX_SORTED_CELLS = 2_000_000;

    /** One cell as its record gives it; row and column count from 0. */
    private record CellAt(int row, int column, Object value) {
    }

    private final RecordFactoryInputStream records;
    private final XlsGlobals globals;
    private final LegacyText legacy;
    private final boolean rowByRow;
    private final String file;
    private final String where;
    private int depth = 1;
    private FormulaRecord pendingString;
    private CellAt pending;
    private Iterator<RawRow> sorted;
    /** Past the sheet's EOF record: the records after it belong to the next sheet. */
    private boolean ended;

    /**
     * {@code records} stands just after the sheet's BOF record; {@code rowByRow} says whether its
     * records come row by row (see {@link #isRowByRow}); {@code file} and {@code sheet} name them in a refusal.
     */
    XlsSheetRows(RecordFactoryInputStream records, XlsGlobals globals, LegacyText legacy, boolean rowByRow, String file, String sheet) {
        this.records = records;
        this.globals = globals;
        this.legacy = legacy;
        this.rowByRow = rowByRow;
        this.file = file;
        this.where = file + " › " + sheet;
    }

    /** Whether no cell record of the sheet comes after one of a later row; reads the records only. */
    static boolean isRowByRow(RecordFactoryInputStream records) {
        int depth = 1;
        int row = -1;
        for (Record record = records.nextRecord(); record != null; record = records.nextRecord()) {
            if (record instanceof BOFRecord) {
                depth++;
            } else if (record instanceof EOFRecord && --depth == 0) {
                return true;
            } else if (depth == 1 && record instanceof CellValueRecordInterface cell) {
                if (cell.getRow() < row) {
                    return false;
                }
                row = cell.getRow();
            }
        }
        return true;
    }

    @Override
    public boolean hasNext() {
        if (!rowByRow) {
            return sorted().hasNext();
        }
        if (pending == null) {
            pending = nextCell();
        }
        return pending != null;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (!rowByRow) {
            return sorted.next();
        }
        int row = pending.row();
        List<Object> cells = new ArrayList<>();
        while (pending != null && pending.row() == row) {
            set(cells, pending);
            pending = nextCell();
        }
        return new RawRow(row + 1, cells);
    }

    private Iterator<RawRow> sorted() {
        if (sorted == null) {
            TreeMap<Integer, List<Object>> rows = new TreeMap<>();
            long count = 0;
            for (CellAt cell = nextCell(); cell != null; cell = nextCell()) {
                if (++count > MAX_SORTED_CELLS) {
                    throw new WorkbookException(Text.of("file.xlsTooLarge", where, MAX_SORTED_CELLS));
                }
                set(rows.computeIfAbsent(cell.row(), r -> new ArrayList<>()), cell);
            }
            sorted = rows.entrySet().stream().map(e -> new RawRow(e.getKey() + 1, e.getValue())).iterator();
        }
        return sorted;
    }

    private static void set(List<Object> cells, CellAt cell) {
        // past Excel's last column: SheetLimits refuses the row
        int column = Math.min(cell.column(), ReadLimits.COLUMNS);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, cell.value());
    }

    /** The next cell with a value, or null at the end of the sheet. */
    private CellAt nextCell() {
        if (ended) {
            return null;
        }
        for (Record record = nextRecord(); record != null; record = nextRecord()) {
            if (record instanceof BOFRecord) {
                depth++; // a chart embedded in the sheet brings its own BOF … EOF
            } else if (record instanceof EOFRecord && --depth == 0) {
                ended = true;
                return null;
            } else if (record instanceof StringRecord string && pendingString != null) {
                FormulaRecord formula = pendingString;
                pendingString = null;
                Object value = text(formula, string.getString());
                if (value != null) {
                    return new CellAt(formula.getRow(), formula.getColumn(), value);
                }
            } else if (depth == 1 && record instanceof CellValueRecordInterface cell) {
                if (cell instanceof FormulaRecord formula && formula.hasCachedResultString()) {
                    pendingString = formula;
                    continue;
                }
                Object value = value(cell);
                if (value != null) {
                    return new CellAt(cell.getRow(), cell.getColumn(), value);
                }
            }
        }
        ended = true;
        return null;
    }

    /** A truncated or damaged file fails inside POI with whatever it met; say so in the file's name. */
    private Record nextRecord() {
        try {
            return records.nextRecord();
        } catch (RuntimeException e) {
            throw new WorkbookException(Text.of("file.damagedXls", file, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())), e);
        }
    }

    private Object value(CellValueRecordInterface cell) {
        if (cell instanceof LabelSSTRecord label) {
            return text(cell, globals.sharedString(label.getSSTIndex()));
        } else if (cell instanceof LabelRecord label) {
            return text(cell, label.getValue());
        } else if (cell instanceof NumberRecord number) {
            return number(cell, number.getValue());
        } else if (cell instanceof BoolErrRecord boolErr) {
            return boolErr.isBoolean() ? boolErr.getBooleanValue() : error(boolErr.getErrorValue());
        } else if (cell instanceof FormulaRecord formula) {
            CellType type = formula.getCachedResultTypeEnum();
            return switch (type) {
                case NUMERIC -> number(cell, formula.getValue());
                case BOOLEAN -> formula.getCachedBooleanValue();
                case ERROR -> error(formula.getCachedErrorValue());
                default -> null; // a string result comes in the next record
            };
        }
        return null;
    }

    private Object text(CellValueRecordInterface cell, String text) {
        return text == null ? null : CellStrings.clean(legacy.decode(text, globals.font(cell.getXFIndex()), null, cell.getColumn()));
    }

    private Object number(CellValueRecordInterface cell, double value) {
        if (!ExcelDates.isDateFormat(globals.format(cell.getXFIndex()))) {
            return value;
        }
        return ExcelDates.fromSerial(globals.date1904() ? value + DAYS_1900_TO_1904 : value);
    }

    private static SpecialCell error(int code) {
        String shown;
        try {
            shown = FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            shown = "#" + code;
        }
        return new SpecialCell(Text.of("cell.excelError", shown), shown);
    }
}
