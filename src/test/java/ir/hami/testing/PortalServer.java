package ir.hami.testing;

import ir.hami.testing.cluster.Cluster;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * One portal for all browser tests of a run: the real WAR on Payara Micro, started on first use and stopped when
 * the test JVM ends (one deployment per suite; see STACK-NOTES). It runs on {@link ItDatabase#browserUrl()} with
 * the test-only switches on (captcha answer shown, SMS outbox page), and no demo data: tests bring their own.
 */
public final class PortalServer {

    /**
     * The eligibility API's calls a second per key in this portal (burst the same), low so that a test can go over
     * it for certain; each test issues its own keys, and no test calls a key more often than this.
     */
    public static final int API_RATE_PER_SECOND = 5;

    private static String baseUrl;
    private static Process process;

    private PortalServer() {
    }

    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            start();
        }
        return baseUrl;
    }

    private static void start() {
        String target = System.getProperty("hami.target", "target");
        int port = Cluster.freePort();
        File log = new File(target, "browser-portal.log");
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-Xmx512m",
                "-Djava.io.tmpdir=" + target + "/tmp",
                "-Dhami.db.class=" + ItDatabase.className(),
                "-Dhami.db.url=" + ItDatabase.browserUrl(),
                "-Dhami.db.direct-url=" + ItDatabase.browserUrl() + System.getProperty("it.db.direct-options", ""),
                "-Dhami.db.user=" + ItDatabase.user(),
                "-Dhami.db.password=" + ItDatabase.password(),
                "-Dhami.captcha.reveal=true",
                "-Dhami.demo.outbox-page=true",
                "-Dhami.demo.data=false",
                // a tile server that never answers: the centres map must still show its markers and the page work
                "-Dhami.map.tiles-url=http://127.0.0.1:9/{z}/{x}/{y}.png",
                // every browser test comes from 127.0.0.1: the per-address limits are tested at service level
                "-Dhami.sms.per-ip-per-hour=100000",
                "-Dhami.login.max-failures-per-ip=100000",
                "-Dhami.activation.max-failures-per-ip=100000",
                "-Dhami.api.rate-per-second=" + API_RATE_PER_SECOND,
                "-Dhami.messages.per-ip-per-hour=100000",
                "-jar", target + "/payara-micro.jar",
                "--deploy", System.getProperty("hami.war", target + "/hami.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster", "--nohazelcast"));
        try {
            Files.createDirectories(new File(target, "tmp").toPath());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Payara Micro", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> process.destroy()));
        String url = "http://localhost:" + port;
        // a busy shared machine may need longer: -Dit.portal.start-seconds
        long deadline = System.currentTimeMillis() + 1000L * Long.getLong("it.portal.start-seconds", 240);
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            if (deploymentFailed(log)) {
                process.destroy();
                throw new IllegalStateException("the WAR did not deploy; see " + log);
            }
            if (Cluster.status(url + "/login.xhtml") == 200) {
                baseUrl = url;
                return;
            }
            Cluster.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("portal did not start in time; see " + log);
    }

    private static boolean deploymentFailed(File log) {
        try {
            return log.exists() && Files.readString(log.toPath()).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }
}
