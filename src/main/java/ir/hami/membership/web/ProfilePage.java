package ir.hami.membership.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.membership.ContactDetails;
import ir.hami.membership.Profile;
import ir.hami.membership.ProfileService;
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

/**
 * Profile (پروفایل, seed 004): the member's name and national ID, contact details and IBAN to edit, a new mobile
 * confirmed by an SMS code sent to it, and the way to the change-password page.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CONTACT_FORM = "profileForm:";
    static final String MOBILE_FORM = "mobileForm:";

    @Inject
    ProfileService profiles;

    @Inject
    PortalUser user;

    private Profile profile;
    private String phone;
    private String email;
    private String address;
    private String postalCode;
    private String iban;

    private String newMobile;
    private String code;
    private boolean codeSent;

    @PostConstruct
    void init() {
        show(profiles.load(user.getPersonId()));
    }

    public void save() {
        try {
            show(profiles.save(user.getPersonId(), phone, email, address, postalCode, iban, profile.version(),
                    Requests.clientIp()));
            Texts.info(null, "profile.saved");
        } catch (ValidationException e) {
            String field = ContactDetails.field(e.key());
            Texts.error(field == null ? null : CONTACT_FORM + field, e.key(), e.args());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void sendCode() {
        try {
            profiles.requestMobileChange(user.getPersonId(), newMobile, Requests.clientIp());
            codeSent = true;
            code = null;
            Texts.info(MOBILE_FORM + "code", "profile.codeSent",
                    PersianText.localizeDigits(newMobile, Texts.currentLocale()));
        } catch (ValidationException e) {
            Texts.error(MOBILE_FORM + "newMobile", e.key(), e.args());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void confirmMobile() {
        try {
            profiles.confirmMobile(user.getPersonId(), code, Requests.clientIp());
            show(profiles.load(user.getPersonId()));
            codeSent = false;
            newMobile = null;
            code = null;
            Texts.info(null, "profile.mobileChanged");
        } catch (ValidationException e) {
            Texts.error(MOBILE_FORM + "code", e.key(), e.args());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void cancelMobile() {
        codeSent = false;
        newMobile = null;
        code = null;
    }

    /** The current mobile in the reader's digits. */
    public String getMobileShown() {
        String mobile = profile.mobile();
        if (mobile == null) {
            return null;
        }
        String shown = MobileNumber.isValid(mobile) ? MobileNumber.parse(mobile).value() : mobile;
        return PersianText.localizeDigits(shown, Texts.currentLocale());
    }

    private void show(Profile p) {
        profile = p;
        ContactDetails c = p.contact();
        phone = c.phone();
        email = c.email();
        address = c.address();
        postalCode = c.postalCode();
        iban = c.iban();
    }

    public Profile getProfile() { return profile; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getIban() { return iban; }
    public void setIban(String iban) { this.iban = iban; }
    public String getNewMobile() { return newMobile; }
    public void setNewMobile(String newMobile) { this.newMobile = newMobile; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isCodeSent() { return codeSent; }
}
