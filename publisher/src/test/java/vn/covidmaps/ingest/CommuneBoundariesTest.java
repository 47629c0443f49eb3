package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import vn.covidmaps.geometry.AdminBoundaries;
import vn.covidmaps.geometry.AdminUnits;
import vn.covidmaps.geometry.CoordinateParser;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/**
 * Commune-level risk rows take their polygons from the operator's file. The squares used here are
 * synthetic test shapes, not real commune boundaries.
 */
class CommuneBoundariesTest {
    private static final String SQUARE = "POLYGON((106.30 21.50, 106.32 21.50, 106.32 21.52, 106.30 21.52, 106.30 21.50))";

    @TempDir
    Path dir;

    @Test
    void communeRowsTakeTheirPolygonFromAGeoJsonFile() throws IOException {
        Path file = Files.writeString(dir.resolve("xa.geojson"), """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"ma_xa": "6397"},
                  "geometry": {"type": "Polygon", "coordinates": [[[106.30,21.50],[106.32,21.50],[106.32,21.52],[106.30,21.52],[106.30,21.50]]]}}]}
                """);
        List<Object[]> rows = riskRows(new AdminBoundaries(file, "ma_xa", null),  ",Xã Hoà Bình,Hữu Lũng,Nguy cơ,07/06/2021");
        assertEquals(1, rows.size());
        assertEquals("06397", rows.get(0)[0], "a code missing its leading zero in the file still matches");
        assertEquals("xã", rows.get(0)[2]);
    }

    @Test
    void communeRowsTakeTheirPolygonFromAGeoPackage() throws Exception {
        Path gpkg = dir.resolve("xa.gpkg");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER)");
            sql.execute("INSERT INTO gpkg_geometry_columns VALUES ('xa', 'geom', 'POLYGON', 4326, 0, 0)");
            sql.execute("CREATE TABLE xa (fid INTEGER PRIMARY KEY, ma_xa TEXT, geom BLOB)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO xa (ma_xa, geom) VALUES (?, ?)")) {
                insert.setString(1, "06397");
                insert.setBytes(2, gpkgBlob(new WKTReader().read(SQUARE)));
                insert.executeUpdate();
            }
        }
        List<Object[]> rows = riskRows(new AdminBoundaries(gpkg, "ma_xa", null), "06397,,,4,07/06/2021");
        assertEquals(1, rows.size());
        assertEquals(4, rows.get(0)[4]);
    }

    @Test
    void aCommuneWithoutPolygonOrWithAnAmbiguousNameIsAnErrorNamingTheRow() throws IOException {
        Problems problems = new Problems();
        riskRows(new AdminBoundaries(null, "ma_xa", null), problems, ",Hòa Bình,Hữu Lũng,Nguy cơ,07/06/2021", ",,Chi Lăng,3,07/06/2021",
                ",Chi Lăng,,3,07/06/2021");
        List<String> errors = problems.errors().stream().map(Problem::english).toList();
        assertTrue(errors.get(0).contains("row 2 › Xã/Phường: no polygon for Xã Hòa Bình (06397, Huyện Hữu Lũng); commune polygons are not bundled"), errors.get(0));
        assertTrue(errors.get(1).contains("row 4 › Xã/Phường: 'Chi Lăng' (add the district, or use the GSO code) matches 4 units"), errors.get(1));
        assertEquals(2, errors.size(), "the district row 3 is fine: " + errors);
    }

    private List<Object[]> riskRows(AdminBoundaries boundaries, String... lines) throws IOException {
        Problems problems = new Problems();
        List<Object[]> rows = riskRows(boundaries, problems, lines);
        assertTrue(problems.errors().isEmpty(), problems.errors().toString());
        return rows;
    }

    /** Published values of risk_areas: unit_code, unit_name, unit_level, district_name, risk_level, label, assessed_on. */
    private List<Object[]> riskRows(AdminBoundaries boundaries, Problems problems, String... lines) throws IOException {
        Path sheet = dir.resolve("Cấp độ dịch.csv");
        Files.writeString(sheet, "Mã ĐVHC,Xã/Phường,Huyện,Cấp độ,Ngày đánh giá\n" + String.join("\n", lines) + "\n");
        LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));
        IngestContext context = new IngestContext(LocalDate.of(2021, 6, 8), new CoordinateParser(null),
                AdminUnits.bundled(Set.of("20")), boundaries, null);
        List<Object[]> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookOpener.open(List.of(sheet))) {
            LayerDefinition risk = catalog.layer("risk_areas");
            new SheetIngester(context, workbook, List.of(risk), problems, (layer, values, geometry) -> rows.add(values),
                    new ReferenceKeys()).run();
        }
        return rows;
    }

    private static byte[] gpkgBlob(Geometry geometry) {
        byte[] wkb = new WKBWriter().write(geometry);
        return ByteBuffer.allocate(8 + wkb.length).put(new byte[] {'G', 'P', 0, 0}).putInt(4326).put(wkb).array();
    }

}
