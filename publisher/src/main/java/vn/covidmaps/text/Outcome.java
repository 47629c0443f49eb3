package vn.covidmaps.text;

/**
 * A parsed cell: either a value (possibly null for an empty cell) or what is wrong with it, as a
 * {@link Text} that the command renders in the operator's language.
 */
public record Outcome<T>(T value, Text error) {

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> empty() {
        return new Outcome<>(null, null);
    }

    public static <T> Outcome<T> fail(Text error) {
        return new Outcome<>(null, error);
    }

    public boolean failed() {
        return error != null;
    }
}
