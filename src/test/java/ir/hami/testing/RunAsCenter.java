package ir.hami.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * Test only: runs work as the CENTER role (a treatment centre's user). Bean-managed and starting no transaction, so
 * each service call has its own, as from a page.
 */
@Stateless
@RunAs("CENTER")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class RunAsCenter extends RunAsRole {
}
