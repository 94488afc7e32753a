package ir.hami.claims.payment;

import ir.hami.platform.excel.StreamedSheet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bank transfer file of a batch, written as a stream from its lines read a page at a time ({@link Lines}), so a
 * batch of any size holds one page in memory.
 *
 * <p>The CSV layout, for the bank's importer:
 * <ul>
 *   <li>encoding UTF-8, no byte-order mark; lines end with CR LF (RFC 4180);</li>
 *   <li>separator a comma; a field is quoted with {@code "} only if it holds a comma, a quote, CR or LF, and a quote
 *       inside it is doubled;</li>
 *   <li>the first line is the header {@value #CSV_HEADER};</li>
 *   <li>then one line per transfer, in line order: {@code iban} the compact IBAN ("IR" and 24 digits),
 *       {@code name} the payee as on the account (Persian, as stored), {@code amount} whole Rials in ASCII digits
 *       with no grouping, {@code reference} the claim's tracking code (10 digits).</li>
 * </ul>
 * The .xlsx has the same columns (and the line number first) on one right-to-left sheet, amounts as numbers.
 */
public final class PaymentFile {

    public static final String CSV_HEADER = "iban,name,amount,reference";
    public static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final String EOL = "\r\n";
    /** Whether the .xlsx's temporary rows are compressed (see {@link StreamedSheet}); set by the benchmark. */
    static boolean COMPRESS_TEMPORARY = Boolean.parseBoolean(System.getProperty("hami.payment.compressTemp", "false"));
    /** Lines read per page. */
    public static final int PAGE = 1000;

    /** The lines of a batch after a line number, in order, at most {@code max}. */
    @FunctionalInterface
    public interface Lines {
        List<PaymentLine> after(int lineNo, int max);
    }

    private PaymentFile() {
    }

    /** The CSV file; the stream is flushed, not closed. Returns the number of lines written (header excluded). */
    public static int writeCsv(Lines lines, OutputStream out) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        int n = 0;
        try {
            w.write(CSV_HEADER);
            w.write(EOL);
            int after = 0;
            for (List<PaymentLine> page; !(page = lines.after(after, PAGE)).isEmpty(); ) {
                for (PaymentLine l : page) {
                    w.write(csvLine(l));
                    n++;
                }
                after = page.get(page.size() - 1).lineNo();
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** One CSV line, with its CR LF. */
    public static String csvLine(PaymentLine l) {
        return field(l.iban()) + ',' + field(l.payeeName()) + ',' + l.amount() + ',' + field(l.reference()) + EOL;
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The .xlsx file (streaming, SXSSF): {@code titles} are the five column headers. Returns the lines written. */
    public static int writeXlsx(Lines lines, String sheetName, List<String> titles, OutputStream out) {
        try (StreamedSheet sheet = new StreamedSheet(sheetName, titles, COMPRESS_TEMPORARY)) {
            int after = 0;
            for (List<PaymentLine> page; !(page = lines.after(after, PAGE)).isEmpty(); ) {
                for (PaymentLine l : page) {
                    sheet.add(l.lineNo(), l.iban(), l.payeeName(), l.amount(), l.reference());
                }
                after = page.get(page.size() - 1).lineNo();
            }
            sheet.writeTo(out);
            return sheet.rows();
        }
    }
}
