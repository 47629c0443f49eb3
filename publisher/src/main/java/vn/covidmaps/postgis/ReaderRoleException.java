package vn.covidmaps.postgis;

import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;

/**
 * The publisher's database role may not change GeoServer's read-only role (creating a role or changing its
 * attributes needs CREATEROLE). The message says what a database administrator has to do; it never
 * contains the password.
 */
public class ReaderRoleException extends CovidMapsException {
    public ReaderRoleException(Change step, String currentUser, String databaseMessage) {
        super(ErrorCode.READER_ROLE, "cannot " + (step.action() == Action.CREATE ? "create " : "change ") + step.resource()
                + " (" + step.detail() + ") as database role " + currentUser + ": " + databaseMessage
                + ". Ask a database administrator to run docker/local-postgis.sh, or: "
                + (step.action() == Action.CREATE
                ? "CREATE ROLE <geoserver.db.user> LOGIN PASSWORD '<geoserver.db.password>'"
                : "ALTER ROLE <geoserver.db.user> LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '<geoserver.db.password>'"));
    }
}
