package ir.hami.messaging.web;

import ir.hami.messaging.AttachmentView;
import ir.hami.messaging.MessageFiles;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FilesUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The «الصاق فایل» field of a message form (new message, follow-up, staff reply), shared by their pages: holds the
 * form's one-time {@link FormKey}, stages each chosen file at once (checked by content and size), lists the
 * accepted ones and says why each refused one was refused; the accepted ones stay when another is refused.
 */
public class AttachmentsField implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refused file and the reason, in the reader's language. */
    public record Refusal(String name, String reason) implements Serializable {
    }

    private FormKey key = FormKey.random();
    private final List<AttachmentView> accepted = new ArrayList<>();
    private final List<Refusal> refused = new ArrayList<>();

    /** The p:fileUpload listener (simple mode, auto, multiple). */
    public void upload(FilesUploadEvent event) {
        refused.clear();
        for (UploadedFile file : event.getFiles().getFiles()) {
            String name = UploadRule.displayName(file.getFileName());
            UploadRule rule = files().rule();
            try (InputStream in = file.getInputStream()) {
                if (file.getSize() > rule.maxBytes()) {
                    // refused before its bytes are read into memory
                    throw new ValidationException("upload.tooLarge", rule.megabytes());
                }
                byte[] data = in.readAllBytes();
                accepted.add(files().stage(owner(), key, name, data));
            } catch (ValidationException e) {
                refused.add(new Refusal(name, Texts.text(e.key(), e.args())));
            } catch (IOException e) {
                refused.add(new Refusal(name, Texts.text("messages.file.unreadable")));
            } finally {
                try {
                    file.delete();
                } catch (IOException ignored) {
                    // the container drops its temporary part at the end of the request anyway
                }
            }
        }
    }

    public void remove(AttachmentView attachment) {
        files().unstage(owner(), key, attachment.id());
        accepted.removeIf(a -> a.id() == attachment.id());
        refused.clear();
    }

    /** After the form was sent: a fresh key and an empty list, for the next post. */
    public void reset() {
        key = FormKey.random();
        accepted.clear();
        refused.clear();
    }

    public FormKey key() {
        return key;
    }

    public int getMax() {
        return files().maxAttachments();
    }

    public long getMaxBytes() {
        return files().rule().maxBytes();
    }

    public long getMaxMegabytes() {
        return files().rule().megabytes();
    }

    /** What the browser says when it refuses a file over the limit before sending it. */
    public String getTooLargeText() {
        return Texts.text("upload.tooLarge", getMaxMegabytes());
    }

    public List<AttachmentView> getAccepted() {
        return accepted;
    }

    public List<Refusal> getRefused() {
        return refused;
    }

    /** Whose staged files these are: the logged-in account, or (public site) this form from this address. */
    private UploadOwner owner() {
        PortalUser user = CDI.current().select(PortalUser.class).get();
        return user.isLoggedIn() ? UploadOwner.account(user.getUsername())
                : UploadOwner.visitor(key, Requests.clientIp());
    }

    private static MessageFiles files() {
        return CDI.current().select(MessageFiles.class).get();
    }
}
