package ir.hami.platform.files;

import ir.hami.platform.ValidationException;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What an uploaded file may be: the content types allowed, told from the bytes (Apache Tika's magic numbers, never the
 * file's name or the browser's claim), and the largest size. Rule: an empty file, a file over the limit, or a file
 * whose content is not of an allowed type is refused with a message key of the portal's bundle:
 * {@code upload.empty}, {@code upload.tooLarge} (argument: the limit in MB) or {@code upload.type}.
 */
public record UploadRule(Set<String> types, long maxBytes) {

    /** Photos of documents and scanned PDFs: the doctor's order, a national card, a message's attachments. */
    public static final Set<String> IMAGES_AND_PDF = Set.of("image/jpeg", "image/png", "application/pdf");

    /** The default limit of one attachment (hami.upload.max-bytes): 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Tika TIKA = new Tika();

    public UploadRule {
        types = Set.copyOf(types);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** Images (JPEG, PNG) or PDF up to {@code maxBytes}. */
    public static UploadRule documents(long maxBytes) {
        return new UploadRule(IMAGES_AND_PDF, maxBytes);
    }

    /**
     * @param data the whole file
     * @return the content type detected from the bytes, one of {@link #types()}
     * @throws ValidationException when the file is empty, too large or of another type
     */
    public String check(byte[] data) {
        if (data == null || data.length == 0) {
            throw new ValidationException("upload.empty");
        }
        if (data.length > maxBytes) {
            throw new ValidationException("upload.tooLarge", megabytes());
        }
        String type = TIKA.detect(data);
        if (!types.contains(type)) {
            throw new ValidationException("upload.type");
        }
        return type;
    }

    /** The limit in whole megabytes, for messages. */
    public long megabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /**
     * A name safe to show and to offer as a download name: the last path segment of what the browser sent, without
     * control characters, at most 120 characters; "file" when nothing is left.
     */
    public static String displayName(String submitted) {
        if (submitted == null) {
            return "file";
        }
        String name = submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isEmpty() ? "file" : name;
    }
}
