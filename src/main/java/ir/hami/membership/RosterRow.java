package ir.hami.membership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One data row of a roster as read from the file: its row number in the sheet (1-based, as Excel shows it) and the
 * text of its cells by column index, exactly as read (the report of rejected rows gives them back unchanged).
 */
public final class RosterRow {

    private final int line;
    private final List<String> cells;
    private final RosterHeader header;

    public RosterRow(int line, List<String> cells, RosterHeader header) {
        this.line = line;
        this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
        this.header = header;
    }

    /** A row in the template's column order, for tests and generators. */
    public static RosterRow of(int line, Map<RosterColumn, String> values) {
        RosterHeader header = RosterHeader.standard();
        List<String> cells = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            cells.add(values.get(column));
        }
        return new RosterRow(line, cells, header);
    }

    public int line() {
        return line;
    }

    /** The cells as read, by column index, as wide as the header. */
    public List<String> cells() {
        return cells;
    }

    /** The raw text of a column's cell; null when the file has no such column or the cell is empty. */
    public String raw(RosterColumn column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index);
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether every cell is empty. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
