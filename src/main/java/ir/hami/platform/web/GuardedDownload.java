package ir.hami.platform.web;

import ir.hami.platform.ValidationException;
import ir.hami.platform.files.FileDownload;
import ir.hami.platform.files.StoredFile;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A stored file by the {@code id} parameter, for a logged-in caller whom the feature's service lets read it: no id,
 * no login, an unknown id, a refusal of the service or of its role check all get the same 403 and no data.
 */
public final class GuardedDownload {

    /** The feature's service: the file with that id if the caller may read it, else null or a refusal. */
    @FunctionalInterface
    public interface Lookup {
        StoredFile find(long id);
    }

    private GuardedDownload() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, boolean loggedIn,
                            Lookup lookup) throws IOException {
        Long id = Requests.id(request.getParameter("id")).orElse(null);
        if (id == null || !loggedIn) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StoredFile file;
        try {
            file = lookup.find(id);
        } catch (ValidationException | EJBAccessException e) {
            file = null;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        FileDownload.send(response, file);
    }
}
