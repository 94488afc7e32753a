package ir.hami.messaging.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.ThreadView;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One of the member's messages ({@code /member/message.xhtml?id=…}): the thread, its status and the staff's
 * replies, and a follow-up while it is not closed. Another member's thread answers 404, as an unknown one does.
 */
@Named
@ViewScoped
public class MemberThreadPage extends ThreadPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageDesk desk;

    @Inject
    PortalUser user;

    @Override
    protected ThreadView fetch(long threadId) {
        return desk.threadOf(threadId, user.getPersonId());
    }

    @Override
    protected String form() {
        return "followUpForm:";
    }

    public void followUp() {
        try {
            posted(desk.followUp(getAttachments().key(), getThread().id(), user.getPersonId(), getBody(),
                    Requests.clientIp()), "messages.followUp.sent");
        } catch (ValidationException e) {
            refused(e);
        }
    }
}
