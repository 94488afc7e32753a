package ir.hami.bench;

import ir.hami.network.demo.CenterGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Adds demo treatment centres to a benchmark database, without the portal:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.GenerateCenters -Dcenters=50000
 * </pre>
 * Options as for {@link GenerateMembers} ({@code db.url}, {@code db.user}, {@code db.password}, {@code seed});
 * {@code centers} (50000). Run it after {@code GenerateMembers} so the centres get insurers; it migrates the schema
 * first and adds to whatever centres are there.
 */
public final class GenerateCenters {

    private GenerateCenters() {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        String url = options.url();
        int centers = (int) options.getLong("centers", 50_000);
        Flyway.configure(GenerateCenters.class.getClassLoader())
                .dataSource(url, options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        long t = System.nanoTime();
        try (Connection writes = DriverManager.getConnection(url, options.user(), options.password());
             Connection ids = DriverManager.getConnection(url, options.user(), options.password())) {
            writes.setAutoCommit(false);
            CenterGenerator.generate(writes, ids, centers, options.getLong("seed", 1405));
            writes.commit();
        }
        System.out.printf(Locale.ROOT, "%,d centres written in %.1f s%n", centers,
                Duration.ofNanos(System.nanoTime() - t).toMillis() / 1000.0);
    }
}
