package vn.covidmaps.engine;

import vn.covidmaps.opendata.OpenDataExport;

/** What happened to the open-data copy ({@code opendata.dir}) after PostGIS changed. */
public sealed interface OpenDataOutcome {

    /** No {@code opendata.dir} is configured, or nothing was changed. */
    record NotAsked() implements OpenDataOutcome {
    }

    /** The copy follows PostGIS again. */
    record Exported(OpenDataExport.Result result) implements OpenDataOutcome {
    }

    /** PostGIS changed but the copy did not follow; the next run catches up. */
    record Failed(RuntimeException failure) implements OpenDataOutcome {
    }
}
