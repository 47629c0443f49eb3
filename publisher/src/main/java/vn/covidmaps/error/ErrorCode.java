package vn.covidmaps.error;

/**
 * What kind of failure stopped a command, as Flyway's {@code ErrorCode}: the code, not the class or
 * package of the exception, decides the process's exit code ({@code cli.ExitCodes#of}).
 */
public enum ErrorCode {
    /** A setting is missing or wrong. */
    CONFIGURATION,
    /** The layer files in {@code layers/} are not usable. */
    LAYER_DEFINITIONS,
    /** An SLD style cannot be read. */
    STYLE,
    /** The report's files cannot be read as a report at all. */
    WORKBOOK,
    /** A database step failed. */
    DATABASE,
    /** GeoServer's read-only database role cannot be created or changed with the publisher's rights. */
    READER_ROLE,
    /** A GeoServer request failed, or GeoServer answered what cannot be read. */
    GEOSERVER,
    /** A layer table in PostGIS contradicts its layer file: refused before anything is loaded. */
    TABLE_CONFLICT,
    /** A file or directory cannot be read or written: an --out, the map page, the open-data copy, a port to serve on. */
    FILE,
    /** A reviewed plan (publish --plan) no longer matches what it saw, or cannot be read: refused before anything is loaded. */
    STALE_PLAN;
}
