package vn.covidmaps.postgis;

import java.sql.SQLException;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** A database step failed; the message says which step, in the operator's language, and carries PostgreSQL's own words. */
public class DatabaseException extends CovidMapsException {
    public DatabaseException(Text message) {
        super(ErrorCode.DATABASE, message);
    }

    public DatabaseException(Text message, Throwable cause) {
        super(ErrorCode.DATABASE, message, cause);
    }

    /** {@code step} failed: its sentence, then PostgreSQL's message and SQLSTATE as the server wrote them. */
    public DatabaseException(Text step, SQLException cause) {
        super(ErrorCode.DATABASE, because(step, describe(cause)), cause);
    }

    /** {@code step}, then why: {@code "reading the layer tables failed: <why>"}. */
    public static Text because(Text step, Object why) {
        return Text.of("database.because", step, why);
    }

    private static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return e.getSQLState() == null ? message : message + " [SQLSTATE " + e.getSQLState() + "]";
    }
}
