package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.covidmaps.text.CellText;

/**
 * Finds a sheet's header as offices write it: below merged title rows and blank rows, on one row or
 * on two, where a merged parent cell ("Tọa độ", "Thời gian") stands over its children ("Vĩ độ",
 * "Kinh độ"; "Từ ngày", "Đến ngày") and the other headers are merged down over both rows. The header
 * is the row, or pair of adjacent rows, whose cells match the most column names.
 */
final class HeaderRows {
    /** Column numbers "1", "2"… or "(1)", "(2)"… that official forms print under the header. */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,3}\\)?");

    /** The columns found, and the number of the header's last row: data starts after it. */
    record Header(HeaderIndex index, int lastRow) {
    }

    private HeaderRows() {
    }

    /** Null when no row of {@code top} matches any column name. */
    static Header find(List<RawRow> top, List<List<String>> aliases) {
        Header best = null;
        int bestMatches = 0;
        for (int i = 0; i < top.size(); i++) {
            RawRow row = top.get(i);
            List<Header> candidates = new ArrayList<>();
            candidates.add(new Header(new HeaderIndex(row), row.number()));
            if (i + 1 < top.size() && top.get(i + 1).number() == row.number() + 1) {
                candidates.add(twoRows(row, top.get(i + 1)));
            }
            for (Header candidate : candidates) {
                int matches = candidate.index().countMatches(aliases);
                if (matches > bestMatches) {
                    best = candidate;
                    bestMatches = matches;
                }
            }
        }
        return best;
    }

    /**
     * A child's name where the lower row has one, else the upper row's (a header merged down). A
     * child is also known as "parent child", the parent being the nearest upper cell to its left.
     */
    static Header twoRows(RawRow upper, RawRow lower) {
        int width = Math.max(upper.cells().size(), lower.cells().size());
        List<String> names = new ArrayList<>(width);
        List<String> parents = new ArrayList<>(width);
        String parent = null;
        for (int i = 0; i < width; i++) {
            String top = CellText.of(upper.cell(i));
            String below = CellText.of(lower.cell(i));
            if (below == null) {
                parent = null;
                names.add(top);
                parents.add(null);
            } else {
                parent = top != null ? top : parent;
                names.add(below);
                parents.add(parent);
            }
        }
        return new Header(new HeaderIndex(names, parents), lower.number());
    }

    /** A row of increasing column numbers right under the header, which holds no data. */
    static boolean isColumnNumbering(RawRow row) {
        int count = 0;
        long previous = Long.MIN_VALUE;
        for (Object cell : row.cells()) {
            String text = CellText.of(cell);
            if (text == null) {
                continue;
            }
            if (!COLUMN_NUMBER.matcher(text).matches()) {
                return false;
            }
            long number = Long.parseLong(text.replaceAll("[()]", ""));
            if (number <= previous) {
                return false;
            }
            previous = number;
            count++;
        }
        return count >= 3;
    }
}
