package vn.covidmaps.change;

import vn.covidmaps.text.Text;

/**
 * One resource of a plan or of what was done, in PostGIS (a table, GeoServer's database role) or on
 * GeoServer (a workspace, a layer…): the one type every plan is printed from. Resource and detail are
 * texts with message keys, rendered by the command in the operator's language.
 *
 * @param resource what it is and its name, such as {@code table checkpoints} (see {@link #resource})
 * @param detail   a short reason: what differs, or what was checked; {@link Text#NONE} when there is nothing to say
 */
public record Change(Text resource, Action action, Text detail) {
    public Change {
        detail = detail == null ? Text.NONE : detail;
    }

    /** A resource named by its kind ({@code kind.table}, {@code kind.featureType}…, without the prefix) and its name. */
    public static Text resource(String kind, String name) {
        return Text.of("resource", Text.of("kind." + kind), name);
    }
}
