package ir.hami.claims;

import ir.hami.testing.RunAsRole;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Test only: runs work as the ASSESSOR role, as the back office does ({@link ClaimTrackingIT}). */
@Stateless
@RunAs("ASSESSOR")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class TrackingAsAssessor extends RunAsRole {
}
