package vn.covidmaps.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.covidmaps.text.Text;

/**
 * A plan written by {@code plan --out} (the plan document of the JSON schema), read back for
 * {@code publish --plan}: the report it is of, whether it was publishable, and what it saw.
 */
public record ReviewedPlan(Path file, LocalDate date, List<Path> inputs, boolean ok, PlanFingerprints fingerprints) {

    public static ReviewedPlan read(Path file) {
        try {
            JsonNode plan = new ObjectMapper().readTree(file.toFile());
            if (!"plan".equals(plan.path("command").asText()) || plan.path("version").asInt() != 1) {
                throw unreadable(file, "it is not a plan written by covidmaps plan --out");
            }
            List<Path> inputs = new ArrayList<>();
            plan.path("inputs").forEach(input -> inputs.add(Path.of(input.asText())));
            JsonNode prints = plan.path("fingerprints");
            PlanFingerprints fingerprints = new PlanFingerprints(text(file, prints, "workbook"), text(file, prints, "layers"),
                    text(file, prints, "styles"), text(file, prints, "settings"), text(file, prints, "database"), text(file, prints, "geoserver"));
            boolean ok = plan.at("/validation/ok").asBoolean(false) && plan.at("/database/conflicts").isEmpty();
            return new ReviewedPlan(file, LocalDate.parse(plan.path("date").asText()), List.copyOf(inputs), ok, fingerprints);
        } catch (IOException | DateTimeParseException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    private static String text(Path file, JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw unreadable(file, Text.of("planfile.noFingerprint", field));
        }
        return node.path(field).asText();
    }

    /** {@code why}: a {@link Text}, or a parser's own message. */
    private static PlanRefusedException unreadable(Path file, Object why) {
        return new PlanRefusedException(Text.of("planfile.unreadable", file, why));
    }
}
