package ir.hami.bench;

import ir.hami.membership.demo.DemoDataGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Fills a benchmark database with demo members, without the portal:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.GenerateMembers -Dmembers=1000000
 * </pre>
 * Options (as {@code key=value} arguments or {@code -D} properties): {@code db.url} (default: the local MariaDB
 * database {@code hami_bench}, created with utf8mb4 and the Persian collation if missing), {@code db.user} (root),
 * {@code db.password} (empty), {@code members} (1000000), {@code seed}, {@code batch} (5000 persons per batch and
 * commit), {@code reset=true} to empty the database first (Flyway clean). It migrates the schema with the portal's
 * Flyway scripts, then runs {@link DemoDataGenerator} (no login accounts). A database that already has insurers is
 * refused unless {@code reset=true}.
 */
public final class GenerateMembers {

    private GenerateMembers() {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        String url = options.url();
        long members = options.getLong("members", 1_000_000);
        if (options.isMysql()) {
            createDatabaseIfMissing(url, options.user(), options.password());
        }
        Flyway flyway = Flyway.configure(GenerateMembers.class.getClassLoader())
                .dataSource(url, options.user(), options.password())
                .locations("classpath:db/migration")
                .cleanDisabled(!Boolean.parseBoolean(options.get("reset", "false")))
                .load();
        if (Boolean.parseBoolean(options.get("reset", "false"))) {
            System.out.println("Emptying " + url + " (reset=true)");
            flyway.clean();
        }
        var migration = flyway.migrate();
        System.out.println("Schema at version " + migration.targetSchemaVersion + " in " + url);

        try (Connection c = DriverManager.getConnection(url, options.user(), options.password())) {
            if (DemoDataGenerator.hasInsurers(c)) {
                throw new IllegalStateException("The database already has data: use an empty one or add reset=true.");
            }
        }
        System.out.printf(Locale.ROOT, "Generating %,d members in batches of %,d...%n", members,
                options.getLong("batch", DemoDataGenerator.DEFAULT_BATCH_ROWS));
        DemoDataGenerator.Summary summary = DemoDataGenerator
                .on(() -> DriverManager.getConnection(url, options.user(), options.password()))
                .members(members)
                .seed(options.getLong("seed", DemoDataGenerator.DEFAULT_SEED))
                .batchRows((int) options.getLong("batch", DemoDataGenerator.DEFAULT_BATCH_ROWS))
                .progress(line -> System.out.println("  " + line), Math.max(50_000, members / 20))
                .generate();
        System.out.println("Done: " + summary.describe());
        if (options.isMysql()) {
            long t = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, options.user(), options.password());
                 Statement s = c.createStatement()) {
                s.execute("analyze table person, coverage, insurance_contract, user_account");
            }
            System.out.printf(Locale.ROOT, "Table statistics updated in %.1f s%n",
                    Duration.ofNanos(System.nanoTime() - t).toMillis() / 1000.0);
        }
    }

    /** {@code jdbc:mysql://host:port/name?...}: creates {@code name} through a connection to the server itself. */
    private static void createDatabaseIfMissing(String url, String user, String password) throws SQLException {
        Matcher m = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+/)([A-Za-z0-9_]+)(.*)").matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read the database name from " + url);
        }
        String serverUrl = m.group(1) + m.group(3);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("create database if not exists " + m.group(2)
                    + " character set utf8mb4 collate utf8mb4_persian_ci");
        }
    }
}
