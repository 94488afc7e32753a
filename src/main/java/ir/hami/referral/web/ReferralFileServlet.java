package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.GuardedDownload;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.Viewer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /files/referral?id=<attachment id>}: a referral request's attachment, for whoever may see the request (its
 * family, its centre, the referral unit) — the service decides; anyone else, or an unknown id, gets 403 and no data.
 * Served as a download with the type detected from the content when it was stored, never sniffed by the browser.
 * {@code /files/*} is under a security constraint (logged-in roles only).
 */
@WebServlet(name = "referralFile", urlPatterns = "/files/referral")
public class ReferralFileServlet extends HttpServlet {

    @Inject
    ReferralDesk desk;

    @Inject
    PortalUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GuardedDownload.send(request, response, user.isLoggedIn(), id -> desk.attachment(Viewer.of(user), id));
    }
}
