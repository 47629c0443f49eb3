package vn.covidmaps.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;
import vn.covidmaps.text.Text;

/**
 * A file or directory of ours cannot be read or written (plan --out, the map page, the open-data copy, the
 * QGIS project, a port to serve on). The message names it, and why in the operator's language where Java
 * only has English words for it.
 */
public class FileException extends CovidMapsException {
    /** The system's words (strerror) for the usual reasons, as Java passes them on. */
    private static final Map<String, String> SYSTEM_REASONS = Map.of(
            "Not a directory", "io.notDirectory",
            "Is a directory", "io.isDirectory",
            "Read-only file system", "io.readOnly",
            "No space left on device", "io.noSpace",
            "Address already in use", "io.portInUse",
            "Permission denied", "io.denied");

    public FileException(Text message, IOException cause) {
        super(ErrorCode.FILE, message, cause);
    }

    /** Why {@code e} happened, as a text: ours for the usual reasons, else Java's or the system's own words. */
    public static Text reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Text.of("io.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Text.of("io.missing");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return Text.of("io.notDirectory");
        }
        String words = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (words == null) {
            return Text.plain(e.getClass().getSimpleName());
        }
        String key = SYSTEM_REASONS.get(words.strip());
        return key != null ? Text.of(key) : Text.plain(words);
    }
}
