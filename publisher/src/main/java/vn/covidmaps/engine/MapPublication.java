package vn.covidmaps.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.covidmaps.change.Change;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.geoserver.ApplyResult;
import vn.covidmaps.geoserver.GeoServerException;
import vn.covidmaps.geoserver.GeoServerPublisher;
import vn.covidmaps.geoserver.PlanItem;
import vn.covidmaps.geoserver.PostgisExtents;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.DatabaseException;
import vn.covidmaps.postgis.LayerFacts;
import vn.covidmaps.postgis.ReaderRole;
import vn.covidmaps.postgis.ReportLog;

/**
 * The GeoServer half of publishing: GeoServer's read-only database role, then GeoServer itself
 * reconciled with the layer files and styles. Layers whose data changed since GeoServer last caught
 * up are remembered in the database, so a GeoServer failure is made good by the next run.
 */
final class MapPublication {
    private final Settings settings;
    private final LayerCatalog catalog;
    private final Database database;
    private final String schema;

    MapPublication(Settings settings, LayerCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
        this.database = new Database(settings);
        this.schema = settings.require(Setting.DB_SCHEMA);
    }

    /** What {@link #apply} would change; reads only. */
    record Preview(List<Change> readerRole, List<Change> geoserver) {
    }

    Preview plan() {
        try (Connection db = database.connect()) {
            List<Change> role = ReaderRole.from(settings, catalog).plan(db);
            return new Preview(role, changes(geoServer(db).plan().items()));
        } catch (SQLException e) {
            throw new DatabaseException("reading GeoServer's database role failed", e);
        }
    }

    /** Brings the reader role and GeoServer in line; {@code changedLayers} had their data replaced just now. */
    GeoServerOutcome.Applied apply(Set<String> changedLayers) {
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            List<Change> role;
            try {
                role = ReaderRole.from(settings, catalog).ensure(db);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            db.setAutoCommit(true);
            ReportLog log = new ReportLog(settings.require(Setting.DB_META_SCHEMA));
            Set<String> refresh = new LinkedHashSet<>(changedLayers);
            refresh.addAll(log.pending(db));
            GeoServerPublisher geoserver = geoServer(db);
            ApplyResult applied = geoserver.apply(geoserver.plan(), refresh);
            log.clearPending(db, refresh);
            return new GeoServerOutcome.Applied(role, changes(applied.applied()), applied.boundsRecalculated(),
                    applied.tilesTruncated(), applied.writeRequests());
        } catch (SQLException e) {
            throw new DatabaseException("preparing GeoServer's database role failed", e);
        }
    }

    Status status() {
        List<LayerFacts> data = new ArrayList<>();
        try (Connection db = database.connect()) {
            for (LayerDefinition layer : catalog.layers()) {
                data.add(LayerFacts.read(db, schema, layer.name()));
            }
        } catch (SQLException e) {
            throw new DatabaseException("reading the layer tables failed", e);
        }
        try {
            return new Status(data, GeoServerPublisher.from(settings, catalog).status(), null);
        } catch (GeoServerException e) {
            return new Status(data, null, e.getMessage());
        }
    }

    private static List<Change> changes(List<PlanItem> items) {
        return items.stream().map(PlanItem::change).toList();
    }

    private GeoServerPublisher geoServer(Connection db) {
        return GeoServerPublisher.from(settings, catalog).withDataExtents(new PostgisExtents(db, schema));
    }
}
