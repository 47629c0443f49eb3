package vn.covidmaps.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Converts a generated .xlsx to an Excel 97-2003 .xls with LibreOffice, as an office's old Excel would save it. */
final class LibreOfficeXls {
    private LibreOfficeXls() {
    }

    static Path convert(Path xlsx) throws IOException, InterruptedException {
        Path soffice = Path.of("/usr/bin/soffice");
        if (!Files.isExecutable(soffice)) {
            System.out.println("*** SKIPPED: .xls written by LibreOffice — no /usr/bin/soffice ***");
            Assumptions.abort("no LibreOffice");
        }
        Path dir = xlsx.getParent();
        // a profile of our own, so that other LibreOffice runs on the machine do not lock us out
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "xls", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish converting " + xlsx);
        }
        Path xls = dir.resolve(xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".xls"));
        if (!Files.exists(xls)) {
            throw new IllegalStateException("LibreOffice wrote no .xls: " + Files.readString(dir.resolve("soffice.log")));
        }
        return xls;
    }
}
