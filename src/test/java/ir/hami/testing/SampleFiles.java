package ir.hami.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small files as a person would attach them, told apart by their content: a photo, a scan, a program. */
public final class SampleFiles {

    private static final byte[] JPEG_HEAD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I',
            'F', 0};

    private SampleFiles() {
    }

    /** A JPEG photo of this many bytes (its header says JPEG; the rest is padding). */
    public static byte[] jpeg(int size) {
        byte[] data = new byte[size];
        System.arraycopy(JPEG_HEAD, 0, data, 0, JPEG_HEAD.length);
        return data;
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A Windows program (its "MZ" header), whatever its name says. */
    public static byte[] exe() {
        byte[] data = new byte[4096];
        data[0] = 'M';
        data[1] = 'Z';
        data[60] = (byte) 0x80;
        return data;
    }

    /** Writes the bytes to a file of this name under target/tmp, for a browser to choose. */
    public static Path write(String name, byte[] data) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("hami.target", "target"), "tmp", "uploads"));
            return Files.write(dir.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
