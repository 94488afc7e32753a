package ir.hami.messaging.web;

import ir.hami.access.Captcha;
import ir.hami.platform.security.PortalUser;
import ir.hami.membership.ContactDetails;
import ir.hami.membership.InsurerOption;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.NewMessage;
import ir.hami.messaging.Sent;
import ir.hami.messaging.Unit;
import ir.hami.platform.ValidationException;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * «ارسال فایل / پیام» (seed 004): the form a member ({@code /member/new-message.xhtml}) or a visitor of the public
 * site ({@code /public/message.xhtml}, with the image captcha) fills to write to a unit of an insurer, with
 * attachments. On success the tracking code is shown (and sent by SMS); the form stays answered, so a second click
 * or a resubmit shows the same code and stores nothing new.
 */
@Named
@ViewScoped
public class SendMessagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "messageForm:";

    @Inject
    MessageDesk desk;

    @Inject
    PortalUser user;

    @Inject
    Captcha captcha;

    private List<InsurerOption> insurers;
    private final AttachmentsField attachments = new AttachmentsField();
    private Long insurerId;
    private Unit unit;
    private String subject;
    private String body;
    private String name;
    private String mobile;
    private String email;
    private String captchaAnswer;
    private NewMessage member;
    private Sent sent;

    @PostConstruct
    void init() {
        insurers = desk.insurers();
        if (user.isMember()) {
            member = desk.senderOf(user.getPersonId());
            insurerId = user.getInsurerId();
        }
    }

    public void send() {
        if (sent != null) {
            return;
        }
        if (member == null && !captcha.check(captchaAnswer)) {
            captchaAnswer = null;
            Texts.error(FORM + "captcha", "captcha.wrong");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        NewMessage message = new NewMessage(insurerId, unit, subject, body, name, mobile, email);
        try {
            sent = desk.send(attachments.key(), message, member == null ? null : user.getPersonId(),
                    Requests.clientIp());
        } catch (ValidationException e) {
            if (MessageDesk.KEY_REPEATED.equals(e.key())) {
                sent = desk.sentWith(attachments.key()).orElse(null);
            }
            if (sent == null) {
                Texts.error(fieldOf(e.key()), e.key(), e.args());
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        Texts.info(null, "messages.sent", code());
    }

    /** The tracking code in the reader's digits. */
    public String code() {
        return sent == null ? null : PersianText.localizeDigits(sent.trackingCode(), Texts.currentLocale());
    }

    private static String fieldOf(String key) {
        return switch (key) {
            case MessageDesk.KEY_INSURER -> FORM + "insurer";
            case MessageDesk.KEY_UNIT -> FORM + "unit";
            case MessageDesk.KEY_SUBJECT, MessageDesk.KEY_SUBJECT_LONG -> FORM + "subject";
            case MessageDesk.KEY_BODY, MessageDesk.KEY_BODY_LONG -> FORM + "body";
            case MessageDesk.KEY_NAME, MessageDesk.KEY_NAME_LONG -> FORM + "name";
            case MobileNumber.KEY_INVALID -> FORM + "mobile";
            case ContactDetails.KEY_EMAIL -> FORM + "email";
            default -> null;
        };
    }

    public boolean isMemberSender() { return member != null; }
    public NewMessage getMember() { return member; }
    public Sent getSent() { return sent; }
    public List<InsurerOption> getInsurers() { return insurers; }
    public Unit[] getUnits() { return Unit.values(); }
    public AttachmentsField getAttachments() { return attachments; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCaptchaAnswer() { return captchaAnswer; }
    public void setCaptchaAnswer(String captchaAnswer) { this.captchaAnswer = captchaAnswer; }
}
