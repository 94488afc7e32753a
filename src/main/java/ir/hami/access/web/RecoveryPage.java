package ir.hami.access.web;

import ir.hami.access.RecoveryService;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Password recovery in three steps (seed 001): member code, national ID and mobile; the SMS code; a new password. */
@Named
@ViewScoped
public class RecoveryPage extends SmsCodeSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    RecoveryService recovery;

    private RecoveryService.Started started;
    private String memberCode;

    @Override
    protected String form() {
        return "recoveryForm";
    }

    @Override
    protected void begin() {
        started = recovery.start(memberCode, getNationalId(), getMobile(), Requests.clientIp());
    }

    @Override
    protected void sendAgain() {
        started = recovery.start(memberCode, started.nationalId(), started.mobile(), Requests.clientIp());
        Texts.info(null, "sms.code.sent", started.maskedMobile());
    }

    @Override
    protected void checkCode(String typedCode) {
        recovery.verify(started, typedCode);
    }

    @Override
    protected void complete(String password, String repeated) {
        int left = recovery.complete(started, memberCode, password, repeated, Requests.clientIp());
        Texts.info(null, "recovery.done");
        Texts.info(null, "recovery.remaining", left, started.max());
    }

    public RecoveryService.Started getStarted() { return started; }
    public String getMemberCode() { return memberCode; }
    public void setMemberCode(String memberCode) { this.memberCode = memberCode; }
}
