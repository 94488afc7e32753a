package ir.hami.testing.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The two-node command ({@code mvn -Ptwo-nodes package}, README "Two nodes"): two portal nodes on one MariaDB/MySQL
 * database, sharing sessions and state through Payara's data grid, behind HAProxy at {@code http://localhost:8080}
 * ({@code -Dhami.http.port}). The first node loads the demo data into an empty database. Type {@code kill 1}
 * ({@code kill -9} of node 1), {@code start 1}, {@code stop 2} or {@code status} on the console; Ctrl+C stops all.
 * <p>
 * Settings (system properties): {@code hami.db.url} (default {@code jdbc:mysql://127.0.0.1:3306/hami_two…}),
 * {@code hami.db.user} / {@code hami.db.password} (hami / hami), {@code hami.http.port} (8080).
 */
public final class TwoNodes {

    private TwoNodes() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("hami.db.url",
                "jdbc:mysql://127.0.0.1:3306/hami_two?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true");
        String user = System.getProperty("hami.db.user", "hami");
        String password = System.getProperty("hami.db.password", "hami");
        int port = Integer.getInteger("hami.http.port", 8080);
        try (var ignored = DriverManager.getConnection(url, user, password)) {
            System.out.println("Database " + url + " answers.");
        } catch (SQLException e) {
            System.err.println("Cannot reach the database " + url + " as " + user + ": " + e.getMessage());
            System.err.println("Create it first (README, \"Two nodes\").");
            System.exit(2);
        }
        System.out.println("Starting two nodes one after the other, then HAProxy on port " + port + " …");
        Cluster cluster = Cluster.builder()
                .database("com.mysql.cj.jdbc.MysqlDataSource", url, user, password)
                .directOptions("&useServerPrepStmts=true&cachePrepStmts=true")
                .firstNodeProperty("hami.demo.data", "true")
                .property("hami.demo.outbox-page", "true")
                .property("hami.captcha.reveal", "true")
                .property("hami.trusted-proxies", "127.0.0.1,::1")
                .balancerPort(port)
                .heap("-Xmx640m")
                .startSeconds(600)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        System.out.println();
        System.out.println("Hami on two nodes: http://localhost:" + port + "  (logs and HAProxy's configuration in "
                + cluster.folder().toAbsolutePath() + ")");
        status(cluster);
        System.out.println("Commands: kill N (kill -9), stop N, start N, status, quit.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            try {
                switch (words[0]) {
                    case "kill" -> node(cluster, words).kill();
                    case "stop" -> node(cluster, words).stop();
                    case "start" -> {
                        Cluster.Node node = node(cluster, words);
                        node.start();
                        node.awaitReady();
                    }
                    case "status", "" -> {
                    }
                    case "quit", "exit" -> {
                        cluster.close();
                        return;
                    }
                    default -> System.out.println("kill N | stop N | start N | status | quit");
                }
            } catch (RuntimeException e) {
                System.out.println(e.getMessage());
            }
            status(cluster);
        }
        Thread.currentThread().join();
    }

    private static Cluster.Node node(Cluster cluster, String[] words) {
        return cluster.node(Integer.parseInt(words.length > 1 ? words[1] : "1"));
    }

    private static void status(Cluster cluster) {
        for (Cluster.Node node : cluster.nodes()) {
            System.out.println("  " + node.name() + "  " + node.url() + "  "
                    + (node.isAlive() ? "running, pid " + node.pid() + ", ready: "
                    + (Cluster.status(node.url() + "/health/ready") == 200) : "stopped"));
        }
    }
}
