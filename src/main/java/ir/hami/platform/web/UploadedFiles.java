package ir.hami.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.primefaces.model.file.UploadedFile;

/** An uploaded file on disk for the length of one piece of work (a streaming Excel reader wants a path). */
public final class UploadedFiles {

    /** The work on the file's path. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Path file);
    }

    private UploadedFiles() {
    }

    /**
     * Copies the upload to a temporary file, runs the work on it and deletes the file, whatever the work did.
     *
     * @throws IOException the upload could not be copied
     */
    public static <T> T onDisk(UploadedFile upload, String prefix, Work<T> work) throws IOException {
        Path temp = Files.createTempFile(prefix, ".xlsx");
        try {
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return work.on(temp);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file under the server's temp folder
            }
        }
    }
}
