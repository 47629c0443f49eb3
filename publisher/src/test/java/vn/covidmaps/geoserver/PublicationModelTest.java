package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.layer.LayerCatalog;

/** The desired GeoServer state derived from the real layers/ definitions. */
class PublicationModelTest {
    private final LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));

    private Settings settings(Path styles) {
        return Settings.defaults().with(Setting.STYLES_DIR, styles.toString())
                .with(Setting.GEOSERVER_DB_PASSWORD, "reader-secret");
    }

    @Test
    void everyLayerGetsAWmsHistoryAndAWfsLatestFeatureType(@TempDir Path styles) throws Exception {
        TestGeoServer.writeStyles(styles, catalog);
        PublicationModel model = PublicationModel.from(settings(styles), catalog);
        assertEquals(2 * catalog.layers().size(), model.featureTypes().size());
        DesiredFeatureType history = model.featureTypes().get(0);
        DesiredFeatureType latest = model.featureTypes().get(1);
        assertEquals("risk_areas", history.name());
        assertEquals("Cấp độ dịch theo địa bàn", history.title());
        assertEquals(List.of("WFS"), history.disabledServices());
        assertEquals("risk_areas_latest", latest.name());
        assertEquals(List.of("WMS"), latest.disabledServices());
        assertEquals("select \"fid\", (\"report_date\"::timestamp at time zone 'UTC') as \"report_date\", \"unit_code\","
                + " \"unit_name\", \"unit_level\", \"district_name\", \"risk_level\", \"risk_level_label\","
                + " (\"assessed_on\"::timestamp at time zone 'UTC') as \"assessed_on\","
                + " ST_X(ST_PointOnSurface(\"geom\")) as \"longitude\", ST_Y(ST_PointOnSurface(\"geom\")) as \"latitude\","
                + " \"geom\" from \"covidmaps\".\"risk_areas\""
                + " where \"report_date\" = (select max(\"report_date\") from \"covidmaps\".\"risk_areas\")", latest.sql());
        assertEquals("MultiPolygon", latest.geometryType());
        assertEquals(List.of("risk_areas", "isolation_zones", "visited_earlier", "visited_recent", "patient_homes",
                "quarantine_facilities", "checkpoints"), model.group().layers());
        assertEquals("covidmaps_reader", model.store().parameters().get("user"));
        assertEquals("reader-secret", model.store().password());
        assertEquals(catalog.layers().size(), model.styles().size());
    }

    @Test
    void theRepositorysStylesCoverEveryLayerAndAreSld100() {
        PublicationModel model = PublicationModel.from(settings(Path.of("styles")), catalog);
        assertEquals(catalog.layers().size(), model.defaultStyles().size());
        model.defaultStyles().values().forEach(style ->
                assertTrue(model.styles().stream().anyMatch(s -> s.name().equals(style)), style));
    }

    @Test
    void aMissingStyleFileIsAConfigurationError(@TempDir Path styles) throws Exception {
        TestGeoServer.writeStyles(styles, catalog);
        Files.delete(styles.resolve("checkpoints.sld"));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> PublicationModel.from(settings(styles), catalog));
        assertTrue(e.getMessage().contains("uses style 'checkpoints'"), e.getMessage());
    }

    @Test
    void stylesMustBeSld100(@TempDir Path styles) throws Exception {
        TestGeoServer.writeStyles(styles, catalog);
        Path file = styles.resolve("checkpoints.sld");
        Files.writeString(file, Files.readString(file).replace("version=\"1.0.0\"", "version=\"1.1.0\""));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> PublicationModel.from(settings(styles), catalog));
        assertTrue(e.getMessage().contains("has a fixed value of '1.0.0'"), e.getMessage());
        Files.writeString(file, "<StyledLayerDescriptor");
        e = assertThrows(ConfigurationException.class, () -> PublicationModel.from(settings(styles), catalog));
        assertTrue(e.getMessage().contains("is not a valid SLD 1.0.0 document"), e.getMessage());
    }

    @Test
    void namesThatWouldNeedEscapingAreRefused(@TempDir Path styles) throws Exception {
        TestGeoServer.writeStyles(styles, catalog);
        assertThrows(ConfigurationException.class, () -> PublicationModel.from(
                settings(styles).with(Setting.GEOSERVER_WORKSPACE, "covid maps/../x"), catalog));
        assertThrows(ConfigurationException.class, () -> PublicationModel.from(
                settings(styles).with(Setting.DB_SCHEMA, "covidmaps\"; drop"), catalog));
        assertThrows(ConfigurationException.class, () -> PublicationModel.from(
                settings(styles).with(Setting.GEOSERVER_DB_PASSWORD, ""), catalog));
    }
}
