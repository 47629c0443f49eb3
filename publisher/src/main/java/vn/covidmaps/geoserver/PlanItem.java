package vn.covidmaps.geoserver;

import java.util.Objects;
import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;

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
    private final String detail;
    private final Write write;

    private PlanItem(ResourceKind kind, String name, Action action, String detail, Write write) {
        this.kind = kind;
        this.name = name;
        this.action = action;
        this.detail = detail;
        this.write = write;
    }

    static PlanItem unchanged(ResourceKind kind, String name, String detail) {
        return new PlanItem(kind, name, Action.UNCHANGED, detail, null);
    }

    static PlanItem change(ResourceKind kind, String name, Action action, String detail, Write write) {
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
        return new Change(kind.label() + " " + name, action, detail);
    }

    /** A short reason: what differs, or what was checked. */
    public String detail() {
        return detail;
    }

    void apply() {
        if (write != null) {
            write.run();
        }
    }

    @Override
    public String toString() {
        return action + " " + kind.label() + " " + name + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
