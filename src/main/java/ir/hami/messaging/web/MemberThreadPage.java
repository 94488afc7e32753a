package ir.hami.messaging.web;

import ir.hami.access.PortalUser;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.MessageThread;
import ir.hami.messaging.ThreadView;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * One of the member's messages ({@code /member/message.xhtml?id=…}): the thread, its status and the staff's
 * replies, and a follow-up while it is not closed. Another member's thread answers 404, as an unknown one does.
 */
@Named
@ViewScoped
public class MemberThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "followUpForm:";

    @Inject
    MessageDesk desk;

    @Inject
    PortalUser user;

    private Long id;
    private ThreadView thread;
    private String body;
    private final AttachmentsField attachments = new AttachmentsField();

    /** The view action: loads the thread if it is the member's own. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw new ValidationException(MessageDesk.KEY_NOT_FOUND);
            }
            thread = desk.threadOf(id, user.getPersonId());
        } catch (ValidationException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void followUp() {
        try {
            thread = desk.followUp(attachments.key(), thread.id(), user.getPersonId(), body, Requests.clientIp());
            body = null;
            attachments.reset();
            Texts.info(null, "messages.followUp.sent");
        } catch (ValidationException e) {
            boolean field = MessageDesk.KEY_BODY.equals(e.key()) || MessageDesk.KEY_BODY_LONG.equals(e.key());
            Texts.error(field ? FORM + "body" : null, e.key(), e.args());
            if (MessageThread.KEY_CLOSED.equals(e.key())) {
                thread = desk.threadOf(thread.id(), user.getPersonId());
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ThreadView getThread() { return thread; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public AttachmentsField getAttachments() { return attachments; }
}
