package vn.covidmaps.geoserver;

import java.util.List;
import vn.covidmaps.change.Action;

/** Everything publishing would do on GeoServer, resource by resource, in the order it would do it. */
public record PublishPlan(List<PlanItem> items) {
    public PublishPlan {
        items = List.copyOf(items);
    }

    /** The items that need a write. */
    public List<PlanItem> changes() {
        return items.stream().filter(i -> i.action() != Action.UNCHANGED).toList();
    }

    public boolean isUnchanged() {
        return changes().isEmpty();
    }
}
