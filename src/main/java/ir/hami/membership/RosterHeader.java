package ir.hami.membership;

import ir.hami.platform.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The header row of a roster: the titles as they are in the file (kept for the report of rejected rows) and where
 * each known column is. Columns with unknown titles are carried along but not read; a column title that appears
 * twice counts once, at its first place.
 */
public final class RosterHeader {

    /** Key: the header lacks required columns; argument: their titles. */
    public static final String KEY_MISSING_COLUMNS = "roster.error.missingColumns";

    private final List<String> titles;
    private final Map<RosterColumn, Integer> positions;

    private RosterHeader(List<String> titles, Map<RosterColumn, Integer> positions) {
        this.titles = Collections.unmodifiableList(new ArrayList<>(titles));
        this.positions = positions;
    }

    /**
     * @param titles the cells of the header row, by column index (null or blank for empty cells)
     * @throws ValidationException {@link #KEY_MISSING_COLUMNS} when a required column is missing
     */
    public static RosterHeader of(List<String> titles) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < titles.size(); i++) {
            RosterColumn column = RosterColumn.byTitle(titles.get(i));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        StringJoiner missing = new StringJoiner("، ");
        for (RosterColumn column : RosterColumn.values()) {
            if (column.requiredInHeader() && !positions.containsKey(column)) {
                missing.add(column.title());
            }
        }
        if (missing.length() > 0) {
            throw new ValidationException(KEY_MISSING_COLUMNS, missing.toString());
        }
        return new RosterHeader(titles, positions);
    }

    /** A header with every column in the order of {@link RosterColumn}: the template's. */
    public static RosterHeader standard() {
        List<String> titles = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            titles.add(column.title());
        }
        return of(titles);
    }

    /** The titles as they were in the file, by column index. */
    public List<String> titles() {
        return titles;
    }

    /** How many columns the header has (cells beyond it are not read). */
    public int width() {
        return titles.size();
    }

    /** The column index of a known column, or -1 if the file does not have it. */
    public int indexOf(RosterColumn column) {
        Integer position = positions.get(column);
        return position == null ? -1 : position;
    }

    public boolean has(RosterColumn column) {
        return positions.containsKey(column);
    }
}
