package vn.covidmaps.postgis;

import java.util.List;
import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;

/**
 * What loading needs to do to one layer table before its rows go in, as typed steps that
 * {@link LayerTable#apply} performs and {@link #change} describes.
 *
 * @param conflicts differences that cannot be fixed automatically (e.g. a column changed type)
 */
public record TableChange(String table, Action action, List<Step> steps, List<String> conflicts) {

    /** One step that brings a table in line with its layer file. */
    public sealed interface Step {
        String describe();
    }

    /** The table does not exist yet. */
    public record Create(String qualifiedName) implements Step {
        public String describe() {
            return "create table " + qualifiedName;
        }
    }

    /** A table made by an earlier version, one table for all dates, becomes partitioned; its rows are kept. */
    public record Partition() implements Step {
        public String describe() {
            return LayerTable.PARTITION;
        }
    }

    /**
     * A table of exact points from before its layer generalised them is dropped and made again: those points
     * may not be kept, so its reports are deleted rather than converted.
     */
    public record ReplaceExact() implements Step {
        public String describe() {
            return LayerTable.REPLACE_EXACT;
        }
    }

    public record AddColumn(String column, String type) implements Step {
        public String describe() {
            return "add column " + column;
        }
    }

    /** A column the layer no longer publishes, dropped so that nothing unlisted stays served. */
    public record DropColumn(String column) implements Step {
        public String describe() {
            return "drop column " + column + " (no longer published)";
        }
    }

    /** The steps as the plan prints them. */
    public List<String> details() {
        return steps.stream().map(Step::describe).toList();
    }

    public Change change() {
        return new Change("table " + table, action, action == Action.CREATE ? "" : String.join(", ", details()));
    }
}
