package vn.covidmaps.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.covidmaps.change.Change;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.RemovalResult;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.engine.Status;
import vn.covidmaps.ingest.Problem;
import vn.covidmaps.postgis.AuditLog;
import vn.covidmaps.postgis.LayerDiff;
import vn.covidmaps.postgis.ReportHistory;

/**
 * The {@code --format json} documents, built field by field so that they follow the documented schema
 * ({@code schema/covidmaps-output.schema.json}) rather than whatever the result records happen to hold.
 * Dates are ISO {@code yyyy-mm-dd}, instants ISO 8601 with offset.
 */
final class JsonOutput {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static void print(ObjectNode document, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(ObjectNode document) {
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode document(String command) {
        ObjectNode document = JSON.createObjectNode();
        document.put("command", command);
        document.put("version", VERSION);
        return document;
    }

    static ObjectNode diff(Reports.DiffResult diff) {
        ObjectNode document = document("diff");
        document.set("diff", diffBody(diff));
        return document;
    }

    static ObjectNode diffBody(Reports.DiffResult result) {
        ObjectNode diff = JSON.createObjectNode();
        diff.put("date", result.date().toString());
        diff.put("against", result.against() == null ? null : result.against().toString());
        ArrayNode list = diff.putArray("layers");
        for (LayerDiff layer : result.layers()) {
            ObjectNode node = list.addObject();
            node.put("layer", layer.layer());
            layer.added().forEach(node.putArray("added")::add);
            layer.removed().forEach(node.putArray("removed")::add);
            ArrayNode changed = node.putArray("changed");
            for (LayerDiff.RowChange change : layer.changed()) {
                ObjectNode row = changed.addObject();
                row.put("row", change.row());
                ArrayNode values = row.putArray("values");
                for (LayerDiff.ValueChange value : change.values()) {
                    values.addObject().put("attribute", value.attribute()).put("title", value.title())
                            .put("before", value.before()).put("after", value.after());
                }
            }
        }
        return diff;
    }

    static ObjectNode history(Reports.HistoryResult history) {
        ObjectNode document = document("history");
        ArrayNode reports = document.putArray("reports");
        for (ReportHistory.LoadedReport report : history.reports()) {
            ObjectNode node = reports.addObject();
            node.put("date", report.reportDate().toString());
            node.put("loaded_at", instant(report.loadedAt()));
            node.put("published_by", report.publishedBy());
            node.put("fingerprint", report.fingerprint());
            node.set("rows", counts(report.rows()));
        }
        ArrayNode audit = document.putArray("audit");
        for (AuditLog.Entry entry : history.audit()) {
            audit.addObject().put("at", instant(entry.at())).put("user", entry.user()).put("action", entry.action().name().toLowerCase())
                    .put("date", entry.reportDate() == null ? null : entry.reportDate().toString())
                    .put("fingerprint", entry.fingerprint()).put("detail", entry.detail());
        }
        return document;
    }

    /** The problems' columns and messages are in the language of {@code messages}, as the text output's. */
    static ObjectNode validation(vn.covidmaps.engine.ValidationReport report, vn.covidmaps.config.Messages messages) {
        ObjectNode node = JSON.createObjectNode();
        node.put("input", report.input());
        node.put("date", report.reportDate().toString());
        node.set("rows", counts(report.counts()));
        node.put("errors", report.problems().errorCount());
        node.put("warnings", report.problems().warningCount());
        node.put("omitted", report.problems().omitted());
        node.put("ok", report.ok());
        ArrayNode problems = node.putArray("problems");
        report.problems().errors().forEach(p -> problems.add(problem(p, messages)));
        report.problems().warnings().forEach(p -> problems.add(problem(p, messages)));
        return node;
    }

    /** The layers' problems and GeoServer's are in the language of {@code messages}, as the text output's. */
    static ObjectNode status(Status status, vn.covidmaps.config.Messages messages) {
        ObjectNode document = document("status");
        ArrayNode layers = document.putArray("layers");
        for (Status.Data facts : status.data()) {
            Status.Served layer = status.geoserver() == null ? null : status.geoserver().layer(facts.layer()).orElse(null);
            ObjectNode node = layers.addObject();
            node.put("layer", facts.layer());
            node.put("latest", facts.latest() == null ? null : facts.latest().toString());
            node.put("features", facts.features());
            node.put("reports", facts.reports());
            if (layer == null) {
                node.putNull("served");
            } else {
                node.put("served", layer.served());
            }
            node.put("problem", layer == null || layer.problem().isEmpty() ? null : messages.text(layer.problem()));
            node.put("wms_layer", layer == null ? null : layer.wmsLayer());
            node.put("wfs_get_feature", layer == null ? null : layer.wfsGetFeature());
        }
        var gs = status.geoserver();
        if (gs == null) {
            document.putNull("geoserver");
        } else {
            document.putObject("geoserver").put("wms", gs.wmsUrl()).put("wfs", gs.wfsUrl()).put("group_layer", gs.groupLayer())
                    .put("group_served", gs.groupServed()).put("group_get_map", gs.groupGetMap());
        }
        document.put("geoserver_error", status.geoserverProblem() == null ? null : messages.text(status.geoserverProblem()));
        return document;
    }

    static ObjectNode plan(vn.covidmaps.engine.Plan plan, vn.covidmaps.config.Messages messages) {
        ObjectNode document = document("plan");
        document.put("date", plan.date().toString());
        ArrayNode inputs = document.putArray("inputs");
        plan.inputs().forEach(input -> inputs.add(input.toString()));
        document.set("validation", validation(plan.validation(), messages));
        ObjectNode database = document.putObject("database");
        database.put("report", plan.database().report().name().toLowerCase());
        ArrayNode tables = database.putArray("tables");
        plan.database().tables().forEach(table -> tables.add(change(table.change())));
        ArrayNode conflicts = database.putArray("conflicts");
        plan.database().conflicts().forEach(conflict -> conflicts.add(conflict.english()));
        document.set("diff", plan.diff() == null ? null : diffBody(plan.diff()));
        ObjectNode geoserver = document.putObject("geoserver");
        geoserver.set("reader_role", changes(plan.readerRole()));
        geoserver.set("resources", changes(plan.geoserver()));
        var prints = plan.fingerprints();
        document.putObject("fingerprints").put("workbook", prints.workbook()).put("layers", prints.layers()).put("styles", prints.styles())
                .put("settings", prints.settings()).put("database", prints.database()).put("geoserver", prints.geoserver());
        return document;
    }

    /** The publish document: what PostGIS received, what it changed, and what GeoServer did (null when not asked or failed). */
    static ObjectNode publish(LocalDate date, PublishResult result, vn.covidmaps.config.Messages messages) {
        ObjectNode document = document("publish");
        document.put("date", date.toString());
        ObjectNode database = JSON.createObjectNode();
        if (result instanceof PublishResult.Loaded loaded) {
            document.set("validation", validation(loaded.validation(), messages));
            database.put("report", loaded.report().name().toLowerCase());
            database.set("loaded", counts(loaded.loaded()));
            document.set("database", database);
            document.set("diff", loaded.diff() == null ? null : diffBody(loaded.diff()));
        } else {
            document.set("validation", result instanceof PublishResult.Rejected rejected ? validation(rejected.validation(), messages) : null);
            database.put("report", result instanceof PublishResult.Skipped ? "unchanged" : "rejected");
            database.set("loaded", JSON.createObjectNode());
            document.set("database", database);
            document.putNull("diff");
        }
        geoserver(document, result.geoserver(), messages);
        return document;
    }

    static ObjectNode retract(RemovalResult result, vn.covidmaps.config.Messages messages) {
        ObjectNode document = document("retract");
        document.put("date", result.removed().date().toString());
        document.put("applied", result.removed().deleted());
        document.set("rows", counts(result.removed().rows()));
        document.put("fallback", result.removed().fallback().map(LocalDate::toString).orElse(null));
        document.put("geoserver_error", result.geoserver() instanceof GeoServerOutcome.Failed failed
                ? FailureHandler.describe(failed.failure(), messages) : null);
        return document;
    }

    private static void geoserver(ObjectNode document, GeoServerOutcome outcome, vn.covidmaps.config.Messages messages) {
        if (outcome instanceof GeoServerOutcome.Applied applied) {
            ObjectNode node = document.putObject("geoserver");
            node.set("reader_role", changes(applied.readerRole()));
            node.set("changes", changes(applied.applied()));
            node.put("write_requests", applied.writeRequests());
            ArrayNode bounds = node.putArray("bounds_recalculated");
            applied.boundsRecalculated().forEach(bounds::add);
            ArrayNode tiles = node.putArray("tiles_truncated");
            applied.tilesTruncated().forEach(tiles::add);
        } else {
            document.putNull("geoserver");
        }
        document.put("geoserver_error", outcome instanceof GeoServerOutcome.Failed failed ? FailureHandler.describe(failed.failure(), messages) : null);
    }

    private static ArrayNode changes(List<Change> changes) {
        ArrayNode list = JSON.createArrayNode();
        changes.forEach(change -> list.add(change(change)));
        return list;
    }

    private static ObjectNode change(Change change) {
        return JSON.createObjectNode().put("resource", change.resource().english()).put("action", change.action().name().toLowerCase())
                .put("detail", change.detail().isEmpty() ? null : change.detail().english());
    }

    static ObjectNode counts(Map<String, Long> counts) {
        ObjectNode node = JSON.createObjectNode();
        counts.forEach(node::put);
        return node;
    }

    static ObjectNode problem(Problem problem, vn.covidmaps.config.Messages messages) {
        ObjectNode node = JSON.createObjectNode();
        node.put("severity", problem.severity().name().toLowerCase());
        node.put("file", problem.file());
        node.put("sheet", problem.sheet());
        if (problem.row() > 0) {
            node.put("row", problem.row());
        } else {
            node.putNull("row");
        }
        node.put("column", problem.column() == null ? null : messages.text(problem.column()));
        node.put("value", problem.value());
        node.put("message", messages.text(problem.message()));
        return node;
    }

    private static String instant(OffsetDateTime at) {
        return at == null ? null : at.toString();
    }
}
