package vn.covidmaps.layer;

/** What a text column drops before it is published ({@code drop:} on a column of a layer file). */
public enum TextRule {
    /** House numbers, "số nhà", "ngõ/ngách/hẻm/kiệt" with their numbers and "12/5" forms; the street or village stays. */
    HOUSE_NUMBERS
}
