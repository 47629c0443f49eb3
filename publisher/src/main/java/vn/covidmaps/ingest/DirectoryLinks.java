package vn.covidmaps.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.covidmaps.text.Text;

/**
 * A report directory's files are read only where they really lie inside it: a symbolic link to a
 * file elsewhere (another office's data, /etc/passwd) is not followed, and a warning names it.
 */
final class DirectoryLinks {
    private DirectoryLinks() {
    }

    static boolean staysInside(Path directory, Path file, List<Problem> skipped) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            if (file.toRealPath().startsWith(directory.toRealPath())) {
                return true;
            }
        } catch (IOException broken) {
            // a dangling link is outside too
        }
        skipped.add(new Problem(Severity.WARNING, directory.getFileName().toString(), null, 0, null,
                Text.of("file.linkOutside", file.getFileName(), directory.getFileName()), null));
        return false;
    }
}
