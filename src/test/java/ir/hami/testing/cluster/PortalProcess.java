package ir.hami.testing.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal node as its own process, the real WAR on Payara Micro started as {@code ir.hami.testing.PortalServer}
 * starts the browser tests' portal (test switches on, no demo data, {@code --nocluster --nohazelcast}), but on a
 * database the test chooses (e.g. a {@link PrivateMariaDb}), so that a fault test can kill it or its database.
 */
public final class PortalProcess implements AutoCloseable {

    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Map<String, String> properties;
    private final int port;
    private Process process;

    /**
     * @param name       names the log, {@code target/<name>.log}
     * @param properties more {@code -D} settings of the portal (override the defaults here)
     */
    public PortalProcess(String name, String jdbcUrl, String user, String password, Map<String, String> properties) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.properties = properties;
        this.port = Cluster.freePort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return Path.of(target(), name + ".log");
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the node and returns once its login page answers 200 (up to {@code -Dit.portal.start-seconds}). */
    public void start() {
        String target = target();
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-Xmx512m",
                "-Djava.io.tmpdir=" + target + "/tmp",
                "-Dhami.db.class=com.mysql.cj.jdbc.MysqlDataSource",
                "-Dhami.db.url=" + jdbcUrl,
                "-Dhami.db.direct-url=" + jdbcUrl + "&useServerPrepStmts=true&cachePrepStmts=true",
                "-Dhami.db.user=" + user,
                "-Dhami.db.password=" + password,
                "-Dhami.captcha.reveal=true",
                "-Dhami.demo.outbox-page=true",
                "-Dhami.demo.data=false",
                "-Dhami.map.tiles-url=http://127.0.0.1:9/{z}/{x}/{y}.png",
                "-Dhami.sms.per-ip-per-hour=100000",
                "-Dhami.login.max-failures-per-ip=100000",
                "-Dhami.activation.max-failures-per-ip=100000",
                "-Dhami.messages.per-ip-per-hour=100000"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", target + "/payara-micro.jar",
                "--deploy", System.getProperty("hami.war", target + "/hami.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster", "--nohazelcast"));
        try {
            Files.createDirectories(Path.of(target, "tmp"));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Payara Micro", e);
        }
        long deadline = System.currentTimeMillis() + 1000L * Long.getLong("it.portal.start-seconds", 300);
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log());
            }
            if (Cluster.status(baseUrl() + "/login.xhtml") == 200) {
                return;
            }
            Cluster.sleep(500);
        }
        close();
        throw new IllegalStateException("portal did not start in time; see " + log());
    }

    /** {@code kill -9} of the node. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String target() {
        return System.getProperty("hami.target", "target");
    }
}
