package ir.hami.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * Test only: runs work as the ASSESSOR role (a test in the container has no caller). Bean-managed and starting no
 * transaction, so the work runs as from a page: each service call has its own.
 */
@Stateless
@RunAs("ASSESSOR")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class RunAsAssessor extends RunAsRole {
}
