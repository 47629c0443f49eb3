package vn.covidmaps.config;

import java.util.regex.Pattern;

/**
 * The one rule for names that reach SQL and GeoServer URLs (schemas, tables, columns, roles, layers):
 * a lower-case ASCII PostgreSQL identifier, so double quotes are all the quoting it ever needs.
 */
public final class Identifier {
    private static final Pattern RULE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Identifier() {
    }

    public static boolean isValid(String name) {
        return name != null && RULE.matcher(name).matches();
    }

    /** {@code name}, or a configuration error naming {@code what} it is. */
    public static String require(String what, String name) {
        if (!isValid(name)) {
            throw new ConfigurationException(what + " '" + name + "' must be a lower-case ASCII identifier (a-z, 0-9, _)");
        }
        return name;
    }
}
