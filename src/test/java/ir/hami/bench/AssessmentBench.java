package ir.hami.bench;

import ir.hami.claims.DeductionEngine;
import ir.hami.claims.DeductionKind;
import ir.hami.claims.ItemKind;
import ir.hami.membership.CoverKind;
import ir.hami.platform.money.Rial;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Messages;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times an assessment (engine + ceiling update + events) with several assessors at once, on a filled database
 * ({@link GenerateMembers}, {@link GenerateClaims}). The EJB ({@code AssessmentDesk.assess}) cannot run outside the
 * server, so each assessment is the same SQL the service issues, in one JDBC transaction, in the service's order:
 * <ol>
 *     <li>lock the claim row and the family's main member's person row ({@code select ... for update} by primary
 *     key, {@code ClaimLedger.lockClaimAndFamily});</li>
 *     <li>read the claim, the contract's covers, the tariff rows of the lines' codes and their service types, and
 *     what the person and the family used ({@code Ceilings}' two usage queries);</li>
 *     <li>the real {@link DeductionEngine} on five lines, and each deduction's Persian sentence;</li>
 *     <li>update the claim (state, amounts, version checked), insert its items and deductions, its event, the main
 *     member's portal notification (with the mobile read) and the SMS outbox row, charge each cover's
 *     {@code cover_usage} row (read, then update under its version, or insert); commit.</li>
 * </ol>
 * Ids come from {@code id_sequence} in blocks of 50 on a side connection shared by the assessors, as EclipseLink's
 * table generator preallocates them for the server.
 * Claims awaiting the assessor ({@code REGISTERED}) are taken in id order and dealt round-robin to the assessors, so
 * two assessors may meet on one family (and then wait for its lock, as in the portal). Each assessor has its own
 * connection; the first {@code warmup} assessments of each are not timed.
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" ir.hami.bench.AssessmentBench \
 *     db.url='jdbc:mysql://127.0.0.1:3306/hami_bench_claims2?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * Options: {@code db.url}, {@code db.user} (root), {@code db.password}; {@code threads} (8), {@code perThread} (250
 * timed), {@code warmup} (25 per thread), {@code seed}. The claims it assesses stay assessed: each run takes the
 * next ones.
 */
public final class AssessmentBench {

    /** Phases of an assessment, for the breakdown: the locks, the reads, the engine, the writes, the commit. */
    private static final String[] PHASES = {"locks (claim, family)", "reads (claim, plan, tariff, usage)",
            "engine + sentences", "writes (claim, items, events, ceilings)", "commit"};
    private static final ThreadLocal<long[]> PHASE = ThreadLocal.withInitial(() -> new long[PHASES.length]);

    private static void phase(int index, long since) {
        PHASE.get()[index] += System.nanoTime() - since;
    }

    private static final String[] CODES = {"901910", "901915", "802045", "802060", "700460", "701620", "700010",
            "D-AMOX500", "D-PARA500", "D-ATOR20", "301000", "302000", "950100", "600100", "100100"};

    private AssessmentBench() {
    }

    private record Tariff(String code, String title, ItemKind kind, long typeId, long price) {
    }

    /**
     * Ids by blocks of 50 from {@code id_sequence}, on a connection of their own, shared by the assessors as
     * EclipseLink's preallocation is shared by a server's threads.
     */
    private static final class Ids {
        private final Connection c;
        private final Map<String, long[]> blocks = new HashMap<>();

        Ids(Connection c) {
            this.c = c;
        }

