package vn.covidmaps.postgis;

import java.sql.SQLException;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;

/** A database step failed; the message says which step and carries PostgreSQL's own words. */
public class DatabaseException extends CovidMapsException {
    public DatabaseException(String message) {
        super(ErrorCode.DATABASE, message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(ErrorCode.DATABASE, message, cause);
    }

    public DatabaseException(String step, SQLException cause) {
        super(ErrorCode.DATABASE, step + ": " + describe(cause), cause);
    }

    private static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return e.getSQLState() == null ? message : message + " [SQLSTATE " + e.getSQLState() + "]";
    }
}
