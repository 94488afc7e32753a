package ir.hami.access.web;

import ir.hami.access.Captcha;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Set;

/**
 * What the activation and recovery pages share: three steps — who you are (with the captcha), the SMS code, the
 * new password — and where each refusal is shown. The services decide; this only walks the steps.
 */
public abstract class SmsCodeSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals at the last step that send the person back to the start. */
    private static final Set<String> RESTART = Set.of("activation.expired", "recovery.limitReached");

    @Inject
    Captcha captcha;

    private int step = 1;
    private String nationalId;
    private String mobile;
    private String captchaAnswer;
    private String code;
    private String password;
    private String repeated;

    /** The form's id, for messages beside its fields. */
    protected abstract String form();

    /** Step one: ask the service for a code (throws ValidationException to refuse). */
    protected abstract void begin();

    /** The same again, for "send the code again". */
    protected abstract void sendAgain();

    /** Step two: the typed code. */
    protected abstract void checkCode(String typedCode);

    /** Step three: the new password; adds the success messages. */
    protected abstract void complete(String password, String repeated);

    public void start() {
        if (!captcha.check(captchaAnswer)) {
            Texts.error(form() + ":captcha", "captcha.wrong");
            return;
        }
        try {
            begin();
            step = 2;
        } catch (ValidationException e) {
            Texts.error(fieldOf(e.key()), e.key(), e.args());
        }
    }

    public void resend() {
        try {
            sendAgain();
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void verify() {
        try {
            checkCode(code);
            step = 3;
        } catch (ValidationException e) {
            Texts.error(form() + ":code", e.key(), e.args());
        }
    }

    public String finish() {
        try {
            complete(password, repeated);
        } catch (ValidationException e) {
            if (RESTART.contains(e.key())) {
                step = 1;
                Texts.error(null, e.key());
            } else {
                Texts.error(form() + (e.key().equals("password.mismatch") ? ":repeated" : ":password"),
                        e.key(), e.args());
            }
            return null;
        }
        Texts.keepForRedirect();
        return "/login.xhtml?faces-redirect=true";
    }

    private String fieldOf(String key) {
        if (key.startsWith("mobile") || key.endsWith(".mobileMismatch")) {
            return form() + ":mobile";
        }
        if (key.equals("activation.rosterProof")) {
            return form() + ":memberCode";
        }
        if (key.startsWith("nationalId") || key.equals("activation.notCovered")) {
            return form() + ":nationalId";
        }
        return null;
    }

    public int getStep() { return step; }
    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getCaptchaAnswer() { return captchaAnswer; }
    public void setCaptchaAnswer(String captchaAnswer) { this.captchaAnswer = captchaAnswer; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
