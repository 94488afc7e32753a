package ir.hami.platform.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;

/**
 * Who is logged in, kept small and Serializable in the session (it may move between portal nodes). For a member
 * it also holds the chosen contract and insured person that the member pages are about; those choices are checked
 * against the family on every use by the membership services, never trusted as they are.
 */
@Named
@SessionScoped
public class PortalUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Soteria's SecurityContext is a dependent bean holding parts that cannot be serialised, so the session could not
     * move to another node with it (nor, transient, be used there: Weld does not inject again). Weld's Instance is
     * serialisable; each use takes a context and gives it back.
     */
    @Inject
    Instance<SecurityContext> securityContexts;

    @Inject
    CallerDirectory callers;

    private String username;
    private Long accountId;
    private Role role;
    private String displayName;
    private Long personId;
    private Long centerId;
    private boolean mustChangePassword;

    private Long contractId;
    private Long insuredPersonId;
    private String insuredName;
    private String contractNumber;
    private String policyholderName;
    private Long insurerId;

    private void load() {
        Principal principal;
        SecurityContext securityContext = securityContexts.get();
        try {
            principal = securityContext.getCallerPrincipal();
        } finally {
            securityContexts.destroy(securityContext);
        }
        String name = principal == null ? null : principal.getName();
        if (name == null) {
            clear();
            return;
        }
        if (name.equals(username)) {
            return;
        }
        clear();
        callers.byUsername(name).ifPresent(caller -> {
            username = caller.username();
            accountId = caller.accountId();
            role = caller.role();
            displayName = caller.displayName();
            personId = caller.personId();
            mustChangePassword = caller.mustChangePassword();
            centerId = caller.centerId();
        });
    }

    private void clear() {
        username = null;
        accountId = null;
        role = null;
        displayName = null;
        personId = null;
        centerId = null;
        mustChangePassword = false;
        contractId = null;
        insuredPersonId = null;
        insuredName = null;
        contractNumber = null;
        policyholderName = null;
        insurerId = null;
    }

    public boolean isLoggedIn() {
        load();
        return username != null;
    }

    public String getUsername() {
        load();
        return username;
    }

    public Long getAccountId() {
        load();
        return accountId;
    }

    public Role getRole() {
        load();
        return role;
    }

    public String getDisplayName() {
        load();
        return displayName;
    }

    /** The member's own person id; null for staff and centres. */
    public Long getPersonId() {
        load();
        return personId;
    }

    /** A treatment-centre user's centre (a treatment centre's id); null for everyone else. */
    public Long getCenterId() {
        load();
        return centerId;
    }

    public boolean isMustChangePassword() {
        load();
        return mustChangePassword;
    }

    public void passwordChanged() {
        mustChangePassword = false;
    }

    public void renamed(String name) {
        displayName = name;
    }

    public boolean isMember() {
        return getRole() == Role.MEMBER;
    }

    public boolean isCenter() {
        return getRole() == Role.CENTER;
    }

    public boolean isStaff() {
        Role r = getRole();
        return r != null && r.isStaff();
    }

    public boolean isAdmin() {
        return getRole() == Role.ADMIN;
    }

    /** Chosen by the member on the family page (after the membership service checked it). */
    public void choose(long contractId, long insuredPersonId, String insuredName, String contractNumber,
                       String policyholderName, long insurerId) {
        this.contractId = contractId;
        this.insuredPersonId = insuredPersonId;
        this.insuredName = insuredName;
        this.contractNumber = contractNumber;
        this.policyholderName = policyholderName;
        this.insurerId = insurerId;
    }

    public boolean isInsuredSelected() {
        return insuredPersonId != null;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getInsuredPersonId() {
        return insuredPersonId;
    }

    public String getInsuredName() {
        return insuredName;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getPolicyholderName() {
        return policyholderName;
    }

    public Long getInsurerId() {
        return insurerId;
    }
}
