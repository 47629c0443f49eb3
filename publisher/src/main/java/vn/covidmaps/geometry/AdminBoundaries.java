package vn.covidmaps.geometry;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Polygons of administrative units by GSO code: the bundled 2021 district polygons, and commune
 * polygons from the operator's own file (none are openly available to bundle). Read on first use.
 */
public final class AdminBoundaries {
    static final String DISTRICTS = "/vn-admin/huyen_lang-son_bac-kan_thai-nguyen.geojson";

    private final Path communeFile;
    private final String communeCodeField;
    private final String communeLayer;
    private Map<String, org.locationtech.jts.geom.MultiPolygon> districts;
    private Map<String, org.locationtech.jts.geom.MultiPolygon> communes;

    public AdminBoundaries(Path communeFile, String communeCodeField, String communeLayer) {
        this.communeFile = communeFile;
        this.communeCodeField = communeCodeField;
        this.communeLayer = communeLayer;
    }

    public Optional<org.locationtech.jts.geom.MultiPolygon> polygon(AdminUnit unit) {
        if (unit.isDistrict()) {
            if (districts == null) {
                districts = BoundaryFiles.readGeoJsonResource(DISTRICTS, "ma_huyen");
            }
            return Optional.ofNullable(districts.get(unit.code()));
        }
        if (communes == null) {
            communes = communeFile == null ? Map.of() : BoundaryFiles.read(communeFile, communeCodeField, communeLayer);
        }
        return Optional.ofNullable(communes.get(unit.code()));
    }

    public boolean hasCommuneFile() {
        return communeFile != null;
    }
}
