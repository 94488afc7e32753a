package ir.hami.messaging.web;

import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.ThreadView;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;

/**
 * What the member's and the staff's thread pages share: the thread named by the {@code id} view parameter (404 when
 * the reader may not see it, as for an unknown id), the text and files of the next post, and how a refusal is shown
 * (beside the text for the text's own rules; otherwise at the top, with the thread shown as it now is).
 */
public abstract class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ThreadView thread;
    private String body;
    private final AttachmentsField attachments = new AttachmentsField();

    /** The thread as this reader may see it. @throws ValidationException when they may not */
    protected abstract ThreadView fetch(long threadId);

    /** The client id prefix of the form with the text field, e.g. {@code "replyForm:"}. */
    protected abstract String form();

    /** The view action. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw new ValidationException(MessageDesk.KEY_NOT_FOUND);
            }
            show(fetch(id));
        } catch (ValidationException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** A post was sent: the form is empty again, with a new one-time key. */
    protected void posted(ThreadView now, String doneKey) {
        show(now);
        body = null;
        attachments.reset();
        Texts.info(null, doneKey);
    }

    protected void refused(ValidationException e) {
        boolean text = MessageDesk.KEY_BODY.equals(e.key()) || MessageDesk.KEY_BODY_LONG.equals(e.key());
        Texts.error(text ? form() + "body" : null, e.key(), e.args());
        if (!text) {
            // closed or changed by someone else meanwhile: show it as it now is
            show(fetch(thread.id()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    protected void show(ThreadView view) {
        thread = view;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ThreadView getThread() { return thread; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public AttachmentsField getAttachments() { return attachments; }
}
