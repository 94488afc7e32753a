package ir.hami.messaging.web;

import ir.hami.access.Captcha;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.ThreadView;
import ir.hami.messaging.TrackingCode;
import ir.hami.platform.ValidationException;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * «پیگیری پیام» ({@code /public/track-message.xhtml}): a visitor of the public site follows their message by its
 * tracking code and the mobile it was sent from, with the image captcha; the thread and the staff's replies are
 * shown, and its files may be downloaded in this session.
 */
@Named
@ViewScoped
public class TrackMessagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "trackForm:";

    @Inject
    MessageDesk desk;

    @Inject
    Captcha captcha;

    @Inject
    TrackedThreads tracked;

    private String code;
    private String mobile;
    private String captchaAnswer;
    private ThreadView thread;

    public void find() {
        thread = null;
        if (!captcha.check(captchaAnswer)) {
            captchaAnswer = null;
            Texts.error(FORM + "captcha", "captcha.wrong");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        captchaAnswer = null;
        try {
            thread = desk.tracked(code, mobile, Requests.clientIp());
            tracked.add(thread.id());
        } catch (ValidationException e) {
            String field = switch (e.key()) {
                case TrackingCode.KEY_INVALID -> FORM + "code";
                case MobileNumber.KEY_INVALID -> FORM + "mobile";
                default -> null;
            };
            Texts.error(field, e.key(), e.args());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public ThreadView getThread() { return thread; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getCaptchaAnswer() { return captchaAnswer; }
    public void setCaptchaAnswer(String captchaAnswer) { this.captchaAnswer = captchaAnswer; }
}
