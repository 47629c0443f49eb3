package vn.covidmaps.geoserver;

/** What publishing does to one resource. */
public enum Action {
    CREATE, UPDATE, UNCHANGED
}
