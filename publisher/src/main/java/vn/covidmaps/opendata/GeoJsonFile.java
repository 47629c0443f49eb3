package vn.covidmaps.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerDefinition;

/** A layer's rows as an RFC 7946 FeatureCollection (longitude first, UTF-8, dates as yyyy-mm-dd), streamed. */
final class GeoJsonFile implements RowSink {
    private final JsonGenerator json;
    private final List<Attribute> attributes;
    private final WKBReader wkb = new WKBReader();
    private final GeoJsonWriter geometry = new GeoJsonWriter(7);

    GeoJsonFile(Path file, LayerDefinition layer) throws IOException {
        this.attributes = layer.attributes();
        this.json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
        geometry.setEncodeCRS(false);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeStringField("name", layer.name());
        json.writeArrayFieldStart("features");
    }

    @Override
    public void row(ExportRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeNumberField("id", row.fid());
        json.writeFieldName("geometry");
        try {
            json.writeRawValue(geometry.write(wkb.read(row.wkb())));
        } catch (ParseException e) {
            throw new IOException("PostGIS returned a geometry JTS cannot read (fid " + row.fid() + "): " + e.getMessage(), e);
        }
        json.writeObjectFieldStart("properties");
        json.writeNumberField("fid", row.fid());
        json.writeStringField("report_date", row.reportDate().toString());
        for (int i = 0; i < attributes.size(); i++) {
            Object value = row.values().get(i);
            String name = attributes.get(i).name();
            if (value == null) {
                json.writeNullField(name);
            } else if (value instanceof Long number) {
                json.writeNumberField(name, number);
            } else if (value instanceof Double number) {
                json.writeNumberField(name, number);
            } else if (value instanceof LocalDate date) {
                json.writeStringField(name, date.toString());
            } else {
                json.writeStringField(name, value.toString());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
