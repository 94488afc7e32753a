package ir.hami.bench;

import ir.hami.access.ApiAccessTokens;
import ir.hami.access.ApiSigningKeys;
import ir.hami.platform.security.Jwt;
import ir.hami.platform.security.Role;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What checking a members' API access token costs on one core (JMH, microseconds per token): {@link Jwt#verify}
 * with a 2048-bit RSA key (RS256: Base64 and JSON of the header, the signature, Base64 and JSON of the claims), and
 * the portal's own path {@link ApiAccessTokens#verify} (the same plus the key map of {@link ApiSigningKeys}, the
 * clock and the member filter), both built exactly as the container builds them, with a key made at start as on a
 * laptop. For comparison, signing one ({@link Jwt#sign}, what a login or refresh pays). The aim: under 0.1 ms of CPU
 * per verification. Besides JMH's wall-clock average, {@code main} then times {@code cpu.tokens} verifications on
 * the thread's own CPU clock ({@link ThreadMXBean#getCurrentThreadCpuTime}), which a shared machine does not inflate.
 * <pre>
 * mvn -B -ntp -o -q test-compile
 * mvn -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" ir.hami.bench.TokenVerifyBench
 * </pre>
 * Options ({@code key=value}): {@code forks} (1), {@code warmups} (3 × 2 s), {@code iterations} (5 × 2 s),
 * {@code cpu.tokens} (50,000; 0 skips the CPU-clock check), {@code jmh} (true; false runs only the CPU-clock check).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TokenVerifyBench {

    private static final String ISSUER = "hami";

    private ApiSigningKeys keys;
    private ApiAccessTokens accessTokens;
    private Map<String, PublicKey> verifying;
    private String token;
    private Jwt.Claims claims;
    private Instant now;

    @Setup
    public void setUp() throws ReflectiveOperationException {
        keys = new ApiSigningKeys();
        set(keys, "keyFile", " ");
        set(keys, "keyId", "k1");
        set(keys, "previousKeys", " ");
        set(keys, "grid", new ir.hami.platform.cluster.LocalGrid());
        Method load = ApiSigningKeys.class.getDeclaredMethod("load");
        load.setAccessible(true);
        load.invoke(keys);
        accessTokens = new ApiAccessTokens();
        set(accessTokens, "keys", keys);
        set(accessTokens, "clock", Clock.systemUTC());
        set(accessTokens, "issuer", ISSUER);
        set(accessTokens, "accessMinutes", 10);
        verifying = keys.verifyingKeys();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // the claims a member's token carries (username a national ID, account and person ids)
        claims = new Jwt.Claims(ISSUER, "0012345678", 1_234_567L, 7_654_321L, Role.MEMBER, "Zm9vYmFyYmF6cXV4",
                now, now.plus(10, ChronoUnit.MINUTES));
        token = Jwt.sign(claims, keys.signingKeyId(), keys.signingKey());
        if (verify().isEmpty() || accessTokensVerify().isEmpty()) {
            throw new IllegalStateException("the bench's token does not verify");
        }
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** {@link Jwt#verify} alone, with a fixed instant. */
    @Benchmark
    public Optional<Jwt.Claims> verify() {
        return Jwt.verify(token, verifying, ISSUER, now);
    }

    /** What {@code PortalAuthenticationMechanism} calls for every API request. */
    @Benchmark
    public Optional<Jwt.Claims> accessTokensVerify() {
        return accessTokens.verify(token);
    }

    /** For comparison: signing a token (login, refresh). */
    @Benchmark
    public String sign() {
        return Jwt.sign(claims, keys.signingKeyId(), keys.signingKey());
    }

    public static void main(String[] args) throws RunnerException, ReflectiveOperationException {
        BenchOptions options = new BenchOptions(args);
        if (Boolean.parseBoolean(options.get("jmh", "true"))) {
            Options o = new OptionsBuilder().include(TokenVerifyBench.class.getName() + ".")
                    .forks((int) options.getLong("forks", 1))
                    .warmupIterations((int) options.getLong("warmups", 3))
                    .measurementIterations((int) options.getLong("iterations", 5))
                    .build();
            new Runner(o).run();
        }
        int tokens = (int) options.getLong("cpu.tokens", 50_000);
        if (tokens > 0) {
            cpuClock(tokens);
        }
    }

    /** Verifications timed on this thread's CPU clock, after as many untimed ones (JIT). */
    private static void cpuClock(int tokens) throws ReflectiveOperationException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TokenVerifyBench b = new TokenVerifyBench();
        b.setUp();
        int valid = 0;
        for (int i = 0; i < tokens; i++) {
            valid += b.accessTokensVerify().isPresent() ? 1 : 0;
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < tokens; i++) {
            valid += b.accessTokensVerify().isPresent() ? 1 : 0;
        }
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / tokens;
        double wallMicros = (System.nanoTime() - wall) / 1e3 / tokens;
        System.out.printf(Locale.ROOT, "%nApiAccessTokens.verify on the thread's CPU clock: %,d tokens (after %,d "
                + "untimed), %.1f µs of CPU each (wall %.1f µs), %d valid of %d; aim < 100 µs of CPU: %s%n", tokens,
                tokens, cpuMicros, wallMicros, valid, 2 * tokens, cpuMicros < 100 && valid == 2 * tokens
                        ? "MET" : "NOT MET");
    }
}
