package vn.covidmaps.layer;

import java.util.Optional;

/** Attributes a layer can publish that come from a lookup rather than straight from a column. */
public enum DerivedAttribute {
    UNIT_CODE("unit_code", "Mã đơn vị hành chính"),
    UNIT_NAME("unit_name", "Tên đơn vị hành chính"),
    UNIT_LEVEL("unit_level", "Cấp đơn vị (huyện/xã)"),
    DISTRICT_NAME("district_name", "Huyện");

    private final String column;
    private final String title;

    DerivedAttribute(String column, String title) {
        this.column = column;
        this.title = title;
    }

    public String column() {
        return column;
    }

    public String title() {
        return title;
    }

    public static Optional<DerivedAttribute> byColumn(String column) {
        for (DerivedAttribute a : values()) {
            if (a.column.equals(column)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
