package ir.hami.referral.web;

import ir.hami.access.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StoredFile;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.Viewer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /files/referral?id=<attachmentId>}: an attachment of a referral request, for whoever may see the request
 * ({@link ReferralDesk#attachment}); anyone else, and any unknown id, gets 404 (nobody learns which ids exist).
 * Served as a download with the stored content type (checked by content at upload) and a sandboxing CSP.
 */
@WebServlet(name = "referralFile", urlPatterns = "/files/referral")
public class ReferralFileServlet extends HttpServlet {

    @Inject
    ReferralDesk desk;

    @Inject
    PortalUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Long id = id(request.getParameter("id"));
        if (id == null || !user.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file;
        try {
            file = desk.attachment(Viewer.of(user), id);
        } catch (ValidationException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] data = file.getData();
        response.setContentType(file.getContentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"referral-" + id + extension(file) + "\"");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }

    private static String extension(StoredFile file) {
        return switch (file.getContentType()) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
    }

    static Long id(String parameter) {
        if (parameter == null || parameter.isBlank() || parameter.length() > 18) {
            return null;
        }
        try {
            return Long.parseLong(parameter.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
