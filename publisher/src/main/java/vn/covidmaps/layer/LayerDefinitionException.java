package vn.covidmaps.layer;

import java.util.List;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** The layer definitions in {@code layers/} are not usable; every problem found is listed, each in the operator's language. */
public class LayerDefinitionException extends CovidMapsException {
    private final List<Text> problems;

    public LayerDefinitionException(List<Text> problems) {
        super(ErrorCode.LAYER_DEFINITIONS, Text.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<Text> problems() {
        return problems;
    }

    /** Printed as "the layer definitions are not usable:" in the operator's language. */
    @Override
    public Text text() {
        return Text.of("failure.layers");
    }

    @Override
    public List<Text> details() {
        return problems;
    }
}
