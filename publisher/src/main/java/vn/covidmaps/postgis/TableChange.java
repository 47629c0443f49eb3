package vn.covidmaps.postgis;

import java.util.List;

/**
 * What loading needs to do to one layer table before its rows go in.
 *
 * @param conflicts differences that cannot be fixed automatically (e.g. a column changed type)
 */
public record TableChange(String table, Action action, List<String> details, List<String> conflicts) {

    public enum Action { CREATE, UPDATE, UNCHANGED }
}
