package vn.covidmaps.text;

/** A parsed cell: either a value (possibly null for an empty cell) or what is wrong with it. */
public record Outcome<T>(T value, String error) {

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> empty() {
        return new Outcome<>(null, null);
    }

    public static <T> Outcome<T> fail(String error) {
        return new Outcome<>(null, error);
    }

    public boolean failed() {
        return error != null;
    }
}
