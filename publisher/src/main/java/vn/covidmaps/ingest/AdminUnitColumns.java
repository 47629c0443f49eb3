package vn.covidmaps.ingest;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.geometry.AdminBoundaries;
import vn.covidmaps.geometry.AdminUnit;
import vn.covidmaps.geometry.AdminUnits;
import vn.covidmaps.layer.DerivedAttribute;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/** The polygon of the district or commune a row names, by GSO code or by commune and district names. */
final class AdminUnitColumns implements GeometryColumns {
    private final AdminUnits units;
    private final AdminBoundaries boundaries;
    private final HeaderIndex.Found code;
    private final HeaderIndex.Found commune;
    private final HeaderIndex.Found district;

    AdminUnitColumns(AdminUnits units, AdminBoundaries boundaries, Optional<HeaderIndex.Found> code,
                     Optional<HeaderIndex.Found> commune, Optional<HeaderIndex.Found> district) {
        this.units = units;
        this.boundaries = boundaries;
        this.code = code.orElse(null);
        this.commune = commune.orElse(null);
        this.district = district.orElse(null);
    }

    boolean isComplete() {
        return code != null || district != null || commune != null;
    }

    @Override
    public Geometry read(RawRow row, RowIssues issues, Map<DerivedAttribute, String> derived) {
        String codeText = code == null ? null : CellText.of(row.cell(code.index()));
        String communeText = commune == null ? null : CellText.of(row.cell(commune.index()));
        String districtText = district == null ? null : CellText.of(row.cell(district.index()));
        String column;
        Outcome<AdminUnit> unit;
        if (codeText != null) {
            column = code.header();
            unit = units.byCode(codeText);
        } else if (communeText != null || districtText != null) {
            column = communeText != null ? commune.header() : district.header();
            unit = units.byNames(communeText, districtText);
        } else {
            issues.error(code != null ? code.header() : null, Text.of("unit.none"), null);
            return null;
        }
        if (unit.failed()) {
            issues.error(column, unit.error(), codeText != null ? codeText : join(communeText, districtText));
            return null;
        }
        AdminUnit found = unit.value();
        Optional<org.locationtech.jts.geom.MultiPolygon> polygon = boundaries.polygon(found);
        if (polygon.isEmpty()) {
            issues.error(column, Text.of(found.isCommune() && !boundaries.hasCommuneFile() ? "unit.noPolygon.notBundled" : "unit.noPolygon",
                    found.describe()), codeText != null ? codeText : join(communeText, districtText));
            return null;
        }
        derived.put(DerivedAttribute.UNIT_CODE, found.code());
        derived.put(DerivedAttribute.UNIT_NAME, found.name());
        derived.put(DerivedAttribute.UNIT_LEVEL, found.isDistrict() ? "huyện" : "xã");
        derived.put(DerivedAttribute.DISTRICT_NAME, found.districtName());
        return polygon.get();
    }

    private static String join(String commune, String district) {
        return commune == null ? district : district == null ? commune : commune + ", " + district;
    }
}
