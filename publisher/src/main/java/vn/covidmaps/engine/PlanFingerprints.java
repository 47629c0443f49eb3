package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.covidmaps.change.Change;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.TableChange;
import vn.covidmaps.text.Text;

/**
 * What a reviewed plan saw, as SHA-256 fingerprints: the workbook, the layer files, the styles, the
 * configuration (passwords aside), the database's state for that date and GeoServer's (as the plan
 * that would bring it in line). {@code publish --plan} recomputes them and refuses when one differs,
 * so what is applied is what was approved.
 */
public record PlanFingerprints(String workbook, String layers, String styles, String settings, String database, String geoserver) {

    /** The names of the fingerprints that differ from {@code other}, in a fixed order. */
    public List<String> differences(PlanFingerprints other) {
        List<String> differ = new ArrayList<>();
        compare(differ, "workbook", workbook, other.workbook);
        compare(differ, "layers", layers, other.layers);
        compare(differ, "styles", styles, other.styles);
        compare(differ, "settings", settings, other.settings);
        compare(differ, "database", database, other.database);
        compare(differ, "geoserver", geoserver, other.geoserver);
        return differ;
    }

    private static void compare(List<String> differ, String name, String mine, String theirs) {
        if (!mine.equals(theirs)) {
            differ.add(name);
        }
    }

    static PlanFingerprints of(Settings settings, LayerCatalog catalog, List<Path> inputs, LocalDate reportDate,
                               DatabasePlan database, LocalDate previous, List<Change> readerRole, List<Change> geoserver) {
        Fingerprint workbook = new Fingerprint().text(reportDate.toString());
        inputs.forEach(workbook::file);
        Fingerprint configuration = new Fingerprint();
        for (Setting setting : Setting.values()) {
            if (!setting.secret()) { // a new password changes nothing the plan shows
                configuration.text(setting.key()).text(settings.get(setting));
            }
        }
        settings.optional(Setting.COMMUNE_BOUNDARIES).map(Path::of).ifPresent(configuration::file);
        Fingerprint data = new Fingerprint().text(database.report().name()).text(String.valueOf(previous));
        for (TableChange table : database.tables()) {
            data.text(table.table()).text(table.action().name()).text(Text.join("\n", table.details()).english()).text(Text.join("\n", table.conflicts()).english());
        }
        Fingerprint server = new Fingerprint();
        for (Change change : readerRole) {
            server.text(change.resource().english()).text(change.action().name()).text(change.detail().english());
        }
        for (Change change : geoserver) {
            server.text(change.resource().english()).text(change.action().name()).text(change.detail().english());
        }
        return new PlanFingerprints(workbook.hex(), new Fingerprint().file(catalog.directory()).hex(),
                new Fingerprint().file(settings.path(Setting.STYLES_DIR)).hex(), configuration.hex(), data.hex(), server.hex());
    }
}
