package ir.hami.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileDownloadTest {

    @Test
    void thePersianNameTravelsEncodedBesideAnAsciiFallback() {
        assertEquals("attachment; filename=\"____.pdf\"; filename*=UTF-8''%D9%86%D8%B3%D8%AE%D9%87.pdf",
                FileDownload.contentDisposition("نسخه.pdf"));
        assertEquals("attachment; filename=\"a_b.jpg\"; filename*=UTF-8''a%20b.jpg",
                FileDownload.contentDisposition("a b.jpg"));
        assertEquals("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf",
                FileDownload.contentDisposition("a\"b.pdf"), "a quote cannot end the header's value");
        assertEquals("attachment; filename=\"file\"; filename*=UTF-8''file", FileDownload.contentDisposition(" "));
        assertEquals("attachment; filename=\"file\"; filename*=UTF-8''file", FileDownload.contentDisposition(null));
    }
}
