package ir.hami.testing.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own (Debian's {@code mariadbd}), in a folder under {@code target/}, on a free loopback
 * port, which the test may kill ({@code kill -9}), stop and start again without touching the machine's shared
 * database. The port and the data stay the same across restarts, so a portal keeps its JDBC URL. The server runs
 * with normal grant tables: user {@value #USER} (password {@value #PASSWORD}, {@code mysql_native_password}, which
 * Connector/J needs) owns the database {@value #DATABASE} (utf8mb4, Persian collation).
 *
 * <pre>
 * try (PrivateMariaDb db = PrivateMariaDb.in(Path.of("target/faults/mariadb"))) {
 *     db.start();
 *     String url = db.jdbcUrl();       // give it to the portal
 *     db.kill();                       // kill -9
 *     db.start();                      // crash recovery, same port and data
 * }
 * </pre>
 */
public final class PrivateMariaDb implements AutoCloseable {

    public static final String USER = "hami";
    public static final String PASSWORD = "hami";
    public static final String DATABASE = "hami";

    private final Path dir;
    private final int port;
    private Process process;

    private PrivateMariaDb(Path dir, int port) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
    }

    /** A server whose files live in {@code dir} (wiped first), on a free port chosen now. */
    public static PrivateMariaDb in(Path dir) {
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new PrivateMariaDb(dir, Cluster.freePort());
    }

    public int port() {
        return port;
    }

    /** Connector/J's URL of the database, as the portal takes it ({@code hami.db.url}). */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the server (installing the system tables, the user and the database at the first start) and returns
     * once it takes connections.
     */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        boolean first = !Files.isDirectory(dir.resolve("data/mysql"));
        if (first) {
            run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                    "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + osUser()),
                    dir.resolve("install.log"));
        }
        List<String> command = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + socket(), "--pid-file=" + dir.resolve("mariadb.pid"),
                "--log-error=" + dir.resolve("error.log"), "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_persian_ci",
                "--innodb-buffer-pool-size=64M", "--max-connections=200"));
        if ("root".equals(osUser())) {
            command.add("--user=root");
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mariadbd.out").toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start mariadbd", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ping()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd stopped; see " + dir.resolve("error.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("mariadbd did not start in 60 s; see " + dir.resolve("error.log"));
            }
            Cluster.sleep(100);
        }
        if (first) {
            sql("CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                    + PASSWORD + "');"
                    + "CREATE USER '" + USER + "'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                    + PASSWORD + "');"
                    + "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_persian_ci;"
                    + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1', '" + USER
                    + "'@'localhost'; FLUSH PRIVILEGES;");
        }
    }

    /** {@code kill -9}: no shutdown, InnoDB recovers at the next start. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly(); // SIGKILL
            waitFor(process);
        }
    }

    /** A clean shutdown (SIGTERM). */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            waitFor(process);
        }
    }

    /** Runs SQL as root through the server's socket (the {@code mariadb} client). */
    public void sql(String statements) {
        run(List.of("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-e", statements),
                dir.resolve("client.log"));
    }

    @Override
    public void close() {
        kill();
    }

    private boolean ping() {
        ProcessBuilder builder = new ProcessBuilder("mariadb-admin", "--no-defaults", "--socket=" + socket(),
                "-uroot", "ping").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            return builder.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's socket; kept short (a Unix socket path has at most 107 bytes). */
    private String socket() {
        String path = dir.resolve("sock").toString();
        return path.length() < 100 ? path : "/tmp/hami-mariadb-" + port + ".sock";
    }

    private static void run(List<String> command, Path log) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(Process p) {
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String osUser() {
        return System.getProperty("user.name");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
