package ir.hami.membership;

import java.util.Optional;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.persistence.HamiDataSource;
import ir.hami.platform.persistence.IdSequence;
import ir.hami.platform.security.RoleGate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a contract's member list (roster) from an .xlsx.
 *
 * <p>The workbook is read once, as a stream, and never held in memory; its rows are kept in a temporary file
 * ({@link RosterSpool}) for the two later passes:
 * <ol>
 * <li>check: the content is an .xlsx with the required header; every row is checked on its own
 *     ({@link RosterRowValidator}) and the file-wide rules are learnt ({@link RosterScan}). Nothing is written:
 *     a file refused here changes nothing and leaves no record.</li>
 * <li>main members: valid rows with relation «اصلی» are stored, {@code batch-size} rows a transaction.</li>
 * <li>dependents: valid dependents are stored the same way (their main members are in the database by now,
 *     wherever they stood in the file), and every rejected row is written to the report, in file order.</li>
 * </ol>
 * A person is found by national ID (names and details updated, empty optional cells leave what is stored); a
 * coverage by contract and person (updated, never duplicated). Rules that need the database (member code of
 * another person, a main member neither in the file nor covered under the contract) reject the row in its batch.
 * A batch is stored with plain JDBC ({@link RosterBatchWriter}): a few set-wise reads, multi-row inserts, and
 * version-checked updates of only the rows whose values change. The rejected rows, with reasons in Persian, are
 * stored as an .xlsx ({@link StoredFile}) linked from the {@link RosterImport} record with the counts.
 *
 * <p>Transactions are explicit (one per batch), so the method itself runs outside any caller's transaction. An
 * unexpected error (the database going away) stops the import: batches committed before it stay, and the record
 * says FAILED with their counts.
 */
@ApplicationScoped
public class RosterImporter {

    /** Key: the file is larger than allowed; argument: the limit in MB. */
    public static final String KEY_TOO_LARGE = "roster.error.tooLarge";
    /** Key: more data rows than allowed; argument: the limit. */
    public static final String KEY_TOO_MANY_ROWS = "roster.error.tooManyRows";
    /** Key: a header but no data rows. */
    public static final String KEY_NO_ROWS = "roster.error.noRows";
    /** Key: no such contract. */
    public static final String KEY_NO_CONTRACT = "roster.error.contractNotFound";
    /** Key: the import stopped on an unexpected error. */
    public static final String KEY_FAILED = "roster.error.failed";

