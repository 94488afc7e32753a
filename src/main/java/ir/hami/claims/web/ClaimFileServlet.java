package ir.hami.claims.web;

import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.Requests;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /member/claim-file?id=<document id>}: a claim's document image, shown in the page (thumbnails), for whoever
 * may see the claim — {@link ClaimFiles#file} decides; another family's image, or an unknown id, gets 403 and no
 * data. The type is the one detected from the bytes when the image was stored (JPEG or PNG), never sniffed by the
 * browser; kept in the browser's private cache only.
 */
@WebServlet(name = "claimFile", urlPatterns = "/member/claim-file")
public class ClaimFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimFiles files;

    @Inject
    PortalUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Requests.id(request.getParameter("id")).orElse(null);
        if (id == null || !user.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StoredFile file;
        try {
            file = files.file(ClaimViewer.of(user), id);
        } catch (ValidationException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file == null || !ClaimFiles.IMAGES.contains(file.getContentType())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] data = file.getData();
        response.setContentType(file.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
