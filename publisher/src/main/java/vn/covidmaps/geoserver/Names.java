package vn.covidmaps.geoserver;

import java.util.regex.Pattern;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Identifier;
import vn.covidmaps.config.Setting;
import vn.covidmaps.text.Text;

/**
 * Names that end up in GeoServer URLs and in SQL: only plain ASCII identifiers are accepted, so they
 * need neither URL encoding nor SQL quoting beyond double quotes.
 */
public final class Names {
    private static final Pattern GEOSERVER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
    /** What a name is, when it is no setting's value: said in the refusal. */
    static final Text LAYER = Text.of("name.layer");
    static final Text COLUMN = Text.of("name.column");
    static final Text STYLE_FILE = Text.of("name.styleFile");

    private Names() {
    }

    /** A workspace, store or group name, the value of {@code setting}. */
    public static String geoserver(Setting setting, String name) {
        return geoserver(Text.plain(setting.key()), name);
    }

    /** A workspace, store, layer, style or group name. */
    public static String geoserver(Text what, String name) {
        if (name == null || !GEOSERVER.matcher(name).matches()) {
            throw new ConfigurationException(Text.of("setting.geoserverName", what, name));
        }
        return name;
    }

    /** A lower-case PostgreSQL identifier (schema, role), the value of {@code setting}. */
    public static String sql(Setting setting, String name) {
        return Identifier.require(setting, name);
    }

    /** A lower-case PostgreSQL identifier (table, column). */
    public static String sql(Text what, String name) {
        return Identifier.require(what, name);
    }

    /** {@code "name"}, for a setting's value already checked by {@link #sql}. */
    static String quoted(Setting setting, String name) {
        return '"' + sql(setting, name) + '"';
    }

    /** {@code "name"}, for a name already checked by {@link #sql}. */
    static String quoted(Text what, String name) {
        return '"' + sql(what, name) + '"';
    }
}
