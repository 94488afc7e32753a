package ir.hami.access.web;

import ir.hami.access.Captcha;
import ir.hami.access.RecoveryService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Password recovery in three steps (seed 001): member code, national ID and mobile; the SMS code; a new password. */
@Named
@ViewScoped
public class RecoveryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecoveryService recovery;

    @Inject
    Captcha captcha;

    private int step = 1;
    private RecoveryService.Started started;
    private String memberCode;
    private String nationalId;
    private String mobile;
    private String captchaAnswer;
    private String code;
    private String password;
    private String repeated;

    public void start() {
        if (!captcha.check(captchaAnswer)) {
            Texts.error("recoveryForm:captcha", "captcha.wrong");
            return;
        }
        try {
            started = recovery.start(memberCode, nationalId, mobile, Requests.clientIp());
            step = 2;
        } catch (ValidationException e) {
            Texts.error(fieldOf(e.key()), e.key(), e.args());
        }
    }

    public void resend() {
        try {
            started = recovery.start(memberCode, started.nationalId(), started.mobile(), Requests.clientIp());
            Texts.info(null, "sms.code.sent", started.maskedMobile());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void verify() {
        try {
            recovery.verify(started, code);
            step = 3;
        } catch (ValidationException e) {
            Texts.error("recoveryForm:code", e.key(), e.args());
        }
    }

    public String finish() {
        int left;
        try {
            left = recovery.complete(started, memberCode, password, repeated, Requests.clientIp());
        } catch (ValidationException e) {
            if ("activation.expired".equals(e.key()) || "recovery.limitReached".equals(e.key())) {
                step = 1;
                Texts.error(null, e.key());
            } else {
                Texts.error(e.key().equals("password.mismatch") ? "recoveryForm:repeated" : "recoveryForm:password",
                        e.key(), e.args());
            }
            return null;
        }
        Texts.info(null, "recovery.done");
        Texts.info(null, "recovery.remaining", left, started.max());
        Texts.keepForRedirect();
        return "/login.xhtml?faces-redirect=true";
    }

    private static String fieldOf(String key) {
        if (key.startsWith("mobile") || key.equals("recovery.mobileMismatch")) {
            return "recoveryForm:mobile";
        }
        if (key.startsWith("nationalId")) {
            return "recoveryForm:nationalId";
        }
        return null;
    }

    public int getStep() { return step; }
    public RecoveryService.Started getStarted() { return started; }
    public String getMemberCode() { return memberCode; }
    public void setMemberCode(String memberCode) { this.memberCode = memberCode; }
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
