package vn.covidmaps.postgis;

import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/**
 * The publisher's database role may not change GeoServer's read-only role (creating a role or changing its
 * attributes needs CREATEROLE). The message says what a database administrator has to do; it never
 * contains the password.
 */
public class ReaderRoleException extends CovidMapsException {
    public ReaderRoleException(Change step, String currentUser, String databaseMessage) {
        super(ErrorCode.READER_ROLE, Text.of(step.action() == Action.CREATE ? "role.cannotCreate" : "role.cannotChange",
                step.resource(), step.detail(), currentUser, databaseMessage));
    }
}
