package vn.covidmaps.engine;

import java.time.LocalDate;
import java.util.Map;
import vn.covidmaps.ingest.Problems;

/** The outcome of reading a report: its problems and the rows each layer would receive. */
public record ValidationReport(String input, LocalDate reportDate, Problems problems, Map<String, Long> counts) {

    public boolean ok() {
        return !problems.hasErrors();
    }
}
