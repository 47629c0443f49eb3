package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The documented schema of --format json (schema/covidmaps-output.schema.json), as tests check output against it. */
public final class OutputSchema {
    private static final Schema SCHEMA = load();

    private OutputSchema() {
    }

    private static Schema load() {
        try (InputStream in = OutputSchema.class.getResourceAsStream("/schema/covidmaps-output.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Error> errors(JsonNode document) {
        return SCHEMA.validate(document);
    }

    /** Parses what a command printed and fails, naming each violation, unless it follows the schema. */
    public static JsonNode check(String printed) {
        try {
            JsonNode document = new ObjectMapper().readTree(printed);
            assertEquals(List.of(), errors(document).stream().map(Error::toString).toList(), printed);
            return document;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + printed, e);
        }
    }
}
