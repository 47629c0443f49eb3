package vn.covidmaps.layer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.covidmaps.error.FileException;
import vn.covidmaps.text.Text;

/**
 * All layer definitions of a {@code layers/} directory, loaded and checked together. A file may say
 * {@code inherit: other_layer} to reuse that layer's source, columns and geometry.
 */
public final class LayerCatalog {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path directory;
    private final List<LayerDefinition> layers;

    private LayerCatalog(Path directory, List<LayerDefinition> layers) {
        this.directory = directory;
        this.layers = List.copyOf(layers);
    }

    /** Loads every {@code *.yaml} file of the directory, or throws listing every problem found. */
    public static LayerCatalog load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new LayerDefinitionException(List.of(Text.of("layers.noDirectory", directory)));
        }
        Map<String, ObjectNode> trees = new LinkedHashMap<>();
        List<Text> problems = new ArrayList<>();
        for (Path file : yamlFiles(directory)) {
            try {
                JsonNode tree = YAML.readTree(file.toFile());
                if (tree instanceof ObjectNode object && object.hasNonNull("name")) {
                    trees.put(object.get("name").asText(), object);
                } else {
                    problems.add(Text.of("layers.notADefinition", file));
                }
            } catch (IOException e) {
                problems.add(Text.of("layers.inFile", file, firstLine(e.getMessage())));
            }
        }
        List<LayerDefinition> layers = new ArrayList<>();
        for (var entry : trees.entrySet()) {
            Path file = directory.resolve(entry.getKey() + ".yaml");
            String parent = entry.getValue().hasNonNull("inherit") ? entry.getValue().get("inherit").asText() : null;
            if (parent != null && (!trees.containsKey(parent) || trees.get(parent).hasNonNull("inherit"))) {
                problems.add(Text.of("layers.inFile", file, Text.of("layers.badInherit", parent)));
                continue;
            }
            try {
                layers.add(YAML.treeToValue(resolveInheritance(entry.getValue(), trees), LayerDefinition.class));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Text.of("layers.inFile", file, firstLine(e.getMessage())));
            }
        }
        layers.sort(Comparator.comparingInt(LayerDefinition::drawOrder).thenComparing(LayerDefinition::name));
        problems.addAll(new LayerCatalogCheck(layers).problems());
        if (!problems.isEmpty()) {
            throw new LayerDefinitionException(problems);
        }
        return new LayerCatalog(directory, layers);
    }

    private static ObjectNode resolveInheritance(ObjectNode tree, Map<String, ObjectNode> all) {
        if (!tree.hasNonNull("inherit")) {
            return tree;
        }
        String parentName = tree.get("inherit").asText();
        ObjectNode parent = all.get(parentName);
        if (parent == null || parent.hasNonNull("inherit")) {
            throw new IllegalArgumentException("inherit: '" + parentName + "' is not a layer without inherit"); // checked by load
        }
        ObjectNode merged = parent.deepCopy();
        tree.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        merged.remove("inherit");
        return merged;
    }

    private static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new LayerDefinitionException(List.of(Text.of("io.list", directory, FileException.reason(e))));
        }
    }

    /** The YAML reader's own words, its first line; they name the line and the key. */
    private static Text firstLine(String message) {
        return message == null ? Text.of("layers.unreadable") : Text.plain(message.lines().findFirst().orElse(message));
    }

    public Path directory() {
        return directory;
    }

    /** Layers in drawing order: areas first, points last. */
    public List<LayerDefinition> layers() {
        return layers;
    }

    public LayerDefinition layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer named " + name));
    }
}
