package vn.covidmaps.layer;

import java.util.List;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** The layer definitions in {@code layers/} are not usable; every problem found is listed. */
public class LayerDefinitionException extends CovidMapsException {
    private final List<String> problems;

    public LayerDefinitionException(List<String> problems) {
        super(ErrorCode.LAYER_DEFINITIONS, Text.plain(String.join("\n", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** Printed as "the layer definitions are not usable:" in the operator's language. */
    @Override
    public Text text() {
        return Text.of("failure.layers");
    }

    @Override
    public List<String> details() {
        return problems;
    }
}
