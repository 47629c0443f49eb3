package vn.covidmaps.change;

/**
 * One resource of a plan or of what was done, in PostGIS (a table, GeoServer's database role) or on
 * GeoServer (a workspace, a layer…): the one type every plan is printed from.
 *
 * @param resource what it is and its name, such as {@code table checkpoints}
 * @param detail   a short reason: what differs, or what was checked; empty when there is nothing to say
 */
public record Change(String resource, Action action, String detail) {
    public Change {
        detail = detail == null ? "" : detail;
    }
}
