package ir.hami.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Arquillian deployment: the very WAR that ships, plus the test classes. Each suite class uses it once
 * (Payara Micro boots with the WAR), so keep the number of Arquillian classes small.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        // failsafe points java.io.tmpdir at target/tmp; Arquillian's Payara container cannot start without it
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        File war = new File(System.getProperty("hami.war", "target/hami.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(TestData.class, TestData.ContractBuilder.class,
                        TestData.FamilyBuilder.class, TestData.Member.class, TestData.Family.class, TestData.CenterBuilder.class,
                        TestData.ReferralBuilder.class, TestData.Referral.class,
                        ItDatabase.class, SampleFiles.class,
                        RunAsRole.class, RunAsRole.Outcome.class, RunAsRole.Step.class, RunAsAdmin.class, RunAsAssessor.class, RunAsFinance.class,
                        RunAsMember.class)
                // the members' API's test client, for tests that call the API from inside the deployment
                .addClasses(ir.hami.api.ApiClient.class, ir.hami.api.ApiClient.Answer.class);
    }
}
