package vn.covidmaps.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.covidmaps.layer.LayerDefinition;

/**
 * A layer's rows as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as
 * Windows-1252), dates as yyyy-mm-dd, and the position as {@code longitude} and {@code latitude}
 * columns instead of a geometry (an area's outline belongs in the GeoJSON or the GeoPackage).
 */
final class CsvFile implements RowSink {
    private final CSVPrinter csv;

    CsvFile(Path file, LayerDefinition layer) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(ExportColumns.names(layer).toArray(String[]::new)).build());
    }

    @Override
    public void row(ExportRow row) throws IOException {
        List<Object> record = new ArrayList<>(row.values().size() + 4);
        record.add(row.fid());
        record.add(row.reportDate());
        record.addAll(row.values());
        record.add(row.longitude());
        record.add(row.latitude());
        csv.printRecord(record);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
