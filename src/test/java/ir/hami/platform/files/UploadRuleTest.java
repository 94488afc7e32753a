package ir.hami.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadRuleTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);

    private final UploadRule rule = UploadRule.documents(1024);

    @Test
    void photosAndPdfAreAcceptedByTheirContent() {
        assertEquals("image/png", rule.check(PNG));
        assertEquals("image/jpeg", rule.check(JPEG));
        assertEquals("application/pdf", rule.check(PDF));
    }

    @Test
    void aProgramNamedLikeAPhotoIsRefused() {
        byte[] exe = new byte[200];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("upload.type", assertThrows(ValidationException.class, () -> rule.check(exe)).key());
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("upload.type", assertThrows(ValidationException.class, () -> rule.check(html)).key());
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals("upload.empty", assertThrows(ValidationException.class, () -> rule.check(new byte[0])).key());
        byte[] big = new byte[2 * 1024 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        ValidationException e = assertThrows(ValidationException.class,
                () -> UploadRule.documents(1024 * 1024).check(big));
        assertEquals("upload.tooLarge", e.key());
        assertEquals(1L, e.args()[0]);
    }

    @Test
    void displayNameKeepsOnlyTheLastSegmentWithoutControlCharacters() {
        assertEquals("order.jpg", UploadRule.displayName("C:\\Users\\ali\\order.jpg"));
        assertEquals("x.pdf", UploadRule.displayName("../../etc/x.pdf"));
        assertEquals("ab.png", UploadRule.displayName("a\u0000b.png"));
        assertEquals("file", UploadRule.displayName("  "));
        assertEquals("file", UploadRule.displayName(null));
        assertEquals(120, UploadRule.displayName("x".repeat(300)).length());
    }
}
