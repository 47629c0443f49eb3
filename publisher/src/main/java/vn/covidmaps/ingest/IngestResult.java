package vn.covidmaps.ingest;

import java.util.Map;

/** What reading a report found: its problems, and how many rows each layer received. */
public record IngestResult(Problems problems, Map<String, Long> counts) {
}
