package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * What an .xls file says once for all its sheets, read from the records before the first sheet:
 * the sheet names in the order their records follow, the shared strings, and per cell style (XF)
 * its number format and its font's name.
 */
final class XlsGlobals {
    final List<String> sheets = new ArrayList<>();
    private final List<ExtendedFormatRecord> styles = new ArrayList<>();
    private final List<String> fonts = new ArrayList<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private SSTRecord strings;
    private boolean date1904;

    /** Reads records until the end of the workbook globals. */
    XlsGlobals(RecordFactoryInputStream records) {
        List<BoundSheetRecord> bound = new ArrayList<>();
        int depth = 0;
        for (Record record = records.nextRecord(); record != null; record = records.nextRecord()) {
            if (record instanceof BOFRecord) {
                depth++;
            } else if (record instanceof EOFRecord && --depth == 0) {
                break;
            } else if (record instanceof BoundSheetRecord sheet) {
                bound.add(sheet);
            } else if (record instanceof ExtendedFormatRecord style) {
                styles.add(style);
            } else if (record instanceof FontRecord font) {
                fonts.add(font.getFontName());
            } else if (record instanceof FormatRecord format) {
                formats.put(format.getIndexCode(), format.getFormatString());
            } else if (record instanceof SSTRecord sst) {
                strings = sst;
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            }
        }
        Arrays.stream(BoundSheetRecord.orderByBofPosition(bound)).forEach(sheet -> sheets.add(sheet.getSheetname()));
    }

    String sharedString(int index) {
        return strings == null || index < 0 || index >= strings.getNumUniqueStrings() ? null : strings.getString(index).getString();
    }

    /** The number format of a cell style, "General" when unknown. */
    String format(int style) {
        if (style < 0 || style >= styles.size()) {
            return "General";
        }
        int index = styles.get(style).getFormatIndex();
        String format = formats.get(index);
        return format != null ? format : BuiltinFormats.getBuiltinFormat(index);
    }

    /** The font name of a cell style, or null. Font number 4 does not exist in BIFF, so later ones shift by one. */
    String font(int style) {
        if (style < 0 || style >= styles.size()) {
            return null;
        }
        int index = styles.get(style).getFontIndex();
        int position = index > 4 ? index - 1 : index;
        return position >= 0 && position < fonts.size() ? fonts.get(position) : null;
    }

    boolean date1904() {
        return date1904;
    }
}
