package vn.covidmaps.postgis;

/**
 * The publisher's database role may not change GeoServer's read-only role (creating a role or changing its
 * attributes needs CREATEROLE). The message says what a database administrator has to do; it never
 * contains the password.
 */
public class ReaderRoleException extends RuntimeException {
    public ReaderRoleException(ReaderRole.Step step, String currentUser, String databaseMessage) {
        super("cannot " + (step.action() == ReaderRole.Action.CREATE ? "create " : "change ") + step.resource()
                + " (" + step.detail() + ") as database role " + currentUser + ": " + databaseMessage
                + ". Ask a database administrator to run docker/local-postgis.sh, or: "
                + (step.action() == ReaderRole.Action.CREATE
                ? "CREATE ROLE <geoserver.db.user> LOGIN PASSWORD '<geoserver.db.password>'"
                : "ALTER ROLE <geoserver.db.user> LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '<geoserver.db.password>'"));
    }
}
