package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem found in a workbook instead of stopping at the first. Keeps the first
 * {@value #KEPT} of each severity so a million bad rows cannot exhaust memory, but counts them all.
 */
public final class Problems {
    static final int KEPT = 2_000;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;

    public void add(Problem problem) {
        if (problem.isError()) {
            errorCount++;
            keep(errors, problem);
        } else {
            warningCount++;
            keep(warnings, problem);
        }
    }

    private static void keep(List<Problem> list, Problem problem) {
        if (list.size() < KEPT) {
            list.add(problem);
        }
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public long errorCount() {
        return errorCount;
    }

    public long warningCount() {
        return warningCount;
    }

    public List<Problem> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Problem> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** How many problems were counted but not kept, so the report can say "… and N more". */
    public long omitted() {
        return errorCount + warningCount - errors.size() - warnings.size();
    }
}
