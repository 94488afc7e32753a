package ir.hami.membership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores one batch of roster rows (all main members, or all dependents) with plain JDBC on a connection of the
 * caller's transaction: what {@link RosterImporter} did with entities, at a few statements per batch instead of a
 * few per row.
 *
 * <ul>
 * <li>Four reads per batch, each one {@code in (...)} list: the persons by national ID, their coverages under the
 *     contract, the owners of the batch's member codes, and (dependents) the main members covered under it.</li>
 * <li>New persons and coverages are written as multi-row inserts of up to {@value #MAX_ROWS} rows, sizes powers
 *     of two (a handful of statement texts). One statement is one round trip on every driver, whether or not
 *     Connector/J rewrites batches ({@code rewriteBatchedStatements} is not on the portal's URL).</li>
 * <li>A known person or coverage is updated only when a value changes, with its {@code version} checked and
 *     raised, as JPA's optimistic locking would: a row edited meanwhile stops the import.</li>
 * </ul>
 * Ids come from {@code id_sequence}, as JPA's TABLE generation takes them ({@link IdSource}).
 */
final class RosterBatchWriter {

    /** Most rows in one insert statement. */
    static final int MAX_ROWS = 64;

    /** Reserves ids from {@code id_sequence} outside the batch's transaction. */
    @FunctionalInterface
    interface IdSource {
        /** @return the first of {@code count} consecutive ids of the sequence */
        long reserve(String sequence, int count) throws SQLException;
    }

    /** What a batch came to. */
    record Outcome(Map<Integer, List<RosterProblem>> refused, int inserted, int updated) {
    }

    private static final String PERSON_COLUMNS = "insert into person (id, national_id, first_name, last_name, "
            + "father_name, gender, birth_date, birth_certificate_no, mobile, iban, version) values ";
    private static final String PERSON_ROW = "(?,?,?,?,?,?,?,?,?,?,0)";
    private static final String COVERAGE_COLUMNS = "insert into coverage (id, contract_id, person_id, main_person_id, "
            + "member_code, relation, start_date, end_date, version) values ";
    private static final String COVERAGE_ROW = "(?,?,?,?,?,?,?,?,0)";
    private static final String UPDATE_PERSON = "update person set first_name = ?, last_name = ?, gender = ?, "
            + "father_name = ?, birth_date = ?, birth_certificate_no = ?, mobile = ?, iban = ?, version = version + 1 "
            + "where id = ? and version = ?";
    private static final String UPDATE_COVERAGE = "update coverage set main_person_id = ?, member_code = ?, "
            + "relation = ?, start_date = ?, end_date = ?, version = version + 1 where id = ? and version = ?";

    private final Connection connection;
    private final IdSource ids;
    private final long contractId;

    RosterBatchWriter(Connection connection, IdSource ids, long contractId) {
        this.connection = connection;
        this.ids = ids;
        this.contractId = contractId;
    }

    /** A person as stored (or about to be). */
    private static final class PersonRow {
        long id;
        long version;
        final String nationalId;
        String firstName;
        String lastName;
        String fatherName;
        String gender;
        LocalDate birthDate;
        String birthCertificateNo;
        String mobile;
        String iban;
        boolean isNew;
        boolean changed;

        PersonRow(String nationalId) {
            this.nationalId = nationalId;
        }

        /** Names and details from the row; an empty optional cell keeps what is stored. */
        void apply(RosterEntry entry) {
            firstName = set(firstName, entry.firstName());
            lastName = set(lastName, entry.lastName());
            gender = set(gender, entry.gender().name());
            fatherName = keep(fatherName, entry.fatherName());
            birthDate = keep(birthDate, entry.birthDate());
            birthCertificateNo = keep(birthCertificateNo, entry.birthCertificateNo());
            mobile = keep(mobile, entry.mobile());
            iban = keep(iban, entry.iban());
        }

        private <T> T set(T stored, T given) {
            if (!Objects.equals(stored, given)) {
                changed = true;
            }
            return given;
        }

        private <T> T keep(T stored, T given) {
            return given == null ? stored : set(stored, given);
        }
    }

    /** A coverage under the contract as stored. */
    private record CoverageRow(long id, long version, long mainPersonId, String memberCode, String relation,
                               LocalDate start, LocalDate end) {
    }

    /** A coverage to insert; the person's id is known once the new persons have theirs. */
    private record NewCoverage(PersonRow person, long mainPersonId, RosterEntry entry) {
    }

    /**
     * Stores the batch. Every entry of a batch has a different national ID (the file's own rules see to it).
     *
     * @param entries    the rows that passed every check of the file
     * @param mainInFile for a dependent, whether its main member was in the file (to say why it is refused)
     * @return the rows refused by the rules that need the database, by line, and the counts
     */
    Outcome store(List<RosterEntry> entries, Function<RosterEntry, RosterScan.MainInFile> mainInFile)
            throws SQLException {
        if (entries.isEmpty()) {
            return new Outcome(Map.of(), 0, 0);
        }
        boolean dependents = !entries.get(0).isMain();
        Set<String> nationalIds = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        Set<String> mainIds = new LinkedHashSet<>();
        for (RosterEntry entry : entries) {
            nationalIds.add(entry.nationalId());
            codes.add(entry.memberCode());
            mainIds.add(entry.mainNationalId());
        }
        Map<String, Long> mains = dependents ? mains(mainIds) : Map.of();
        Map<String, PersonRow> persons = persons(nationalIds);
        Map<String, CoverageRow> coverages = coverages(nationalIds);
        Map<String, String> codeOwners = codeOwners(codes);

        Map<Integer, List<RosterProblem>> refused = new HashMap<>();
        List<PersonRow> newPersons = new ArrayList<>();
        List<PersonRow> changedPersons = new ArrayList<>();
        List<NewCoverage> newCoverages = new ArrayList<>();
        List<Object[]> changedCoverages = new ArrayList<>();
        int updated = 0;
        for (RosterEntry entry : entries) {
            String owner = codeOwners.get(entry.memberCode());
            if (owner != null && !owner.equals(entry.nationalId())) {
                refused.put(entry.line(), List.of(new RosterProblem(RosterReason.MEMBER_CODE_TAKEN, owner)));
                continue;
            }
            Long mainId = null;
            if (dependents) {
                mainId = mains.get(entry.mainNationalId());
                if (mainId == null) {
                    RosterReason reason = mainInFile.apply(entry) == RosterScan.MainInFile.ABSENT
                            ? RosterReason.MAIN_NOT_FOUND : RosterReason.MAIN_REJECTED;
                    refused.put(entry.line(), List.of(new RosterProblem(reason, entry.mainNationalId())));
                    continue;
                }
            }
            PersonRow person = persons.get(entry.nationalId());
            if (person == null) {
                person = new PersonRow(entry.nationalId());
                person.isNew = true;
                persons.put(entry.nationalId(), person);
                newPersons.add(person);
            }
            person.apply(entry);
            if (person.changed && !person.isNew) {
                changedPersons.add(person);
            }
            CoverageRow coverage = coverages.get(entry.nationalId());
            if (coverage == null) {
                newCoverages.add(new NewCoverage(person, mainId == null ? -1 : mainId, entry));
            } else {
                long main = mainId == null ? person.id : mainId;
                if (coverage.mainPersonId() != main || !coverage.memberCode().equals(entry.memberCode())
                        || !coverage.relation().equals(entry.relation().name())
                        || !coverage.start().equals(entry.coverageStart())
                        || !coverage.end().equals(entry.coverageEnd())) {
                    changedCoverages.add(new Object[] {main, entry.memberCode(), entry.relation().name(),
                            entry.coverageStart(), entry.coverageEnd(), coverage.id(), coverage.version()});
                }
                updated++;
            }
            codeOwners.put(entry.memberCode(), entry.nationalId());
        }

        if (!newPersons.isEmpty()) {
            long first = ids.reserve("person", newPersons.size());
            for (PersonRow person : newPersons) {
                person.id = first++;
            }
            insertPersons(newPersons);
        }
        updatePersons(changedPersons);
        if (!newCoverages.isEmpty()) {
            insertCoverages(newCoverages, ids.reserve("coverage", newCoverages.size()));
        }
        updateCoverages(changedCoverages);
        return new Outcome(refused, newCoverages.size(), updated);
    }

    // ---- reads

    private Map<String, Long> mains(Set<String> mainIds) throws SQLException {
        Map<String, Long> mains = new HashMap<>();
        String sql = "select p.national_id, p.id from coverage c join person p on p.id = c.person_id "
                + "where c.contract_id = ? and c.relation = ? and p.national_id in " + marks(mainIds.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, contractId);
            statement.setString(2, Relation.SELF.name());
            bind(statement, 3, mainIds);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    mains.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return mains;
    }

    private Map<String, PersonRow> persons(Set<String> nationalIds) throws SQLException {
        Map<String, PersonRow> persons = new HashMap<>();
        String sql = "select id, version, national_id, first_name, last_name, father_name, gender, birth_date, "
                + "birth_certificate_no, mobile, iban from person where national_id in " + marks(nationalIds.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, nationalIds);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    PersonRow person = new PersonRow(rs.getString(3));
                    person.id = rs.getLong(1);
                    person.version = rs.getLong(2);
                    person.firstName = rs.getString(4);
                    person.lastName = rs.getString(5);
                    person.fatherName = rs.getString(6);
                    person.gender = rs.getString(7);
                    person.birthDate = rs.getObject(8, LocalDate.class);
                    person.birthCertificateNo = rs.getString(9);
                    person.mobile = rs.getString(10);
                    person.iban = rs.getString(11);
                    persons.put(person.nationalId, person);
                }
            }
        }
        return persons;
    }

    private Map<String, CoverageRow> coverages(Set<String> nationalIds) throws SQLException {
        Map<String, CoverageRow> coverages = new HashMap<>();
        String sql = "select p.national_id, c.id, c.version, c.main_person_id, c.member_code, c.relation, "
                + "c.start_date, c.end_date from coverage c join person p on p.id = c.person_id "
                + "where c.contract_id = ? and p.national_id in " + marks(nationalIds.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, contractId);
            bind(statement, 2, nationalIds);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    coverages.put(rs.getString(1), new CoverageRow(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class)));
                }
            }
        }
        return coverages;
    }

    private Map<String, String> codeOwners(Set<String> codes) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        String sql = "select c.member_code, p.national_id from coverage c join person p on p.id = c.person_id "
                + "where c.contract_id = ? and c.member_code in " + marks(codes.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, contractId);
            bind(statement, 2, codes);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return owners;
    }

    private static String marks(int count) {
        StringBuilder sql = new StringBuilder(count * 2 + 2).append('(');
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        return sql.append(')').toString();
    }

    private static void bind(PreparedStatement statement, int first, Set<String> values) throws SQLException {
        int index = first;
        for (String value : values) {
            statement.setString(index++, value);
        }
    }

    // ---- writes

    private void insertPersons(List<PersonRow> persons) throws SQLException {
        insertInChunks(persons.size(), PERSON_COLUMNS, PERSON_ROW, (statement, from, count) -> {
            int p = 1;
            for (int i = from; i < from + count; i++) {
                PersonRow person = persons.get(i);
                statement.setLong(p++, person.id);
                statement.setString(p++, person.nationalId);
                statement.setString(p++, person.firstName);
                statement.setString(p++, person.lastName);
                statement.setString(p++, person.fatherName);
                statement.setString(p++, person.gender);
                statement.setObject(p++, person.birthDate);
                statement.setString(p++, person.birthCertificateNo);
                statement.setString(p++, person.mobile);
                statement.setString(p++, person.iban);
            }
        });
    }

    private void insertCoverages(List<NewCoverage> coverages, long firstId) throws SQLException {
        insertInChunks(coverages.size(), COVERAGE_COLUMNS, COVERAGE_ROW, (statement, from, count) -> {
            int p = 1;
            for (int i = from; i < from + count; i++) {
                NewCoverage coverage = coverages.get(i);
                RosterEntry entry = coverage.entry();
                long personId = coverage.person().id;
                statement.setLong(p++, firstId + i);
                statement.setLong(p++, contractId);
                statement.setLong(p++, personId);
                statement.setLong(p++, coverage.mainPersonId() < 0 ? personId : coverage.mainPersonId());
                statement.setString(p++, entry.memberCode());
                statement.setString(p++, entry.relation().name());
                statement.setObject(p++, entry.coverageStart());
                statement.setObject(p++, entry.coverageEnd());
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int from, int count) throws SQLException;
    }

    /** Inserts {@code total} rows in statements of the largest power of two that fits, at most MAX_ROWS rows. */
    private void insertInChunks(int total, String head, String row, Binder binder) throws SQLException {
        Map<Integer, PreparedStatement> statements = new HashMap<>();
        try {
            int from = 0;
            while (from < total) {
                int count = Math.min(MAX_ROWS, Integer.highestOneBit(total - from));
                PreparedStatement statement = statements.get(count);
                if (statement == null) {
                    StringBuilder sql = new StringBuilder(head.length() + count * (row.length() + 1)).append(head);
                    for (int i = 0; i < count; i++) {
                        sql.append(i == 0 ? "" : ",").append(row);
                    }
                    statement = connection.prepareStatement(sql.toString());
                    statements.put(count, statement);
                }
                binder.bind(statement, from, count);
                int written = statement.executeUpdate();
                if (written != count) {
                    throw new SQLException("inserted " + written + " rows of " + count);
                }
                from += count;
            }
        } finally {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }
    }

    private void updatePersons(List<PersonRow> persons) throws SQLException {
        if (persons.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_PERSON)) {
            for (PersonRow person : persons) {
                statement.setString(1, person.firstName);
                statement.setString(2, person.lastName);
                statement.setString(3, person.gender);
                statement.setString(4, person.fatherName);
                statement.setObject(5, person.birthDate);
                statement.setString(6, person.birthCertificateNo);
                statement.setString(7, person.mobile);
                statement.setString(8, person.iban);
                statement.setLong(9, person.id);
                statement.setLong(10, person.version);
                statement.addBatch();
            }
            checkUpdated(statement.executeBatch(), "person");
        }
    }

    private void updateCoverages(List<Object[]> coverages) throws SQLException {
        if (coverages.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_COVERAGE)) {
            for (Object[] values : coverages) {
                statement.setLong(1, (Long) values[0]);
                statement.setString(2, (String) values[1]);
                statement.setString(3, (String) values[2]);
                statement.setObject(4, values[3]);
                statement.setObject(5, values[4]);
                statement.setLong(6, (Long) values[5]);
                statement.setLong(7, (Long) values[6]);
                statement.addBatch();
            }
            checkUpdated(statement.executeBatch(), "coverage");
        }
    }

    /** A row changed or deleted since it was read stops the import, as JPA's optimistic lock would. */
    private static void checkUpdated(int[] counts, String table) throws SQLException {
        for (int count : counts) {
            if (count != 1 && count != PreparedStatement.SUCCESS_NO_INFO) {
                throw new SQLException("A " + table + " row was changed by someone else during the roster import");
            }
        }
    }
}
