package vn.covidmaps.ingest;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.ColumnType;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.layer.PersonalData;
import vn.covidmaps.text.Text;

/**
 * The rows of one sheet against the people's homes: a generalised layer's sheet records each person's exact home
 * (in memory only, see {@link HomeRegister}); a sheet that refers to those people gets a warning for a row at the
 * person's own home, since homes are not places others visited.
 */
final class HomeVisitCheck {
    private final HomeRegister homes;
    /** When this sheet is a generalised layer's: "layer.seed", its seed column and its address column (-1 if none). */
    private final String homeKey;
    private final int homeSeed;
    private final int homeAddress;
    /** Per column, the generalised "layer.seed" it refers to (a visit's case code), else null. */
    private final String[] visitsHomeOf;
    /** The address column of a sheet that refers to a generalised layer, or -1. */
    private final int visitAddress;

    HomeVisitCheck(LayerDefinition shape, HomeRegister homes) {
        List<ColumnDefinition> columns = shape.columns();
        this.homes = homes;
        this.homeKey = shape.generalise() == null ? null : shape.name() + "." + shape.generalise().seed();
        this.homeSeed = homeKey == null ? -1 : columns.indexOf(shape.column(shape.generalise().seed()).orElse(null));
        this.homeAddress = addressColumn(columns, c -> c.drop() != null);
        this.visitsHomeOf = columns.stream().map(c -> c.references() != null && homes.isWatched(c.references()) ? c.references() : null)
                .toArray(String[]::new);
        this.visitAddress = addressColumn(columns, c -> true);
    }

    /** @param header the header a column was read under, for the warning */
    void check(Object[] values, Geometry geometry, RowIssues issues, IntFunction<String> header) {
        if (homeKey != null && values[homeSeed] != null && geometry != null) {
            homes.record(homeKey, values[homeSeed].toString(), geometry.getCoordinate(),
                    homeAddress < 0 ? null : (String) values[homeAddress]);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (visitsHomeOf[i] == null || values[i] == null) {
                continue;
            }
            String address = visitAddress < 0 ? null : (String) values[visitAddress];
            String how = homes.match(visitsHomeOf[i], values[i].toString(),
                    geometry instanceof Point point ? point.getCoordinate() : null, address);
            if (how != null) {
                boolean sameAddress = how.equals("address");
                issues.warning(sameAddress ? header.apply(visitAddress) : null, sameAddress
                        ? Text.of("row.atHomeAddress", values[i]) : Text.of("row.atHomePosition", values[i], how),
                        sameAddress ? address : values[i]);
            }
        }
    }

    /** The first text column read from an address header that also satisfies {@code also}, or -1. */
    private static int addressColumn(List<ColumnDefinition> columns, Predicate<ColumnDefinition> also) {
        for (int i = 0; i < columns.size(); i++) {
            ColumnDefinition column = columns.get(i);
            if (column.type() == ColumnType.TEXT && also.test(column)
                    && column.headers().stream().anyMatch(PersonalData::isAddressHeader)) {
                return i;
            }
        }
        return -1;
    }
}
