package vn.covidmaps.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.covidmaps.ingest.Problem;

/**
 * The problems of one sheet by row, and the cell each belongs to: its column is found by the header
 * text the problem names, as the operator wrote it, in the rows above it. A problem that names two
 * headers ("Vĩ độ/Kinh độ") marks both; one that names none marks the row's first cell.
 */
final class CellMarks {
    /** Headers are looked for in the first rows, as the reader does. */
    static final int HEADER_ROWS = 15;

    private final Map<Integer, List<Problem>> byRow = new HashMap<>();
    private final Map<String, Integer> headers = new HashMap<>();

    CellMarks(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.row() > 0) {
                byRow.computeIfAbsent(problem.row(), r -> new ArrayList<>()).add(problem);
            }
        }
    }

    /** Remembers the texts of a row near the top, where the header row is. */
    void seeHeaderCandidate(int rowNumber, List<Object> cells) {
        if (rowNumber > HEADER_ROWS) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) instanceof String text && !text.isBlank()) {
                headers.putIfAbsent(text.strip(), i);
            }
        }
    }

    /** Column index → the problems of that cell, for one row. */
    Map<Integer, List<Problem>> cells(int rowNumber) {
        Map<Integer, List<Problem>> cells = new HashMap<>();
        for (Problem problem : byRow.getOrDefault(rowNumber, List.of())) {
            for (int column : columns(problem.header())) {
                cells.computeIfAbsent(column, c -> new ArrayList<>()).add(problem);
            }
        }
        return cells;
    }

    private List<Integer> columns(String header) {
        if (header == null) {
            return List.of(0);
        }
        Integer exact = headers.get(header.strip());
        if (exact != null) {
            return List.of(exact);
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : header.split("/")) {
            Integer column = headers.get(part.strip());
            if (column != null) {
                parts.add(column);
            }
        }
        return parts.isEmpty() ? List.of(0) : parts;
    }
}
