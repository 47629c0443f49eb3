package vn.covidmaps.geoserver;

import java.util.List;

/**
 * What {@link GeoServerPublisher#apply} did.
 *
 * @param applied            the plan items written
 * @param boundsRecalculated feature types and groups whose bounding boxes were recalculated
 * @param tilesTruncated     GeoWebCache layers whose tiles were deleted
 * @param writeRequests      number of POST/PUT/DELETE requests sent
 */
public record ApplyResult(List<PlanItem> applied, List<String> boundsRecalculated, List<String> tilesTruncated,
                          int writeRequests) {
}
