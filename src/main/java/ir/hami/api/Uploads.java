package ir.hami.api;

import ir.hami.platform.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Uploads of the members' API: one file per request, the file's bytes as the request body (any
 * {@code Content-Type}; it is not trusted) and its name, percent-encoded UTF-8 if it is not ASCII, in the
 * {@value #FILE_NAME} header. The body is read up to the feature's limit; a larger one is read to its end and
 * thrown away (so the phone gets the answer, not a broken connection) and refused with {@code upload.tooLarge}.
 * What the file is, is decided from its bytes by the feature's service (Tika through {@code UploadRule}), never here.
 */
public final class Uploads {

    /** The header with the file's name. */
    public static final String FILE_NAME = "X-File-Name";
    /** Past this much a body is not even drained: the connection is left to close. */
    private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    private Uploads() {
    }

    /**
     * The whole body, at most {@code maxBytes}.
     *
     * @throws ValidationException {@code upload.empty}, {@code upload.tooLarge} (argument: the limit in MB)
     */
    public static byte[] read(InputStream body, long maxBytes) {
        if (body == null) {
            throw new ValidationException("upload.empty");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    drain(body, buffer, total);
                    throw new ValidationException("upload.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new WebApplicationException(ApiProblems.invalidBody("The upload was cut off; send it again.")
                    .response(0));
        }
        if (total == 0) {
            throw new ValidationException("upload.empty");
        }
        return out.toByteArray();
    }

    private static void drain(InputStream body, byte[] buffer, long read) throws IOException {
        long total = read;
        int n;
        while (total < DRAIN_LIMIT && (n = body.read(buffer)) > 0) {
            total += n;
        }
    }

    /** The file's name from the header (percent-decoded), or a plain default. */
    public static String fileName(String header, String fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }
}
