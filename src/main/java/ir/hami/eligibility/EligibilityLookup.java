package ir.hami.eligibility;

import ir.hami.membership.CoveragePeriod;
import ir.hami.membership.Relation;
import ir.hami.platform.cache.ExpiringCache;
import ir.hami.platform.persistence.ConnectionSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;

/**
 * One eligibility check in plain JDBC on a connection in autocommit: the person's coverages by national ID (one
 * indexed read, {@link EligibilityQueries#COVERAGES_BY_NATIONAL_ID}), each coverage's contract from memory, and the
 * audit row, covered or not, handed to {@link CheckRecorder}, whose writer thread stores the rows of checks that
 * arrive together in shared inserts. {@link EligibilityService} runs it on the portal's pool; the benchmark's floor
 * runs the very same code on plain connections, so the two differ only by the framework around it.
 *
 * <p>A contract (number, period, insurer, policyholder and the plan's covers) is read once and kept for
 * {@value #CONTRACT_CACHE_SECONDS} seconds: contracts change a few times a year while thousands of checks a minute
 * read the same few hundred. A change to a contract ({@code ContractChanged}) empties the cache on every node
 * ({@link #forgetContracts()}, called by {@link EligibilityService} through the grid); a change made behind the
 * portal's back (SQL by hand) shows in checks within that time. At most
 * {@value #CONTRACT_CACHE_MAX} contracts are kept. Thread-safe; {@link #close()} stores the queued audit rows and
 * stops the writer.
 */
public final class EligibilityLookup implements AutoCloseable {

    /** An answer, and its audit row's storing: completes once the row is committed. */
    public record Checked(Eligibility answer, CompletableFuture<Void> recorded) {
    }

    static final int CONTRACT_CACHE_SECONDS = 60;
    static final int CONTRACT_CACHE_MAX = 10_000;

    /** Audit rows that may wait for the database: about a minute of checks at 1,000/s, some 20 MB at most. */
    static final int AUDIT_BACKLOG = 60_000;

    /** How long {@link #close()} waits for the queued audit rows to be stored. */
    static final Duration AUDIT_CLOSE_WAIT = Duration.ofSeconds(10);

    /** A contract as a check shows it. */
    private record Contract(String number, LocalDate from, LocalDate to, String insurer, String policyholder,
                            List<CoverLine> covers) {
    }

    /** One coverage of the person, as read. */
    private record Row(long contractId, String fullName, Relation relation, LocalDate from, LocalDate to,
                       String mainName) {
    }

    private final ExpiringCache<Long, Contract> contracts =
            new ExpiringCache<>(Duration.ofSeconds(CONTRACT_CACHE_SECONDS), CONTRACT_CACHE_MAX);
    private final CheckRecorder recorder;

    /**
     * @param auditConnections where the audit writer takes a connection in autocommit for each batch of rows
     * @param threads          makes the audit writer's thread
     */
    public EligibilityLookup(ConnectionSource auditConnections, ThreadFactory threads) {
        this.recorder = new CheckRecorder(auditConnections, threads, AUDIT_BACKLOG, AUDIT_CLOSE_WAIT);
    }

    /**
     * Looks the person up on {@code c} and queues the audit row. Returns once the row is queued, not stored: a
     * caller that must not answer before the row is stored waits for {@link Checked#recorded()}.
     *
     * @param nationalId a valid national ID (ten ASCII digits)
     * @param birthDate  optional; when given it must match the person's, or the answer is not covered
     * @throws AuditBacklogException when the audit rows waiting to be stored fill their queue
     */
    public Checked check(Connection c, long centerId, String actor, Channel channel, String nationalId,
                         LocalDate birthDate, LocalDate today, Instant now) throws SQLException {
        Eligibility answer = lookup(c, nationalId, birthDate, today);
        return new Checked(answer, recorder.record(new EligibilityCheck(centerId, actor, channel, nationalId, now,
                answer.isCovered(), answer.summary())));
    }

    /** Forgets every contract kept: the next check of each reads it again. */
    public void forgetContracts() {
        contracts.clear();
    }

    /** Stores the audit rows queued so far (up to {@link #AUDIT_CLOSE_WAIT}) and stops the writer. */
    @Override
    public void close() {
        recorder.close();
    }

    private Eligibility lookup(Connection c, String nationalId, LocalDate birthDate, LocalDate today)
            throws SQLException {
        List<Row> rows = new ArrayList<>(4);
        boolean birthMatches = true;
        try (PreparedStatement s = c.prepareStatement(EligibilityQueries.COVERAGES_BY_NATIONAL_ID)) {
            s.setString(1, nationalId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rows.isEmpty() && birthDate != null) {
                        Date born = rs.getDate(4);
                        birthMatches = born != null && born.toLocalDate().equals(birthDate);
                    }
                    rows.add(new Row(rs.getLong(5), rs.getString(2) + " " + rs.getString(3),
                            Relation.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                            rs.getString(9) + " " + rs.getString(10)));
                }
            }
        }
        if (rows.isEmpty()) {
            return Eligibility.notCovered(nationalId, today, Reason.NOT_FOUND, null);
        }
        if (!birthMatches) {
            return Eligibility.notCovered(nationalId, today, Reason.BIRTH_DATE_MISMATCH, null);
        }
        // rows are newest end first: the first in force today is the answer
        LocalDate nextStart = null;
        LocalDate lastEnd = null;
        for (Row row : rows) {
            Contract k = contract(c, row.contractId());
            CoveragePeriod period = CoveragePeriod.of(row.from(), row.to(), k.from(), k.to());
            if (period.contains(today)) {
                return Eligibility.covered(nationalId, today, row.fullName(), k.insurer(), k.number(),
                        k.policyholder(), period.from(), period.to(), row.mainName(), row.relation(), k.covers());
            }
            if (period.startsAfter(today)) {
                nextStart = nextStart == null || period.from().isBefore(nextStart) ? period.from() : nextStart;
            } else {
                lastEnd = lastEnd == null || period.to().isAfter(lastEnd) ? period.to() : lastEnd;
            }
        }
        return nextStart != null
                ? Eligibility.notCovered(nationalId, today, Reason.NOT_STARTED, nextStart)
                : Eligibility.notCovered(nationalId, today, Reason.EXPIRED, lastEnd);
    }

    private Contract contract(Connection c, long contractId) throws SQLException {
        return contracts.get(contractId, id -> readContract(c, id));
    }

    private static Contract readContract(Connection c, long contractId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EligibilityQueries.CONTRACT)) {
            s.setLong(1, contractId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Coverage of a missing contract " + contractId);
                }
                return new Contract(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5), covers(c, contractId));
            }
        }
    }

    private static List<CoverLine> covers(Connection c, long contractId) throws SQLException {
        List<CoverLine> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(EligibilityQueries.COVERS_OF_CONTRACT)) {
            s.setLong(1, contractId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(new CoverLine(rs.getString(1), rs.getLong(2), rs.getInt(3)));
                }
            }
        }
        return List.copyOf(lines);
    }
}
