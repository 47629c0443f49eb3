package vn.covidmaps.layer;

import java.util.List;

/** The layer definitions in {@code layers/} are not usable; every problem found is listed. */
public class LayerDefinitionException extends RuntimeException {
    private final List<String> problems;

    public LayerDefinitionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
