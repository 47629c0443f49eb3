package vn.covidmaps.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.covidmaps.text.Text;

/** Values of columns other layers refer to (e.g. case codes), gathered while their sheet is read. */
final class ReferenceKeys {
    private final Map<String, Set<String>> values = new HashMap<>();
    private final Map<String, Text> descriptions = new HashMap<>();

    /** Only columns some layer refers to are remembered. */
    void watch(String layerColumn, Text description) {
        values.putIfAbsent(layerColumn, new HashSet<>());
        descriptions.put(layerColumn, description);
    }

    boolean isWatched(String layerColumn) {
        return values.containsKey(layerColumn);
    }

    void record(String layerColumn, String value) {
        Set<String> known = values.get(layerColumn);
        if (known != null) {
            known.add(normalise(value));
        }
    }

    /** False when the referenced sheet could not be read: then nothing is claimed missing. */
    boolean isKnown(String layerColumn) {
        Set<String> known = values.get(layerColumn);
        return known != null && !known.isEmpty();
    }

    boolean contains(String layerColumn, String value) {
        return values.get(layerColumn).contains(normalise(value));
    }

    /** Codes compare without case or surrounding spaces ("bn5617 " is BN5617). */
    private static String normalise(String value) {
        return value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    Text describe(String layerColumn) {
        return descriptions.getOrDefault(layerColumn, Text.plain(layerColumn));
    }
}
