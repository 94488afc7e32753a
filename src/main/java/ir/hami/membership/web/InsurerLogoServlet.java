package ir.hami.membership.web;

import ir.hami.membership.InsurerLogos;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.web.Requests;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code /logo?insurer=<id>}: the insurer's logo from the file store, or a generic image when the insurer has none
 * (or the id is missing or unknown). Logos are not personal data; browsers may keep them for an hour.
 */
@WebServlet(name = "insurerLogo", urlPatterns = "/logo")
public class InsurerLogoServlet extends HttpServlet {

    static final String GENERIC = "/resources/hami/img/insurer.svg";

    @Inject
    InsurerLogos logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox");
        Optional<StoredFile> logo = Requests.id(request.getParameter("insurer")).flatMap(logos::logoOf);
        if (logo.isPresent()) {
            StoredFile file = logo.get();
            String etag = "\"" + file.getSha256() + "\"";
            response.setHeader("ETag", etag);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(file.getContentType());
            byte[] data = file.getData();
            response.setContentLength(data.length);
            response.getOutputStream().write(data);
            return;
        }
        response.setContentType("image/svg+xml");
        try (InputStream in = getServletContext().getResourceAsStream(GENERIC)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            in.transferTo(response.getOutputStream());
        }
    }
}
