package ir.hami.claims.web;

import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.GuardedDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /member/claim-image?id=<document id>}: a claim's document image (the wizard's thumbnails, the details
 * page), for whoever {@link ClaimFiles#file} lets see its claim; an unknown id or another family's image gets 403 and
 * no data. The type is the one detected from the content when it was stored.
 */
@WebServlet(name = "claimImage", urlPatterns = "/member/claim-image")
public class ClaimImageServlet extends HttpServlet {

    @Inject
    ClaimFiles files;

    @Inject
    PortalUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GuardedDownload.send(request, response, user.isLoggedIn(), id -> files.file(ClaimViewer.of(user), id));
    }
}
