package ir.hami.platform.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored upload to the browser as a download: the type detected from the content when it was stored, never
 * sniffed by the browser; a sandbox CSP, so a file opened in a tab cannot run anything; not kept in shared or disk
 * caches; and the original name in the RFC 5987 form beside an ASCII fallback. Who may download is the caller's
 * decision, made before this is called.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static void send(HttpServletResponse response, StoredFile file) throws IOException {
        byte[] data = file.getData();
        response.setContentType(file.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", contentDisposition(file.getFileName()));
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }

    /**
     * {@code attachment} with an ASCII fallback name (anything else becomes _) and the real name in RFC 5987 form.
     */
    static String contentDisposition(String name) {
        String n = name == null || name.isBlank() ? "file" : name;
        String ascii = n.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
