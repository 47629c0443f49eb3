package vn.covidmaps.postgis;

import vn.covidmaps.config.Identifier;
import vn.covidmaps.text.Text;

/**
 * SQL identifiers come only from configuration and layer files; they are checked against a strict
 * pattern and double-quoted. Values never go through here: they travel as parameters or COPY data.
 */
public final class Identifiers {
    private Identifiers() {
    }

    public static String quote(String identifier) {
        if (!Identifier.isValid(identifier)) {
            throw new DatabaseException(Text.of("database.identifier", identifier));
        }
        return '"' + identifier + '"';
    }

    public static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
