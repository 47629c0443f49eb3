package vn.covidmaps.geometry;

import java.util.Locale;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/**
 * Projected VN-2000 metres to WGS 84 degrees, for sheets surveyed in the national grid. The zone is
 * configured either as an EPSG code (e.g. EPSG:3405, VN-2000 / UTM 48N, from GeoTools' EPSG database)
 * or as a provincial TM-3 central meridian ("TM3:107.25" for Lạng Sơn, "TM3:106.5" for Bắc Kạn and
 * Thái Nguyên), which EPSG does not list.
 */
public final class Vn2000 {
    /** Bursa-Wolf parameters of VN-2000 to WGS 84 (Circular 973/2001/TT-TCĐC). */
    private static final String TO_WGS84 = "TOWGS84[-191.90441429,-39.30318279,-111.45032835,"
            + "-0.00928836,0.01975479,-0.00427372,0.252906278]";

    private final MathTransform toWgs84;

    private Vn2000(CoordinateReferenceSystem crs) throws FactoryException {
        this.toWgs84 = CRS.findMathTransform(crs, DefaultGeographicCRS.WGS84, true);
    }

    /** Null when the setting is empty: then metre coordinates are refused. */
    public static Vn2000 fromSetting(String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        String value = setting.strip().toUpperCase(Locale.ROOT);
        try {
            if (value.startsWith("EPSG:")) {
                return new Vn2000(CRS.decode(value, true));
            }
            if (value.startsWith("TM3:")) {
                return new Vn2000(CRS.parseWKT(tm3(Double.parseDouble(value.substring(4)))));
            }
        } catch (FactoryException | NumberFormatException e) {
            throw new ConfigurationException(Text.of("setting.vn2000Unusable", setting, String.valueOf(e.getMessage())), e);
        }
        throw new ConfigurationException(Text.of("setting.vn2000Form", setting));
    }

    private static String tm3(double centralMeridian) {
        return "PROJCS[\"VN-2000 / TM-3 " + centralMeridian + "\","
                + "GEOGCS[\"VN-2000\",DATUM[\"Vietnam_2000\",SPHEROID[\"WGS 84\",6378137,298.257223563]," + TO_WGS84 + "],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
                + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
                + "PARAMETER[\"central_meridian\"," + centralMeridian + "],PARAMETER[\"scale_factor\",0.9999],"
                + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";
    }

    /**
     * X is the northing and Y the easting, as in Vietnamese survey tables. Gives lon in x, lat in y,
     * or says that the point cannot be transformed (it is not then reported as outside Vietnam).
     */
    public Outcome<Coordinate> toWgs84(double northingX, double eastingY) {
        try {
            return Outcome.ok(JTS.transform(new Coordinate(eastingY, northingX), null, toWgs84));
        } catch (TransformException e) {
            return Outcome.fail(Text.of("coord.vn2000.failed", plain(northingX), plain(eastingY), e.getMessage()));
        }
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
