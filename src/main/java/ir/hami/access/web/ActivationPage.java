package ir.hami.access.web;

import ir.hami.access.ActivationService;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Portal activation in three steps: who and which mobile, the SMS code, the password. */
@Named
@ViewScoped
public class ActivationPage extends SmsCodeSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivationService activation;

    private ActivationService.Started started;
    private String memberCode;
    private java.time.LocalDate birthDate;

    @Override
    protected String form() {
        return "activationForm";
    }

    @Override
    protected void begin() {
        started = activation.start(getNationalId(), getMobile(), memberCode, birthDate, Requests.clientIp());
    }

    @Override
    protected void sendAgain() {
        started = activation.start(started.nationalId(), started.mobile(), memberCode, birthDate,
                Requests.clientIp());
        Texts.info(null, "activation.codeSentIfRight", started.maskedMobile());
    }

    @Override
    protected void checkCode(String typedCode) {
        activation.verify(started, typedCode, Requests.clientIp());
    }

    @Override
    protected void complete(String password, String repeated) {
        activation.complete(started, password, repeated, Requests.clientIp());
        Texts.info(null, "activation.done");
    }

    public ActivationService.Started getStarted() {
        return started;
    }

    public String getMemberCode() { return memberCode; }
    public void setMemberCode(String memberCode) { this.memberCode = memberCode; }
    public java.time.LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(java.time.LocalDate birthDate) { this.birthDate = birthDate; }
}
