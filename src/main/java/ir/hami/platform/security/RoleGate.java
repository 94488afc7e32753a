package ir.hami.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The container's role check for CDI beans that are not EJBs (where {@code @RolesAllowed} is not enforced): a call
 * that does nothing, refused with {@code EJBAccessException} unless the caller (the web user, or a {@code @RunAs}
 * bean) has the role.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.CENTER, Roles.REFERRAL, Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RoleGate {

    @RolesAllowed(Roles.ADMIN)
    public void admin() {
        // the check is the container's, before this body
    }
}
