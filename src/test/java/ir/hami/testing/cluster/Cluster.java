package ir.hami.testing.cluster;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Two (or more) portal nodes on this machine, each the real WAR on its own Payara Micro process, sharing Payara's
 * Hazelcast grid over TCP on loopback ({@code --clustermode tcpip}, {@code --interfaces 127.0.0.1},
 * {@code --nohostaware}: host-aware partitioning keeps no backup on one host), behind HAProxy with health checks
 * on {@code /health/ready} and a cookie naming the node (stickiness with failover: {@code option redispatch}).
 * <p>
 * For the fault tests ({@code -Pcluster}) and for people ({@link TwoNodes}). Nodes start one after the other, so
 * that the second joins the first's cluster instead of forming its own. {@link Node#kill()} is {@code kill -9}.
 * Everything lives under one folder ({@link #folder()}): the nodes' logs, HAProxy's configuration and log.
 */
public final class Cluster implements AutoCloseable {

    /** The cookie HAProxy sets to keep a browser on its node; its value is the node's name ({@code node1}, …). */
    public static final String NODE_COOKIE = "HAMINODE";

    private final Builder settings;
    private final Path folder;
    private final String clusterName = "hami-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Node> nodes = new ArrayList<>();
    private final int balancerPort;
    private Process haproxy;

    private Cluster(Builder settings) {
        this.settings = settings;
        this.folder = settings.folder.resolve(clusterName);
        this.balancerPort = settings.balancerPort > 0 ? settings.balancerPort : freePort();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The database settings, the WAR and Payara Micro; everything else has a default. */
    public static final class Builder {
        private int nodes = 2;
        private String dbClass = System.getProperty("it.db.class", "com.mysql.cj.jdbc.MysqlDataSource");
        private String dbUrl;
        private String dbUser = System.getProperty("it.db.user", "hami");
        private String dbPassword = System.getProperty("it.db.password", "hami");
        private String directOptions = "";
        private String war = System.getProperty("hami.war", "target/hami.war");
        private String microJar = System.getProperty("payara.microJar", "target/payara-micro.jar");
        private Path folder = Path.of(System.getProperty("hami.target", "target"), "cluster");
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> firstNodeProperties = new LinkedHashMap<>();
        private int balancerPort;
        private int startSeconds = Integer.getInteger("it.portal.start-seconds", 300);
        private String heap = "-Xmx512m";

        public Builder nodes(int count) {
            this.nodes = count;
            return this;
        }

        public Builder database(String className, String url, String user, String password) {
            this.dbClass = className;
            this.dbUrl = url;
            this.dbUser = user;
            this.dbPassword = password;
            return this;
        }

        /** Appended to the URL of the portal's direct (non-transactional) pool, as production does. */
        public Builder directOptions(String options) {
            this.directOptions = options;
            return this;
        }

        /** A system property for every node ({@code hami.*} settings). */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** A system property for the first node only (e.g. the demo data, which one node loads). */
        public Builder firstNodeProperty(String name, String value) {
            firstNodeProperties.put(name, value);
            return this;
        }

        /** The settings the browser tests' portal uses: captcha answer shown, outbox page, high per-IP limits. */
        public Builder testSwitches() {
            property("hami.captcha.reveal", "true");
            property("hami.demo.outbox-page", "true");
            property("hami.map.tiles-url", "http://127.0.0.1:9/{z}/{x}/{y}.png");
            property("hami.sms.per-ip-per-hour", "100000");
            property("hami.login.max-failures-per-ip", "100000");
            property("hami.activation.max-failures-per-ip", "100000");
            property("hami.messages.per-ip-per-hour", "100000");
            property("hami.trusted-proxies", "127.0.0.1,::1");
            return this;
        }

        public Builder balancerPort(int port) {
            this.balancerPort = port;
            return this;
        }

        public Builder folder(Path folder) {
            this.folder = folder;
            return this;
        }

        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        public Builder war(String war) {
            this.war = war;
            return this;
        }

        public Builder startSeconds(int seconds) {
            this.startSeconds = seconds;
            return this;
        }

        /** Starts the nodes one after the other, then HAProxy; returns when the balancer serves the login page. */
        public Cluster start() {
            if (dbUrl == null) {
                throw new IllegalStateException("a cluster needs a shared database: database(…)");
            }
            Cluster cluster = new Cluster(this);
            try {
                cluster.startAll();
                return cluster;
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
        }
    }

    private void startAll() {
        try {
            Files.createDirectories(folder);
            Files.createDirectories(folder.resolve("tmp"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Integer> gridPorts = new ArrayList<>();
        for (int i = 1; i <= settings.nodes; i++) {
            gridPorts.add(freePort());
        }
        String members = gridPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        for (int i = 1; i <= settings.nodes; i++) {
            nodes.add(new Node(i, freePort(), gridPorts.get(i - 1), members));
        }
        for (Node node : nodes) {
            node.start();
            node.awaitReady();
        }
        awaitGridSize(settings.nodes);
        startBalancer();
    }

    /** The balancer's address, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + balancerPort;
    }

    public int balancerPort() {
        return balancerPort;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** Node {@code i}, counted from 1 as in its name. */
    public Node node(int i) {
        return nodes.get(i - 1);
    }

    /** The node whose name is the value of HAProxy's {@link #NODE_COOKIE}. */
    public Node nodeNamed(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    public Path folder() {
        return folder;
    }

    /**
     * Waits until every running node's log reports a data grid of {@code size} members (Payara's "DG Size" line),
     * so that a session written on one is backed up on another.
     */
    public void awaitGridSize(int size) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            boolean all = true;
            for (Node node : nodes) {
                if (node.isAlive() && node.lastGridSize() != size) {
                    all = false;
                }
            }
            if (all) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("the data grid did not reach " + size + " members; see " + folder);
    }

    private void startBalancer() {
        Path file = Balancer.write(folder, balancerPort,
                nodes.stream().map(n -> "127.0.0.1:" + n.httpPort()).toList());
        try {
            haproxy = new ProcessBuilder(Balancer.executable(), "-db", "-f", file.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("haproxy.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start HAProxy (Debian package haproxy)", e);
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("HAProxy stopped; see " + folder.resolve("haproxy.log"));
            }
            if (status(url() + "/login.xhtml") == 200) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("HAProxy did not serve the portal; see " + folder);
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        for (Node node : nodes) {
            node.stop();
        }
    }

    /** One portal process. */
    public final class Node {
        private final int index;
        private final int httpPort;
        private final int gridPort;
        private final String members;
        private final File log;
        private Process process;
        private int starts;
        private long logStart;

        private Node(int index, int httpPort, int gridPort, String members) {
            this.index = index;
            this.httpPort = httpPort;
            this.gridPort = gridPort;
            this.members = members;
            this.log = folder.resolve(name() + ".log").toFile();
        }

        public String name() {
            return "node" + index;
        }

        public int httpPort() {
            return httpPort;
        }

        /** This node's own address, past the balancer. */
        public String url() {
            return "http://127.0.0.1:" + httpPort;
        }

        public File log() {
            return log;
        }

        public boolean isAlive() {
            return process != null && process.isAlive();
        }

        public long pid() {
            return process.pid();
        }

        /** Starts the node (again, after a kill or stop, on the same ports); returns at once. */
        public synchronized void start() {
            if (isAlive()) {
                throw new IllegalStateException(name() + " is running");
            }
            List<String> command = new ArrayList<>(List.of(
                    System.getProperty("java.home") + "/bin/java", settings.heap,
                    "-Djava.io.tmpdir=" + folder.resolve("tmp"),
                    "-Dhami.db.class=" + settings.dbClass,
                    "-Dhami.db.url=" + settings.dbUrl,
                    "-Dhami.db.direct-url=" + settings.dbUrl + settings.directOptions,
                    "-Dhami.db.user=" + settings.dbUser,
                    "-Dhami.db.password=" + settings.dbPassword,
                    "-Dhami.outbox.node=" + name()));
            settings.properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            if (index == 1) {
                settings.firstNodeProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            }
            command.addAll(List.of("-jar", settings.microJar,
                    "--deploy", settings.war, "--contextroot", "/",
                    "--port", String.valueOf(httpPort), "--name", name(),
                    "--clustername", clusterName, "--clustermode", "tcpip:" + members,
                    "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1", "--nohostaware",
                    "--minHttpThreads", "16", "--maxHttpThreads", "16"));
            try {
                // the log is appended to at a restart: what this start says begins here
                logStart = starts == 0 || !log.exists() ? 0 : log.length();
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                builder.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log)
                        : ProcessBuilder.Redirect.appendTo(log));
                process = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start Payara Micro", e);
            }
        }

        /** Waits until {@code /health/ready} answers 200 and the login page is served. */
        public void awaitReady() {
            long deadline = System.currentTimeMillis() + 1000L * settings.startSeconds;
            while (System.currentTimeMillis() < deadline) {
                if (!isAlive()) {
                    throw new IllegalStateException(name() + " stopped; see " + log);
                }
                if (logContains("Exception while loading the app")) {
                    throw new IllegalStateException(name() + ": the WAR did not deploy; see " + log);
                }
                if (status(url() + "/health/ready") == 200 && status(url() + "/login.xhtml") == 200) {
                    return;
                }
                sleep(250);
            }
            throw new IllegalStateException(name() + " did not become ready; see " + log);
        }

        /** {@code kill -9}: no shutdown hook, no goodbye to the grid. */
        public void kill() {
            if (process != null) {
                process.destroyForcibly();
                waitFor();
            }
        }

        /** A normal stop (SIGTERM): Payara leaves the grid and shuts down. */
        public void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                waitFor();
            }
        }

        private boolean logContains(String text) {
            return currentLog().contains(text);
        }

        /** What the log holds since this node's latest start (a restart appends to the same file). */
        private String currentLog() {
            try {
                if (!log.exists()) {
                    return "";
                }
                byte[] all = Files.readAllBytes(log.toPath());
                int from = (int) Math.min(logStart, all.length);
                return new String(all, from, all.length - from, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        /** The data grid size this node's log reported last since its latest start ("DG Size: N"), 0 if none. */
        public int lastGridSize() {
            String text = currentLog();
            int at = text.lastIndexOf("DG Size: ");
            if (at < 0) {
                return 0;
            }
            int end = at + 9;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            try {
                return Integer.parseInt(text.substring(at + 9, end));
            } catch (NumberFormatException e) {
                return 0;
            }
        }


        private void waitFor() {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(10_000);
            connection.setInstanceFollowRedirects(false);
            int code = connection.getResponseCode();
            connection.disconnect();
            return code;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A loopback port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
