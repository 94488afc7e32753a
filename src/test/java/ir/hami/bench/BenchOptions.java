package ir.hami.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Options of the benchmark commands: {@code key=value} arguments first, then {@code -Dkey=value} system properties
 * (what {@code mvn ... exec:java -Dmembers=...} passes), then the default.
 */
final class BenchOptions {

    /** The local MariaDB/MySQL benchmark database; Connector/J batches become multi-row inserts with rewrite on. */
    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/hami_bench?characterEncoding=UTF-8&useSSL=false"
            + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";

    private final Map<String, String> args = new HashMap<>();

    BenchOptions(String[] arguments) {
        for (String a : arguments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Arguments are key=value: " + a);
            }
            args.put(a.substring(0, eq).replaceFirst("^-+", ""), a.substring(eq + 1));
        }
    }

    String get(String key, String defaultValue) {
        String value = args.get(key);
        if (value == null) {
            value = System.getProperty(key);
        }
        return value == null ? defaultValue : value;
    }

    long getLong(String key, long defaultValue) {
        String value = get(key, null);
        return value == null ? defaultValue : Long.parseLong(value.replace("_", "").replace(",", ""));
    }

    String url() {
        return get("db.url", DEFAULT_URL);
    }

    String user() {
        return get("db.user", url().startsWith("jdbc:h2:") ? "sa" : "root");
    }

    String password() {
        return get("db.password", "");
    }

    boolean isMysql() {
        return url().startsWith("jdbc:mysql:") || url().startsWith("jdbc:mariadb:");
    }
}
