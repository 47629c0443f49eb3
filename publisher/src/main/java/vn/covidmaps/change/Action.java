package vn.covidmaps.change;

/** What publishing does to one resource, in PostGIS or on GeoServer. */
public enum Action {
    CREATE, UPDATE, UNCHANGED
}
