package ir.hami.access.web;

import ir.hami.access.ActivationService;
import ir.hami.access.Captcha;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Portal activation in three steps: who and which mobile, the SMS code, the password. */
@Named
@ViewScoped
public class ActivationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivationService activation;

    @Inject
    Captcha captcha;

    private int step = 1;
    private ActivationService.Started started;
    private String nationalId;
    private String mobile;
    private String captchaAnswer;
    private String code;
    private String password;
    private String repeated;

    public void start() {
        if (!captcha.check(captchaAnswer)) {
            Texts.error("activationForm:captcha", "captcha.wrong");
            return;
        }
        try {
            started = activation.start(nationalId, mobile, Requests.clientIp());
            step = 2;
        } catch (ValidationException e) {
            Texts.error(fieldOf(e.key()), e.key(), e.args());
        }
    }

    public void resend() {
        try {
            started = activation.start(started.nationalId(), started.mobile(), Requests.clientIp());
            Texts.info(null, "sms.code.sent", started.maskedMobile());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void verify() {
        try {
            activation.verify(started, code);
            step = 3;
        } catch (ValidationException e) {
            Texts.error("activationForm:code", e.key(), e.args());
        }
    }

    public String finish() {
        try {
            activation.complete(started, password, repeated, Requests.clientIp());
        } catch (ValidationException e) {
            if ("activation.expired".equals(e.key())) {
                step = 1;
                Texts.error(null, e.key());
            } else {
                Texts.error(e.key().equals("password.mismatch") ? "activationForm:repeated" : "activationForm:password",
                        e.key(), e.args());
            }
            return null;
        }
        Texts.info(null, "activation.done");
        Texts.keepForRedirect();
        return "/login.xhtml?faces-redirect=true";
    }

    private static String fieldOf(String key) {
        if (key.startsWith("mobile") || key.startsWith("activation.mobile")) {
            return "activationForm:mobile";
        }
        if (key.startsWith("nationalId") || key.equals("activation.notCovered")) {
            return "activationForm:nationalId";
        }
        return null;
    }

    public int getStep() { return step; }
    public ActivationService.Started getStarted() { return started; }
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
