package vn.covidmaps.engine;

import java.util.List;

/**
 * What each layer of personal data publishes instead of the exact values, for {@code plan}.
 *
 * @param hasKey whether privacy.key is set, without which publish refuses generalised layers
 * @param layers the layers that generalise a point or drop part of a text, in the catalog's order
 */
public record PrivacyPlan(boolean hasKey, List<Layer> layers) {

    /**
     * @param generalised the circle each point becomes, null when the layer publishes its points
     * @param dropped     the published text columns that lose their house numbers
     */
    public record Layer(String name, Generalised generalised, List<String> dropped) {
    }

    /** Each point becomes a circle of {@code radiusM} metres, placed by a keyed hash of the column {@code seed}. */
    public record Generalised(double radiusM, String seed) {
    }
}
