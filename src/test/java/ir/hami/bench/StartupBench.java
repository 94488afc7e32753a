package ir.hami.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up time of the run command, measured as a person sees it: runs {@code mvn -o -Prun package} itself (the
 * README's Quick start, on its own port and data folder), polls {@code GET /login.xhtml} every 100 ms and prints, per
 * run, the seconds from the command to: the JVM of Payara Micro starting (what Maven costs), Payara's "ready" log
 * line, the deployment's own time from the log, the first usable login page (200 with the login form) and the
 * first one without the note that the demo data is still loading (the same moment when the data was there); then it
 * stops the portal (SIGTERM to the JVM, as Ctrl+C does) and prints the median of the runs and the load average.
 * It also prints the CPU seconds that Payara's JVM and Maven (with its other children) had used when the login page
 * became usable: on a machine shared with other work the wall-clock figures grow with the load, these much less.
 *
 * <p>Options ({@code key=value} or {@code -Dkey=value}): {@code mode=second} (default: the data is in place; one
 * unmeasured start makes it first if the folder is empty) or {@code mode=first} (the data folder is deleted before
 * every run, so the demo data is loaded), {@code runs=3}, {@code port=18480}, {@code data=target/startup-bench/data}
 * (passed to the run profile as {@code -Dhami.run.data}), {@code mvn=mvn}, {@code mvn.args=} (more arguments for
 * Maven, space separated), {@code timeout=300} seconds per start, {@code delete=} (more folders, comma separated, to
 * delete before each first start, e.g. {@code target/run-root} for a first start right after a new WAR). Each run's output is kept in
 * {@code target/startup-bench/run-<mode>-<n>.log}.
 *
 * <p>{@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ir.hami.bench.StartupBench -Dmode=second}
 */
public final class StartupBench {

    private static final Pattern READY = Pattern.compile("ready in ([0-9,.]+) \\(ms\\)");
    private static final Pattern DEPLOYED = Pattern.compile("successfully deployed in ([0-9,.]+) milli");

    private record Run(double jvm, double ready, double deployMs, double login, double readyLog, double demo,
            double cpuPayara, double cpuMaven) { }

    private StartupBench() {
    }

    public static void main(String[] arguments) throws Exception {
        BenchOptions options = new BenchOptions(arguments);
        String mode = options.get("mode", "second");
        int runs = (int) options.getLong("runs", 3);
        int port = (int) options.getLong("port", 18480);
        Path base = Path.of(options.get("base", ".")).toAbsolutePath().normalize();
        Path data = base.resolve(options.get("data", "target/startup-bench/data")).normalize();
        Path logs = base.resolve("target/startup-bench");
        Files.createDirectories(logs);
        long timeout = options.getLong("timeout", 300);

        List<String> command = new ArrayList<>(List.of(options.get("mvn", "mvn"), "-B", "-ntp", "-o", "-q",
                "-Prun", "package", "-Dhami.http.port=" + port, "-Dhami.run.data=" + data));
        String more = options.get("mvn.args", "").trim();
        if (!more.isEmpty()) {
            command.addAll(Arrays.asList(more.split("\\s+")));
        }
        System.out.println("command: " + String.join(" ", command));
        System.out.println("mode: " + mode + ", data: " + data + ", load average: " + load());

        if (mode.equals("second") && !Files.exists(data)) {
            System.out.println("(first start to fill the data folder, not counted)");
            start(command, base, port, timeout, logs.resolve("run-prepare.log"));
        }
        List<Run> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            if (mode.equals("first")) {
                deleteTree(data);
                for (String extra : options.get("delete", "").split(",")) {
                    if (!extra.isBlank()) {
                        deleteTree(base.resolve(extra.trim()));
                    }
                }
            }
            Run run = start(command, base, port, timeout, logs.resolve("run-" + mode + "-" + i + ".log"));
            results.add(run);
            System.out.printf(Locale.ROOT, "run %d: JVM started %.1f s, Payara ready %.1f s (its log: %.1f s, "
                            + "deployment %.1f s), login page usable %.1f s, demo data complete %.1f s; CPU until "
                            + "usable: Payara %.1f s, Maven %.1f s; load average %s%n", i, run.jvm(), run.ready(),
                    run.readyLog(), run.deployMs() / 1000, run.login(), run.demo(), run.cpuPayara(), run.cpuMaven(),
                    load());
        }
        System.out.printf(Locale.ROOT, "median of %d (%s start): JVM started %.1f s, Payara ready %.1f s, deployment "
                        + "%.1f s, login page usable %.1f s, demo data complete %.1f s; CPU until usable: Payara "
                        + "%.1f s, Maven %.1f s; load average %s (%d cores)%n",
                runs, mode, median(results, Run::jvm), median(results, Run::ready),
                median(results, Run::deployMs) / 1000, median(results, Run::login), median(results, Run::demo),
                median(results, Run::cpuPayara), median(results, Run::cpuMaven), load(),
                ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors());
    }

    private static Run start(List<String> command, Path base, int port, long timeout, Path log) throws Exception {
        // HTTP/1.1: the default HTTP/2 upgrade once left a request hanging past its timeout on a starting Payara
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml"))
                .timeout(Duration.ofSeconds(10)).build();
        long t0 = System.nanoTime();
        Instant began = Instant.now();
        Process maven = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true).start();
        double[] ready = {-1};
        double[] readyLog = {-1};
        double[] deployed = {-1};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(maven.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    Matcher r = READY.matcher(line);
                    if (r.find() && ready[0] < 0) {
                        ready[0] = (System.nanoTime() - t0) / 1e9;
                        readyLog[0] = Double.parseDouble(r.group(1).replace(",", "")) / 1000;
                    }
                    Matcher d = DEPLOYED.matcher(line);
                    if (d.find() && deployed[0] < 0) {
                        deployed[0] = Double.parseDouble(d.group(1).replace(",", ""));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "startup-bench-output");
        reader.setDaemon(true);
        reader.start();
        double jvm = -1;
        double usable = -1;
        double demo = -1;
        ProcessHandle payara = null;
        double cpuPayara = -1;
        double cpuMaven = -1;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeout);
        try {
            while (System.nanoTime() < deadline && maven.isAlive()) {
                java.util.Optional<ProcessHandle> child = payara(maven);
                if (child.isPresent()) {
                    payara = child.get();
                }
                if (jvm < 0) {
                    jvm = payara(maven).flatMap(p -> p.info().startInstant())
                            .map(s -> Duration.between(began, s).toMillis() / 1e3).orElse(-1.0);
                }
                try {
                    HttpResponse<String> answer = get(http, login);
                    if (answer.statusCode() == 200 && answer.body().contains("loginForm")) {
                        usable = (System.nanoTime() - t0) / 1e9;
                        cpuMaven = cpu(maven.toHandle());
                        for (ProcessHandle d : maven.descendants().toList()) {
                            if (!d.equals(payara)) {
                                cpuMaven += cpu(d);
                            }
                        }
                        cpuPayara = payara == null ? -1 : cpu(payara);
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            if (usable < 0) {
                throw new IllegalStateException("no usable login page within " + timeout + " s; see " + log);
            }
            // the demo data loads after the deployment: the login page says so until it is complete
            while (System.nanoTime() < deadline && maven.isAlive()) {
                try {
                    HttpResponse<String> answer = get(http, login);
                    if (answer.statusCode() == 200 && !answer.body().contains("demoLoading")) {
                        demo = (System.nanoTime() - t0) / 1e9;
                        break;
                    }
                } catch (IOException e) {
                    // a slow answer: ask again
                }
                Thread.sleep(100);
            }
            // the "ready" line comes just before or after the first answer: give it a moment
            for (int i = 0; i < 100 && ready[0] < 0; i++) {
                Thread.sleep(100);
            }
        } finally {
            stop(maven);
        }
        return new Run(jvm, ready[0], deployed[0], usable, readyLog[0], demo, cpuPayara, cpuMaven);
    }

    /** One GET with a hard limit of 15 s, whatever the client's own timeouts do. */
    private static HttpResponse<String> get(HttpClient http, HttpRequest request) throws IOException,
            InterruptedException {
        try {
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
    }

    /** The Payara Micro JVM that Maven's exec plugin started (the newest java descendant). */
    private static java.util.Optional<ProcessHandle> payara(Process maven) {
        return maven.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .max(Comparator.comparing(p -> p.info().startInstant().orElse(Instant.MIN)));
    }

    private static void stop(Process maven) throws InterruptedException {
        List<ProcessHandle> children = maven.descendants().toList();
        for (ProcessHandle child : children) {
            child.destroy();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        maven.destroy();
        if (!maven.waitFor(30, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
        }
    }

    /** CPU seconds (user + system) a process has used so far: on a shared machine, what waiting does not inflate. */
    private static double cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(0.0);
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        double[] values = runs.stream().mapToDouble(f).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
