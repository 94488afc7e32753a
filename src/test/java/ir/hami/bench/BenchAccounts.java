package ir.hami.bench;

import ir.hami.platform.persistence.IdSequence;
import ir.hami.platform.security.PasswordHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Login accounts for a load benchmark, written straight into the database (idempotently: the same members are
 * picked for the same seed, and an account that is there gets the bench password again): main members who have
 * claims, a few of them among the persons with the most claims, and staff users (assessors with claims of the queue
 * assigned to them, referral-unit users). One PBKDF2 hash of the portal's own {@link PasswordHasher} serves every
 * account, since hashing at 210,000 iterations costs a fifth of a second each.
 */
final class BenchAccounts {

    /** One account to log in with: the typed username, and for members the membership type to choose. */
    record Login(String username, String role, String membershipType) {
    }

    private BenchAccounts() {
    }

    static List<Login> prepare(Connection c, String password, int members, int heavy, int assessors, int referral,
                               long seed) throws SQLException {
        String hash = PasswordHasher.hash(password);
        LocalDate today = LocalDate.now();
        Map<Long, String> persons = new LinkedHashMap<>();
        pickHeavy(c, persons, Math.min(heavy, members), today);
        pickRandom(c, persons, members, today, new SplittableRandom(seed));
        List<Login> logins = new ArrayList<>();
        try (PreparedStatement upsert = c.prepareStatement("insert into user_account (id, username, person_id, role, "
                + "display_name, password_hash, password_changed_at, must_change_password, enabled, created_at) "
                + "select ?, p.national_id, p.id, 'MEMBER', concat(p.first_name, ' ', p.last_name), ?, ?, false, "
                + "true, ? from person p where p.id = ? on duplicate key update password_hash = ?,"
                + " must_change_password = false, enabled = true");
             PreparedStatement nationalId = c.prepareStatement("select national_id from person where id = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            long id = IdSequence.reserve(c, "user_account", persons.size() + assessors + referral + 1);
            for (Map.Entry<Long, String> p : persons.entrySet()) {
                upsert.setLong(1, id++);
                upsert.setString(2, hash);
                upsert.setTimestamp(3, now);
                upsert.setTimestamp(4, now);
                upsert.setLong(5, p.getKey());
                upsert.setString(6, hash);
                upsert.addBatch();
                nationalId.setLong(1, p.getKey());
                try (ResultSet rs = nationalId.executeQuery()) {
                    rs.next();
                    logins.add(new Login(rs.getString(1), "MEMBER", p.getValue()));
                }
            }
            upsert.executeBatch();
            for (int i = 1; i <= assessors; i++) {
                logins.add(staff(c, id++, "bench-assessor-" + i, "ASSESSOR", hash, now));
                assign(c, "bench-assessor-" + i, 200);
            }
            for (int i = 1; i <= referral; i++) {
                logins.add(staff(c, id++, "bench-referral-" + i, "REFERRAL", hash, now));
            }
        }
        return logins;
    }

    /** The main members of the persons with the most claims (cover_usage counts them per person). */
    private static void pickHeavy(Connection c, Map<Long, String> out, int count, LocalDate today)
            throws SQLException {
        if (count <= 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("select u.person_id from cover_usage u group by u.person_id "
                + "order by sum(u.claim_count) desc limit ?")) {
            s.setInt(1, count * 3);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && out.size() < count) {
                    addMain(c, out, rs.getLong(1), today);
                }
            }
        }
    }

    /** Main members of random claims (by id over the table), with a coverage active today. */
    private static void pickRandom(Connection c, Map<Long, String> out, int count, LocalDate today,
                                   SplittableRandom random) throws SQLException {
        long min;
        long max;
        try (PreparedStatement s = c.prepareStatement("select min(id), max(id) from claim");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        if (max == 0) {
            throw new IllegalStateException("No claims in the database: run GenerateClaims first.");
        }
        try (PreparedStatement s = c.prepareStatement("select main_person_id from claim where id >= ? "
                + "and tracking_code is not null order by id limit 1")) {
            for (int tries = 0; out.size() < count && tries < count * 20; tries++) {
                s.setLong(1, min + random.nextLong(max - min + 1));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        addMain(c, out, rs.getLong(1), today);
                    }
                }
            }
        }
    }

    /** Adds the main member of {@code personId}'s active coverage, with the contract's membership type. */
    private static void addMain(Connection c, Map<Long, String> out, long personId, LocalDate today)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select m.person_id, k.membership_type from coverage v "
                + "join coverage m on m.person_id = v.main_person_id and m.contract_id = v.contract_id "
                + "join insurance_contract k on k.id = v.contract_id where v.person_id = ? and m.start_date <= ? "
                + "and m.end_date >= ? and k.start_date <= ? and k.end_date >= ? order by m.end_date desc limit 1")) {
            s.setLong(1, personId);
            for (int i = 2; i <= 5; i++) {
                s.setObject(i, today);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    out.putIfAbsent(rs.getLong(1), rs.getString(2));
                }
            }
        }
    }

    private static Login staff(Connection c, long id, String username, String role, String hash, Timestamp now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into user_account (id, username, role, display_name, "
                + "password_hash, password_changed_at, must_change_password, enabled, created_at) "
                + "values (?, ?, ?, ?, ?, ?, false, true, ?) on duplicate key update "
                + "password_hash = values(password_hash), must_change_password = false, enabled = true")) {
            s.setLong(1, id);
            s.setString(2, username);
            s.setString(3, role);
            s.setString(4, username);
            s.setString(5, hash);
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.executeUpdate();
        }
        return new Login(username, role, null);
    }

    /**
     * Assigns up to {@code count} unassigned claims awaiting the assessor to {@code assessor}, so that their default
     * queue ("mine") has rows; a primary-key walk from a random point, as the claim state index may be missing while
     * the claims generator runs.
     */
    private static void assign(Connection c, String assessor, int count) throws SQLException {
        int have;
        try (PreparedStatement s = c.prepareStatement("select count(*) from claim where assigned_to = ?")) {
            s.setString(1, assessor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                have = rs.getInt(1);
            }
        }
        if (have >= count) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("update claim set assigned_to = ? where assigned_to is null "
                + "and state in ('REGISTERED', 'DEFICIENCY_FIXED', 'ORIGINALS_DELIVERED') "
                + "and id >= ? order by id limit ?");
             PreparedStatement min = c.prepareStatement("select min(id) from claim");
             ResultSet rs = min.executeQuery()) {
            rs.next();
            s.setString(1, assessor);
            s.setLong(2, rs.getLong(1) + (long) (Math.abs(assessor.hashCode()) % 1000) * 1000);
            s.setInt(3, count - have);
            s.executeUpdate();
        }
    }
}
