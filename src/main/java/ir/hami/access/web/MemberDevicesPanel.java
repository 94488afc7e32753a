package ir.hami.access.web;

import ir.hami.access.MemberDevices;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Staff's panel on the accounts page: find a member by national ID and sign the member out of all devices. */
@Named
@ViewScoped
public class MemberDevicesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberDevices devices;

    private String nationalId;
    private MemberDevices.Account account;

    public void find() {
        account = null;
        try {
            account = devices.find(nationalId).orElse(null);
            if (account == null) {
                Texts.error("devicesForm:nationalId", MemberDevices.KEY_NOT_FOUND);
            }
        } catch (ValidationException e) {
            Texts.error("devicesForm:nationalId", e.key(), e.args());
        }
    }

    public void signOutAll() {
        if (account == null) {
            return;
        }
        try {
            int signedIn = devices.signOutAll(account.accountId(), Requests.clientIp());
            Texts.info(null, "devices.signedOut", signedIn);
            account = devices.find(account.nationalId()).orElse(null);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public String getCountText() {
        return account == null ? null : Texts.text("devices.count", account.devices());
    }

    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public MemberDevices.Account getAccount() { return account; }
}
