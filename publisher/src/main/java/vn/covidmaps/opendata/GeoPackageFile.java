package vn.covidmaps.opendata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.proj.ProjectionConstants;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.GeometryKind;
import vn.covidmaps.layer.LayerDefinition;

/**
 * One GeoPackage holding every layer of a report date, one feature table per layer, written with NGA's
 * GeoPackage library (which keeps gpkg_contents, gpkg_geometry_columns and the SRS tables as the standard wants).
 */
final class GeoPackageFile implements AutoCloseable {
    private final GeoPackage geoPackage;
    private final SpatialReferenceSystem wgs84;

    GeoPackageFile(Path file) throws java.sql.SQLException {
        GeoPackageManager.create(file.toFile());
        this.geoPackage = GeoPackageManager.open(file.toFile());
        this.wgs84 = geoPackage.getSpatialReferenceSystemDao()
                .getOrCreateCode(ProjectionConstants.AUTHORITY_EPSG, (long) ProjectionConstants.EPSG_WORLD_GEODETIC_SYSTEM);
        geoPackage.createGeometryColumnsTable();
        // declared GeoPackage 1.3: the file uses nothing of 1.4, and GDAL 3.6 (so QGIS 3.22) warns on a 1.4 file
        geoPackage.getConnection().setUserVersion(10300);
    }

    /** A sink filling the layer's table inside one transaction; the table is complete when it is closed. */
    RowSink table(LayerDefinition layer) {
        GeometryColumns geometry = new GeometryColumns();
        geometry.setTableName(layer.name());
        geometry.setColumnName("geom");
        geometry.setGeometryType(layer.geometry().type() == GeometryKind.POINT ? GeometryType.POINT : GeometryType.MULTIPOLYGON);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrs(wgs84);
        List<FeatureColumn> columns = new ArrayList<>();
        columns.add(FeatureColumn.createColumn("report_date", GeoPackageDataType.DATE, true));
        for (Attribute attribute : layer.attributes()) {
            columns.add(FeatureColumn.createColumn(attribute.name(), type(attribute)));
        }
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometry, "fid", columns, BoundingBox.worldWGS84()));
        FeatureDao dao = geoPackage.getFeatureDao(geometry);
        dao.getTable().setPkModifiable(true); // fid is the row's number within its report date, as in PostGIS and WFS
        geoPackage.beginTransaction();
        return new RowSink() {
            @Override
            public void row(ExportRow row) throws IOException {
                FeatureRow feature = dao.newRow();
                feature.setId(row.fid());
                feature.setValue("report_date", row.reportDate().toString());
                for (int i = 0; i < layer.attributes().size(); i++) {
                    Object value = row.values().get(i);
                    feature.setValue(layer.attributes().get(i).name(), value instanceof LocalDate date ? date.toString() : value);
                }
                try {
                    feature.setGeometry(GeoPackageGeometryData.create(wgs84.getSrsId(), GeometryReader.readGeometry(row.wkb())));
                } catch (RuntimeException e) {
                    throw new IOException("cannot write the geometry of fid " + row.fid() + " to the GeoPackage: " + e.getMessage(), e);
                }
                dao.insert(feature);
            }

            @Override
            public void close() {
                geoPackage.endTransaction(true);
            }
        };
    }

    private static GeoPackageDataType type(Attribute attribute) {
        if (ExportColumns.isDate(attribute)) {
            return GeoPackageDataType.DATE;
        }
        if (ExportColumns.isWholeNumber(attribute)) {
            return GeoPackageDataType.INTEGER;
        }
        if (ExportColumns.isDecimal(attribute)) {
            return GeoPackageDataType.DOUBLE;
        }
        return GeoPackageDataType.TEXT;
    }

    @Override
    public void close() {
        geoPackage.close();
    }
}
