package ir.hami.access.web;

import ir.hami.access.ApiTokens;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * «خروج از همه دستگاه‌ها» on the member's profile page: how many devices (the mobile app) are signed in to the
 * account, and signing them all out. Always the logged-in member's own account.
 */
@Named
@RequestScoped
public class MyDevicesPanel {

    @Inject
    ApiTokens tokens;

    @Inject
    PortalUser user;

    private Long devices;

    /** How many devices are signed in now. */
    public long getDevices() {
        if (devices == null) {
            devices = user.getAccountId() == null ? 0 : tokens.activeDevices(user.getAccountId());
        }
        return devices;
    }

    /** "N devices are signed in", in the reader's language and digits. */
    public String getCountText() {
        return Texts.text("devices.count", getDevices());
    }

    public void signOutAll() {
        if (user.getAccountId() == null) {
            return;
        }
        int signedIn = tokens.revokeAll(user.getAccountId(), user.getUsername(), Requests.clientIp());
        devices = null;
        Texts.info(null, "devices.signedOut", signedIn);
    }
}
