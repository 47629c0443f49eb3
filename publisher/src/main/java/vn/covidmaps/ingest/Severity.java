package vn.covidmaps.ingest;

/** Errors block publishing; warnings are reported and the row is still handled. */
public enum Severity {
    ERROR, WARNING
}
