package vn.covidmaps.ingest;

import java.util.regex.Pattern;

/** Whole and decimal numbers, accepting the Vietnamese decimal comma and thousands separators. */
public final class NumberValues {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\\s])\\d{3}(\\1\\d{3})*");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private NumberValues() {
    }

    public static Outcome<Integer> integer(Object cell) {
        if (cell instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE
                    ? Outcome.ok(d.intValue()) : Outcome.fail("not a whole number");
        }
        if (cell instanceof SpecialCell special) {
            return Outcome.fail(special.description());
        }
        String text = CellText.of(cell);
        if (text == null) {
            return Outcome.empty();
        }
        String digits = GROUPED.matcher(text).matches() ? text.replaceAll("[.,\\s]", "") : text;
        if (!digits.matches("-?\\d{1,9}")) {
            return Outcome.fail("not a whole number");
        }
        return Outcome.ok(Integer.parseInt(digits));
    }

    public static Outcome<Double> decimal(Object cell) {
        if (cell instanceof Double d) {
            return Outcome.ok(d);
        }
        if (cell instanceof SpecialCell special) {
            return Outcome.fail(special.description());
        }
        String text = CellText.of(cell);
        if (text == null) {
            return Outcome.empty();
        }
        if (!DECIMAL.matcher(text).matches()) {
            return Outcome.fail("not a number");
        }
        return Outcome.ok(Double.parseDouble(text.replace(',', '.')));
    }
}
