package ir.hami.eligibility.web;

import ir.hami.platform.ValidationException;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.eligibility.ApiKey;
import ir.hami.eligibility.ApiKeys;
import ir.hami.eligibility.IssuedKey;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administrators issue and revoke a centre's API keys; a new key is shown once. */
@Named
@ViewScoped
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeys apiKeys;

    @Inject
    PortalUser user;

    private String centerCode;
    private Long centerId;
    private String label;
    private String issuedKey;
    /** The one-time key of the issue form, new for each centre found: a double click issues one key. */
    private FormKey formKey = FormKey.random();

    public void find() {
        issuedKey = null;
        formKey = FormKey.random();
        centerId = apiKeys.centerIdByCode(centerCode).orElse(null);
        if (centerId == null) {
            Texts.error("keysForm:centerCode", "apiKeys.centerNotFound");
        }
    }

    public void issue() {
        if (centerId != null) {
            try {
                IssuedKey key = apiKeys.issue(formKey, centerId, label, user.getUsername());
                if (key.key() != null) {
                    issuedKey = key.key();
                }
                // else: this form's key was issued already (a double click); the one shown stays
                label = null;
            } catch (ValidationException e) {
                if (FormSubmissions.REPEATED.equals(e.key())) {
                    label = null;
                } else {
                    Texts.error("keysForm:label", e.key(), e.args());
                }
            }
        }
    }

    public void revoke(long keyId) {
        apiKeys.revoke(keyId, user.getUsername());
        formKey = FormKey.random();
        issuedKey = null;
        Texts.info(null, "apiKeys.revokedDone");
    }

    public List<ApiKey> getKeys() {
        return centerId == null ? List.of() : apiKeys.ofCenter(centerId);
    }

    public String getCenterCode() { return centerCode; }
    public void setCenterCode(String centerCode) { this.centerCode = centerCode; }
    public Long getCenterId() { return centerId; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getIssuedKey() { return issuedKey; }
}
