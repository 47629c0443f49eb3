package vn.covidmaps.postgis;

import vn.covidmaps.config.Identifier;

/**
 * SQL identifiers come only from configuration and layer files; they are checked against a strict
 * pattern and double-quoted. Values never go through here: they travel as parameters or COPY data.
 */
public final class Identifiers {
    private Identifiers() {
    }

    public static String quote(String identifier) {
        if (!Identifier.isValid(identifier)) {
            throw new DatabaseException("'" + identifier + "' is not allowed as a schema, table or column name:"
                    + " use lower-case ASCII letters, digits and _ (at most 63)");
        }
        return '"' + identifier + '"';
    }

    public static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
