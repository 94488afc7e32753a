package ir.hami.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the integration and browser tests run against, as failsafe configured it (embedded H2 by default,
 * MySQL/MariaDB with -Pmysql). Tests write their own fixtures into it with {@link TestData}.
 */
public final class ItDatabase {

    static final String DEFAULT_PASSWORD = "hami-test";

    private ItDatabase() {
    }

    public static String className() {
        return System.getProperty("it.db.class", "org.h2.jdbcx.JdbcDataSource");
    }

    /** The database of the Arquillian deployment. */
    public static String arquillianUrl() {
        return System.getProperty("it.db.url");
    }

    /** The database of the shared portal that the browser tests drive. */
    public static String browserUrl() {
        return System.getProperty("browser.db.url");
    }

    public static String user() {
        return System.getProperty("it.db.user", "sa");
    }

    /**
     * The password of the test databases. Never empty: MicroProfile Config treats an empty value as missing, and
     * the portal's {@code @DataSourceDefinition} then takes its placeholder text as the password, so an embedded
     * H2 database created by the portal could not be opened by the tests' fixture builders (or the other way
     * round). Without a configured one, both sides use {@value #DEFAULT_PASSWORD}.
     */
    public static String password() {
        String password = System.getProperty("it.db.password");
        return password == null || password.isEmpty() ? DEFAULT_PASSWORD : password;
    }

    public static boolean isMysql() {
        return className().contains("mysql");
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }
}
