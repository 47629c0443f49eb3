package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.covidmaps.text.Text;

/** Recognises what the operator gave us (.xlsx, .xls, CSV files, a directory of CSVs) by content, not only by name. */
public final class WorkbookOpener {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookOpener() {
    }

    public static Workbook open(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw new WorkbookException(Text.of("file.none"));
        }
        if (inputs.size() == 1) {
            return open(inputs.get(0));
        }
        for (Path input : inputs) {
            requireReadable(input);
            if (!isCsv(input)) {
                throw new WorkbookException(Text.of("file.notCsv", input.getFileName()));
            }
        }
        // named by its files, in no language: the name is part of every problem line
        return new CsvWorkbook(String.join(", ", inputs.stream().map(input -> input.getFileName().toString()).toList()), inputs);
    }

    public static Workbook open(Path input) {
        requireReadable(input);
        if (Files.isDirectory(input)) {
            List<Path> csvs = csvFilesIn(input);
            List<Problem> skipped = new ArrayList<>();
            List<Path> inside = csvs.stream().filter(csv -> DirectoryLinks.staysInside(input, csv, skipped)).toList();
            if (inside.isEmpty() && skipped.isEmpty()) {
                throw new WorkbookException(Text.of("file.noCsv", input));
            }
            return new CsvWorkbook(input.getFileName().toString(), inside, skipped);
        }
        byte[] head = head(input);
        if (startsWith(head, OLE2)) {
            return new XlsWorkbook(input);
        }
        if (startsWith(head, ZIP) && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ods")) {
            throw new WorkbookException(Text.of("file.ods", input.getFileName()));
        }
        if (startsWith(head, ZIP)) {
            return new XlsxWorkbook(input);
        }
        if (isCsv(input)) {
            return new CsvWorkbook(input.getFileName().toString(), List.of(input));
        }
        if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new WorkbookException(Text.of("file.damaged", input.getFileName()));
        }
        throw new WorkbookException(Text.of("file.notSpreadsheet", input.getFileName()));
    }

    private static void requireReadable(Path input) {
        if (!Files.exists(input)) {
            throw new WorkbookException(Text.of("file.notFound", input));
        }
        if (!Files.isReadable(input)) {
            throw new WorkbookException(Text.of("file.denied", input));
        }
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static List<Path> csvFilesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(WorkbookOpener::isCsv).sorted().toList();
        } catch (IOException e) {
            throw new WorkbookException(Text.of("file.unreadable", directory, e.getMessage()), e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new WorkbookException(Text.of("file.unreadable", file, e.getMessage()), e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
