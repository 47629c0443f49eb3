package vn.covidmaps.layer;

/** The kinds of value a spreadsheet column can hold, and the PostgreSQL type each is stored as. */
public enum ColumnType {
    TEXT("text"),
    INTEGER("integer"),
    DECIMAL("double precision"),
    DATE("date"),
    /** A numbered level named by one of several labels (e.g. the four Decision 2686 risk levels). */
    LEVEL("smallint");

    private final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    public String sqlType() {
        return sqlType;
    }
}
