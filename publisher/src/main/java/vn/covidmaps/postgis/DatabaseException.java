package vn.covidmaps.postgis;

import java.sql.SQLException;

/** A database step failed; the message says which step and carries PostgreSQL's own words. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String step, SQLException cause) {
        super(step + ": " + describe(cause), cause);
    }

    private static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return e.getSQLState() == null ? message : message + " [SQLSTATE " + e.getSQLState() + "]";
    }
}
