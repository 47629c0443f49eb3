package vn.covidmaps.engine;

/** A reviewed plan cannot be applied as reviewed; the message says which file and what changed. */
public class PlanRefusedException extends RuntimeException {
    public PlanRefusedException(String message) {
        super(message);
    }
}
