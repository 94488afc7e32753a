package ir.hami.referral.web;

import ir.hami.network.TreatmentCenter;
import java.io.Serializable;

/** A treatment centre as the request form offers it: id, "name (city)" and whether it issues letters online. */
public record CenterOption(long id, String label, boolean online) implements Serializable {

    public static CenterOption of(TreatmentCenter c) {
        return new CenterOption(c.getId(), c.getCity() == null ? c.getName() : c.getName() + " (" + c.getCity().getName() + ")",
                c.isOnlineReferrals());
    }

    public String getLabel() { return label; }
    public boolean isOnline() { return online; }
}
