package vn.covidmaps.layer;

/**
 * How a layer of personal data publishes a place where a person lives ({@code generalise:} in the
 * layer file): never the point itself, but an area that contains it, the same for a person in every
 * report. The displacement of the area comes from a keyed hash of the {@code seed} column (setting
 * {@code privacy.key}), so nobody without the key can tell where in the area the point lies.
 *
 * @param shape   the area drawn around the point (only {@code circle} so far)
 * @param radiusM the circle's radius in metres (default 150)
 * @param seed    the column whose value identifies the person across reports (e.g. the case code)
 */
public record Generalisation(Shape shape, Double radiusM, String seed) {
    public static final double DEFAULT_RADIUS_M = 150;
    /** Below this, a circle's rim passes too close to the home it hides. */
    public static final double MIN_RADIUS_M = 50;
    public static final double MAX_RADIUS_M = 5_000;

    public enum Shape { CIRCLE }

    public Generalisation {
        if (shape == null) {
            shape = Shape.CIRCLE;
        }
        if (radiusM == null) {
            radiusM = DEFAULT_RADIUS_M;
        }
    }

    /** For {@code plan}: what the operator should know, in one line. */
    public String describe() {
        return "each point becomes a " + shape.name().toLowerCase(java.util.Locale.ROOT) + " of " + Math.round(radiusM)
                + " m that contains it, off-centre by a keyed hash (privacy.key) of " + seed + ", the same in every report";
    }
}
