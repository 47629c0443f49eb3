package vn.covidmaps.text;

/**
 * A cell that holds no usable value: an Excel error such as {@code #N/A}, or a formula saved
 * without its computed value (written by a tool rather than Excel). {@code description} says what is
 * wrong, in no language yet; {@code shown} is what the cell shows ({@code #N/A}, the formula, the start
 * of its text), the cell's text wherever one is needed.
 */
public record SpecialCell(Text description, String shown) {
}
