package ir.hami.claims.web;

import ir.hami.claims.Admissions;
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
 * {@code /member/admission-file?id=<document id>}: an admission document's image, for whoever may see the admission
 * (the person, the main member stored on it, claims staff) — {@link Admissions} decides; anyone else, or an unknown
 * id, gets 403 and no data. Served with the type detected from the bytes when it was stored.
 */
@WebServlet(name = "admissionFile", urlPatterns = "/member/admission-file")
public class AdmissionFileServlet extends HttpServlet {

    @Inject
    Admissions admissions;

    @Inject
    PortalUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GuardedDownload.send(request, response, user.isLoggedIn(), id -> admissions.file(ClaimViewer.of(user), id));
    }
}
