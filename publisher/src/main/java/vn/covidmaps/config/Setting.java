package vn.covidmaps.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every configuration key, its default and its meaning. The README's configuration table lists the same. */
public enum Setting {
    DB_URL("db.url", "jdbc:postgresql://127.0.0.1:5432/covidmaps", "JDBC URL of the PostGIS database"),
    DB_USER("db.user", "covidmaps", "database role the publisher loads data with"),
    DB_PASSWORD("db.password", null, "its password (secret)"),
    DB_SCHEMA("db.schema", "covidmaps", "schema holding one table per layer (what GeoServer publishes)"),
    DB_META_SCHEMA("db.meta_schema", "covidmaps_meta", "schema for the publisher's own bookkeeping (never published)"),
    LAYERS_DIR("layers.dir", "layers", "directory of layer definitions (*.yaml)"),
    STYLES_DIR("styles.dir", "styles", "directory of SLD styles (*.sld)"),
    PROVINCES("provinces", "20,06,19", "GSO codes of the provinces whose units risk_areas rows may name"),
    COMMUNE_BOUNDARIES("boundaries.communes", null, "GeoJSON or GeoPackage file of commune polygons"),
    COMMUNE_CODE_FIELD("boundaries.communes.code_field", "ma_xa", "attribute holding the 5-digit GSO commune code"),
    COMMUNE_LAYER("boundaries.communes.layer", null, "GeoPackage table to read (default: the only feature table)"),
    VN2000_CRS("coordinates.vn2000", null,
            "accept VN-2000 metres: an EPSG code (EPSG:3405) or a TM-3 central meridian (TM3:107.25 for Lạng Sơn)"),
    GEOSERVER_URL("geoserver.url", "http://127.0.0.1:8080/geoserver", "GeoServer base URL"),
    GEOSERVER_USER("geoserver.user", "admin", "GeoServer administrator"),
    GEOSERVER_PASSWORD("geoserver.password", null, "its password (secret)"),
    GEOSERVER_WORKSPACE("geoserver.workspace", "covidmaps", "workspace (and namespace prefix)"),
    GEOSERVER_NAMESPACE_URI("geoserver.namespace_uri", "https://covidmaps.vn/covidmaps", "namespace URI of the workspace"),
    GEOSERVER_DATASTORE("geoserver.datastore", "covidmaps_postgis", "PostGIS datastore name"),
    GEOSERVER_LAYER_GROUP("geoserver.layer_group", "covidmaps", "layer group holding every layer"),
    GEOSERVER_DB_HOST("geoserver.db.host", "127.0.0.1", "database host as GeoServer reaches it"),
    GEOSERVER_DB_PORT("geoserver.db.port", "5432", "database port as GeoServer reaches it"),
    GEOSERVER_DB_NAME("geoserver.db.name", "covidmaps", "database name as GeoServer reaches it"),
    GEOSERVER_DB_USER("geoserver.db.user", "covidmaps_reader", "read-only role GeoServer connects with"),
    GEOSERVER_DB_PASSWORD("geoserver.db.password", null, "its password (secret)"),
    HTTP_TIMEOUT_SECONDS("http.timeout_seconds", "30", "timeout of every GeoServer request"),
    PRIVACY_KEY("privacy.key", null,
            "secret of the keyed hash that places each home's published area (secret; at least 32 characters; a new key moves every area)"),
    RETENTION_DAYS("retention.days", "90",
            "publish deletes reports older than this many days before the latest report (all: keep every report)"),
    TILES_MAX_AGE_SECONDS("tiles.max_age_seconds", "300", "how long browsers and front caches may keep a tile (Cache-Control max-age)"),
    TILES_SEED_ZOOM("tiles.seed.zoom", "8-15", "zoom levels seeded after a publish, from province to street block"),
    TILES_SEED_MAX_TILES("tiles.seed.max_tiles", "20000", "most tiles one seeding may render; deeper zoom levels are left out"),
    OPENDATA_DIR("opendata.dir", null, "directory where publish writes the open-data copy of every report (none when unset)"),
    OPENDATA_LICENCE("opendata.licence", "CC-BY-4.0", "licence of the open-data copy, as an SPDX identifier");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** Never printed nor stored, and only in a file that nobody but its owner can read. */
    public boolean secret() {
        return key.endsWith("password") || this == PRIVACY_KEY;
    }

    /** {@code geoserver.db.password} → {@code COVIDMAPS_GEOSERVER_DB_PASSWORD}. */
    public String environmentVariable() {
        return "COVIDMAPS_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).toList();
    }
}
