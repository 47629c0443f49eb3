package vn.covidmaps.geoserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.error.FileException;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;

/**
 * What GeoServer should serve, derived from the layer definitions, the styles directory and the settings.
 * Per layer definition there are two feature types on the same table: {@code <name>} (the whole history,
 * WMS only, TIME dimension on report_date defaulting to the latest report) and {@code <name>_latest}
 * (an SQL view of the latest report only, WFS only), because GeoServer's WFS ignores WMS dimensions.
 */
public record PublicationModel(
        String workspace,
        String namespaceUri,
        DesiredStore store,
        List<DesiredStyle> styles,
        List<DesiredFeatureType> featureTypes,
        Map<String, String> defaultStyles,
        DesiredGroup group) {

    public static final String LATEST_SUFFIX = "_latest";
    public static final String TIME_ATTRIBUTE = "report_date";

    public record DesiredStore(String name, Map<String, String> parameters, String password) {
    }

    public record DesiredStyle(String name, Path file, String body) {
        /**
         * Refuses a file that is not valid against the SLD 1.0.0 schema: it is uploaded raw, so GeoServer does
         * not parse it. Called before the style is uploaded, not on every publish (the check takes 0.1–0.3 s).
         */
        public DesiredStyle requireValid() {
            StyleValidator.validate(file).stream().findFirst().ifPresent(problem -> {
                throw new ConfigurationException(Text.of("style.notValid", file, problem.line(), problem.message()));
            });
            return this;
        }
    }

    /** {@code sql} is null for the history feature type (the table itself), set for the latest view. */
    public record DesiredFeatureType(String name, String layer, String title, String abstractText, List<String> keywords,
                                     String geometryType, String sql, List<String> disabledServices) {
        public boolean history() {
            return sql == null;
        }
    }

    public record DesiredGroup(String name, String title, String abstractText, List<String> layers) {
    }

    /** The model, with every style checked against the SLD schema now. */
    public static PublicationModel from(Settings settings, LayerCatalog catalog) {
        PublicationModel model = withStylesCheckedOnUpload(settings, catalog);
        model.styles().forEach(DesiredStyle::requireValid);
        return model;
    }

    /**
     * The model, leaving the schema check of each style to the plan, which calls {@link DesiredStyle#requireValid}
     * for the styles it is about to upload, before anything is written.
     */
    public static PublicationModel withStylesCheckedOnUpload(Settings settings, LayerCatalog catalog) {
        String workspace = Names.geoserver(Setting.GEOSERVER_WORKSPACE, settings.require(Setting.GEOSERVER_WORKSPACE));
        String schema = Names.sql(Setting.DB_SCHEMA, settings.require(Setting.DB_SCHEMA));
        List<DesiredStyle> styles = readStyles(settings.path(Setting.STYLES_DIR));
        List<DesiredFeatureType> types = new ArrayList<>();
        Map<String, String> defaultStyles = new LinkedHashMap<>();
        for (LayerDefinition layer : catalog.layers()) {
            String name = Names.sql(Names.LAYER, layer.name());
            String geometry = layer.publishedGeometryType();
            List<String> keywords = layer.keywords() == null ? List.of() : List.copyOf(layer.keywords());
            String abstractText = layer.abstractText() == null ? "" : layer.abstractText();
            types.add(new DesiredFeatureType(name, name, layer.title(), abstractText, keywords, geometry, null, List.of("WFS")));
            types.add(new DesiredFeatureType(name + LATEST_SUFFIX, name, layer.title() + " (báo cáo mới nhất)",
                    (abstractText + " Chỉ gồm số liệu của báo cáo mới nhất.").trim(), keywords, geometry,
                    latestSql(schema, layer), List.of("WMS")));
            String style = layer.style() == null ? name : layer.style();
            if (styles.stream().noneMatch(s -> s.name().equals(style))) {
                throw new ConfigurationException(Text.of("styles.missingFile", name, style,
                        settings.path(Setting.STYLES_DIR).resolve(style + ".sld")));
            }
            defaultStyles.put(name, style);
        }
        DesiredGroup group = new DesiredGroup(
                Names.geoserver(Setting.GEOSERVER_LAYER_GROUP, settings.require(Setting.GEOSERVER_LAYER_GROUP)),
                "Bản đồ dịch COVID-19", "Tất cả các lớp của bản đồ dịch COVID-19, vùng ở dưới, điểm ở trên.",
                catalog.layers().stream().map(LayerDefinition::name).toList());
        return new PublicationModel(workspace, settings.require(Setting.GEOSERVER_NAMESPACE_URI),
                store(settings, schema), styles, types, defaultStyles, group);
    }

    /** The rows of the latest report_date only; see {@link LatestView}. */
    static String latestSql(String schema, LayerDefinition layer) {
        return LatestView.sql(schema, layer);
    }

    private static DesiredStore store(Settings settings, String schema) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("dbtype", "postgis");
        parameters.put("host", settings.require(Setting.GEOSERVER_DB_HOST));
        parameters.put("port", settings.require(Setting.GEOSERVER_DB_PORT));
        parameters.put("database", settings.require(Setting.GEOSERVER_DB_NAME));
        parameters.put("schema", schema);
        parameters.put("user", settings.require(Setting.GEOSERVER_DB_USER));
        parameters.put("Expose primary keys", "true");
        parameters.put("Estimated extends", "false");
        parameters.put("encode functions", "true");
        parameters.put("validate connections", "true");
        return new DesiredStore(Names.geoserver(Setting.GEOSERVER_DATASTORE, settings.require(Setting.GEOSERVER_DATASTORE)),
                parameters, settings.require(Setting.GEOSERVER_DB_PASSWORD));
    }

    private static List<DesiredStyle> readStyles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException(Text.of("styles.noDirectory", directory));
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<DesiredStyle> styles = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sld")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = Names.geoserver(Names.STYLE_FILE, fileName.substring(0, fileName.length() - 4));
                String body = Files.readString(file, StandardCharsets.UTF_8);
                styles.add(new DesiredStyle(name, file, body));
            }
            return styles;
        } catch (IOException e) {
            throw new ConfigurationException(Text.of("styles.unreadable", directory, FileException.reason(e)), e);
        }
    }
}
