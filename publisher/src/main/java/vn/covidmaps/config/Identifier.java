package vn.covidmaps.config;

import java.util.regex.Pattern;
import vn.covidmaps.text.Text;

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

    /** {@code name}, the value of {@code setting}, or a configuration error naming the setting. */
    public static String require(Setting setting, String name) {
        return require(Text.plain(setting.key()), name);
    }

    /** {@code name}, or a configuration error naming {@code what} it is (a layer's name, a column…). */
    public static String require(Text what, String name) {
        if (!isValid(name)) {
            throw new ConfigurationException(Text.of("setting.identifier", what, name));
        }
        return name;
    }
}
