package ir.hami.membership;

import ir.hami.platform.excel.RejectedRowsReport;
import ir.hami.platform.web.Messages;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The rejected rows of a roster import as an .xlsx, written as a stream by the shared {@link RejectedRowsReport}: the
 * file's own header and cells, unchanged, then the row's number in the uploaded file and the reasons in Persian,
 * joined with "؛ ".
 */
final class RosterReport implements AutoCloseable {

    /** Title of the column with the row's number in the uploaded file. */
    static final String LINE_TITLE = RejectedRowsReport.LINE_TITLE;
    /** Title of the column with the reasons. */
    static final String REASON_TITLE = RejectedRowsReport.REASON_TITLE;
    static final String REASON_SEPARATOR = RejectedRowsReport.REASON_SEPARATOR;
    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final RejectedRowsReport report;

    RosterReport(RosterHeader header) {
        report = new RejectedRowsReport(header.titles());
    }

    /** The Persian text of a row's reasons. */
    static String reasons(List<RosterProblem> problems) {
        StringJoiner text = new StringJoiner(REASON_SEPARATOR);
        for (RosterProblem problem : problems) {
            text.add(Messages.text(problem.reason().key(), problem.args(), PERSIAN));
        }
        return text.toString();
    }

    void reject(RosterRow rejected, String reasons) {
        report.reject(rejected.line(), rejected.cells(), reasons);
    }

    /** How many rows were rejected so far. */
    int rows() {
        return report.rows();
    }

    byte[] toBytes() {
        return report.toBytes();
    }

    @Override
    public void close() {
        report.close();
    }
}
