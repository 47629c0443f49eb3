package vn.covidmaps.postgis;

import java.util.regex.Pattern;

/**
 * SQL identifiers come only from configuration and layer files; they are checked against a strict
 * pattern and double-quoted. Values never go through here: they travel as parameters or COPY data.
 */
public final class Identifiers {
    private static final Pattern SAFE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Identifiers() {
    }

    public static String quote(String identifier) {
        if (identifier == null || !SAFE.matcher(identifier).matches()) {
            throw new DatabaseException("'" + identifier + "' is not allowed as a schema, table or column name:"
                    + " use lower-case ASCII letters, digits and _ (at most 63)");
        }
        return '"' + identifier + '"';
    }

    public static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
