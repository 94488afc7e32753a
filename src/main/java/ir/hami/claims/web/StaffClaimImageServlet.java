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
 * {@code /staff/claims/image?id=<document id>}: a claim's document image on the assessor's workbench. The web.xml
 * constraint on {@code /staff/claims/*} lets only assessors and administrators in; {@link ClaimFiles#file} checks the
 * viewer again (claims staff see every claim), and an unknown id gets 403 and no data.
 */
@WebServlet(name = "staffClaimImage", urlPatterns = "/staff/claims/image")
public class StaffClaimImageServlet extends HttpServlet {

    @Inject
    ClaimFiles files;

    @Inject
    PortalUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GuardedDownload.send(request, response, user.isLoggedIn(), id -> files.file(ClaimViewer.of(user), id));
    }
}
