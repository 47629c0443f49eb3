package vn.covidmaps.geoserver;

import java.util.regex.Pattern;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Identifier;

/**
 * Names that end up in GeoServer URLs and in SQL: only plain ASCII identifiers are accepted, so they
 * need neither URL encoding nor SQL quoting beyond double quotes.
 */
public final class Names {
    private static final Pattern GEOSERVER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");

    private Names() {
    }

    /** A workspace, store, layer, style or group name. */
    public static String geoserver(String what, String name) {
        if (name == null || !GEOSERVER.matcher(name).matches()) {
            throw new ConfigurationException(what + " '" + name + "' must be letters, digits, '_' or '-' (ASCII, at most 63)");
        }
        return name;
    }

    /** A lower-case PostgreSQL identifier (schema, table, column, role). */
    public static String sql(String what, String name) {
        return Identifier.require(what, name);
    }

    /** {@code "name"}, for a name already checked by {@link #sql}. */
    static String quoted(String what, String name) {
        return '"' + sql(what, name) + '"';
    }
}
