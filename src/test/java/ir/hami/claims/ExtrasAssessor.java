package ir.hami.claims;

import ir.hami.testing.RunAsRole;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Test only: runs work as the ASSESSOR role, each service call in its own transaction (as from a page). */
@Stateless
@RunAs("ASSESSOR")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class ExtrasAssessor extends RunAsRole {
}
