package ir.hami.bench;

import ir.hami.claims.payment.PaymentBatches;
import ir.hami.claims.payment.PaymentFile;
import ir.hami.claims.payment.PaymentLine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the bank transfer file of a payment batch of {@code lines} claims (100,000): the batch's lines are made
 * once from the bench database's claims (tracking code, patient name, an amount, a valid IBAN) into a session's
 * temporary {@code payment_batch_line}, then the .xlsx (SXSSF) and the CSV are written to files exactly as the
 * portal writes them ({@link PaymentFile}, pages of {@link PaymentBatches#LINES_SQL}). Run it with a small heap:
 * <pre>
 * java -Xmx256m -cp "target/test-classes:target/classes:$CP" ir.hami.bench.PaymentExportBench \
 *     db.url='jdbc:mysql://127.0.0.1:3306/hami_bench_claims2?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * Options: {@code db.url}, {@code db.user}, {@code db.password}, {@code lines} (100000), {@code runs} (3),
 * {@code out} (target/bench-payment). Prints each run's time, the file sizes and the heap used.
 */
public final class PaymentExportBench {

    private static final long BATCH = 1;

    private PaymentExportBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int size = (int) options.getLong("lines", 100_000);
        int runs = (int) options.getLong("runs", 3);
        Path out = Path.of(options.get("out", "target/bench-payment"));
        Files.createDirectories(out);
        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + options.url());
            System.out.printf(Locale.ROOT, "Max heap: %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
            long t0 = System.nanoTime();
            int made = makeLines(c, size);
            System.out.printf(Locale.ROOT, "Lines made: %,d in %.1f s%n", made, (System.nanoTime() - t0) / 1e9);
            PaymentFile.Lines lines = (after, max) -> page(c, after, max);
            for (int run = 1; run <= runs; run++) {
                Path xlsx = out.resolve("batch.xlsx");
                long start = System.nanoTime();
                int written;
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(xlsx))) {
                    written = PaymentFile.writeXlsx(lines, "PB-1", List.of("line", "iban", "name", "amount",
                            "reference"), o);
                }
                double xs = (System.nanoTime() - start) / 1e9;
                Path csv = out.resolve("batch.csv");
                start = System.nanoTime();
                try (OutputStream o = Files.newOutputStream(csv)) {
                    PaymentFile.writeCsv(lines, o);
                }
                double cs = (System.nanoTime() - start) / 1e9;
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "run %d: xlsx %,d lines %.2f s (%,d KiB); csv %.2f s (%,d KiB); "
                                + "heap used %d MiB%n", run, written, xs, Files.size(xlsx) >> 10, cs,
                        Files.size(csv) >> 10, (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
    }

    /** The batch's lines from the first {@code size} claims with an amount, into a temporary table. */
    private static int makeLines(Connection c, int size) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table payment_batch_line (batch_id bigint not null, line_no int not null, "
                    + "claim_id bigint not null, payee_name varchar(200) not null, iban varchar(26) not null, "
                    + "amount bigint not null, reference varchar(30) not null, primary key (batch_id, line_no))");
        }
        c.setAutoCommit(false);
        int line = 0;
        try (PreparedStatement read = c.prepareStatement("select id, tracking_code, patient_name, "
                + "coalesce(payable_amount, requested_amount, 1000000) from claim where id > ? "
                + "and tracking_code is not null order by id limit 1000");
             PreparedStatement insert = c.prepareStatement("insert into payment_batch_line values (?,?,?,?,?,?,?)")) {
            long after = 0;
            while (line < size) {
                read.setLong(1, after);
                int n = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next() && line < size) {
                        n++;
                        after = rs.getLong(1);
                        insert.setLong(1, BATCH);
                        insert.setInt(2, ++line);
                        insert.setLong(3, after);
                        insert.setString(4, rs.getString(3));
                        insert.setString(5, iban(after));
                        insert.setLong(6, rs.getLong(4));
                        insert.setString(7, rs.getString(2));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                if (n == 0) {
                    break;
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return line;
    }

    private static List<PaymentLine> page(Connection c, int after, int max) {
        try (PreparedStatement s = c.prepareStatement(PaymentBatches.LINES_SQL)) {
            s.setLong(1, BATCH);
            s.setInt(2, after);
            s.setInt(3, max);
            List<PaymentLine> out = new ArrayList<>(max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PaymentLine(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** A valid Iranian IBAN for a number: bank 017, the number as the account, check digits by mod 97. */
    static String iban(long n) {
        String bban = "017" + String.format("%019d", n);
        String rearranged = bban + "1827" + "00"; // I = 18, R = 27
        int check = 98 - new java.math.BigInteger(rearranged).mod(java.math.BigInteger.valueOf(97)).intValue();
        return String.format("IR%02d%s", check, bban);
    }
}