    static final String REPORT_CONTENT_TYPE = RosterTemplate.CONTENT_TYPE;
    private static final Logger LOG = Logger.getLogger(RosterImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    static final String FORM_KIND = "roster-import";

    @Inject
    FormSubmissions submissions;

    @Inject
    UserTransaction tx;

    /** The portal's pool: a connection taken inside a batch's transaction is enlisted in it. */
    @Resource(lookup = HamiDataSource.PORTAL)
    DataSource dataSource;

    /** The pool outside container transactions, for id reservations that commit at once. */
    @Resource(lookup = HamiDataSource.DIRECT)
    DataSource direct;

    /** Administrators only: this is a CDI bean, so the role is checked by a call to an EJB that has it. */
    @Inject
    RoleGate gate;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.roster.max-rows", defaultValue = "200000")
    int maxRows;

    @Inject
    @ConfigProperty(name = "hami.roster.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "hami.roster.batch-size", defaultValue = "500")
    int batchSize;

    /**
     * Imports a roster into a contract.
     *
     * @param contractId the contract the members are covered under
     * @param fileName   the name the file had on the uploader's computer (shown in the history only)
     * @param xlsx       the file's content; read to its end, not closed
     * @param uploadedBy the administrator's user name
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RosterImportResult importRoster(long contractId, String fileName, InputStream xlsx, String uploadedBy) {
        return importRoster(null, contractId, fileName, xlsx, uploadedBy);
    }

    /**
     * Imports a roster sent with the upload form's one-time key: the same form sent twice (a double click, a
     * resubmit) imports once, and the second answer is the first import's result ({@link FormSubmissions}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RosterImportResult importRoster(FormKey form, long contractId, String fileName, InputStream xlsx,
                                           String uploadedBy) {
        gate.admin();
        Optional<RosterImportResult> earlier = earlierImport(form);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Path file = null;
        try {
            file = Files.createTempFile("roster-", ".xlsx");
            if (!copy(xlsx, file)) {
                return RosterImportResult.refused(KEY_TOO_LARGE, String.valueOf(maxBytes / (1024 * 1024)));
            }
            InsuranceContract contract = em.find(InsuranceContract.class, contractId);
            if (contract == null) {
                return RosterImportResult.refused(KEY_NO_CONTRACT, null);
            }
            return run(form, contract, fileName, file, uploadedBy);
        } catch (ValidationException e) {
            if (FormSubmissions.REPEATED.equals(e.key())) {
                // sent twice at the same moment: the other submit's import stands
                return earlierImport(form).orElseGet(() -> RosterImportResult.refused(e.key(), null));
            }
            Object[] args = e.args();
            return RosterImportResult.refused(e.key(), args.length == 0 ? null : String.valueOf(args[0]));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Roster upload could not be kept in a temporary file", e);
            return RosterImportResult.refused(RosterSheet.KEY_UNREADABLE, null);
        } catch (RuntimeException e) {
            // before the import record was written (after it, run() answers FAILED itself): nothing was stored
            LOG.log(Level.SEVERE, "Roster import of contract " + contractId + " could not start", e);
            return RosterImportResult.refused(KEY_FAILED, null);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete " + file, e);
                }
            }
        }
    }

    /** Copies at most maxBytes; false if the input is longer. */
    private boolean copy(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    /** What the import of this form came to (or, while it runs, its start), if the form was sent already. */
    private Optional<RosterImportResult> earlierImport(FormKey form) {
        return submissions.earlier(form, FORM_KIND).map(id -> em.find(RosterImport.class, id)).map(r ->
                new RosterImportResult(r.getId(), r.getStatus() == RosterImport.Status.FAILED ? KEY_FAILED : null,
                        null, r.getTotalRows(), r.getInsertedRows(), r.getUpdatedRows(), r.getRejectedRows(),
                        r.getRejectedFileId()));
    }

    private RosterImportResult run(FormKey form, InsuranceContract contract, String fileName, Path file,
                                   String uploadedBy) {
        long begun = System.nanoTime();
        RosterSheet sheet = RosterSheet.open(file);
        try (RosterSpool spool = new RosterSpool(sheet.header())) {
            return run(form, contract, fileName, sheet, spool, uploadedBy, begun);
        }
    }

    private RosterImportResult run(FormKey form, InsuranceContract contract, String fileName, RosterSheet sheet,
                                   RosterSpool spool, String uploadedBy, long begun) {
        long contractId = contract.getId();
        RosterRowValidator validator = new RosterRowValidator(contract.getStartDate(), contract.getEndDate(),
                LocalDate.now(clock));

        // pass 1: check everything, write nothing
        RosterScan scan = new RosterScan();
        sheet.forEachRow(row -> {
            if (scan.rows() >= maxRows) {
                throw new ValidationException(KEY_TOO_MANY_ROWS, String.valueOf(maxRows));
            }
            spool.add(row);
            scan.add(validator.validate(row));
        });
        if (scan.rows() == 0) {
            throw new ValidationException(KEY_NO_ROWS);
        }

        long checked = System.nanoTime();
        RosterImport record = inTransaction(() -> {
            RosterImport started = new RosterImport(contractId, baseName(fileName), uploadedBy, scan.rows(),
                    Instant.now(clock));
            em.persist(started);
            em.flush();
            submissions.record(form, FORM_KIND, started.getId(), uploadedBy);
            return started;
        });
        Counts counts = new Counts();
        try (RosterReport report = new RosterReport(sheet.header())) {
            // pass 2: main members
            Map<Integer, String> lateRejections = new HashMap<>();
            List<Candidate> mains = new ArrayList<>(batchSize);
            spool.forEachRow(row -> {
                RosterRowValidator.Result result = validator.validate(row);
                if (result.isMainRow() && result.isValid() && scan.fileProblems(result).isEmpty()) {
                    mains.add(new Candidate(row, result.entry(), null));
                    if (mains.size() >= batchSize) {
                        store(contractId, mains, counts).forEach((line, problems) ->
                                lateRejections.put(line, RosterReport.reasons(problems)));
                        mains.clear();
                    }
                }
            });
            store(contractId, mains, counts).forEach((line, problems) ->
                    lateRejections.put(line, RosterReport.reasons(problems)));
            long mainsStored = System.nanoTime();

            // pass 3: dependents, and the report in file order
            List<Pending> window = new ArrayList<>(batchSize);
            spool.forEachRow(row -> {
                RosterRowValidator.Result result = validator.validate(row);
                List<RosterProblem> problems = new ArrayList<>(result.problems());
                problems.addAll(scan.fileProblems(result));
                if (!problems.isEmpty()) {
                    window.add(Pending.rejected(row, RosterReport.reasons(problems)));
                } else if (result.isMainRow()) {
                    String late = lateRejections.remove(row.line());
                    if (late != null) {
                        window.add(Pending.rejected(row, late));
                    }
                } else {
                    RosterEntry entry = result.entry();
                    window.add(Pending.candidate(new Candidate(row, entry, scan.mainInFile(entry.mainNationalId()))));
                }
                if (window.size() >= batchSize) {
                    flush(contractId, window, counts, report);
                }
            });
            flush(contractId, window, counts, report);

            byte[] reportBytes = report.rows() > 0 ? report.toBytes() : null;
            long importId = record.getId();
            Long reportId = inTransaction(() -> {
                Long storedId = null;
                if (reportBytes != null) {
                    StoredFile stored = new StoredFile("roster-" + importId + "-rejected.xlsx", REPORT_CONTENT_TYPE,
                            reportBytes, ir.hami.platform.files.FileStore.sha256(reportBytes), Instant.now(clock));
                    em.persist(stored);
                    em.flush();
                    storedId = stored.getId();
                }
                em.find(RosterImport.class, importId).finish(counts.inserted, counts.updated, counts.rejected,
                        storedId, Instant.now(clock));
                return storedId;
            });
            long done = System.nanoTime();
            LOG.info(() -> String.format("Roster import %d of contract %d: %d rows, %d inserted, %d updated, "
                            + "%d rejected; %.1f s (check %.1f s, main members %.1f s, dependents and report %.1f s)",
                    importId, contractId, scan.rows(), counts.inserted, counts.updated, counts.rejected,
                    (done - begun) / 1e9, (checked - begun) / 1e9, (mainsStored - checked) / 1e9,
                    (done - mainsStored) / 1e9));
            return new RosterImportResult(importId, null, null, scan.rows(), counts.inserted, counts.updated,
                    counts.rejected, reportId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Roster import " + record.getId() + " of contract " + contractId + " stopped", e);
            try {
                inTransaction(() -> {
                    em.find(RosterImport.class, record.getId()).fail(counts.inserted, counts.updated, counts.rejected,
                            Instant.now(clock));
                    return null;
                });
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "Could not mark roster import " + record.getId() + " as failed", again);
            }
            return new RosterImportResult(record.getId(), KEY_FAILED, null, scan.rows(), counts.inserted,
                    counts.updated, counts.rejected, null);
        }
    }

    private static final class Counts {
        int inserted;
        int updated;
        int rejected;
    }

    /** A row that passed every check of the file, waiting for its batch. */
    private record Candidate(RosterRow row, RosterEntry entry, RosterScan.MainInFile mainInFile) {
    }

    /** A row of pass 3 in file order: rejected already, or waiting for its batch. */
    private record Pending(RosterRow row, String reasons, Candidate candidate) {
        static Pending rejected(RosterRow row, String reasons) {
            return new Pending(row, reasons, null);
        }

        static Pending candidate(Candidate candidate) {
            return new Pending(candidate.row(), null, candidate);
        }
    }

    /** Stores the window's candidates in one transaction, then writes its rejected rows to the report in order. */
    private void flush(long contractId, List<Pending> window, Counts counts, RosterReport report) {
        List<Candidate> candidates = new ArrayList<>();
        for (Pending pending : window) {
            if (pending.candidate() != null) {
                candidates.add(pending.candidate());
            }
        }
        Map<Integer, List<RosterProblem>> rejected = store(contractId, candidates, counts);
        for (Pending pending : window) {
            if (pending.reasons() != null) {
                report.reject(pending.row(), pending.reasons());
            } else {
                List<RosterProblem> problems = rejected.get(pending.row().line());
                if (problems != null) {
                    report.reject(pending.row(), RosterReport.reasons(problems));
                }
            }
        }
        window.clear();
        counts.rejected = report.rows();
    }

    /**
     * Stores one batch (all main members, or all dependents) in one transaction.
     *
     * @return the rows rejected by the rules that need the database, by line
     */
    private Map<Integer, List<RosterProblem>> store(long contractId, List<Candidate> batch, Counts counts) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        List<RosterEntry> entries = new ArrayList<>(batch.size());
        Map<RosterEntry, RosterScan.MainInFile> mainInFile = new IdentityHashMap<>();
        for (Candidate candidate : batch) {
            entries.add(candidate.entry());
            mainInFile.put(candidate.entry(), candidate.mainInFile());
        }
        int[] stored = new int[2];
        Map<Integer, List<RosterProblem>> rejected = inTransaction(() -> {
            try (Connection connection = dataSource.getConnection()) {
                RosterBatchWriter.Outcome outcome = new RosterBatchWriter(connection, this::reserveIds, contractId)
                        .store(entries, mainInFile::get);
                stored[0] = outcome.inserted();
                stored[1] = outcome.updated();
                return outcome.refused();
            }
        });
        counts.inserted += stored[0];
        counts.updated += stored[1];
        return rejected;
    }

    /** Ids for the batch's new rows, reserved on the pool that takes part in no transaction (committed at once). */
    private long reserveIds(String sequence, int count) throws SQLException {
        try (Connection connection = direct.getConnection()) {
            return IdSequence.reserve(connection, sequence, count);
        }
    }

    private <T> T inTransaction(Callable<T> work) {
        try {
            tx.begin();
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception e) {
            try {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            } catch (SystemException | IllegalStateException rollback) {
                e.addSuppressed(rollback);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    // ---- what the roster page reads

    /** Contracts whose number, insurer or policyholder contains the text, newest first. */
    public List<InsuranceContract> findContracts(String text, int max) {
        gate.admin();
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        return em.createQuery("select c from InsuranceContract c where lower(c.number) like :t "
                        + "or lower(c.insurer.name) like :t or lower(c.policyholder.name) like :t order by c.id desc",
                        InsuranceContract.class)
                .setParameter("t", like).setMaxResults(max).getResultList();
    }

    public InsuranceContract contract(long contractId) {
        gate.admin();
        return em.find(InsuranceContract.class, contractId);
    }

    /** A page of a contract's imports, newest first. */
    public List<RosterImport> imports(long contractId, int first, int max) {
        gate.admin();
        return em.createQuery("select r from RosterImport r where r.contractId = :c order by r.id desc",
                        RosterImport.class)
                .setParameter("c", contractId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public int countImports(long contractId) {
        gate.admin();
        return em.createQuery("select count(r) from RosterImport r where r.contractId = :c", Long.class)
                .setParameter("c", contractId).getSingleResult().intValue();
    }

    /** The report of an import's rejected rows, or null if it has none. */
    public StoredFile report(long importId) {
        gate.admin();
        RosterImport record = em.find(RosterImport.class, importId);
        if (record == null || record.getRejectedFileId() == null) {
            return null;
        }
        return em.find(StoredFile.class, record.getRejectedFileId());
    }
}
