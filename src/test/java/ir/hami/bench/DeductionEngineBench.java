package ir.hami.bench;

import ir.hami.claims.DeductionEngine;
import ir.hami.claims.ItemKind;
import ir.hami.membership.CoverKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
 * The deduction engine's throughput on one core (JMH): claims of five lines each, computed against a plan of five
 * covers (one a family ceiling, one a catch-all) and what earlier claims used. The claims are 4,096 different ones
 * made once from a fixed seed (tariffs above and below the price, excluded lines, kinds outside the plan, ceilings
 * nearly spent), taken in turn, so the branches are not all predicted alike. One operation is one claim; the goal is
 * at least 200,000 a second on one thread.
 * <pre>
 * mvn -B -ntp -o -q test-compile
 * mvn -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" ir.hami.bench.DeductionEngineBench
 * </pre>
 * Options ({@code key=value}): {@code forks} (1), {@code warmups} (3 × 2 s), {@code iterations} (5 × 2 s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeductionEngineBench {

    private static final int CLAIMS = 4096;
    private static final int LINES = 5;

    private List<DeductionEngine.PlanCover> plan;
    private List<DeductionEngine.Line>[] claims;
    private DeductionEngine.Used[] used;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        plan = List.of(
                new DeductionEngine.PlanCover(1, "بستری", CoverKind.HOSPITAL, 500_000_000, 10, true),
                new DeductionEngine.PlanCover(2, "سرپایی", CoverKind.OUTPATIENT, 30_000_000, 30, false),
                new DeductionEngine.PlanCover(3, "دارو", CoverKind.DRUG, 20_000_000, 30, false),
                new DeductionEngine.PlanCover(4, "پاراکلینیک", CoverKind.PARACLINIC, 40_000_000, 20, false),
                new DeductionEngine.PlanCover(5, "سایر", null, 10_000_000, 50, false));
        CoverKind[] kinds = CoverKind.values();
        ItemKind[] items = ItemKind.values();
        SplittableRandom random = new SplittableRandom(16);
        claims = new List[CLAIMS];
        used = new DeductionEngine.Used[CLAIMS];
        for (int i = 0; i < CLAIMS; i++) {
            List<DeductionEngine.Line> lines = new ArrayList<>(LINES);
            for (int j = 0; j < LINES; j++) {
                long price = 10_000 * (1 + random.nextInt(2_000));
                Long tariff = random.nextInt(3) == 0 ? null : price + 10_000 * (random.nextInt(200) - 100);
                lines.add(new DeductionEngine.Line(items[random.nextInt(items.length)], "خدمت " + j,
                        kinds[random.nextInt(kinds.length)], 1 + random.nextInt(4), price,
                        tariff == null || tariff < 0 ? null : tariff, random.nextInt(20) == 0));
            }
            claims[i] = List.copyOf(lines);
            used[i] = new DeductionEngine.Used(
                    Map.of(2L, (long) random.nextInt(30_000_000), 3L, (long) random.nextInt(20_000_000)),
                    Map.of(1L, (long) random.nextInt(500_000_000)));
        }
    }

    /** One claim of five lines through the engine; the result is returned so the JIT cannot drop the work. */
    @Benchmark
    public DeductionEngine.Result claimOfFiveLines() {
        int i = next;
        next = (i + 1) & (CLAIMS - 1);
        return DeductionEngine.compute(plan, claims[i], used[i]);
    }

    public static void main(String[] args) throws RunnerException {
        BenchOptions options = new BenchOptions(args);
        Options o = new OptionsBuilder().include(DeductionEngineBench.class.getName() + ".")
                .forks((int) options.getLong("forks", 1))
                .warmupIterations((int) options.getLong("warmups", 3))
                .measurementIterations((int) options.getLong("iterations", 5))
                .build();
        new Runner(o).run();
    }
}
