package ir.hami.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The FHIR eligibility check beside the JSON one, in the same run: calls alternate between
 * {@code GET /api/v1/eligibility/{nationalId}} and {@code POST /fhir/CoverageEligibilityRequest/$submit} (a
 * CoverageEligibilityRequest naming the patient by a logical reference to the national ID), with the same API key,
 * on the same national IDs, at one open-loop rate. The aim (issue 17): the FHIR p99 within twice the JSON p99.
 * <p>Start the portal on a benchmark database of members (see {@link EligibilityBench}: {@code
 * HAMI_API_RATE_PER_SECOND=100000}, the direct pool URL with server-side prepared statements), then:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" ir.hami.bench.FhirEligibilityBench \
 *     portal=http://127.0.0.1:8080 db.url='jdbc:mysql://127.0.0.1:3306/hami_bench_api?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * Like {@link EligibilityBench} it inserts its API key ({@code key}, default {@value EligibilityBench#BENCH_KEY}) for
 * the first treatment centre (adding {@code centers}, default 5,000, if fewer) and samples 20,000 national IDs, one
 * in ten unknown. Options: {@code rate} (500 requests/s in all, half each), {@code seconds} (60), {@code warmup}
 * (30), {@code users} (64), {@code seed}, {@code portal.pid} and {@code db.pid} (CPU per request, as in
 * {@link MemberApiBench}). A JSON call counts as an error unless it answers 200 with
 * {@code covered}; a FHIR call unless it answers 200 with a CoverageEligibilityResponse. Loopback only.
 */
public final class FhirEligibilityBench {

    private FhirEligibilityBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        String portal = options.get("portal", "http://127.0.0.1:8080").replaceAll("/$", "");
        URI portalUri = URI.create(portal);
        if (!"127.0.0.1".equals(portalUri.getHost()) && !"localhost".equals(portalUri.getHost())) {
            throw new IllegalArgumentException("Loopback only: " + portal);
        }
        String url = options.get("db.url",
                "jdbc:mysql://127.0.0.1:3306/hami_bench_api?useSSL=false&allowPublicKeyRetrieval=true");
        String user = options.user();
        String password = options.password();
        int rate = (int) options.getLong("rate", 500);
        int seconds = (int) options.getLong("seconds", 60);
        int warmup = (int) options.getLong("warmup", 30);
        int users = (int) options.getLong("users", 64);
        String key = options.get("key", EligibilityBench.BENCH_KEY);

        List<String> ids;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            System.out.printf(Locale.ROOT, "Database %s %s: %,d persons, %,d coverages%n",
                    c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion(),
                    BenchTimer.single(c, "select count(*) from person"),
                    BenchTimer.single(c, "select count(*) from coverage"));
            long centerId = EligibilityBench.ensureCenters(c, () -> DriverManager.getConnection(url, user, password),
                    options.getLong("centers", 5_000));
            EligibilityBench.ensureKey(c, centerId, key);
            ids = EligibilityBench.sampleNationalIds(c, 20_000, new SplittableRandom(options.getLong("seed", 11)));
        }

        KeepAliveClient[] clients = new KeepAliveClient[users];
        for (int i = 0; i < users; i++) {
            clients[i] = new KeepAliveClient(portalUri);
        }
        String today = LocalDate.now(ZoneId.of("Asia/Tehran")).toString();
        String[] names = {"JSON GET /api/v1/eligibility/{id}", "FHIR POST CoverageEligibilityRequest/$submit"};
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        MemberApiBench.Call call = (u, slot) -> {
            // both endpoints are asked about the same national IDs, in the same order
            String nationalId = ids.get((int) ((slot / 2) % ids.size()));
            KeepAliveClient.Response r;
            boolean ok;
            if (slot % 2 == 0) {
                r = clients[u].get("/api/v1/eligibility/" + nationalId, "X-Api-Key", key);
                ok = r.status() == 200 && r.body().contains("\"covered\"");
            } else {
                r = clients[u].post("/fhir/CoverageEligibilityRequest/$submit", "X-Api-Key", key,
                        "application/fhir+json", "application/fhir+json", request(nationalId, today));
                ok = r.status() == 200 && r.body().contains("\"CoverageEligibilityResponse\"");
            }
            if (!ok) {
                failures.computeIfAbsent(names[(int) (slot % 2)] + " -> " + r.status() + ": "
                        + r.body().substring(0, Math.min(160, r.body().length())), k -> new LongAdder()).increment();
            }
            return ok;
        };
        try {
            System.out.printf(Locale.ROOT, "%nTarget %,d requests/s for %d s (after %d s warm-up), %d virtual users, "
                    + "%,d national IDs; JSON and FHIR alternating%n", rate, seconds, warmup, users, ids.size());
            MemberApiBench.run("warm-up", call, names, rate, warmup, users, failures);
            failures.clear();
            ProcessCpu cpu = new ProcessCpu(options);
            cpu.start();
            long measuredStart = System.nanoTime();
            MemberApiBench.Stats[] s = MemberApiBench.run("measured", call, names, rate, seconds, users, failures);
            cpu.print((long) rate * seconds, (System.nanoTime() - measuredStart) / 1e9);
            System.out.printf(Locale.ROOT, "%n%-46s %9s %7s %9s %9s %9s %9s%n", "endpoint", "requests", "errors",
                    "p50 ms", "p95 ms", "p99 ms", "max ms");
            for (MemberApiBench.Stats one : s) {
                System.out.printf(Locale.ROOT, "%-46s %,9d %7d %9.2f %9.2f %9.2f %9.2f%n", one.name(),
                        one.requests(), one.errors(), one.ms(50), one.ms(95), one.ms(99), one.ms(100));
            }
            new TreeMap<>(failures).forEach((what, n) -> System.out.printf(Locale.ROOT, "    error: %s x%d%n", what,
                    n.sum()));
            double ratio = s[1].ms(99) / s[0].ms(99);
            System.out.printf(Locale.ROOT, "FHIR p99 / JSON p99 = %.2f (p50 ratio %.2f); aim FHIR p99 within 2x "
                            + "JSON p99 with no errors: %s%n", ratio, s[1].ms(50) / s[0].ms(50),
                    ratio <= 2 && s[0].errors() == 0 && s[1].errors() == 0 ? "MET" : "NOT MET");
        } finally {
            for (KeepAliveClient client : clients) {
                client.close();
            }
        }
    }

    /** A CoverageEligibilityRequest for today's benefits of the person with this national ID. */
    static String request(String nationalId, String today) {
        return "{\"resourceType\":\"CoverageEligibilityRequest\",\"status\":\"active\",\"purpose\":[\"benefits\"],"
                + "\"patient\":{\"identifier\":{\"system\":\"https://hami.example/fhir/sid/national-id\",\"value\":\""
                + nationalId + "\"}},\"servicedDate\":\"" + today + "\",\"created\":\"" + today + "\","
                + "\"insurer\":{\"display\":\"Hami\"}}";
    }
}
