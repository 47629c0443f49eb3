package vn.covidmaps.geoserver;

import java.util.Objects;
import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;
import vn.covidmaps.text.Text;

/**
 * One resource of a plan: its kind and name, what publishing does to it and why. Items that are not
 * {@link Action#UNCHANGED} carry the write that performs the change.
 */
public final class PlanItem {
    /** The write requests that bring one resource to its desired state. */
    @FunctionalInterface
    interface Write {
        void run();
    }

    private final ResourceKind kind;
    private final String name;
    private final Action action;
    private final Text detail;
    private final Write write;

    private PlanItem(ResourceKind kind, String name, Action action, Text detail, Write write) {
        this.kind = kind;
        this.name = name;
        this.action = action;
        this.detail = detail;
        this.write = write;
    }

    static PlanItem unchanged(ResourceKind kind, String name, Text detail) {
        return new PlanItem(kind, name, Action.UNCHANGED, detail, null);
    }

    static PlanItem change(ResourceKind kind, String name, Action action, Text detail, Write write) {
        return new PlanItem(kind, name, action, detail, Objects.requireNonNull(write));
    }

    public ResourceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Action action() {
        return action;
    }

    /** This item as the plan prints it. */
    public Change change() {
        return new Change(Change.resource(kind.key(), name), action, detail);
    }

    /** A short reason in English, for logs and tests: what differs, or what was checked. */
    public String detail() {
        return detail.english();
    }

    void apply() {
        if (write != null) {
            write.run();
        }
    }

    @Override
    public String toString() {
        return action + " " + kind.label() + " " + name + (detail.isEmpty() ? "" : " (" + detail() + ")");
    }
}
