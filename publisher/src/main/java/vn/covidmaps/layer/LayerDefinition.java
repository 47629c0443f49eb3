package vn.covidmaps.layer;

import java.util.List;
import java.util.Optional;

/**
 * One map layer, read from {@code layers/<name>.yaml}: which sheet feeds it, how its columns are
 * parsed, how rows become geometries, and which attributes are published (a whitelist: everything
 * else in the sheet is dropped at ingest). A layer of personal data says with {@code generalise} how it
 * hides where a person lives; it is null for places that are published as they are.
 */
public record LayerDefinition(
        String name,
        String title,
        @com.fasterxml.jackson.annotation.JsonProperty("abstract") String abstractText,
        List<String> keywords,
        String style,
        int drawOrder,
        SheetSource source,
        RowSelection rows,
        List<ColumnDefinition> columns,
        GeometryDefinition geometry,
        List<String> duplicateKey,
        List<String> uniqueKey,
        List<String> publish,
        Generalisation generalise) {

    public static final String LEVEL_LABEL_SUFFIX = "_label";

    /**
     * The PostGIS geometry type of the layer's table: an area when its points are generalised, since the
     * exact point is never stored.
     */
    public String publishedGeometryType() {
        return generalise != null ? GeometryKind.AREA.postgisType() : geometry.type().postgisType();
    }

    public Optional<ColumnDefinition> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The published attributes in table order, with their SQL types and titles. */
    public List<Attribute> attributes() {
        return publish.stream().map(this::attribute).toList();
    }

    private Attribute attribute(String published) {
        Optional<ColumnDefinition> column = column(published);
        if (column.isPresent()) {
            return new Attribute(published, column.get().title(), column.get().type().sqlType());
        }
        Optional<DerivedAttribute> derived = DerivedAttribute.byColumn(published);
        if (derived.isPresent()) {
            return new Attribute(published, derived.get().title(), "text");
        }
        if (published.endsWith(LEVEL_LABEL_SUFFIX)) {
            String levelColumn = published.substring(0, published.length() - LEVEL_LABEL_SUFFIX.length());
            ColumnDefinition level = column(levelColumn).orElseThrow();
            return new Attribute(published, level.title() + " (tên)", "text");
        }
        throw new IllegalStateException("unchecked published attribute " + published);
    }
}
