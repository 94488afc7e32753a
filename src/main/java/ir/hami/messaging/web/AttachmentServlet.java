package ir.hami.messaging.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.messaging.MessageFiles;
import ir.hami.messaging.Unit;
import ir.hami.messaging.MessageInbox;
import ir.hami.platform.files.FileDownload;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.web.Requests;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Downloads an attachment of a message ({@code /message-file?id=…}) for whoever may read its thread: the member who
 * wrote it, the referral unit's staff and administrators, or a visitor who opened the thread in this session with
 * its tracking code and mobile. Anyone else gets 404, as for an unknown id.
 */
@WebServlet("/message-file")
public class AttachmentServlet extends HttpServlet {

    @Inject
    MessageFiles files;

    @Inject
    PortalUser user;

    @Inject
    TrackedThreads tracked;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Requests.id(request.getParameter("id")).orElse(null);
        if (id == null) {
            response.sendError(404);
            return;
        }
        boolean loggedIn = user.isLoggedIn();
        MessageFiles.Reader reader = new MessageFiles.Reader(loggedIn && user.isMember() ? user.getPersonId() : null,
                loggedIn ? Unit.answeredBy(user.getRole()) : java.util.Set.of(), tracked.ids());
        Optional<StoredFile> file = files.download(id, reader);
        if (file.isEmpty()) {
            response.sendError(404);
            return;
        }
        FileDownload.send(response, file.get());
    }
}
