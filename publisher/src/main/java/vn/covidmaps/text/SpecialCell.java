package vn.covidmaps.text;

/**
 * A cell that holds no usable value: an Excel error such as {@code #N/A}, or a formula saved
 * without its computed value (written by a tool rather than Excel).
 */
public record SpecialCell(String description) {
}
