package vn.covidmaps.ingest;

import java.util.regex.Pattern;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/** Whole and decimal numbers, accepting the Vietnamese decimal comma and thousands separators. */
public final class NumberValues {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\\s])\\d{3}(\\1\\d{3})*");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private NumberValues() {
    }

    public static Outcome<Integer> integer(Object cell) {
        if (cell instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE
                    ? Outcome.ok(d.intValue()) : Outcome.fail(Text.of("number.notWhole"));
        }
        return CellText.parse(cell, NumberValues::wholeNumber);
    }

    private static Outcome<Integer> wholeNumber(String text) {
        String digits = GROUPED.matcher(text).matches() ? text.replaceAll("[.,\\s]", "") : text;
        if (!digits.matches("-?\\d{1,9}")) {
            return Outcome.fail(Text.of("number.notWhole"));
        }
        return Outcome.ok(Integer.parseInt(digits));
    }

    public static Outcome<Double> decimal(Object cell) {
        if (cell instanceof Double d) {
            return Outcome.ok(d);
        }
        return CellText.parse(cell, text -> DECIMAL.matcher(text).matches()
                ? Outcome.ok(Double.parseDouble(text.replace(',', '.')))
                : Outcome.fail(Text.of("number.invalid")));
    }
}