        synchronized long next(String sequence) throws SQLException {
            long[] b = blocks.get(sequence);
            if (b == null || b[0] >= b[1]) {
                c.setAutoCommit(false);
                long start;
                try (PreparedStatement s = c.prepareStatement(
                        "select next_val from id_sequence where seq_name = ? for update")) {
                    s.setString(1, sequence);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        start = rs.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "update id_sequence set next_val = ? where seq_name = ?")) {
                    s.setLong(1, start + 50);
                    s.setString(2, sequence);
                    s.executeUpdate();
                }
                c.commit();
                b = new long[] {start, start + 50};
                blocks.put(sequence, b);
            }
            return b[0]++;
        }
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int threads = (int) options.getLong("threads", 8);
        int perThread = (int) options.getLong("perThread", 250);
        int warmup = (int) options.getLong("warmup", 25);
        long seed = options.getLong("seed", 16);
        List<Long> claims = new ArrayList<>();
        Map<String, Tariff> tariffs = new HashMap<>();
        Map<Long, CoverKind> typeKinds = new HashMap<>();
        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + options.url());
            System.out.printf(Locale.ROOT, "Rows: %,d claims (%,d awaiting the assessor), %,d items, %,d cover usage "
                            + "rows, %,d persons%n", BenchTimer.single(c, "select count(*) from claim"),
                    BenchTimer.single(c, "select count(*) from claim where state = 'REGISTERED'"),
                    BenchTimer.single(c, "select count(*) from claim_item"),
                    BenchTimer.single(c, "select count(*) from cover_usage"),
                    BenchTimer.single(c, "select count(*) from person"));
            try (PreparedStatement s = c.prepareStatement("select id from claim where state = 'REGISTERED' "
                    + "order by registered_at, id limit ?")) {
                s.setInt(1, threads * (perThread + warmup));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        claims.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select code, title, item_kind, service_type_id, "
                    + "unit_price from claim_tariff where active = true")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        tariffs.put(rs.getString(1), new Tariff(rs.getString(1), rs.getString(2),
                                ItemKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select id, cover_kind from claim_service_type")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        typeKinds.put(rs.getLong(1), rs.getString(2) == null ? null
                                : CoverKind.valueOf(rs.getString(2)));
                    }
                }
            }
        }
        if (claims.size() < threads * (perThread + warmup)) {
            throw new IllegalStateException("Only " + claims.size() + " claims await the assessor; need "
                    + threads * (perThread + warmup));
        }
        System.out.printf(Locale.ROOT, "%d assessors in parallel, %d warm-up + %d timed assessments each, five lines "
                + "a claim%n", threads, warmup, perThread);

        Connection side = DriverManager.getConnection(options.url(), options.user(), options.password());
        Ids ids = new Ids(side);
        ConcurrentLinkedQueue<long[]> timings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> phases = new ConcurrentLinkedQueue<>();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong deductionRows = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        long[] wall = new long[2];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread w = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
                    c.setAutoCommit(false);
                    SplittableRandom random = new SplittableRandom(seed + thread);
                    long[] mine = new long[perThread];
                    ready.countDown();
                    go.await();
                    for (int i = 0; i < perThread + warmup; i++) {
                        if (i == warmup) {
                            Arrays.fill(PHASE.get(), 0);
                        }
                        long claimId = claims.get(i * threads + thread);
                        long started = System.nanoTime();
                        int rows = assess(c, ids, claimId, lines(random, tariffs, typeKinds), tariffs, typeKinds);
                        long took = System.nanoTime() - started;
                        if (rows < 0) {
                            conflicts.incrementAndGet();
                        } else {
                            deductionRows.addAndGet(rows);
                        }
                        if (i >= warmup) {
                            mine[i - warmup] = took;
                        }
                    }
                    timings.add(mine);
                    phases.add(PHASE.get().clone());
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            w.start();
            workers.add(w);
        }
        ready.await();
        wall[0] = System.nanoTime();
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        wall[1] = System.nanoTime();
        side.close();
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
            throw new IllegalStateException(failures.size() + " assessors failed");
        }
        long[] all = timings.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = (wall[1] - wall[0]) / 1e9;
        System.out.printf(Locale.ROOT, "%,d timed assessments (%,d deduction rows in all runs, %d refused as "
                        + "changed) in %.1f s wall: %.0f assessments/s%n", all.length, deductionRows.get(),
                conflicts.get(), seconds, threads * (perThread + warmup) / seconds);
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s%n", "assessment", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "mean ms");
        System.out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f %8.2f %8.2f%n",
                "engine + ceilings + events", ms(pct(all, 50)), ms(pct(all, 95)), ms(pct(all, 99)),
                ms(all[all.length - 1]), ms((long) Arrays.stream(all).average().orElse(0)));
        System.out.println("mean time per assessment by phase:");
        for (int p = 0; p < PHASES.length; p++) {
            int phase = p;
            long total = phases.stream().mapToLong(a -> a[phase]).sum();
            System.out.printf(Locale.ROOT, "  %-40s %8.2f ms%n", PHASES[p], ms(total / Math.max(1, all.length)));
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** One line as the assessor types it: a tariff code, a quantity and a price near (sometimes above) the tariff. */
    private record Typed(Tariff tariff, int quantity, long unitPrice) {
    }

    private static List<Typed> lines(SplittableRandom random, Map<String, Tariff> tariffs,
                                     Map<Long, CoverKind> typeKinds) {
        List<Typed> out = new ArrayList<>(5);
        for (int i = 0; i < 5; i++) {
            Tariff t = tariffs.get(CODES[random.nextInt(CODES.length)]);
            int quantity = t.kind() == ItemKind.DRUG ? 1 + random.nextInt(30) : 1;
            long price = random.nextInt(3) == 0 ? t.price() + t.price() * random.nextInt(40) / 100 : t.price();
            out.add(new Typed(t, quantity, price));
        }
        return out;
    }

    /** One assessment in one transaction; returns the number of deductions, or -1 when the claim was not ready. */
    private static int assess(Connection c, Ids ids, long claimId, List<Typed> typed, Map<String, Tariff> tariffs,
                              Map<Long, CoverKind> typeKinds) throws SQLException {
        long t = System.nanoTime();
        try {
            // 1. the claim's row and the family's lock
            long mainPersonId;
            try (PreparedStatement s = c.prepareStatement("select main_person_id from claim where id = ? for update")) {
                s.setLong(1, claimId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    mainPersonId = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("select id from person where id = ? for update")) {
                s.setLong(1, mainPersonId);
                s.executeQuery().close();
            }
            phase(0, t);
            t = System.nanoTime();
            // 2. the claim, the plan, the tariff rows, what was used
            long personId, contractId, version, serviceTypeId;
            String state, trackingCode;
            try (PreparedStatement s = c.prepareStatement("select person_id, contract_id, version, state, "
                    + "service_type_id, tracking_code from claim where id = ?")) {
                s.setLong(1, claimId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    personId = rs.getLong(1);
                    contractId = rs.getLong(2);
                    version = rs.getLong(3);
                    state = rs.getString(4);
                    serviceTypeId = rs.getLong(5);
                    trackingCode = rs.getString(6);
                }
            }
            if (!"REGISTERED".equals(state)) {
                c.rollback();
                return -1;
            }
            List<DeductionEngine.PlanCover> plan = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id, title, cover_kind, annual_ceiling, "
                    + "franchise_percent, family_ceiling from contract_cover where contract_id = ? "
                    + "order by sort_order, id")) {
                s.setLong(1, contractId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        plan.add(new DeductionEngine.PlanCover(rs.getLong(1), rs.getString(2),
                                rs.getString(3) == null ? null : CoverKind.valueOf(rs.getString(3)), rs.getLong(4),
                                rs.getInt(5), rs.getBoolean(6)));
                    }
                }
            }
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < typed.size(); i++) {
                in.append(i == 0 ? "?" : ",?");
            }
            try (PreparedStatement s = c.prepareStatement("select code, unit_price, service_type_id from claim_tariff "
                    + "where code in (" + in + ") and active = true")) {
                for (int i = 0; i < typed.size(); i++) {
                    s.setString(i + 1, typed.get(i).tariff().code());
                }
                s.executeQuery().close();
            }
            Map<Long, Long> person = usage(c, "select cover_id, used_amount from cover_usage where person_id = ? "
                    + "and contract_id = ?", personId, contractId);
            Map<Long, Long> family = usage(c, "select cover_id, sum(used_amount) from cover_usage where "
                    + "main_person_id = ? and contract_id = ? group by cover_id", mainPersonId, contractId);
            phase(1, t);
            t = System.nanoTime();
            // 3. the engine
            List<DeductionEngine.Line> lines = new ArrayList<>(typed.size());
            for (Typed line : typed) {
                CoverKind kind = typeKinds.getOrDefault(line.tariff().typeId(), typeKinds.get(serviceTypeId));
                lines.add(new DeductionEngine.Line(line.tariff().kind(), line.tariff().title(), kind, line.quantity(),
                        line.unitPrice(), line.tariff().price(), false));
            }
            DeductionEngine.Result r = DeductionEngine.compute(plan, lines, new DeductionEngine.Used(person, family));
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Timestamp at = Timestamp.from(now);
            Long mainCover = r.charged().entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            phase(2, t);
            t = System.nanoTime();
            // 4. the claim, its items and deductions, event, notification, SMS, ceilings
            try (PreparedStatement s = c.prepareStatement("update claim set state = 'ASSESSED', updated_at = ?, "
                    + "assessed_at = ?, assessor = ?, assessor_remark = null, cover_id = ?, total_amount = ?, "
                    + "franchise_amount = ?, over_ceiling_amount = ?, out_of_tariff_amount = ?, "
                    + "not_covered_amount = ?, commitment_amount = ?, payable_amount = ?, version = ? "
                    + "where id = ? and version = ?")) {
                s.setTimestamp(1, at);
                s.setTimestamp(2, at);
                s.setString(3, "کارشناس سنجش");
                if (mainCover == null) {
                    s.setNull(4, java.sql.Types.BIGINT);
                } else {
                    s.setLong(4, mainCover);
                }
                s.setLong(5, r.total());
                s.setLong(6, r.deducted(DeductionKind.FRANCHISE));
                s.setLong(7, r.deducted(DeductionKind.OVER_CEILING));
                s.setLong(8, r.deducted(DeductionKind.OUT_OF_TARIFF));
                s.setLong(9, r.deducted(DeductionKind.NOT_COVERED));
                s.setLong(10, r.commitment());
                s.setLong(11, r.payable());
                s.setLong(12, version + 1);
                s.setLong(13, claimId);
                s.setLong(14, version);
                if (s.executeUpdate() != 1) {
                    c.rollback();
                    return -1;
                }
            }
            int deductions = 0;
            try (PreparedStatement items = c.prepareStatement("insert into claim_item (id, claim_id, line_no, "
                    + "item_kind, title, physician, council_code, prescribed_on, quantity, total_amount, "
                    + "deducted_amount, payable_amount, tariff_code, unit_price, tariff_price, cover_id) "
                    + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement ds = c.prepareStatement("insert into claim_deduction (id, claim_id, item_id, "
                         + "kind, amount, explanation) values (?,?,?,?,?,?)")) {
                for (int i = 0; i < r.lines().size(); i++) {
                    DeductionEngine.LineResult l = r.lines().get(i);
                    long itemId = ids.next("claim_item");
                    items.setLong(1, itemId);
                    items.setLong(2, claimId);
                    items.setInt(3, i + 1);
                    items.setString(4, l.line().kind().name());
                    items.setString(5, l.line().title());
                    items.setString(6, "دکتر سنجش");
                    items.setString(7, "12345");
                    items.setObject(8, LocalDate.now());
                    items.setInt(9, l.line().quantity());
                    items.setLong(10, l.total());
                    items.setLong(11, l.deducted());
                    items.setLong(12, l.payable());
                    items.setString(13, typed.get(i).tariff().code());
                    items.setLong(14, l.line().unitPrice());
                    items.setLong(15, l.line().tariffPrice());
                    if (l.coverId() == null) {
                        items.setNull(16, java.sql.Types.BIGINT);
                    } else {
                        items.setLong(16, l.coverId());
                    }
                    items.addBatch();
                    for (DeductionEngine.Deduction d : l.deductions()) {
                        ds.setLong(1, ids.next("claim_deduction"));
                        ds.setLong(2, claimId);
                        ds.setLong(3, itemId);
                        ds.setString(4, d.kind().name());
                        ds.setLong(5, d.amount());
                        String why = d.explain(PersianText.PERSIAN);
                        ds.setString(6, why.length() <= 500 ? why : why.substring(0, 499) + "…");
                        ds.addBatch();
                        deductions++;
                    }
                }
                items.executeBatch();
                if (deductions > 0) {
                    ds.executeBatch();
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into claim_event (id, claim_id, at_time, actor, "
                    + "action, from_state, to_state, note) values (?,?,?,?,?,?,?,?)")) {
                s.setLong(1, ids.next("claim_event"));
                s.setLong(2, claimId);
                s.setTimestamp(3, at);
                s.setString(4, "assessor");
                s.setString(5, "ASSESSED");
                s.setString(6, state);
                s.setString(7, "ASSESSED");
                s.setNull(8, java.sql.Types.VARCHAR);
                s.executeUpdate();
            }
            String text = PersianText.toPersianDigits(Messages.text("claims.sms.assessed",
                    new Object[] {trackingCode, Rial.format(r.payable())}, PersianText.PERSIAN));
            try (PreparedStatement s = c.prepareStatement("insert into member_notification (id, person_id, "
                    + "created_at, text, link) values (?,?,?,?,?)")) {
                s.setLong(1, ids.next("member_notification"));
                s.setLong(2, mainPersonId);
                s.setTimestamp(3, at);
                s.setString(4, text.length() <= 500 ? text : text.substring(0, 500));
                s.setString(5, "/member/claim.xhtml?id=" + claimId);
                s.executeUpdate();
            }
            String mobile = null;
            try (PreparedStatement s = c.prepareStatement("select mobile from person where id = ?")) {
                s.setLong(1, mainPersonId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        mobile = rs.getString(1);
                    }
                }
            }
            if (mobile != null && !mobile.isBlank()) {
                try (PreparedStatement s = c.prepareStatement("insert into sms_message (id, mobile, body, purpose, "
                        + "status, created_at) values (?,?,?,?,?,?)")) {
                    s.setLong(1, ids.next("sms_message"));
                    s.setString(2, mobile);
                    s.setString(3, text.length() <= 700 ? text : text.substring(0, 700));
                    s.setString(4, "CLAIM");
                    s.setString(5, "PENDING");
                    s.setTimestamp(6, at);
                    s.executeUpdate();
                }
            }
            for (Map.Entry<Long, Long> charge : r.charged().entrySet()) {
                charge(c, ids, charge.getKey(), contractId, personId, mainPersonId, charge.getValue());
            }
            phase(3, t);
            t = System.nanoTime();
            c.commit();
            phase(4, t);
            return deductions;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static Map<Long, Long> usage(Connection c, String sql, long id, long contractId) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.setLong(2, contractId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                }
            }
        }
        return out;
    }

    private static void charge(Connection c, Ids ids, long coverId, long contractId, long personId, long mainPersonId,
                               long amount) throws SQLException {
        long id = 0, used = 0, count = 0, version = -1;
        try (PreparedStatement s = c.prepareStatement("select id, used_amount, claim_count, version from cover_usage "
                + "where cover_id = ? and person_id = ?")) {
            s.setLong(1, coverId);
            s.setLong(2, personId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                    used = rs.getLong(2);
                    count = rs.getLong(3);
                    version = rs.getLong(4);
                }
            }
        }
        if (version < 0) {
            try (PreparedStatement s = c.prepareStatement("insert into cover_usage (id, cover_id, contract_id, "
                    + "person_id, main_person_id, used_amount, claim_count, version) values (?,?,?,?,?,?,1,1)")) {
                s.setLong(1, ids.next("cover_usage"));
                s.setLong(2, coverId);
                s.setLong(3, contractId);
                s.setLong(4, personId);
                s.setLong(5, mainPersonId);
                s.setLong(6, amount);
                s.executeUpdate();
            }
        } else {
            try (PreparedStatement s = c.prepareStatement("update cover_usage set used_amount = ?, claim_count = ?, "
                    + "version = ? where id = ? and version = ?")) {
                s.setLong(1, Math.addExact(used, amount));
                s.setLong(2, count + 1);
                s.setLong(3, version + 1);
                s.setLong(4, id);
                s.setLong(5, version);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("cover_usage " + id + " changed under the family's lock");
                }
            }
        }
    }
}
