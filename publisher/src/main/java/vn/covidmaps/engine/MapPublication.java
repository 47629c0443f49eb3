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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import vn.covidmaps.geometry.ProvinceArea;
import vn.covidmaps.geoserver.ApplyResult;
import vn.covidmaps.geoserver.BaseMapPlanner;
import vn.covidmaps.geoserver.Bbox;
import vn.covidmaps.geoserver.ChangedData;
import vn.covidmaps.geoserver.DownloadLinks;
import vn.covidmaps.geoserver.PostgisReportDates;
import vn.covidmaps.geoserver.TileSeeding;
import vn.covidmaps.geoserver.GeoServerException;
import vn.covidmaps.geoserver.GeoServerPublisher;
import vn.covidmaps.geoserver.PlanItem;
import vn.covidmaps.geoserver.PostgisExtents;
import vn.covidmaps.geoserver.PublicationModel;
import vn.covidmaps.geoserver.PublicationStatus;
import vn.covidmaps.geoserver.PublishPlan;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.BaseMapTables;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.DatabaseException;
import vn.covidmaps.postgis.LayerFacts;
import vn.covidmaps.postgis.ReaderRole;
import vn.covidmaps.postgis.ReportLog;
import vn.covidmaps.text.Text;

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
            return new Preview(role, changes(withBaseMap(geoServer(db)).items()));
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readRole"), e);
        }
    }

    /**
     * Brings the reader role and GeoServer in line with {@code change}: only the tiles of the dates loaded or removed
     * are deleted. Layers left pending by an earlier run lose all their tiles. Then the group's latest tiles are seeded
     * in the background over the configured provinces.
     */
    GeoServerOutcome.Applied apply(DataChange change) {
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            List<Change> role;
            try {
                new BaseMapTables(schema).ensure(db);
                role = ReaderRole.from(settings, catalog).ensure(db);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            db.setAutoCommit(true);
            ReportLog log = new ReportLog(settings.require(Setting.DB_META_SCHEMA));
            Set<String> pending = log.pending(db);
            Set<String> refresh = new LinkedHashSet<>(change.loaded());
            refresh.addAll(change.removedFrom());
            refresh.addAll(pending);
            ChangedData changed = changed(change, refresh, earlier(log, db, change, pending));
            GeoServerPublisher geoserver = geoServer(db);
            ApplyResult applied = geoserver.apply(withBaseMap(geoserver), changed);
            log.clearPending(db, refresh);
            TileSeeding seeding = null;
            Optional<Bbox> provinces = provincesExtent();
            if (!refresh.isEmpty() && provinces.isPresent()) {
                seeding = geoserver.seed(provinces.get());
            }
            return new GeoServerOutcome.Applied(role, changes(applied.applied()), applied.boundsRecalculated(),
                    applied.tilesTruncated(), applied.writeRequests(), Seeding.of(seeding));
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.prepareRole"), e);
        }
    }

    /**
     * The pending layers marked before this run's change: by a load before the one of {@code change}'s date, or before
     * its removal; with neither, every pending layer.
     */
    private static Set<String> earlier(ReportLog log, Connection db, DataChange change, Set<String> pending) throws SQLException {
        if (change.loadedDate() != null) {
            return log.pendingBefore(db, change.loadedDate());
        }
        Set<String> earlier = new LinkedHashSet<>(pending);
        if (change.removal() != null) {
            earlier.retainAll(change.removal().pending());
        }
        return earlier;
    }

    /** Loaded and removed layers lose their dates' tiles, unless an earlier run left them pending: those lose all. */
    private static ChangedData changed(DataChange change, Set<String> refresh, Set<String> earlier) {
        Set<String> onDate = new LinkedHashSet<>(change.loaded());
        onDate.removeAll(earlier);
        Set<String> removed = new LinkedHashSet<>(change.removedFrom());
        removed.removeAll(earlier);
        Set<String> anyDate = new LinkedHashSet<>(refresh);
        anyDate.removeAll(onDate);
        anyDate.removeAll(removed);
        Set<String> dates = change.loadedDate() == null ? Set.of() : Set.of(change.loadedDate().toString());
        return new ChangedData(onDate, dates, anyDate, removed, change.removedDates());
    }

    Status status() {
        List<Status.Data> data = new ArrayList<>();
        try (Connection db = database.connect()) {
            for (LayerDefinition layer : catalog.layers()) {
                LayerFacts facts = LayerFacts.read(db, schema, layer.name());
                data.add(new Status.Data(facts.layer(), facts.latest(), facts.features(), facts.reports()));
            }
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readTables"), e);
        }
        try {
            GeoServerPublisher geoserver = GeoServerPublisher.from(settings, catalog);
            return new Status(data, served(geoserver.status()), null, SeedProgress.of(geoserver.seedProgress()));
        } catch (GeoServerException e) {
            return new Status(data, null, e.text(), null);
        }
    }

    private Status.GeoServer served(PublicationStatus status) {
        List<Status.Served> layers = status.layers().stream().map(layer -> new Status.Served(layer.layer(), layer.served(),
                layer.problem(), layer.wmsLayer(), layer.wfsTypeName(), layer.wfsGetFeature())).toList();
        String workspace = settings.require(Setting.GEOSERVER_WORKSPACE);
        List<Status.Downloads> downloads = catalog.layers().stream().map(layer -> new Status.Downloads(layer.name(),
                DownloadLinks.of(status.wfsUrl(), workspace, layer).stream()
                        .map(link -> new Status.Download(link.format(), link.label(), link.url())).toList())).toList();
        return new Status.GeoServer(status.wmsUrl(), status.wfsUrl(), status.groupLayer(), status.groupServed(), status.groupGetMap(),
                layers, downloads);
    }

    /** The layers' plan, then the base map's (its tables are filled by {@link #apply} before GeoServer is asked). */
    private PublishPlan withBaseMap(GeoServerPublisher geoserver) {
        PublicationModel model = PublicationModel.withStylesCheckedOnUpload(settings, catalog);
        return new BaseMapPlanner(geoserver.transport(), model).appendTo(geoserver.plan());
    }

    private static List<Change> changes(List<PlanItem> items) {
        return items.stream().map(PlanItem::change).toList();
    }

    /** How far the seeding of the group's latest tiles is. */
    SeedProgress seedProgress() {
        return SeedProgress.of(GeoServerPublisher.from(settings, catalog).seedProgress());
    }

    private GeoServerPublisher geoServer(Connection db) {
        List<String> layers = catalog.layers().stream().map(LayerDefinition::name).toList();
        return GeoServerPublisher.from(settings, catalog).withDataExtents(new PostgisExtents(db, schema))
                .withReportDates(new PostgisReportDates(db, schema, layers));
    }

    private Optional<Bbox> provincesExtent() {
        Set<String> codes = Arrays.stream(settings.require(Setting.PROVINCES).split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        ProvinceArea area = ProvinceArea.of(codes);
        if (area == null) {
            return Optional.empty();
        }
        Envelope box = area.envelope();
        return Optional.of(new Bbox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
    }
}
