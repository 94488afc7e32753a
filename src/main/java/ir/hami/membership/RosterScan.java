package ir.hami.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that need the whole file, learnt in a first pass over it: a national ID that appears in more than one
 * row rejects every one of those rows; a member code given to two different national IDs rejects the rows of both;
 * and whether a dependent's main member is in the file as a valid row (then it is stored first, wherever it stands).
 * Pure and small: a few numbers per row, never the rows themselves.
 *
 * <p>Use: {@link #add} every row's {@link RosterRowValidator.Result} in the first pass, then ask
 * {@link #fileProblems} and {@link #mainInFile} in the later passes.
 */
public final class RosterScan {

    /** Whether a dependent's main member is in this file. */
    public enum MainInFile {
        /** a row with relation «اصلی» and this national ID that passes every check of the file */
        VALID,
        /** a row with relation «اصلی» and this national ID that is rejected */
        REJECTED,
        /** no row of the file is this main member */
        ABSENT
    }

    /** first line, a second line, count; by national ID */
    private final Map<Long, int[]> nationalIds = new HashMap<>();
    private final Map<String, CodeUse> memberCodes = new HashMap<>();
    /** valid main-member rows on their own: national ID → member code */
    private final Map<Long, String> validMains = new HashMap<>();
    private final Set<Long> mainsInFile = new HashSet<>();
    private int rows;

    private static final class CodeUse {
        final long nationalId;
        final int line;
        int conflictLine;

        CodeUse(long nationalId, int line) {
            this.nationalId = nationalId;
            this.line = line;
        }
    }

    /** Learns one row in the first pass. */
    public void add(RosterRowValidator.Result result) {
        rows++;
        int line = result.row().line();
        if (result.nationalId() == null) {
            return;
        }
        long id = Long.parseLong(result.nationalId());
        int[] seen = nationalIds.get(id);
        if (seen == null) {
            nationalIds.put(id, new int[] {line, 0, 1});
        } else {
            if (seen[2] == 1) {
                seen[1] = line;
            }
            seen[2]++;
        }
        if (result.memberCode() != null) {
            CodeUse use = memberCodes.get(result.memberCode());
            if (use == null) {
                memberCodes.put(result.memberCode(), new CodeUse(id, line));
            } else if (use.nationalId != id && use.conflictLine == 0) {
                use.conflictLine = line;
            }
        }
        if (result.isMainRow()) {
            mainsInFile.add(id);
            if (result.isValid()) {
                validMains.put(id, result.memberCode());
            }
        }
    }

    /** How many rows the first pass saw. */
    public int rows() {
        return rows;
    }

    /** The problems of a row that come from other rows of the file (none if its national ID could not be read). */
    public List<RosterProblem> fileProblems(RosterRowValidator.Result result) {
        List<RosterProblem> problems = new ArrayList<>(1);
        if (result.nationalId() == null) {
            return problems;
        }
        long id = Long.parseLong(result.nationalId());
        int line = result.row().line();
        int[] seen = nationalIds.get(id);
        if (seen != null && seen[2] > 1) {
            int other = seen[0] == line ? seen[1] : seen[0];
            problems.add(new RosterProblem(RosterReason.DUPLICATE_NATIONAL_ID, String.valueOf(other)));
        }
        RosterProblem code = memberCodeProblem(result.memberCode(), id);
        if (code != null) {
            problems.add(code);
        }
        return problems;
    }

    private RosterProblem memberCodeProblem(String memberCode, long nationalId) {
        if (memberCode == null) {
            return null;
        }
        CodeUse use = memberCodes.get(memberCode);
        if (use == null) {
            return null;
        }
        if (use.nationalId != nationalId) {
            return new RosterProblem(RosterReason.MEMBER_CODE_DUPLICATE, String.valueOf(use.line));
        }
        if (use.conflictLine > 0) {
            return new RosterProblem(RosterReason.MEMBER_CODE_DUPLICATE, String.valueOf(use.conflictLine));
        }
        return null;
    }

    /** Whether the main member with this national ID is in the file, and whether that row passes. */
    public MainInFile mainInFile(String mainNationalId) {
        long id = Long.parseLong(mainNationalId);
        if (!mainsInFile.contains(id)) {
            return MainInFile.ABSENT;
        }
        if (!validMains.containsKey(id)) {
            return MainInFile.REJECTED;
        }
        int[] seen = nationalIds.get(id);
        boolean unique = seen != null && seen[2] == 1;
        return unique && memberCodeProblem(validMains.get(id), id) == null ? MainInFile.VALID : MainInFile.REJECTED;
    }
}
